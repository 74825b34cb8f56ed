// Node consumers of the packed tarball: one fresh project using `import`, one using `require`.
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { type ConsumerProject, createConsumer, fixture, node } from "./helpers.js";

interface Report {
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
  expect(report.providers).toBe(28);
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

describe("a Node ESM project importing the tarball", () => {
  let project: ConsumerProject;
  let report: Report;

  beforeAll(async () => {
    project = await createConsumer("esm", inject("tarball"), {
      type: "module",
      copy: { "index.mjs": fixture("esm.mjs") },
    });
    const { stdout } = await node(["index.mjs"], project.dir);
    report = JSON.parse(stdout) as Report;
  });
  afterAll(() => project?.remove());

  test("resolves the root entry to the ESM build", () => {
    expect(report.usesModule).toBe(true);
  });

  test("gets the scale, the dataset, /data, /schema and the JSON, CSV and datapackage.json files", () => {
    expectCommonReport(report);
  });
});

describe("a Node CommonJS project requiring the tarball", () => {
  let project: ConsumerProject;
  let report: Report;

  beforeAll(async () => {
    project = await createConsumer("cjs", inject("tarball"), {
      type: "commonjs",
      copy: { "index.cjs": fixture("cjs.cjs") },
    });
    const { stdout } = await node(["index.cjs"], project.dir);
    report = JSON.parse(stdout) as Report;
  });
  afterAll(() => project?.remove());

  test("resolves the root entry to the CJS build", () => {
    expect(report.usesMain).toBe(true);
  });

  test("gets the scale, the dataset, /data, /schema and the JSON, CSV and datapackage.json files", () => {
    expectCommonReport(report);
  });

  test("loads zod only for /schema", () => {
    expect(report.zodAfterRoot).toBe(false);
    expect(report.zodAfterData).toBe(false);
    expect(report.zodAfterSchema).toBe(true);
  });
});
