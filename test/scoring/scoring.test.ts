import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  gradeScore,
  HMIP_2018_SCHEME,
  HMIP_2018_YOUTH_SCHEME,
  possibleOverallRatings,
  RATINGS,
  type Rating,
  scoreInspection,
  standardsFor,
} from "../../src/index.js";
import { scorable, scorableWithCounts } from "./arbitraries.js";

const crc = { framework: "hmip-2018", providerKind: "crc", round: "2018/19" } as const;
const counts = (o: number, g: number, ri: number, i: number) =>
  ({ outstanding: o, good: g, "requires-improvement": ri, inadequate: i }) as const;

describe("scoreInspection", () => {
  test("widens the range for each unknown standard, never counting it as zero", () => {
    expect(scoreInspection({ ...crc, standards: {} })).toEqual({
      min: 0,
      max: 30,
      known: 0,
      total: 10,
      narrowedBy: [],
      withoutOverall: { min: 0, max: 30 },
    });
    expect(scoreInspection({ ...crc, standards: { leadership: "outstanding" } })).toEqual({
      min: 3,
      max: 30,
      known: 1,
      total: 10,
      narrowedBy: ["standards"],
      withoutOverall: { min: 3, max: 30 },
    });
  });

  test("is exact when every standard in the map is known", () => {
    const standards = Object.fromEntries(
      standardsFor("hmip-2018", "nps", "2019/20").map((id) => [id, "good"]),
    );
    const score = scoreInspection({ ...crc, providerKind: "nps", round: "2019/20", standards });
    expect(score).toEqual({
      min: 20,
      max: 20,
      exact: 20,
      known: 10,
      total: 10,
      narrowedBy: ["standards"],
      withoutOverall: { min: 20, max: 20, exact: 20 },
    });
  });

  test("is exact from rating counts even when the map is empty (Cumbria and Lancashire: 7)", () => {
    expect(scoreInspection({ ...crc, standards: {}, ratingCounts: counts(0, 1, 5, 4) })).toEqual({
      min: 7,
      max: 7,
      exact: 7,
      known: 10,
      total: 10,
      narrowedBy: ["ratingCounts"],
      withoutOverall: { min: 7, max: 7, exact: 7 },
    });
  });

  test("leaves out exact while any standard is unknown", () => {
    expect(scoreInspection({ ...crc, standards: { leadership: "good" } })).not.toHaveProperty("exact");
  });

  test("scores a Quality & Impact inspection as nothing to score, with no exact", () => {
    const score = scoreInspection({
      framework: "quality-and-impact",
      providerKind: "crc",
      round: null,
      standards: {},
    });
    expect(score).toEqual({
      min: 0,
      max: 0,
      known: 0,
      total: 0,
      narrowedBy: [],
      withoutOverall: { min: 0, max: 0 },
    });
    // No own exact (toEqual alone would not tell): results are made on a prototype-less base (issue 17).
    expect(Object.hasOwn(score, "exact")).toBe(false);
  });

  test("uses the scheme's points", () => {
    const scheme = {
      ...HMIP_2018_SCHEME,
      points: { outstanding: 6, good: 4, "requires-improvement": 2, inadequate: 0 },
    };
    const bands = [
      { rating: "inadequate", min: 0, max: 10 },
      { rating: "good", min: 11, max: 60 },
    ] as const;
    expect(scoreInspection({ ...crc, standards: { staff: "good" } }, { ...scheme, bands })).toEqual({
      min: 4,
      max: 58,
      known: 1,
      total: 10,
      narrowedBy: ["standards"],
      withoutOverall: { min: 4, max: 58 },
    });
  });

  test("returns a new frozen object and leaves its input alone", () => {
    const input = Object.freeze({ ...crc, standards: Object.freeze({ leadership: "good" as const }) });
    const score = scoreInspection(input);
    expect(Object.isFrozen(score)).toBe(true);
    expect(input.standards).toEqual({ leadership: "good" });
  });

  test("ignores keys whose value is undefined", () => {
    expect(scoreInspection({ ...crc, standards: { leadership: undefined } as never }).known).toBe(0);
  });

  describe("throws", () => {
    test.each([null, "x", [crc]])("a TypeError for the non-object %j", (value) => {
      expect(() => scoreInspection(value as never)).toThrow(TypeError);
      expect(() => scoreInspection(value as never)).toThrow(/^scoreInspection: expected the inspection/);
    });

    test("a TypeError when standards is not an object", () => {
      expect(() => scoreInspection({ ...crc, standards: null as never })).toThrow(
        /^scoreInspection: the inspection's standards must be an object, got null/,
      );
    });

    test("a RangeError naming an unknown framework, kind or round", () => {
      expect(() => scoreInspection({ ...crc, framework: "ofsted" as never, standards: {} })).toThrow(
        'scoreInspection: unknown framework "ofsted"',
      );
      expect(() => scoreInspection({ ...crc, providerKind: "yos" as never, standards: {} })).toThrow(
        'scoreInspection: unknown provider kind "yos"',
      );
      expect(() => scoreInspection({ ...crc, round: "2021/22" as never, standards: {} })).toThrow(RangeError);
    });

    test("a RangeError naming a standard the inspection does not rate", () => {
      expect(() => scoreInspection({ ...crc, standards: { "statutory-victim-work": "good" } })).toThrow(
        'scoreInspection: "statutory-victim-work" is not a standard of a hmip-2018 crc inspection',
      );
    });

    test("a RangeError naming a value that is not a rating key", () => {
      expect(() => scoreInspection({ ...crc, standards: { staff: "Good" as never } })).toThrow(
        'scoreInspection: standards.staff "Good" is not a rating key',
      );
    });

    test("a RangeError when the counts do not sum to the standards rated", () => {
      expect(() => scoreInspection({ ...crc, standards: {}, ratingCounts: counts(0, 5, 4, 0) })).toThrow(
        "scoreInspection: ratingCounts sum to 9, but a hmip-2018 crc inspection rates 10 standards",
      );
    });

    test("a RangeError when the counts contradict the map", () => {
      expect(() =>
        scoreInspection({ ...crc, standards: { staff: "outstanding" }, ratingCounts: counts(0, 5, 5, 0) }),
      ).toThrow("scoreInspection: ratingCounts has 0 outstanding, but standards name 1");
    });

    test("a RangeError for a count that is not a non-negative integer", () => {
      expect(() => scoreInspection({ ...crc, standards: {}, ratingCounts: counts(0, 5.5, 4.5, 0) })).toThrow(
        "scoreInspection: ratingCounts.good 5.5 is not a non-negative integer",
      );
    });

    test("a TypeError when the counts are not an object", () => {
      expect(() => scoreInspection({ ...crc, standards: {}, ratingCounts: null as never })).toThrow(
        TypeError,
      );
    });

    test("a RangeError when the scheme counts another number of standards", () => {
      expect(() => scoreInspection({ ...crc, standards: {} }, HMIP_2018_YOUTH_SCHEME)).toThrow(
        "scoreInspection: scheme hmip-2018-youth counts 12 standards, but a hmip-2018 crc inspection rates 10",
      );
    });
  });

  test("keeps min ≤ exact ≤ max and known ≤ total", () => {
    fc.assert(
      fc.property(scorableWithCounts, (record) => {
        const s = scoreInspection(record);
        expect(s.min).toBeLessThanOrEqual(s.max);
        expect(s.known).toBeLessThanOrEqual(s.total);
        if (s.exact !== undefined) {
          expect(s.min).toBe(s.exact);
          expect(s.max).toBe(s.exact);
        } else {
          expect(s.min).toBeLessThan(s.max);
        }
      }),
    );
  });

  test("holds the score of every way of filling in the unknown standards", () => {
    fc.assert(
      fc.property(
        scorable,
        fc.array(fc.constantFrom(...RATINGS), { minLength: 10, maxLength: 10 }),
        (record, fill) => {
          const ids = standardsFor(record.framework, record.providerKind, record.round);
          const full = Object.fromEntries(
            ids.map((id, i) => [id, record.standards[id] ?? (fill[i] as Rating)]),
          );
          const exact = scoreInspection({ ...record, standards: full }).exact as number;
          const range = scoreInspection(record);
          expect(exact).toBeGreaterThanOrEqual(range.min);
          expect(exact).toBeLessThanOrEqual(range.max);
          expect(possibleOverallRatings(record)).toContain(gradeScore(exact));
        },
      ),
    );
  });
});

