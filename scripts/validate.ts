// Validates data/providers.json and data/inspections.json against the schema and the
// dataset invariants. Prints one `file: path: message` line per problem; exits 1 if any.
import { readFileSync } from "node:fs";
import { formatPath, validateDataset } from "../src/schema/index.js";

// Scripts run from the repository root (npm scripts do).
const read = (file: string): unknown => JSON.parse(readFileSync(`data/${file}`, "utf8"));

const result = validateDataset({ providers: read("providers.json"), inspections: read("inspections.json") });
if (!result.ok) {
  for (const issue of result.issues) {
    process.stderr.write(`data/${issue.file}: ${formatPath(issue.path)}: ${issue.message}\n`);
  }
  process.stderr.write(`${result.issues.length} problem(s) found\n`);
  process.exitCode = 1;
} else {
  process.stdout.write(
    `data/ is valid: ${result.providers.length} providers, ${result.inspections.length} inspections\n`,
  );
}
