import { describe, expect, test } from "vitest";
import {
  gradeCaseStandard,
  gradeScore,
  HMIP_2018_SCHEME,
  HMIP_2018_YOUTH_SCHEME,
  RATINGS,
  type Scheme,
  scoreInspection,
  validateScheme,
} from "../../src/index.js";

/** A mutable deep copy of the default scheme to break. */
const copy = (): { -readonly [K in keyof Scheme]: unknown } & Record<string, unknown> =>
  JSON.parse(JSON.stringify(HMIP_2018_SCHEME));

describe("HMIP_2018_SCHEME", () => {
  test("has the reported points, bands and case thresholds", () => {
    expect(HMIP_2018_SCHEME.standardCount).toBe(10);
    expect(HMIP_2018_SCHEME.points).toEqual({
      outstanding: 3,
      good: 2,
      "requires-improvement": 1,
      inadequate: 0,
    });
    expect(HMIP_2018_SCHEME.bands.map((b) => [b.rating, b.min, b.max])).toEqual([
      ["inadequate", 0, 5],
      ["requires-improvement", 6, 15],
      ["good", 16, 25],
      ["outstanding", 26, 30],
    ]);
    expect(HMIP_2018_SCHEME.caseThresholds.map((t) => t.min)).toEqual([80, 65, 50, 0]);
  });

  test("says it is unverified and where to verify it", () => {
    const { provenance } = HMIP_2018_SCHEME;
    expect(provenance.status).toBe("unverified");
    expect(provenance.summary).toMatch(/not yet read in a primary document/);
    expect(provenance.verifyAt.length).toBeGreaterThan(0);
    for (const url of [...provenance.verifyAt, ...(provenance.evidence ?? [])])
      expect(url).toMatch(/^https:\/\//);
  });

  test("is deeply frozen", () => {
    expect(Object.isFrozen(HMIP_2018_SCHEME)).toBe(true);
    expect(Object.isFrozen(HMIP_2018_SCHEME.points)).toBe(true);
    expect(Object.isFrozen(HMIP_2018_SCHEME.bands[0])).toBe(true);
    expect(Object.isFrozen(HMIP_2018_SCHEME.provenance.verifyAt)).toBe(true);
  });
});

describe("HMIP_2018_YOUTH_SCHEME", () => {
  test("counts 12 standards on a 0–36 score", () => {
    expect(HMIP_2018_YOUTH_SCHEME.standardCount).toBe(12);
    expect(HMIP_2018_YOUTH_SCHEME.bands.at(-1)?.max).toBe(36);
  });

  test("follows the n/2, 3n/2, 5n/2 band rule, as the probation scheme does", () => {
    for (const scheme of [HMIP_2018_SCHEME, HMIP_2018_YOUTH_SCHEME]) {
      const n = scheme.standardCount;
      expect(scheme.bands.slice(0, 3).map((b) => b.max)).toEqual([n / 2, (3 * n) / 2, (5 * n) / 2]);
    }
  });

  test("grades the pinned youth boundary 18 | 19 and the Dorset 2023 score 24", () => {
    expect(gradeScore(18, HMIP_2018_YOUTH_SCHEME)).toBe("requires-improvement");
    expect(gradeScore(19, HMIP_2018_YOUTH_SCHEME)).toBe("good");
    expect(gradeScore(24, HMIP_2018_YOUTH_SCHEME)).toBe("good");
  });

  test("cites the public scrape it was checked against", () => {
    expect(HMIP_2018_YOUTH_SCHEME.provenance.evidence).toContain(
      "https://github.com/data-to-insight/hmi-probation-youth-justice-scrape",
    );
  });
});

describe("validateScheme", () => {
  test("returns a built-in or already checked scheme itself", () => {
    expect(validateScheme(HMIP_2018_SCHEME)).toBe(HMIP_2018_SCHEME);
    expect(validateScheme(HMIP_2018_YOUTH_SCHEME)).toBe(HMIP_2018_YOUTH_SCHEME);
    const checked = validateScheme(copy());
    expect(validateScheme(checked)).toBe(checked);
  });

  test("returns a deeply frozen, equal copy of a plain scheme and leaves the input alone", () => {
    const plain = copy();
    const checked = validateScheme(plain);
    expect(checked).not.toBe(plain);
    expect(checked).toEqual(plain);
    expect(Object.isFrozen(plain)).toBe(false);
    expect(Object.isFrozen(checked.bands[0])).toBe(true);
  });

  test("accepts bands in any order", () => {
    const scheme = copy();
    scheme.bands = [...(scheme.bands as unknown[])].reverse();
    expect(() => validateScheme(scheme)).not.toThrow();
  });

  test("accepts a scheme with fewer bands and thresholds", () => {
    const scheme = copy();
    scheme.bands = [
      { rating: "requires-improvement", min: 0, max: 14 },
      { rating: "good", min: 15, max: 30 },
    ];
    scheme.caseThresholds = [
      { rating: "good", min: 60 },
      { rating: "inadequate", min: 0 },
    ];
    expect(gradeScore(14, validateScheme(scheme))).toBe("requires-improvement");
  });

  const broken: [string, (s: ReturnType<typeof copy>) => void, "type" | "range", RegExp][] = [
    [
      "standardCount is a string",
      (s) => {
        s.standardCount = "10";
      },
      "type",
      /standardCount must be a number/,
    ],
    [
      "standardCount is 0",
      (s) => {
        s.standardCount = 0;
      },
      "range",
      /standardCount 0 is not a positive integer/,
    ],
    [
      "standardCount is 2.5",
      (s) => {
        s.standardCount = 2.5;
      },
      "range",
      /standardCount 2.5/,
    ],
    [
      "points is missing",
      (s) => {
        s.points = undefined;
      },
      "type",
      /points must be an object/,
    ],
    [
      "a point is a string",
      (s) => {
        (s.points as Record<string, unknown>).good = "2";
      },
      "type",
      /points.good/,
    ],
    [
      "a point is negative",
      (s) => {
        (s.points as Record<string, unknown>).inadequate = -1;
      },
      "range",
      /points.inadequate -1/,
    ],
    [
      "a point is fractional",
      (s) => {
        (s.points as Record<string, unknown>).good = 1.5;
      },
      "range",
      /points.good 1.5/,
    ],
    [
      "points do not rise with the rating",
      (s) => {
        (s.points as Record<string, unknown>).good = 3;
      },
      "range",
      /outstanding \(3\) ≤ good \(3\)/,
    ],
    [
      "bands is not an array",
      (s) => {
        s.bands = {};
      },
      "type",
      /bands must be an array/,
    ],
    [
      "bands is empty",
      (s) => {
        s.bands = [];
      },
      "range",
      /bands must not be empty/,
    ],
    [
      "a band is not an object",
      (s) => {
        (s.bands as unknown[])[0] = 5;
      },
      "type",
      /bands\[0\] must be an object/,
    ],
    [
      "a band's rating is unknown",
      (s) => {
        band(s, 0).rating = "poor";
      },
      "range",
      /bands\[0\].rating "poor"/,
    ],
    [
      "a rating has two bands",
      (s) => {
        band(s, 1).rating = "inadequate";
      },
      "range",
      /inadequate has more than one band/,
    ],
    [
      "a band's min is a string",
      (s) => {
        band(s, 0).min = "0";
      },
      "type",
      /bands\[0\].min must be a number/,
    ],
    [
      "a band's max is fractional",
      (s) => {
        band(s, 0).max = 5.5;
      },
      "range",
      /bands\[0\].max 5.5 is not an integer/,
    ],
    [
      "a band runs backwards",
      (s) => {
        band(s, 1).max = 4;
      },
      "range",
      /runs from 6 down to 4/,
    ],
    [
      "the bands leave a gap",
      (s) => {
        band(s, 1).min = 8;
      },
      "range",
      /bands leave 6–7 uncovered/,
    ],
    [
      "the bands overlap",
      (s) => {
        band(s, 1).min = 4;
      },
      "range",
      /bands overlap at 4–5/,
    ],
    [
      "a band starts below the range",
      (s) => {
        band(s, 0).min = -1;
      },
      "range",
      /starts at -1, below the lowest score 0/,
    ],
    [
      "the bands stop short",
      (s) => {
        band(s, 3).max = 29;
      },
      "range",
      /bands leave 30–30 uncovered/,
    ],
    [
      "the bands run past the range",
      (s) => {
        band(s, 3).max = 31;
      },
      "range",
      /bands run to 31, beyond the highest score 30/,
    ],
    [
      "a higher band grades worse",
      (s) => {
        band(s, 2).rating = "inadequate";
        band(s, 0).rating = "good";
      },
      "range",
      /band requires-improvement \(6–15\) scores above the better band good/,
    ],
    [
      "caseThresholds is not an array",
      (s) => {
        s.caseThresholds = null;
      },
      "type",
      /caseThresholds must be an array/,
    ],
    [
      "caseThresholds is empty",
      (s) => {
        s.caseThresholds = [];
      },
      "range",
      /caseThresholds must not be empty/,
    ],
    [
      "a threshold is not an object",
      (s) => {
        (s.caseThresholds as unknown[])[1] = 65;
      },
      "type",
      /caseThresholds\[1\]/,
    ],
    [
      "a threshold's rating is unknown",
      (s) => {
        threshold(s, 0).rating = "great";
      },
      "range",
      /"great" is not a rating key/,
    ],
    [
      "a threshold's min is a string",
      (s) => {
        threshold(s, 0).min = "80";
      },
      "type",
      /caseThresholds\[0\].min must be a number/,
    ],
    [
      "a threshold is above 100",
      (s) => {
        threshold(s, 0).min = 101;
      },
      "range",
      /caseThresholds\[0\].min 101 is outside 0–100/,
    ],
    [
      "a threshold is NaN",
      (s) => {
        threshold(s, 0).min = Number.NaN;
      },
      "range",
      /min NaN is outside 0–100/,
    ],
    [
      "thresholds are not best first",
      (s) => {
        threshold(s, 0).rating = "good";
        threshold(s, 1).rating = "outstanding";
      },
      "range",
      /best rating first, but outstanding follows good/,
    ],
    [
      "thresholds do not fall",
      (s) => {
        threshold(s, 1).min = 80;
      },
      "range",
      /good \(80\) ≥ outstanding \(80\)/,
    ],
    [
      "the last threshold is not 0",
      (s) => {
        threshold(s, 3).min = 10;
      },
      "range",
      /last case threshold must be 0/,
    ],
  ];

  function band(s: ReturnType<typeof copy>, i: number): Record<string, unknown> {
    return (s.bands as Record<string, unknown>[])[i] as Record<string, unknown>;
  }
  function threshold(s: ReturnType<typeof copy>, i: number): Record<string, unknown> {
    return (s.caseThresholds as Record<string, unknown>[])[i] as Record<string, unknown>;
  }

  test.each(broken)("rejects a scheme whose %s", (_name, breakIt, kind, message) => {
    const scheme = copy();
    breakIt(scheme);
    expect(() => validateScheme(scheme)).toThrow(kind === "type" ? TypeError : RangeError);
    expect(() => validateScheme(scheme)).toThrow(message);
    expect(() => validateScheme(scheme)).toThrow(/^validateScheme: /);
  });

  test.each([
    ["null", null],
    ["undefined", undefined],
    ["a number", 3],
    ["a string", "hmip-2018"],
    ["an array", [HMIP_2018_SCHEME]],
  ])("rejects %s with a TypeError", (_name, value) => {
    expect(() => validateScheme(value)).toThrow(TypeError);
    expect(() => validateScheme(value)).toThrow(/^validateScheme: expected a scheme object/);
  });

  test("every function names itself when given a bad scheme", () => {
    const scheme = copy();
    band(scheme, 1).min = 8;
    expect(() => gradeCaseStandard([90], scheme as unknown as Scheme)).toThrow(
      /^gradeCaseStandard: invalid scheme: bands leave 6–7/,
    );
    expect(() =>
      scoreInspection(
        { framework: "quality-and-impact", providerKind: "crc", round: null, standards: {} },
        scheme as unknown as Scheme,
      ),
    ).toThrow(/^scoreInspection: invalid scheme/);
  });

  test("checks a mutable scheme again on every call", () => {
    const scheme = copy();
    const inspection = {
      framework: "hmip-2018",
      providerKind: "crc",
      round: "2018/19",
      standards: {},
    } as const;
    expect(scoreInspection(inspection, scheme as unknown as Scheme).max).toBe(30);
    band(scheme, 3).max = 29;
    expect(() => scoreInspection(inspection, scheme as unknown as Scheme)).toThrow(
      /bands leave 30–30 uncovered/,
    );
  });

  test("gradeScore takes only checked schemes: the built-in ones and those validateScheme returns", () => {
    const plain = copy();
    expect(() => gradeScore(15, plain as unknown as Scheme)).toThrow(TypeError);
    expect(() => gradeScore(15, plain as unknown as Scheme)).toThrow(
      /^gradeScore: expected a built-in scheme/,
    );
    expect(gradeScore(15, validateScheme(plain))).toBe("requires-improvement");
    expect(gradeScore(18, HMIP_2018_YOUTH_SCHEME)).toBe("requires-improvement");
    expect(gradeScore(19, HMIP_2018_YOUTH_SCHEME)).toBe("good");
  });

  test("covers every rating in the default schemes' bands", () => {
    for (const scheme of [HMIP_2018_SCHEME, HMIP_2018_YOUTH_SCHEME]) {
      expect(scheme.bands.map((b) => b.rating).sort()).toEqual([...RATINGS].sort());
    }
  });
});
