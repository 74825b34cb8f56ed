// data/areas.json: the police force areas, which provider covered which, and the partition checks (issue 20).
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { partition, partitionGroups, readAreas } from "../../scripts/lib/areas.js";
import { parseCsv } from "../../src/cli/output.js";
import { areaCodeList, areaCoverage, inspections, policeForceAreas, providers } from "../../src/index.js";
import { AreasFile } from "../../src/schema/index.js";

const file = AreasFile.parse(JSON.parse(readFileSync("data/areas.json", "utf8")));
const name = new Map(file.areas.map((a) => [a.code, a.name]));
const providerName = new Map(providers.map((p) => [p.id, p.name]));
const groups = partitionGroups(providers);
const crcs = groups[0] as { ids: string[] };
const nps201819 = groups[1] as { ids: string[] };

const csv = (path: string): Record<string, string>[] => {
  const [header = [], ...rows] = parseCsv(readFileSync(path, "utf8"));
  return rows.map((r) => Object.fromEntries(header.map((h, j) => [h, r[j] ?? ""])));
};

describe("the police force areas", () => {
  test("are the 39 of England (E23…) and the 4 of Wales (W15…), each code and name once", () => {
    expect(file.areas).toHaveLength(43);
    expect(file.areas.filter((a) => a.code.startsWith("E23"))).toHaveLength(39);
    expect(file.areas.filter((a) => a.code.startsWith("W15")).map((a) => a.name)).toEqual([
      "North Wales",
      "Gwent",
      "South Wales",
      "Dyfed-Powys",
    ]);
    expect(new Set(file.areas.map((a) => a.name)).size).toBe(43);
  });

  test("cite the ONS code list they were read from", () => {
    expect(file.codeList).toMatchObject({ publisher: "Office for National Statistics", year: 2025 });
    expect(file.codeList.name).toMatch(/^Police Force Areas \(December 2025\) Names and Codes/);
    expect(areaCodeList).toEqual(file.codeList);
  });

  test("reach the data entry frozen and equal to the file", () => {
    expect(policeForceAreas).toEqual(file.areas);
    expect(areaCoverage).toEqual(file.coverage);
    expect(Object.isFrozen(areaCoverage[0]?.evidence)).toBe(true);
  });

  test("a coverage row naming an unknown provider or area is refused", () => {
    const bad = {
      ...file,
      coverage: [{ ...(file.coverage[0] as object), providerId: "no-such-crc", areaCode: "E23000099" }],
    };
    const parsed = AreasFile.safeParse(bad);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toContain("no area E23000099 in areas");
    expect(readAreas(".", []).ok).toBe(false);
  });
});

describe("the provider–area rows", () => {
  test("each rests on a rule, with evidence", () => {
    for (const row of file.coverage) {
      expect(row.evidence.length, `${row.providerId} ${row.areaCode}`).toBeGreaterThan(0);
      expect(["provider-name", "source-names-area"]).toContain(row.rule);
    }
  });

  test("provider-name rows: the area's official name is in the provider's name, cited by the name's sources", () => {
    for (const row of file.coverage.filter((r) => r.rule === "provider-name")) {
      const provider = providers.find((p) => p.id === row.providerId);
      const area = name.get(row.areaCode) as string;
      expect(provider, row.providerId).toBeDefined();
      const words = provider?.name.replaceAll("&", "and") ?? "";
      expect(words, `${row.providerId} ${area}`).toContain(area.replaceAll("&", "and"));
      const nameSources = new Set(
        provider?.evidence.filter((e) => e.fields.includes("name")).map((e) => e.url),
      );
      for (const e of row.evidence) expect(nameSources.has(e.url), e.url).toBe(true);
    }
  });

  test("no provider-name row matches an area name that is part of another area's name", () => {
    // "Wales" or "London" alone would match several areas; the rule takes only names that denote one area.
    for (const row of file.coverage.filter((r) => r.rule === "provider-name")) {
      const area = name.get(row.areaCode) as string;
      const others = file.areas.filter((a) => a.code !== row.areaCode && a.name.includes(area));
      expect(
        others.map((a) => a.name),
        area,
      ).toEqual([]);
    }
  });

  test("source-names-area rows say which area the source names", () => {
    for (const row of file.coverage.filter((r) => r.rule === "source-names-area")) {
      expect(row.note, `${row.providerId} ${row.areaCode}`).toContain(name.get(row.areaCode));
    }
  });

  test("every provider with no row, or with part of its name unmatched, is listed as a gap", () => {
    const gaps = new Set(file.gaps.map((g) => g.providerId));
    const covered = new Set(file.coverage.map((r) => r.providerId));
    for (const p of providers) {
      if (!covered.has(p.id)) expect(gaps.has(p.id), p.id).toBe(true);
    }
  });
});

