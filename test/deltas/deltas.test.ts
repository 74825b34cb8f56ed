import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  type DeltaInspection,
  type Direction,
  inspectionDelta,
  RATINGS,
  type Rating,
  yearOnYearDeltas,
} from "../../src/index.js";
import { rating } from "../scoring/arbitraries.js";

const base = { providerId: "x-crc", framework: "hmip-2018", providerKind: "crc", standards: {} } as const;
const r1: DeltaInspection = { ...base, id: "x-crc-2018-19", round: "2018/19", published: "2018-10-31" };
const r2: DeltaInspection = { ...base, id: "x-crc-2019-20", round: "2019/20", published: "2020-01-15" };
const counts = (o: number, g: number, ri: number, i: number) =>
  ({ outstanding: o, good: g, "requires-improvement": ri, inadequate: i }) as const;

const opposite: Record<Direction, Direction> = {
  improved: "declined",
  declined: "improved",
  unchanged: "unchanged",
  unknown: "unknown",
};

describe("inspectionDelta", () => {
  test.each([
    ["good", "requires-improvement", "improved"],
    ["requires-improvement", "good", "declined"],
    ["good", "good", "unchanged"],
    [undefined, "good", "unknown"],
    ["good", "not-rated", "unknown"],
  ] as const)("calls %s after %s %s", (to, from, direction) => {
    const later = to === undefined ? r2 : { ...r2, overall: to };
    const delta = inspectionDelta(later, { ...r1, overall: from });
    expect(delta.overall).toEqual({ from, to, direction });
  });

  test("lists every standard either inspection rates, in report order", () => {
    const delta = inspectionDelta(
      { ...r2, standards: { reviewing: "inadequate", leadership: "good" } },
      { ...r1, standards: { leadership: "requires-improvement", reviewing: "good" } },
    );
    expect(delta.standards.map((s) => s.standard)).toEqual([
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
    ]);
    expect(delta.standards[0]).toEqual({
      standard: "leadership",
      from: "requires-improvement",
      to: "good",
      direction: "improved",
    });
    expect(delta.standards[1]?.direction).toBe("unknown");
    expect(delta.standards[7]?.direction).toBe("declined");
  });

  test("gives an exact score change when both scores are determined", () => {
    const delta = inspectionDelta(
      { ...r2, ratingCounts: counts(0, 6, 4, 0) },
      { ...r1, ratingCounts: counts(0, 5, 5, 0) },
    );
    expect(delta.score.change).toEqual({ min: 1, max: 1, exact: 1 });
    expect(delta.score.direction).toBe("improved");
    expect(delta.score.from.exact).toBe(15);
    expect(delta.score.to.exact).toBe(16);
  });

  test("gives the score change as an interval when a score is a range", () => {
    const delta = inspectionDelta({ ...r2, ratingCounts: counts(0, 5, 5, 0) }, r1);
    expect(delta.score.change).toEqual({ min: -15, max: 15 });
    expect(delta.score.direction).toBe("unknown");
  });

  test.each([
    [counts(0, 5, 5, 0), counts(0, 5, 5, 0), "unchanged"],
    [counts(0, 0, 5, 5), counts(0, 5, 5, 0), "declined"],
  ] as const)("calls a score change %s", (to, from, direction) => {
    void direction;
    const delta = inspectionDelta({ ...r2, ratingCounts: to }, { ...r1, ratingCounts: from });
    expect(delta.score.direction).toBe(direction);
  });

  test("has no score change when an inspection rates no standards", () => {
    const qi: DeltaInspection = {
      ...base,
      id: "x-qi",
      framework: "quality-and-impact",
      round: null,
      overall: "not-rated",
    };
    const delta = inspectionDelta(r1, qi);
    expect(delta.score.change).toBeUndefined();
    expect(delta.score.direction).toBe("unknown");
    expect(delta.standards).toHaveLength(10);
    expect(delta.standards.every((s) => s.direction === "unknown")).toBe(true);
  });

  test("counts days and calendar months between day-precision publications, with date-fns", () => {
    expect(inspectionDelta(r2, r1).elapsed).toEqual({
      days: { min: 441, max: 441, exact: 441 },
      calendarMonths: 15,
      precision: "day",
    });
    expect(
      inspectionDelta({ ...r2, published: "2019-03-31" }, { ...r1, published: "2019-03-30" }).elapsed,
    ).toEqual({ days: { min: 1, max: 1, exact: 1 }, calendarMonths: 0, precision: "day" });
  });

  test("gives both units when a date has month precision: days as the range its month allows, no made-up day", () => {
    expect(inspectionDelta({ ...r2, published: "2020-01" }, r1).elapsed).toEqual({
      days: { min: 427, max: 457 },
      calendarMonths: 15,
      precision: "month",
    });
    expect(
      inspectionDelta({ ...r2, published: "2018-11-01" }, { ...r1, published: "2018-10" }).elapsed,
    ).toEqual({ days: { min: 1, max: 31 }, calendarMonths: 1, precision: "month" });
  });

  test("carries the provider kind and both rounds", () => {
    const delta = inspectionDelta(r2, r1);
    expect([delta.providerKind, delta.earlierRound, delta.laterRound]).toEqual(["crc", "2018/19", "2019/20"]);
  });

  test("takes the score change as the difference of the ranges all the evidence allows (overall included)", () => {
    const ri = "requires-improvement";
    const delta = inspectionDelta({ ...r2, overall: ri }, { ...r1, overall: ri });
    expect(delta.score.from).toMatchObject({ min: 6, max: 15, narrowedBy: ["overall"] });
    expect(delta.score.change).toEqual({ min: -9, max: 9 });
  });

  test("leaves elapsed undefined when a publication date is unknown", () => {
    const { published: _, ...undated } = r2;
    expect(inspectionDelta(undated, r1).elapsed).toBeUndefined();
  });

  test("tells which is later by round when the dates cannot (unknown, or the same month)", () => {
    const { published: _a, ...a } = r2;
    const { published: _b, ...b } = r1;
    expect(inspectionDelta(a, b).laterId).toBe("x-crc-2019-20");
    expect(() => inspectionDelta(b, a)).toThrow(RangeError);
    expect(
      inspectionDelta({ ...r2, published: "2019-06" }, { ...r1, published: "2019-06-20" }).elapsed,
    ).toEqual({ days: { min: -19, max: 10 }, calendarMonths: 0, precision: "month" });
  });

  test("lets the dates decide when they tell the inspections apart", () => {
    expect(() => inspectionDelta({ ...r2, published: "2018-01-01" }, r1)).toThrow(/is not later than/);
  });

  test("returns frozen objects", () => {
    const delta = inspectionDelta(r2, r1);
    expect(Object.isFrozen(delta)).toBe(true);
    expect(Object.isFrozen(delta.standards)).toBe(true);
    expect(Object.isFrozen(delta.standards[0])).toBe(true);
    expect(Object.isFrozen(delta.overall)).toBe(true);
    expect(Object.isFrozen(delta.score)).toBe(true);
  });

  describe("throws", () => {
    test("a RangeError naming both ids for different providers", () => {
      expect(() => inspectionDelta({ ...r2, providerId: "y-crc" }, r1)).toThrow(RangeError);
      expect(() => inspectionDelta({ ...r2, providerId: "y-crc" }, r1)).toThrow(
        /^inspectionDelta: "x-crc-2019-20" and "x-crc-2018-19" are inspections of different providers/,
      );
    });

    test("a RangeError when later is not later", () => {
      expect(() => inspectionDelta(r1, r2)).toThrow(
        'inspectionDelta: later "x-crc-2018-19" is not later than earlier "x-crc-2019-20"',
      );
      expect(() => inspectionDelta(r1, r1)).toThrow(RangeError);
      expect(() => inspectionDelta(r1, { ...r1, id: "copy" })).toThrow(RangeError);
    });

    test("a RangeError for a malformed publication date", () => {
      expect(() => inspectionDelta({ ...r2, published: "15/01/2020" }, r1)).toThrow(
        'inspectionDelta: x-crc-2019-20\'s published "15/01/2020" is not a YYYY-MM-DD or YYYY-MM date from 2000 on',
      );
      expect(() => inspectionDelta({ ...r2, published: "2020-13" }, r1)).toThrow(RangeError);
      expect(() => inspectionDelta({ ...r2, published: "2020-02-30" }, r1)).toThrow(RangeError);
    });

    test("a TypeError when an argument is not an object", () => {
      expect(() => inspectionDelta(null as never, r1)).toThrow(/^inspectionDelta: expected later/);
      expect(() => inspectionDelta(r2, "r1" as never)).toThrow(TypeError);
    });

    test("the scoring errors under its own name", () => {
      expect(() => inspectionDelta({ ...r2, standards: { staff: "poor" as never } }, r1)).toThrow(
        /^inspectionDelta: standards.staff "poor"/,
      );
    });
  });

  test("gives opposite directions when the two inspections' ratings are swapped", () => {
    const ratings = fc.record({
      overall: fc.option(rating, { nil: undefined }),
      leadership: fc.option(rating, { nil: undefined }),
      staff: fc.option(rating, { nil: undefined }),
      withCounts: fc.boolean(),
      counts: fc.array(rating, { minLength: 10, maxLength: 10 }),
    });
    type Content = typeof ratings extends fc.Arbitrary<infer T> ? T : never;
    const apply = (record: DeltaInspection, c: Content): DeltaInspection => {
      const standards: Partial<Record<"leadership" | "staff", Rating>> = {};
      if (c.leadership !== undefined) standards.leadership = c.leadership;
      if (c.staff !== undefined) standards.staff = c.staff;
      const out: DeltaInspection = {
        ...record,
        standards,
        ...(c.overall === undefined ? {} : { overall: c.overall }),
      };
      if (!c.withCounts) return out;
      const tally = counts(0, 0, 0, 0) as Record<Rating, number>;
      const fill = [...c.counts];
      for (const r of Object.values(standards)) tally[r] += 1;
      for (let i = Object.keys(standards).length; i < 10; i++) tally[fill[i] as Rating] += 1;
      return { ...out, ratingCounts: tally };
    };
    fc.assert(
      fc.property(ratings, ratings, (a, b) => {
        const forward = inspectionDelta(apply(r2, a), apply(r1, b));
        const back = inspectionDelta(apply(r2, b), apply(r1, a));
        expect(back.overall.direction).toBe(opposite[forward.overall.direction]);
        expect(back.score.direction).toBe(opposite[forward.score.direction]);
        forward.standards.forEach((s, i) => {
          expect(back.standards[i]?.direction).toBe(opposite[s.direction]);
        });
        const f = forward.score.change;
        const g = back.score.change;
        expect(g?.min).toBe(0 - (f?.max as number) || 0);
        expect(g?.max).toBe(0 - (f?.min as number) || 0);
        if (f?.exact !== undefined) expect(g?.exact).toBe(0 - f.exact || 0);
      }),
    );
  });

  test("never calls a change improved or declined when the ratings are the same", () => {
    fc.assert(
      fc.property(rating, (r) => {
        expect(inspectionDelta({ ...r2, overall: r }, { ...r1, overall: r }).overall.direction).toBe(
          "unchanged",
        );
      }),
    );
    expect(RATINGS).toHaveLength(4);
  });
});

