#!/usr/bin/env node
// Runs a TypeScript script from scripts/ on Node 20: bundles it with esbuild (dependencies stay
// external) into .cache/ and imports it. Usage: node scripts/run.mjs scripts/generate.ts [args…]
import { mkdirSync } from "node:fs";
import { basename, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const [script, ...args] = process.argv.slice(2);
if (!script) {
  process.stderr.write("usage: node scripts/run.mjs <script.ts> [args…]\n");
  process.exit(2);
}
const outdir = resolve(".cache/scripts");
mkdirSync(outdir, { recursive: true });
const outfile = resolve(outdir, `${basename(script, ".ts")}.mjs`);
await build({
  entryPoints: [script],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
