// Validates data/providers.json and data/inspections.json against the schema and the
// dataset invariants. Prints one `file: path: message` line per problem; exits 1 if any.
// Scripts run from the repository root (npm scripts do).
import { readDataset } from "./lib/build.js";

const result = readDataset(process.cwd());
if (!result.ok) {
  for (const issue of result.issues) process.stderr.write(`${issue}\n`);
  process.stderr.write(`${result.issues.length} problem(s) found\n`);
  process.exitCode = 1;
} else {
  process.stdout.write(
    `data/ is valid: ${result.providers.length} providers, ${result.inspections.length} inspections\n`,
  );
}
