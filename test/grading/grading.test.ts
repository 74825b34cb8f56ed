import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  gradeCaseStandard,
  gradeScore,
  HMIP_2018_SCHEME,
  HMIP_2018_YOUTH_SCHEME,
  RATINGS,
} from "../../src/index.js";

describe("gradeScore", () => {
  test.each([
    [0, "inadequate"],
    [5, "inadequate"],
    [6, "requires-improvement"],
    [15, "requires-improvement"],
    [16, "good"],
    [25, "good"],
    [26, "outstanding"],
    [30, "outstanding"],
  ] as const)("grades %i as %s", (score, rating) => {
    expect(gradeScore(score)).toBe(rating);
  });

  test.each([31, -1])("throws a RangeError naming %i as outside 0–30", (score) => {
    expect(() => gradeScore(score)).toThrow(RangeError);
    expect(() => gradeScore(score)).toThrow(`gradeScore: ${score} is outside 0–30`);
  });

  test.each([2.5, Number.NaN, Number.POSITIVE_INFINITY])(
    "throws a RangeError for the non-integer %d",
    (score) => {
      expect(() => gradeScore(score)).toThrow(RangeError);
      expect(() => gradeScore(score)).toThrow(`gradeScore: ${score} is not an integer`);
    },
  );

  test.each(["5", undefined, null, 5n])("throws a TypeError for the non-number %s", (score) => {
    expect(() => gradeScore(score as never)).toThrow(TypeError);
    expect(() => gradeScore(score as never)).toThrow(/^gradeScore: expected a number/);
  });

  test("names a numeric string in quotes", () => {
    expect(() => gradeScore("5" as never)).toThrow('gradeScore: expected a number, got "5"');
  });

  test("uses the range of the scheme it is given", () => {
    expect(gradeScore(36, HMIP_2018_YOUTH_SCHEME)).toBe("outstanding");
    expect(gradeScore(6, HMIP_2018_YOUTH_SCHEME)).toBe("inadequate");
    expect(gradeScore(7, HMIP_2018_YOUTH_SCHEME)).toBe("requires-improvement");
    expect(() => gradeScore(37, HMIP_2018_YOUTH_SCHEME)).toThrow("gradeScore: 37 is outside 0–36");
  });

  test("never grades a higher score worse", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(RATINGS.indexOf(gradeScore(hi))).toBeLessThanOrEqual(RATINGS.indexOf(gradeScore(lo)));
      }),
    );
  });

  test("grades every score in a band as that band's rating", () => {
    for (const band of HMIP_2018_SCHEME.bands) {
      for (let s = band.min; s <= band.max; s++) expect(gradeScore(s)).toBe(band.rating);
    }
  });
});

describe("gradeCaseStandard", () => {
  test("is driven by the lowest key question", () => {
    expect(gradeCaseStandard([90, 70, 85])).toBe("good");
    expect(gradeCaseStandard([49.9, 100])).toBe("inadequate");
  });

  test.each([
    [100, "outstanding"],
    [80, "outstanding"],
    [79.99, "good"],
    [65, "good"],
    [64.9, "requires-improvement"],
    [50, "requires-improvement"],
    [49.99, "inadequate"],
    [0, "inadequate"],
  ] as const)(
    "grades a lowest key question of %d%% as %s (thresholds inclusive, no rounding)",
    (p, rating) => {
      expect(gradeCaseStandard([p])).toBe(rating);
    },
  );

  test("throws a RangeError for an empty list", () => {
    expect(() => gradeCaseStandard([])).toThrow(RangeError);
    expect(() => gradeCaseStandard([])).toThrow(/^gradeCaseStandard: expected at least one/);
  });

  test.each([101, -0.5, Number.NaN])("throws a RangeError naming the percentage %d and its index", (p) => {
    expect(() => gradeCaseStandard([70, p])).toThrow(RangeError);
    expect(() => gradeCaseStandard([70, p])).toThrow(
      `gradeCaseStandard: percentage [1] ${p} is outside 0–100`,
    );
  });

  test("throws a TypeError for a non-number percentage", () => {
    expect(() => gradeCaseStandard([70, "80" as never])).toThrow(TypeError);
    expect(() => gradeCaseStandard([70, "80" as never])).toThrow('percentage [1] must be a number, got "80"');
  });

  test("throws a TypeError when not given an array", () => {
    expect(() => gradeCaseStandard(80 as never)).toThrow(TypeError);
    expect(() => gradeCaseStandard("80" as never)).toThrow(/^gradeCaseStandard: expected an array/);
  });

  test("does not mutate its input", () => {
    const input = Object.freeze([90, 70, 85]);
    expect(gradeCaseStandard(input)).toBe("good");
    expect(input).toEqual([90, 70, 85]);
  });

  test("grades any list as its lowest percentage alone", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1 }), (ps) => {
        expect(gradeCaseStandard(ps)).toBe(gradeCaseStandard([Math.min(...ps)]));
      }),
    );
  });

  test("uses the scheme's thresholds", () => {
    const scheme = {
      ...HMIP_2018_SCHEME,
      caseThresholds: [
        { rating: "good", min: 60 },
        { rating: "inadequate", min: 0 },
      ],
    } as const;
    expect(gradeCaseStandard([60], scheme)).toBe("good");
    expect(gradeCaseStandard([59], scheme)).toBe("inadequate");
  });
});
