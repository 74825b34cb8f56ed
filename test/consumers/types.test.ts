// TypeScript consumers of the packed tarball: the same usage file type-checked under
// `moduleResolution: node16` (as ESM .mts and as CJS .cts) and under `bundler`, strict and
// with `skipLibCheck: false`, by the repository's own TypeScript; and the record types and
// functions from the root and /data with `lib: ["es2022"]`, `types: []` (no DOM, no @types/node).
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { type ConsumerProject, createConsumer, fixture, REPO_ROOT, run } from "./helpers.js";

const TSC = join(REPO_ROOT, "node_modules/typescript/bin/tsc");

async function typecheck(dir: string): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [TSC, "-p", "tsconfig.json", "--pretty", "false"],
      {
        cwd: dir,
      },
    );
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    return { ok: false, output: (error as Error).message };
  }
}

describe.each([
  {
    name: "tsconfig.node16.json",
    resolution: "node16",
    files: { "usage.mts": "usage.ts", "usage.cts": "usage.ts" },
  },
  { name: "tsconfig.bundler.json", resolution: "bundler", files: { "usage.ts": "usage.ts" } },
  // No ambient types at all: lib es2022 only, types [], importing the record types and functions
  // from the root and /data (not /schema, whose zod declarations need `URL`).
  {
    name: "tsconfig.es2022.json",
    resolution: "es2022",
    files: { "records.mts": "records.ts", "records.cts": "records.ts" },
  },
  // "$name", not "tsconfig.$resolution.json": vitest reads "$resolution.json" as a property path (undefined).
])("a strict TypeScript project with $name", ({ resolution, files }) => {
  let project: ConsumerProject;

  beforeAll(async () => {
    const copy: Record<string, string> = { "tsconfig.json": fixture(`tsconfig.${resolution}.json`) };
    for (const [to, from] of Object.entries(files)) copy[to] = fixture(from);
    project = await createConsumer(`ts-${resolution}`, inject("tarball"), { type: "module", copy });
  });
  afterAll(() => project?.remove());

  test("type-checks the usage file against the published declarations, skipLibCheck off", async () => {
    const { ok, output } = await typecheck(project.dir);
    expect(output).toBe("");
    expect(ok).toBe(true);
  });
});
