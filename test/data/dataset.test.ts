import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { areaInspectionKey, buildOutputs } from "../../scripts/lib/build.js";
import {
  countRatings,
  getProvider,
  inspections,
  inspectionsOf,
  latestInspection,
  providers,
  RATINGS,
  ROUNDS,
} from "../../src/index.js";
import { type Inspection, validateDataset } from "../../src/schema/index.js";
import { presentFields } from "../../src/schema/inspection.js";

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));
type Counts = Record<(typeof RATINGS)[number], number>;

function tally(records: readonly Pick<Inspection, "overall">[]): Counts {
  const counts: Counts = { outstanding: 0, good: 0, "requires-improvement": 0, inadequate: 0 };
  for (const r of records) if (r.overall && r.overall !== "not-rated") counts[r.overall]++;
  return counts;
}

const round = (r: string, kind?: string) =>
  inspections.filter((i) => i.round === r && (kind === undefined || i.providerKind === kind));

describe("the curated dataset", () => {
  test("validates against the schema and the cross-record invariants", () => {
    const result = validateDataset({
      providers: readJson("data/providers.json"),
      inspections: readJson("data/inspections.json"),
    });
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  test("has the 21 CRCs, the 7 NPS divisions of round one and the South West division of 2021", () => {
    expect(providers.filter((p) => p.kind === "crc")).toHaveLength(21);
    const nps = providers.filter((p) => p.kind === "nps").map((p) => p.id);
    const roundOne = new Set(round("2018/19", "nps").map((i) => i.providerId));
    expect(nps.filter((id) => !roundOne.has(id))).toEqual(["nps-south-west"]);
    expect(inspectionsOf("nps-south-west").map((i) => i.round)).toEqual(["2020/21"]);
  });

  test("names every present field of every record in some evidence entry", () => {
    for (const inspection of inspections) {
      const named = new Set(inspection.evidence.flatMap((e) => e.fields as readonly string[]));
      for (const field of presentFields(inspection as Inspection)) {
        expect(named.has(field), `${inspection.id}: ${field} has no evidence`).toBe(true);
      }
    }
  });

  test("round one covers all 21 CRCs and 7 NPS divisions once each", () => {
    expect(new Set(round("2018/19", "crc").map((i) => i.providerId)).size).toBe(21);
    expect(new Set(round("2018/19", "nps").map((i) => i.providerId)).size).toBe(7);
  });

  test("round one CRC totals are HMI Probation's: 0 Outstanding, 1 Good, 19 Requires improvement, 1 Inadequate", () => {
    expect(tally(round("2018/19", "crc"))).toEqual({
      outstanding: 0,
      good: 1,
      "requires-improvement": 19,
      inadequate: 1,
    });
  });

  test("round one totals over all 28 providers are HMI Probation's: 0 / 6 / 21 / 1", () => {
    expect(round("2018/19").every((i) => i.overall)).toBe(true);
    expect(tally(round("2018/19"))).toEqual({
      outstanding: 0,
      good: 6,
      "requires-improvement": 21,
      inadequate: 1,
    });
  });

  test("round two never exceeds HMI Probation's totals for its ten rated services (0 / 4 / 6 / 0), and equals them when complete", () => {
    const published = { outstanding: 0, good: 4, "requires-improvement": 6, inadequate: 0 };
    const counts = tally(round("2019/20"));
    for (const r of RATINGS) expect(counts[r]).toBeLessThanOrEqual(published[r]);
    const rated = round("2019/20").filter((i) => i.overall !== "not-rated");
    if (rated.length === 10 && rated.every((i) => i.overall !== undefined)) expect(counts).toEqual(published);
    // HMI Probation inspected 10 CRCs and 1 NPS division in the round; one got no overall rating.
    expect(round("2019/20").length).toBeLessThanOrEqual(11);
    expect(
      round("2019/20")
        .filter((i) => i.overall === "not-rated")
        .map((i) => i.providerId),
    ).toEqual(["hampshire-isle-of-wight-crc"]);
  });

  test("is sorted in publication order within each round", () => {
    const order = [null, ...ROUNDS];
    for (let k = 1; k < inspections.length; k++) {
      const a = inspections[k - 1] as Inspection;
      const b = inspections[k] as Inspection;
      const byRound = order.indexOf(a.round) - order.indexOf(b.round);
      expect(byRound).toBeLessThanOrEqual(0);
      if (byRound === 0 && a.published && b.published) expect(a.published <= b.published).toBe(true);
    }
  });

  test("has at least 14 Quality & Impact area inspections, unrated, each with its area", () => {
    const qi = inspections.filter((i) => i.framework === "quality-and-impact");
    expect(new Set(qi.map(areaInspectionKey)).size).toBeGreaterThanOrEqual(14);
    for (const i of qi) {
      expect(i.round, i.id).toBeNull();
      expect(i.overall, i.id).toBe("not-rated");
      // area is absent exactly when the inspection covered the whole of a one-area provider (the id still names it).
      const areas = getProvider(i.providerId)?.areas ?? [];
      if (i.area === undefined) expect(areas, i.id).toHaveLength(1);
      else expect(areas.length === 1 && areas[0] === i.area, i.id).toBe(false);
      expect(i.id, i.id).toMatch(new RegExp(`^${i.providerId}-\\d{4}-[a-z0-9-]+-qi$`));
    }
    // One record per provider an inspection covered: never two records of one provider for one inspection.
    const perProvider = qi.map((i) => `${i.providerId} ${areaInspectionKey(i)}`);
    expect(new Set(perProvider).size).toBe(perProvider.length);
  });

  test("2020/21 holds NPS South West's rated inspection and counts no unrated record as a rating", () => {
    const r2021 = round("2020/21");
    expect(r2021.map((i) => [i.id, i.overall])).toEqual([["nps-south-west-2020-21", "good"]]);
    // Quality & Impact records never count as a rating or as zero: countRatings puts each in notRated.
    const qi = inspections.filter((i) => i.framework === "quality-and-impact");
    expect(countRatings(qi)).toEqual({
      outstanding: 0,
      good: 0,
      "requires-improvement": 0,
      inadequate: 0,
      unknown: 0,
      notRated: qi.length,
    });
  });

  test("owners follow the one-year rule: DTV 2018/19 has none from a 2016 post, Essex 2018/19 has Sodexo from 2018", () => {
    const byId = new Map(inspections.map((i) => [i.id, i]));
    expect(byId.get("durham-tees-valley-crc-2018-19")?.owner).toBeUndefined();
    expect(byId.get("durham-tees-valley-crc-2016-durham-qi")?.owner).toBe("arcc");
    expect(byId.get("essex-crc-2018-19")?.owner).toBe("sodexo-justice-services");
    // No publication day rests on a news page's timestamp alone.
    expect(byId.get("cheshire-greater-manchester-crc-2018-19")?.published).toBe("2019-04");
  });

  test("cannot be mutated", () => {
    const record = inspections[0] as unknown as { overall: unknown; standards: Record<string, unknown> };
    expect(Object.isFrozen(inspections)).toBe(true);
    expect(() => {
      record.overall = "outstanding";
    }).toThrow(TypeError);
    expect(() => {
      record.standards.leadership = "good";
    }).toThrow(TypeError);
    expect(() => (providers as unknown as unknown[]).pop()).toThrow(TypeError);
    expect(Object.isFrozen(providers[0]?.owners)).toBe(true);
  });
});

describe("generated files", () => {
  test("are up to date with data/ (run `npm run generate` if not)", async () => {
    const { files, issues } = await buildOutputs(process.cwd());
    expect(issues).toEqual([]);
    for (const [path, content] of files) {
      if (typeof content === "string") expect(readFileSync(path, "utf8"), path).toBe(content);
      else expect(readFileSync(path).equals(content), `${path} is stale`).toBe(true);
    }
    // Building runs SQLite (WebAssembly) and the Parquet writer: over 5 s on a loaded 2-core machine.
  }, 60_000);

  test("ratings.csv has one header row and one row per inspection and standard", () => {
    const lines = readFileSync("data/ratings.csv", "utf8").trimEnd().split("\n");
    const header = lines[0]?.split(",") ?? [];
    expect(header.slice(0, 5)).toEqual([
      "inspection_id",
      "provider_id",
      "provider_kind",
      "round",
      "standard",
    ]);
    expect(lines.filter((l) => l.startsWith("inspection_id,"))).toHaveLength(1);
    const rated = inspections.filter((i) => i.framework === "hmip-2018");
    expect(lines.length - 1).toBe(rated.length * 10);
    const known = lines.slice(1).filter((l) => /,TRUE,[^,]*$/.test(l)).length;
    expect(known).toBe(rated.reduce((n, i) => n + Object.keys(i.standards).length, 0));
  });

  test("inspections.csv has one row per inspection under one header", () => {
    const lines = readFileSync("data/inspections.csv", "utf8").trimEnd().split("\n");
    expect(lines[0]?.startsWith("id,provider_id,provider_name,")).toBe(true);
    expect(lines).toHaveLength(inspections.length + 1);
  });
});

describe("accessors", () => {
  test("getProvider finds a provider by id or by any alias, whatever the case", () => {
    expect(getProvider("west-yorkshire-crc")?.kind).toBe("crc");
    for (const alias of ["BeNCH", "DLNR", "BGSW", "KSS", "DDC", "HLNY", "CGM", "HIOW", "DTV", "SWM"]) {
      expect(getProvider(alias), alias).toBeDefined();
      expect(getProvider(alias.toLowerCase())?.id).toBe(getProvider(alias)?.id);
    }
    expect(getProvider("KSS")?.id).toBe("kent-surrey-sussex-crc");
  });

  test("inspectionsOf is one timeline: Quality & Impact and rated inspections together, oldest first, partial dates in order", () => {
    expect(inspectionsOf("nps-midlands").map((i) => i.id)).toEqual([
      "nps-midlands-2016-derbyshire-qi",
      "nps-midlands-2017-staffordshire-stoke-qi",
      "nps-midlands-2017-west-mercia-qi",
      "nps-midlands-2018-19",
    ]);
    // A month-precision date ("2018-03") between two days, and the rated round after.
    expect(inspectionsOf("london-crc").map((i) => i.published)).toEqual(["2016-12-15", "2018-03", "2019-08"]);
    // Rounds order the timeline: an undated inspection of an earlier round comes before a dated later one.
    expect(inspectionsOf("HIOW").map((i) => [i.round, i.published])).toEqual([
      ["2018/19", "2019-05-08"],
      ["2019/20", "2020-07"],
    ]);
    expect(inspectionsOf("thames-valley-crc").map((i) => [i.round, i.published])).toEqual([
      ["2018/19", undefined],
      ["2019/20", "2020-01-21"],
    ]);
  });

  test("latestInspection is the end of the timeline, or the last rated inspection with { rated: true }", () => {
    expect(latestInspection("HIOW")?.id).toBe("hampshire-isle-of-wight-crc-2019-20");
    expect(latestInspection("HIOW", { rated: true })?.id).toBe("hampshire-isle-of-wight-crc-2018-19");
    expect(latestInspection("nps-south-west-south-central")?.round).toBe("2018/19");
    expect(latestInspection("nps-south-west", { rated: true })?.round).toBe("2020/21");
    expect(() => latestInspection("HIOW", null as never)).toThrow(
      /^latestInspection: expected an options object/,
    );
  });

  test("getProvider returns undefined for an unknown name and throws on a non-string", () => {
    expect(getProvider("atlantis-crc")).toBeUndefined();
    expect(() => getProvider(42 as never)).toThrow(/^getProvider:/);
  });

  test("inspectionsOf lists a provider's inspections oldest first and accepts aliases", () => {
    const wy = inspectionsOf("west-yorkshire-crc");
    expect(wy.map((i) => i.id)).toEqual(["west-yorkshire-crc-2018-19", "west-yorkshire-crc-2019-20"]);
    expect(inspectionsOf("SWM").every((i) => i.providerId === "staffordshire-west-midlands-crc")).toBe(true);
    expect(Object.isFrozen(wy)).toBe(true);
  });

  test("inspectionsOf and latestInspection throw a RangeError naming an unknown provider", () => {
    expect(() => inspectionsOf("atlantis-crc")).toThrow(/inspectionsOf: .*"atlantis-crc"/);
    expect(() => latestInspection("atlantis-crc")).toThrow(RangeError);
    expect(() => inspectionsOf(undefined as never)).toThrow(TypeError);
    expect(() => latestInspection(undefined as never)).toThrow(TypeError);
  });

  test("latestInspection returns the last inspection in publication order", () => {
    expect(latestInspection("west-yorkshire-crc")?.id).toBe("west-yorkshire-crc-2019-20");
    expect(latestInspection("essex-crc")?.round).toBe("2018/19");
  });
});
