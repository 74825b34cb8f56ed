// The runtimes the package is tested on. `npm test` uses the running Node only (currentNode); the outside checks
// (`npm run test:outside`) use Node 20, 22, 24 and 26, Deno and Bun, fetched by test/outside/fetch.ts into
// .cache/outside at the versions pinned in test/outside/tools.ts (outsideRuntimes). None is ever skipped.
import { dirname } from "node:path";
import { NODE_VERSIONS, nodeBinary, OUTSIDE_PACKAGES, outsideBin } from "../outside/tools.js";

export interface Runtime {
  /** "Node 22.23.5", "Deno 2.9.6", "Bun 1.4.5". */
  readonly name: string;
  readonly kind: "node" | "deno" | "bun";
  readonly binary: string;
  /** What the fixtures report as `runtime`: "node 22.23.5", "deno 2.9.6", "bun 1.4.5". */
  readonly id: string;
}

/** The Node running the tests. */
export function currentNode(): Runtime {
  const version = process.versions.node;
  return { name: `Node ${version}`, kind: "node", binary: process.execPath, id: `node ${version}` };
}

/** Every runtime the outside checks run the package on. */
export function outsideRuntimes(): Runtime[] {
  const deno = OUTSIDE_PACKAGES.deno;
  const bun = OUTSIDE_PACKAGES.bun;
  return [
    ...NODE_VERSIONS.map((v) => ({
      name: `Node ${v}`,
      kind: "node" as const,
      binary: nodeBinary(v),
      id: `node ${v}`,
    })),
    { name: `Deno ${deno}`, kind: "deno", binary: outsideBin("deno"), id: `deno ${deno}` },
    { name: `Bun ${bun}`, kind: "bun", binary: outsideBin("bun"), id: `bun ${bun}` },
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
