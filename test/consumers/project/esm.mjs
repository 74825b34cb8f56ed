// An ESM consumer (run by each Node, Deno and Bun): every entry and data subpath through `import`, as a user writes it.
// Prints a JSON report that test/consumers/runtimes.test.ts asserts on.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as root from "crc-inspections";
import {
  countRatings,
  getProvider,
  gradeScore,
  inspections,
  leagueTable,
  parseRating,
  providers,
  RATINGS,
  yearOnYearDeltas,
} from "crc-inspections";
import * as data from "crc-inspections/data";
import inspectionsJson from "crc-inspections/data/inspections.json" with { type: "json" };
import providersJson from "crc-inspections/data/providers.json" with { type: "json" };
import datapackage from "crc-inspections/datapackage.json" with { type: "json" };
import pkg from "crc-inspections/package.json" with { type: "json" };
import * as schema from "crc-inspections/schema";

const csvPath = fileURLToPath(import.meta.resolve("crc-inspections/data/inspections.csv"));
const csv = readFileSync(csvPath, "utf8");
const firstProvider = providers[0];

const report = {
  rootExports: Object.keys(root).sort(),
  ratings: RATINGS,
  parsed: parseRating("Requires improvement"),
  graded: [gradeScore(0), gradeScore(30)],
  league: leagueTable(inspections, { round: "2018/19", kind: "crc", providers }).map((row) => row.rank),
  counted: Object.values(countRatings(inspections)).reduce((a, b) => a + b, 0),
  deltas: yearOnYearDeltas(inspections).map((d) => d.providerId),
  inspections: inspections.length,
  providers: providers.length,
  jsonInspections: inspectionsJson.length,
  jsonProviders: providersJson.length,
  sameIds: inspections.map((i) => i.id).join() === inspectionsJson.map((i) => i.id).join(),
  frozen: Object.isFrozen(inspections) && Object.isFrozen(inspections[0] ?? {}),
  getProvider: firstProvider === undefined ? null : getProvider(firstProvider.id) === firstProvider,
  dataShared: data.inspections === inspections && data.getProvider === getProvider,
  schemaParses: schema.Inspection.safeParse(inspectionsJson[0]).success,
  schemaRejects: schema.Inspection.safeParse({ id: 1 }).success === false,
  csvHeader: csv.split(/\r?\n/, 1)[0],
  csvRows: csv.trimEnd().split(/\r?\n/).length - 1,
  datapackageResources: datapackage.resources.map((r) => r.name),
  version: pkg.version,
  runtime: globalThis.Deno
    ? `deno ${globalThis.Deno.version.deno}`
    : globalThis.Bun
      ? `bun ${globalThis.Bun.version}`
      : `node ${process.versions.node}`,
  usesModule: import.meta.resolve("crc-inspections").endsWith("/dist/index.js"),
};
process.stdout.write(JSON.stringify(report));
