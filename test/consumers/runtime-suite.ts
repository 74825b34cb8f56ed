// The packed tarball in the hands of a runtime: one fresh project installs the tarball; each runtime then imports
// it (ESM), requires it (CJS), runs its command line, and type-checks or runs a TypeScript consumer of the record
// types. test/consumers/runtimes.test.ts runs this on the running Node (`npm test`); test/outside/runtimes.test.ts
// on Node 20, 22, 24 and 26, Deno and Bun (`npm run test:outside`).
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { type ConsumerProject, childEnv, createConsumer, fixture, REPO_ROOT, run } from "./helpers.js";
import { pathWith, type Runtime, runFile } from "./runtimes.js";

interface Report {
  runtime: string;
  rootExports: string[];
  ratings: string[];
  parsed: string;
  graded: string[];
  league: number[];
  counted: number;
  deltas: string[];
  inspections: number;
  providers: number;
  jsonInspections: number;
  jsonProviders: number;
  sameIds: boolean;
  frozen: boolean;
  getProvider: boolean | null;
  dataShared: boolean;
  schemaParses: boolean;
  schemaRejects: boolean;
  csvHeader: string;
  csvRows: number;
  datapackageResources: string[];
  version: string;
  usesModule?: boolean;
  usesMain?: boolean;
  zodAfterRoot?: boolean;
  zodAfterData?: boolean;
  zodAfterSchema?: boolean;
}

// Functions every consumer must find on the root entry (the public API of DESIGN.md).
const ROOT_API = [
  "RATINGS",
  "compareRatings",
  "getProvider",
  "inspections",
  "inspectionsOf",
  "latestInspection",
];

function expectCommonReport(report: Report): void {
  expect(report.ratings).toEqual(["outstanding", "good", "requires-improvement", "inadequate"]);
  expect(report.parsed).toBe("requires-improvement");
  expect(report.graded).toEqual(["inadequate", "outstanding"]);
  // Round one rated all 21 CRCs; ranks start at 1 and never fall.
  expect(report.league).toHaveLength(21);
  expect(report.league[0]).toBe(1);
  expect(report.league).toEqual([...report.league].sort((a, b) => a - b));
  // Every inspection falls in exactly one slot of the tally.
  expect(report.counted).toBe(report.inspections);
  // Round two re-inspected ten CRCs and one NPS division, all but one rated.
  expect(report.deltas.length).toBeGreaterThan(0);
  expect(report.rootExports).toEqual(expect.arrayContaining([...ROOT_API, "parseRating", "providers"]));
  expect(report.inspections).toBe(report.jsonInspections);
  expect(report.providers).toBe(report.jsonProviders);
  expect(report.providers).toBe(29);
  expect(report.sameIds).toBe(true);
  expect(report.frozen).toBe(true);
  expect(report.getProvider).toBe(true);
  expect(report.dataShared).toBe(true);
  expect(report.schemaParses).toBe(true);
  expect(report.schemaRejects).toBe(true);
  expect(report.csvHeader.split(",").slice(0, 3)).toEqual(["id", "provider_id", "provider_name"]);
  expect(report.csvRows).toBeGreaterThanOrEqual(report.inspections);
  expect(report.datapackageResources).toEqual(expect.arrayContaining(["inspections", "providers"]));
}

interface LeagueRow {
  rank: number;
  providerId: string;
}

