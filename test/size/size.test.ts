// Size budgets, in bytes, for what the package costs a browser bundle: entries of the packed
// tarball, installed in a fresh project, bundled by esbuild (minified ESM for browsers), measured
// raw and gzipped. What each bundle holds is read from esbuild's metafile (bytes each input
// file contributes), so a dependency that is imported but tree-shaken away does not count.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { type ConsumerProject, createConsumer } from "../consumers/helpers.js";

/** The budget: `import { gradeScore } from "crc-inspections"`, minified. */
const GRADE_SCORE_MAX_BYTES = 2 * 1024;
/**
 * The root entry with the dataset, minified and gzipped: measured 21,535 B on 2026-11-22 with
 * the dataset of that day (40 inspections, 28 providers), plus 10% headroom; 24,245 B on 2026-12-02
 * after the input checks of issue 13 (about 2.6 KB gzipped: argument, option and record checks,
 * the scheme snapshot, bounded messages), plus 10%; then, the same day, 32,040 B with the Quality &
 * Impact and 2020/21 records (62 inspections, 29 providers), plus 10%; 38,927 B on 2026-12-03 with the
 * police force areas (43 areas, 50 provider–area rows with their evidence) and ratingsTileMapSvg (issue 20),
 * plus 10%. Raise it deliberately (and say so in the changeset) when the data or the code grows.
 */
const ROOT_MAX_GZIP_BYTES = 42_800;
/** `import { ratingsTileMapSvg }` alone, minified and gzipped: measured on 2026-12-03, plus 10%. */
const TILE_MAP_MAX_GZIP_BYTES = 5_600;

interface Bundle {
  text: string;
  bytes: number;
  gzip: number;
  /** Bytes each input contributes, by package ("zod", "date-fns") or "crc-inspections/<file>". */
  inputs: Map<string, number>;
}

function packageOf(input: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(input);
  if (match === null) return input;
  return match[1] === "crc-inspections" ? `crc-inspections/${match[2]}` : (match[1] as string);
}

async function bundle(dir: string, contents: string): Promise<Bundle> {
  const result = await build({
    stdin: { contents, resolveDir: dir, loader: "js", sourcefile: "entry.js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const file = result.outputFiles[0];
  if (file === undefined) throw new Error("esbuild wrote no output");
  const inputs = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (bytesInOutput === 0) continue;
      const key = packageOf(input);
      inputs.set(key, (inputs.get(key) ?? 0) + bytesInOutput);
    }
  }
  return {
    text: file.text,
    bytes: file.contents.byteLength,
    gzip: gzipSync(file.contents).byteLength,
    inputs,
  };
}

const describeInputs = (b: Bundle): string =>
  [...b.inputs].map(([input, bytes]) => `${input}: ${bytes} B`).join(", ");

describe("bundle size of the packed package (esbuild, minified ESM, browser)", () => {
  let project: ConsumerProject;
  let providerIds: string[];

  beforeAll(async () => {
    project = await createConsumer("size", inject("tarball"), { type: "module" });
    const providers = JSON.parse(
      readFileSync(join(project.dir, "node_modules/crc-inspections/data/providers.json"), "utf8"),
    ) as { id: string }[];
    providerIds = providers.map((p) => p.id);
  });
  afterAll(() => project?.remove());

  test(`gradeScore alone is under ${GRADE_SCORE_MAX_BYTES} B, without the dataset, zod or date-fns`, async () => {
    const b = await bundle(project.dir, 'export { gradeScore } from "crc-inspections";');
    console.info(`gradeScore bundle: ${b.bytes} B minified, ${b.gzip} B gzipped (${describeInputs(b)})`);
    expect(b.inputs.has("zod")).toBe(false);
    expect(b.inputs.has("date-fns")).toBe(false);
    expect(b.text).not.toMatch(/ZodError|\$ZodType/);
    expect(providerIds.filter((id) => b.text.includes(`"${id}"`))).toEqual([]);
    expect(b.bytes, `gradeScore bundle is ${b.bytes} B: ${describeInputs(b)}`).toBeLessThan(
      GRADE_SCORE_MAX_BYTES,
    );
  });

  test(`the root entry with the dataset stays within ${ROOT_MAX_GZIP_BYTES} B gzipped, without zod`, async () => {
    const b = await bundle(project.dir, 'export * from "crc-inspections";');
    console.info(`root bundle: ${b.bytes} B minified, ${b.gzip} B gzipped (${describeInputs(b)})`);
    // The dataset is in it (the markers the gradeScore test looks for are real).
    expect(providerIds.length).toBe(29);
    expect(providerIds.every((id) => b.text.includes(`"${id}"`))).toBe(true);
    expect(b.inputs.has("zod")).toBe(false);
    expect(b.gzip).toBeLessThanOrEqual(ROOT_MAX_GZIP_BYTES);
  });

  test("one chart function pulls in neither the other chart nor the police force area data", async () => {
    const heatmap = await bundle(project.dir, 'export { ratingsHeatmapSvg } from "crc-inspections";');
    const map = await bundle(project.dir, 'export { ratingsTileMapSvg } from "crc-inspections";');
    console.info(`ratingsHeatmapSvg: ${heatmap.gzip} B gzipped; ratingsTileMapSvg: ${map.gzip} B gzipped`);
    expect(heatmap.text).not.toContain("provider-outlines");
    expect(map.text).not.toContain("column-headers");
    // The tile layout names area codes; the area data's names (here Cleveland's) are not in either bundle.
    for (const b of [heatmap, map]) expect(b.text).not.toContain("Cleveland");
    expect(map.gzip).toBeLessThanOrEqual(TILE_MAP_MAX_GZIP_BYTES);
  });

  test("only /schema pulls in zod", async () => {
    const schema = await bundle(project.dir, 'export * from "crc-inspections/schema";');
    const data = await bundle(project.dir, 'export * from "crc-inspections/data";');
    const functions = await bundle(
      project.dir,
      'export { leagueTable, countRatings, yearOnYearDeltas, parseRating } from "crc-inspections";',
    );
    console.info(
      `/schema: ${schema.bytes} B (${schema.gzip} B gzipped); /data: ${data.bytes} B (${data.gzip} B gzipped); ` +
        `functions: ${functions.bytes} B (${functions.gzip} B gzipped)`,
    );
    expect(schema.inputs.get("zod") ?? 0).toBeGreaterThan(10_000);
    expect(data.inputs.has("zod")).toBe(false);
    expect(functions.inputs.has("zod")).toBe(false);
    // Functions take records as arguments and never import the dataset.
    expect(providerIds.filter((id) => functions.text.includes(`"${id}"`))).toEqual([]);
  });
});
