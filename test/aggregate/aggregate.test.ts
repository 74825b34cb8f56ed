import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  type CountableInspection,
  countRatings,
  RATINGS,
  type RatingTally,
  type Round,
  ratingDistribution,
} from "../../src/index.js";
import { kind, rating, round } from "../scoring/arbitraries.js";

const crc = { framework: "hmip-2018", providerKind: "crc", round: "2018/19", standards: {} } as const;
const nps = { ...crc, providerKind: "nps" } as const;
const qi = {
  framework: "quality-and-impact",
  providerKind: "crc",
  round: null,
  overall: "not-rated",
  standards: {},
} as const;
const zero = { outstanding: 0, good: 0, "requires-improvement": 0, inadequate: 0, unknown: 0, notRated: 0 };
const sum = (t: RatingTally): number =>
  [...RATINGS, "unknown" as const, "notRated" as const].reduce((s, k) => s + t[k], 0);

const inspection = fc.record({
  framework: fc.constant("hmip-2018" as const),
  providerKind: kind,
  round,
  overall: fc.option(fc.option(rating, { nil: "not-rated" as const }), { nil: undefined }),
  staff: fc.option(rating, { nil: undefined }),
});
const asInspections = (
  items: { providerKind: "crc" | "nps"; round: Round; overall: unknown; staff: unknown }[],
) =>
  items.map(
    (i) =>
      ({
        framework: "hmip-2018",
        providerKind: i.providerKind,
        round: i.round,
        ...(i.overall === undefined ? {} : { overall: i.overall }),
        standards: i.staff === undefined ? {} : { staff: i.staff },
      }) as CountableInspection,
  );

describe("countRatings", () => {
  test("gives every rating with zeros for no inspections", () => {
    expect(countRatings([])).toStrictEqual(zero);
  });

  test("counts overall ratings, unknown (absent) and notRated ('not-rated') apart", () => {
    const tally = countRatings([
      { ...crc, overall: "good" },
      { ...crc, overall: "good" },
      { ...crc },
      qi,
      { ...crc, overall: "not-rated" },
    ]);
    expect(tally).toStrictEqual({ ...zero, good: 2, unknown: 1, notRated: 2 });
  });

  test("counts one standard's ratings; notRated where the inspection does not rate it", () => {
    const some: CountableInspection[] = [
      { ...crc, standards: { "unpaid-work": "good" } },
      { ...crc, standards: {} },
      { ...nps, standards: { "statutory-victim-work": "outstanding" } },
      qi,
    ];
    expect(countRatings(some, { standard: "unpaid-work" })).toStrictEqual({
      ...zero,
      good: 1,
      unknown: 1,
      notRated: 2,
    });
    expect(countRatings(some, { standard: "statutory-victim-work" })).toStrictEqual({
      ...zero,
      outstanding: 1,
      notRated: 3,
    });
  });

  test("returns a frozen tally", () => {
    expect(Object.isFrozen(countRatings([]))).toBe(true);
  });

  describe("throws", () => {
    test("a TypeError for a non-array, a non-object item or options", () => {
      expect(() => countRatings(null as never)).toThrow(
        "countRatings: expected an array of inspections, got null",
      );
      expect(() => countRatings([1 as never])).toThrow(
        "countRatings: inspections[0] must be an inspection object, got 1",
      );
      expect(() => countRatings([], "leadership" as never)).toThrow(TypeError);
    });

    test("a RangeError naming an unknown standard", () => {
      expect(() => countRatings([], { standard: "probity" as never })).toThrow(
        'countRatings: unknown standard "probity"',
      );
    });

    test("a RangeError naming a value that is not a rating key", () => {
      expect(() => countRatings([{ ...crc, overall: "poor" as never }])).toThrow(
        'countRatings: inspections[0].overall "poor" is not a rating key',
      );
      expect(() =>
        countRatings([{ ...crc, standards: { staff: "poor" as never } }], { standard: "staff" }),
      ).toThrow('countRatings: inspections[0].standards.staff "poor" is not a rating key');
      expect(() =>
        countRatings([{ ...crc, standards: { staff: null as never } }], { standard: "staff" }),
      ).toThrow("countRatings: inspections[0].standards.staff is null");
    });
  });

  test("sums to the number of inspections, with or without a standard", () => {
    fc.assert(
      fc.property(fc.array(inspection), (items) => {
        const inspections = asInspections(items);
        expect(sum(countRatings(inspections))).toBe(inspections.length);
        expect(sum(countRatings(inspections, { standard: "staff" }))).toBe(inspections.length);
        expect(sum(countRatings(inspections, { standard: "unpaid-work" }))).toBe(inspections.length);
      }),
    );
  });
});