describe("the partition checks", () => {
  test("the 21 CRCs cover no police force area twice, and every area none covers is explained by a gap", () => {
    expect(crcs.ids).toHaveLength(21);
    const { twice, uncovered } = partition(file, crcs.ids);
    expect(twice).toEqual([]);
    // What no source read so far settles: London's two areas, Tees Valley's, Avon and Somerset, Wales's four.
    expect(uncovered.map((c) => name.get(c))).toEqual([
      "Metropolitan Police",
      "Cleveland",
      "London, City of",
      "Avon and Somerset",
      "North Wales",
      "Gwent",
      "South Wales",
      "Dyfed-Powys",
    ]);
    const explained = [
      "london-crc",
      "durham-tees-valley-crc",
      "bristol-gloucestershire-somerset-wiltshire-crc",
      "wales-crc",
    ];
    for (const id of explained) expect(file.gaps.some((g) => g.providerId === id)).toBe(true);
  });

  test("the 7 NPS divisions of 2018/19 cover no police force area twice; the divisions no source settles are gaps", () => {
    expect(nps201819.ids).toHaveLength(7);
    const { twice, uncovered } = partition(file, nps201819.ids);
    expect(twice).toEqual([]);
    const covered = new Set(file.coverage.map((r) => r.providerId));
    const unsettled = nps201819.ids.filter((id) => !covered.has(id));
    for (const id of unsettled)
      expect(
        file.gaps.some((g) => g.providerId === id),
        id,
      ).toBe(true);
    expect(uncovered.length).toBe(
      43 - file.coverage.filter((r) => nps201819.ids.includes(r.providerId)).length,
    );
  });

  test("partition finds an area covered twice", () => {
    const doubled = {
      ...file,
      coverage: [
        ...file.coverage,
        { ...(file.coverage[0] as (typeof file.coverage)[number]), providerId: "essex-crc" },
      ],
    };
    expect(partition(doubled, crcs.ids).twice).toEqual([file.coverage[0]?.areaCode]);
  });
});

describe("data/area_ratings.csv, the join for a police-force-area map", () => {
  const rows = csv("data/area_ratings.csv");

  test("has one row per area and rated round, keyed by ONS code and name", () => {
    expect(rows).toHaveLength(43 * 3);
    expect(new Set(rows.map((r) => `${r.area_code} ${r.round}`)).size).toBe(129);
    for (const r of rows) expect(r.area_name).toBe(name.get(r.area_code as string));
  });

  test("names the covering CRC and its rating from the inspections, and says why a cell is empty", () => {
    const cheshire = rows.find((r) => r.area_code === "E23000006" && r.round === "2018/19");
    const inspection = inspections.find((i) => i.id === "cheshire-greater-manchester-crc-2018-19");
    expect(cheshire).toMatchObject({
      crc_id: "cheshire-greater-manchester-crc",
      crc_name: providerName.get("cheshire-greater-manchester-crc"),
      crc_inspection_id: inspection?.id,
      crc_overall: inspection?.overall,
      crc_status: "rated",
    });
    const cleveland = rows.find((r) => r.area_code === "E23000013" && r.round === "2018/19");
    expect(cleveland).toMatchObject({ crc_id: "", crc_overall: "", crc_status: "no-settled-provider" });
    for (const r of rows) {
      for (const k of ["crc", "nps"]) {
        const status = r[`${k}_status`];
        expect(r[`${k}_overall`] !== "", `${r.area_code} ${r.round} ${k}`).toBe(
          status === "rated" || status === "not-rated",
        );
        expect(r[`${k}_id`] === "").toBe(status === "no-settled-provider" || status === "ambiguous");
      }
    }
  });

  test("marks a covering provider with no inspection in the round as not inspected, not unknown", () => {
    const inspected = new Set<string>(
      inspections.filter((i) => i.round === "2019/20").map((i) => i.providerId),
    );
    const notInspected = rows.filter((r) => r.round === "2019/20" && r.crc_status === "not-inspected");
    expect(notInspected.length).toBeGreaterThan(0);
    for (const r of notInspected) expect(inspected.has(r.crc_id as string)).toBe(false);
  });
});