const TSC = join(REPO_ROOT, "node_modules/typescript/bin/tsc");
/** Registers the suite: one consumer project, then every test for each runtime. */
export function describeRuntimes(runtimes: readonly Runtime[]): void {
  let project: ConsumerProject;
  beforeAll(async () => {
    project = await createConsumer("runtimes", inject("tarball"), {
      type: "module",
      copy: {
        "index.mjs": fixture("esm.mjs"),
        "index.cjs": fixture("cjs.cjs"),
        "records.mts": fixture("records.ts"),
        "records.cts": fixture("records.ts"),
        "tsconfig.json": fixture("tsconfig.es2022.json"),
      },
    });
  });
  afterAll(() => project?.remove());

  async function report(runtime: Runtime, file: string): Promise<Report> {
    const [command, args] = runFile(runtime, file);
    const { stdout } = await run(command, args, { cwd: project.dir });
    return JSON.parse(stdout) as Report;
  }

  describe.each(runtimes)("$name", (runtime) => {
    test("imports the tarball from ESM: the ESM build, every entry and data file", async () => {
      const esm = await report(runtime, "index.mjs");
      expect(esm.runtime).toBe(runtime.id);
      expect(esm.usesModule).toBe(true);
      expectCommonReport(esm);
    });

    test("requires the tarball from CommonJS: the CJS build, every entry and data file, zod only for /schema", async () => {
      const cjs = await report(runtime, "index.cjs");
      expect(cjs.runtime).toBe(runtime.id);
      expect(cjs.usesMain).toBe(true);
      expectCommonReport(cjs);
      if (runtime.kind !== "deno") {
        // Deno keeps no require.cache of the files it loads, so there is nothing to look at there.
        expect([cjs.zodAfterRoot, cjs.zodAfterData, cjs.zodAfterSchema]).toEqual([false, false, true]);
      }
    });

    test("runs the command line from the tarball", async () => {
      const args = ["league", "--round", "2018/19", "--kind", "crc", "--format", "json"];
      const bin = join(project.dir, "node_modules/.bin/crc-inspections");
      const { stdout } =
        runtime.kind === "node"
          ? // The installed bin, through its `#!/usr/bin/env node` line, with this Node first on PATH.
            await run(bin, args, { cwd: project.dir, env: childEnv({ PATH: pathWith(runtime) }) })
          : await run(...runFile(runtime, "node_modules/crc-inspections/dist/cli.js", args), {
              cwd: project.dir,
            });
      const rows = JSON.parse(stdout) as LeagueRow[];
      expect(rows).toHaveLength(21);
      expect(rows[0]?.rank).toBe(1);
      const { stdout: version } =
        runtime.kind === "node"
          ? await run(bin, ["--version"], { cwd: project.dir, env: childEnv({ PATH: pathWith(runtime) }) })
          : await run(...runFile(runtime, "node_modules/crc-inspections/dist/cli.js", ["--version"]), {
              cwd: project.dir,
            });
      expect(version.trim()).toMatch(/^\d+\.\d+\.\d+/);
    });

    if (runtime.kind === "deno") {
      test("names the --allow-read permission when Deno runs the command line without it", async () => {
        const cli = "node_modules/crc-inspections/dist/cli.js";
        for (const args of [["validate", "node_modules/crc-inspections/data/inspections.json"], ["export"]]) {
          const error = await run(runtime.binary, ["run", "--no-lock", "--allow-env", cli, ...args], {
            cwd: project.dir,
          }).catch((e: unknown) => e as Error);
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).message).toContain("Deno needs the --allow-read permission");
        }
      });
    }

    test("takes the record types from the root and /data with no ambient types", async () => {
      if (runtime.kind === "node") {
        // The repository's TypeScript, run by this Node: lib es2022, types [], skipLibCheck false.
        const { stdout, stderr } = await run(
          runtime.binary,
          [TSC, "-p", "tsconfig.json", "--pretty", "false"],
          {
            cwd: project.dir,
          },
        );
        expect(stdout + stderr).toBe("");
      } else if (runtime.kind === "deno") {
        // Deno's own type-checker on the same file (it fails on an unused @ts-expect-error too).
        await run(runtime.binary, ["check", "--no-lock", "records.mts"], { cwd: project.dir });
      } else {
        // Bun runs TypeScript as it stands: the type imports erase, the values are the dataset's.
        const { stdout, stderr } = await run(runtime.binary, ["records.mts"], { cwd: project.dir });
        expect(stdout + stderr).toBe("");
      }
    });
  });
}