describe("yearOnYearDeltas", () => {
  const other = { ...base, providerId: "y-crc" } as const;
  const y1: DeltaInspection = {
    ...other,
    id: "y-crc-2018-19",
    round: "2018/19",
    published: "2019-05",
    overall: "good",
  };
  const y2: DeltaInspection = {
    ...other,
    id: "y-crc-2019-20",
    round: "2019/20",
    published: "2019-11-01",
    overall: "good",
  };
  const x1 = { ...r1, overall: "requires-improvement" } as const;
  const x2 = { ...r2, overall: "good" } as const;

  test("gives one delta per consecutive pair, ordered by the later publication", () => {
    const deltas = yearOnYearDeltas([x2, y2, x1, y1]);
    expect(deltas.map((d) => [d.laterId, d.earlierId, d.overall.direction])).toEqual([
      ["y-crc-2019-20", "y-crc-2018-19", "unchanged"],
      ["x-crc-2019-20", "x-crc-2018-19", "improved"],
    ]);
  });

  test("skips Quality & Impact inspections and those not rated overall", () => {
    const qi: DeltaInspection = {
      ...base,
      id: "x-qi",
      framework: "quality-and-impact",
      round: null,
      overall: "not-rated",
    };
    expect(yearOnYearDeltas([qi, x1])).toEqual([]);
    expect(yearOnYearDeltas([x1, { ...x2, overall: "not-rated" }])).toEqual([]);
  });

  test("compares rated inspections only, across an unrated one and a Quality & Impact one, into 2020/21", () => {
    const qi: DeltaInspection = {
      ...base,
      id: "x-2017-area-qi",
      framework: "quality-and-impact",
      round: null,
      published: "2017-06",
      overall: "not-rated",
    };
    const cutShort = { ...x2, published: undefined, overall: "not-rated" } as const;
    const x3: DeltaInspection = {
      ...base,
      id: "x-crc-2020-21",
      round: "2020/21",
      published: "2021-07",
      overall: "good",
    };
    const deltas = yearOnYearDeltas([x3, cutShort, qi, x1]);
    expect(deltas.map((d) => [d.laterId, d.earlierId, d.overall.direction])).toEqual([
      ["x-crc-2020-21", x1.id, "improved"],
    ]);
    expect(deltas[0]?.elapsed?.precision).toBe("month");
  });

  test("keeps inspections whose overall is rated but unknown", () => {
    const { overall: _, ...unknown } = x2;
    const [delta] = yearOnYearDeltas([x1, unknown]);
    expect(delta?.overall.direction).toBe("unknown");
  });

  test("puts deltas with an unknown later publication date last", () => {
    const { published: _, ...undated } = x2;
    expect(yearOnYearDeltas([undated, x1, y1, y2]).map((d) => d.providerId)).toEqual(["y-crc", "x-crc"]);
    expect(yearOnYearDeltas([y1, y2, undated, x1]).map((d) => d.providerId)).toEqual(["y-crc", "x-crc"]);
  });

  test("orders deltas published in the same month by provider id", () => {
    const late = { ...x2, published: "2019-11" };
    expect(yearOnYearDeltas([late, x1, y2, y1]).map((d) => d.providerId)).toEqual(["x-crc", "y-crc"]);
  });

  test("is empty for no inspections, and leaves its input alone", () => {
    expect(yearOnYearDeltas([])).toEqual([]);
    const input = Object.freeze([x2, x1]);
    yearOnYearDeltas(input);
    expect(input).toEqual([x2, x1]);
  });

  test("throws a TypeError for a non-array or a non-object item", () => {
    expect(() => yearOnYearDeltas({} as never)).toThrow(/^yearOnYearDeltas: expected an array/);
    expect(() => yearOnYearDeltas([x1, 3 as never])).toThrow(
      "yearOnYearDeltas: inspections[1] must be an inspection object, got 3",
    );
  });

  test("throws a RangeError when two rated inspections cannot be told apart", () => {
    expect(() => yearOnYearDeltas([x1, { ...x1, id: "x-copy" }])).toThrow(
      /^yearOnYearDeltas: cannot tell which of "(x-crc-2018-19|x-copy)" and/,
    );
  });
});