describe("possibleOverallRatings", () => {
  test("is one rating when the score is determined", () => {
    expect(possibleOverallRatings({ ...crc, standards: {}, ratingCounts: counts(0, 5, 5, 0) })).toEqual([
      "requires-improvement",
    ]);
  });

  test("is every rating, best first, when nothing is known", () => {
    expect(possibleOverallRatings({ ...crc, standards: {} })).toEqual(RATINGS);
  });

  test("is the bands the score range meets", () => {
    // eight Inadequate known: 0–6 → Inadequate or Requires improvement
    const ids = standardsFor("hmip-2018", "crc", "2018/19").slice(0, 8);
    const standards = Object.fromEntries(ids.map((id) => [id, "inadequate"]));
    expect(possibleOverallRatings({ ...crc, standards })).toEqual(["requires-improvement", "inadequate"]);
  });

  test("is empty for an inspection that rates no standards", () => {
    expect(
      possibleOverallRatings({
        framework: "quality-and-impact",
        providerKind: "nps",
        round: null,
        standards: {},
      }),
    ).toEqual([]);
  });

  test("returns a frozen array", () => {
    expect(Object.isFrozen(possibleOverallRatings({ ...crc, standards: {} }))).toBe(true);
  });

  test("throws the scoring errors under its own name", () => {
    expect(() => possibleOverallRatings({ ...crc, standards: { staff: "great" as never } })).toThrow(
      /^possibleOverallRatings: standards.staff "great"/,
    );
  });

  test("contains gradeScore(exact) whenever the score is exact", () => {
    fc.assert(
      fc.property(scorableWithCounts, (record) => {
        const { exact } = scoreInspection(record);
        if (exact !== undefined) expect(possibleOverallRatings(record)).toEqual([gradeScore(exact)]);
      }),
    );
  });

  test("never grows as more standards become known", () => {
    fc.assert(
      fc.property(scorable, fc.constantFrom(...RATINGS), (record, extra) => {
        const ids = standardsFor(record.framework, record.providerKind, record.round);
        const unknown = ids.find((id) => record.standards[id] === undefined);
        fc.pre(unknown !== undefined);
        const more = possibleOverallRatings({
          ...record,
          standards: { ...record.standards, [unknown as string]: extra },
        });
        for (const r of more) expect(possibleOverallRatings(record)).toContain(r);
      }),
    );
  });
});
