// A CommonJS consumer (run by each Node, Deno and Bun): every entry and data subpath through `require`, as a user writes it.
// Prints a JSON report that test/consumers/runtimes.test.ts asserts on.
const { readFileSync } = require("node:fs");

const loadedZod = () =>
  Object.keys(require.cache).some((file) => /[\\/]node_modules[\\/]zod[\\/]/.test(file));

const root = require("crc-inspections");
const zodAfterRoot = loadedZod();
const data = require("crc-inspections/data");
const zodAfterData = loadedZod();
const schema = require("crc-inspections/schema");
const zodAfterSchema = loadedZod();
const inspectionsJson = require("crc-inspections/data/inspections.json");
const providersJson = require("crc-inspections/data/providers.json");
const datapackage = require("crc-inspections/datapackage.json");
const pkg = require("crc-inspections/package.json");
const csv = readFileSync(require.resolve("crc-inspections/data/inspections.csv"), "utf8");

const {
  countRatings,
  getProvider,
  gradeScore,
  inspections,
  leagueTable,
  parseRating,
  providers,
  RATINGS,
  yearOnYearDeltas,
} = root;
const firstProvider = providers[0];

const report = {
  rootExports: Object.keys(root)
    .filter((key) => key !== "__esModule" && key !== "default")
    .sort(),
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
  usesMain: require.resolve("crc-inspections").endsWith("/dist/index.cjs"),
  zodAfterRoot,
  zodAfterData,
  zodAfterSchema,
};
process.stdout.write(JSON.stringify(report));
