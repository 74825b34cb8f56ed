// Validates data/ and writes every generated file (CSV, Parquet, the SQLite database, JSON Schema,
// datapackage.json, the typed dataset module, the codebook and the coverage report).
// `--check` writes nothing and exits 1 when a generated file is missing or stale.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { buildOutputs } from "./lib/build.js";

const check = process.argv.includes("--check");
const { files, issues } = await buildOutputs(process.cwd());
if (issues.length > 0) {
  for (const issue of issues) process.stderr.write(`${issue}\n`);
  process.stderr.write(`generate: ${issues.length} problem(s) in data/; nothing written\n`);
  process.exit(1);
}
const stale: string[] = [];
for (const [path, content] of files) {
  let current: Buffer | undefined;
  try {
    current = readFileSync(path);
  } catch {
    current = undefined;
  }
  // Text as UTF-8; the SQLite and Parquet files byte for byte.
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  if (current?.equals(bytes)) continue;
  stale.push(path);
  if (!check) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
}
if (check && stale.length > 0) {
  process.stderr.write(
    `generate --check: out of date (run \`npm run generate\`):\n${stale.map((p) => `  ${p}\n`).join("")}`,
  );
  process.exit(1);
}
process.stdout.write(
  check ? "generated files are up to date\n" : `generate: ${stale.length} file(s) written\n`,
);