describe("ratingDistribution", () => {
  test("groups by round, in round order, no round last", () => {
    const rows = ratingDistribution(
      [
        { ...crc, round: "2020/21", overall: "requires-improvement" },
        { ...crc, round: "2019/20", overall: "good" },
        qi,
        { ...crc, overall: "inadequate" },
        { ...crc, round: "2020/21", overall: "not-rated" },
      ],
      "round",
    );
    expect(rows).toStrictEqual([
      { group: "2018/19", ...zero, inadequate: 1 },
      { group: "2019/20", ...zero, good: 1 },
      { group: "2020/21", ...zero, "requires-improvement": 1, notRated: 1 },
      { group: null, ...zero, notRated: 1 },
    ]);
  });

  test("groups by kind, crc before nps", () => {
    const rows = ratingDistribution(
      [
        { ...nps, overall: "good" },
        { ...crc, overall: "good" },
      ],
      "kind",
    );
    expect(rows.map((r) => [r.group, r.good])).toEqual([
      ["crc", 1],
      ["nps", 1],
    ]);
  });

  test("groups by owner in code-unit order, unknown owner last", () => {
    const rows = ratingDistribution(
      [
        { ...crc, owner: "Sodexo", overall: "requires-improvement" },
        { ...crc, overall: "good" },
        { ...crc, owner: "Interserve", overall: "good" },
        { ...crc, owner: "Sodexo" },
        { ...crc, owner: "MTCnovo", overall: "good" },
      ],
      "owner",
    );
    expect(rows.map((r) => [r.group, r.good, r["requires-improvement"], r.unknown])).toEqual([
      ["Interserve", 1, 0, 0],
      ["MTCnovo", 1, 0, 0],
      ["Sodexo", 0, 1, 1],
      [null, 1, 0, 0],
    ]);
  });

  // The count visits only the keys a record has (issue 21): what it must not count, and what it counts as unknown.
  test("by standard: a key the edition does not rate, an inherited key and an undefined value count as unknown", () => {
    const inherited = Object.create({ staff: "good" }) as Record<string, unknown>;
    inherited.leadership = "good";
    const rows = ratingDistribution(
      [
        { ...nps, standards: { leadership: "outstanding", "unpaid-work": "good" } },
        { ...crc, standards: inherited as never },
        { ...crc, standards: { leadership: undefined, staff: "inadequate" } as never },
      ],
      "standard",
    );
    const row = (id: string) => rows.find((r) => r.group === id);
    expect(row("leadership")).toMatchObject({ outstanding: 1, good: 1, unknown: 1, notRated: 0 });
    expect(row("staff")).toMatchObject({ good: 0, inadequate: 1, unknown: 2, notRated: 0 });
    expect(row("unpaid-work")).toMatchObject({ good: 0, unknown: 2, notRated: 1 });
  });

  test("groups by standard: each standard any inspection rates, in report order, over all inspections", () => {
    const rows = ratingDistribution([{ ...crc, standards: { leadership: "good" } }, { ...nps }], "standard");
    expect(rows.map((r) => r.group)).toEqual([
      "leadership",
      "staff",
      "services",
      "information-and-facilities",
      "assessment",
      "planning",
      "implementation-and-delivery",
      "reviewing",
      "unpaid-work",
      "through-the-gate",
      "court-reports-and-allocation",
      "statutory-victim-work",
    ]);
    expect(rows[0]).toStrictEqual({ group: "leadership", ...zero, good: 1, unknown: 1 });
    expect(rows[8]).toStrictEqual({ group: "unpaid-work", ...zero, unknown: 1, notRated: 1 });
  });

  test("has no groups for no inspections, or for standards when none are rated", () => {
    expect(ratingDistribution([], "round")).toEqual([]);
    expect(ratingDistribution([qi], "standard")).toEqual([]);
  });

  test("returns frozen rows", () => {
    const rows = ratingDistribution([{ ...crc, overall: "good" }], "kind");
    expect(Object.isFrozen(rows)).toBe(true);
    expect(Object.isFrozen(rows[0])).toBe(true);
  });

  test("throws a TypeError for a non-array or a non-object item, a RangeError for an unknown grouping", () => {
    expect(() => ratingDistribution("x" as never, "round")).toThrow(/^ratingDistribution: expected an array/);
    expect(() => ratingDistribution([undefined as never], "round")).toThrow(TypeError);
    expect(() => ratingDistribution([], "year" as never)).toThrow(
      'ratingDistribution: cannot group by "year"',
    );
  });

  test("has groups that together sum to the number of inspections", () => {
    fc.assert(
      fc.property(fc.array(inspection), fc.constantFrom("round" as const, "kind" as const), (items, by) => {
        const inspections = asInspections(items);
        const rows = ratingDistribution(inspections, by);
        expect(rows.reduce((s, r) => s + sum(r), 0)).toBe(inspections.length);
        for (const r of ratingDistribution(inspections, "standard")) expect(sum(r)).toBe(inspections.length);
      }),
    );
  });
});
