import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  countRatings,
  inspections,
  leagueTable,
  leagueTableLeftOut,
  ownerRatings,
  owners,
  providers,
  RATINGS,
  ratingDistribution,
} from "../../src/index.js";
import { rating, round } from "../scoring/arbitraries.js";

const crc = { framework: "hmip-2018", providerKind: "crc", round: "2018/19", standards: {} } as const;

describe("countRatings with owner", () => {
  test("counts only that owner's inspections; unknown owners are not counted", () => {
    const list = [
      { ...crc, owner: "x", overall: "good" },
      { ...crc, owner: "x", overall: "inadequate" },
      { ...crc, owner: "y", overall: "good" },
      { ...crc, overall: "good" },
      { ...crc, owner: "x" },
    ] as const;
    expect(countRatings(list, { owner: "x" })).toEqual({
      outstanding: 0,
      good: 1,
      "requires-improvement": 0,
      inadequate: 1,
      unknown: 1,
      notRated: 0,
    });
    expect(countRatings(list, { owner: "z" }).good).toBe(0);
    expect(countRatings(list, { owner: "x", standard: "leadership" }).unknown).toBe(3);
  });

  test("throws a TypeError, named, for an owner that is not a non-empty string", () => {
    expect(() => countRatings([], { owner: "" })).toThrow(
      /^countRatings: options\.owner must be an owner id/,
    );
    expect(() => countRatings([], { owner: 3 as unknown as string })).toThrow(TypeError);
  });

  test("the shipped dataset: the overall ratings of each owner's CRCs in 2018/19", () => {
    const r1 = inspections.filter((i) => i.round === "2018/19");
    expect(countRatings(r1, { owner: "working-links" }).inadequate).toBe(1);
    expect(countRatings(r1, { owner: "sodexo-justice-services" })["requires-improvement"]).toBe(6);
    expect(countRatings(r1, { owner: "purple-futures" }).good).toBe(1);
  });
});

describe("leagueTable and leagueTableLeftOut with owner", () => {
  test("keep only that owner's inspections, ranked among themselves", () => {
    const rows = leagueTable(inspections, { round: "2018/19", owner: "purple-futures", providers });
    expect(rows.map((r) => [r.rank, r.providerId])).toEqual([
      [1, "hampshire-isle-of-wight-crc"],
      [2, "cheshire-greater-manchester-crc"],
      [2, "west-yorkshire-crc"],
    ]);
    const byId = new Map(inspections.map((i) => [i.id, i]));
    for (const row of leagueTable(inspections, { owner: "sodexo-justice-services" })) {
      expect(byId.get(row.id as never)?.owner).toBe("sodexo-justice-services");
    }
    expect(leagueTableLeftOut(inspections, { owner: "purple-futures" }).map((l) => l.id)).toEqual([
      "hampshire-isle-of-wight-crc-2019-20",
    ]);
  });

  test("an owner with no inspections gives an empty table; a bad owner is a TypeError naming the function", () => {
    expect(leagueTable(inspections, { owner: "no-such-owner" })).toEqual([]);
    expect(() => leagueTable(inspections, { owner: "" })).toThrow(/^leagueTable: options\.owner must be/);
    expect(() => leagueTableLeftOut(inspections, { owner: 1 as unknown as string })).toThrow(
      /^leagueTableLeftOut: options\.owner must be/,
    );
  });
});

describe("ownerRatings", () => {
  test("one row per owner and round, owners in code-unit order, unknown owner last, rounds in order", () => {
    const rows = ownerRatings([
      { ...crc, id: "b-2", providerId: "b", round: "2019/20", overall: "good", owner: "x" },
      { ...crc, id: "c-1", providerId: "c", overall: "requires-improvement" },
      { ...crc, id: "b-1", providerId: "b", overall: "inadequate", owner: "x" },
      { ...crc, id: "a-1", providerId: "a", owner: "x" },
      { ...crc, id: "d-1", providerId: "d", overall: "not-rated", owner: "W" },
      {
        ...crc,
        id: "q",
        providerId: "a",
        framework: "quality-and-impact",
        round: null,
        overall: "not-rated",
        owner: "x",
      },
    ]);
    expect(rows.map((r) => [r.owner, r.round, r.ratings.map((x) => `${x.providerId}:${x.overall}`)])).toEqual(
      [
        ["W", "2018/19", ["d:not-rated"]],
        ["x", "2018/19", ["a:undefined", "b:inadequate"]],
        ["x", "2019/20", ["b:good"]],
        [null, "2018/19", ["c:requires-improvement"]],
      ],
    );
    expect(rows[1]?.tally).toEqual({
      outstanding: 0,
      good: 0,
      "requires-improvement": 0,
      inadequate: 1,
      unknown: 1,
      notRated: 0,
    });
    expect(Object.isFrozen(rows) && Object.isFrozen(rows[0]) && Object.isFrozen(rows[0]?.ratings)).toBe(true);
  });

  test("holds every rated inspection once, and its tallies agree with countRatings per owner", () => {
    const owner = fc.option(fc.constantFrom("a", "b", "c"), { nil: undefined });
    fc.assert(
      fc.property(
        fc.array(fc.record({ round, owner, overall: fc.option(rating, { nil: undefined }) }), {
          maxLength: 30,
        }),
        (items) => {
          const list = items.map((x, i) => ({
            ...crc,
            id: `i${i}`,
            providerId: `p${i % 4}`,
            round: x.round,
            ...(x.owner === undefined ? {} : { owner: x.owner }),
            ...(x.overall === undefined ? {} : { overall: x.overall }),
          }));
          const rows = ownerRatings(list);
          expect(rows.reduce((n, r) => n + r.ratings.length, 0)).toBe(list.length);
          for (const r of rows) {
            const same = list.filter((i) => i.round === r.round && (i.owner ?? null) === r.owner);
            expect(r.tally).toEqual(countRatings(same));
          }
        },
      ),
    );
  });

  test("the shipped dataset: Working Links' one CRC was the round's Inadequate; every owner id is a known owner", () => {
    const rows = ownerRatings(inspections);
    expect(rows.find((r) => r.owner === "working-links")?.tally.inadequate).toBe(1);
    const ids = new Set<string>(owners.map((o) => o.id));
    for (const r of rows) if (r.owner !== null) expect(ids.has(r.owner)).toBe(true);
    // ratingDistribution by owner agrees with ownerRatings summed over rounds.
    const rated = inspections.filter((i) => i.round !== null);
    for (const d of ratingDistribution(rated, "owner")) {
      const mine = rows.filter((r) => r.owner === d.group);
      for (const k of RATINGS) expect(mine.reduce((n, r) => n + r.tally[k], 0)).toBe(d[k]);
    }
  });

  test("throws named errors for bad input", () => {
    expect(() => ownerRatings("x" as never)).toThrow(/^ownerRatings: /);
    expect(() => ownerRatings([{ ...crc, id: "a", providerId: "a", owner: 3 } as never])).toThrow(
      /^ownerRatings: inspections\[0\]\.owner must be a string/,
    );
    expect(() => ownerRatings([{ ...crc, id: 1, providerId: "a" } as never])).toThrow(
      /^ownerRatings: inspections\[0\]\.id must be a string/,
    );
    expect(() => ownerRatings([{ ...crc, id: "a", providerId: "a", round: "2030/31" } as never])).toThrow(
      RangeError,
    );
  });
});
