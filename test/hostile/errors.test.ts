// Issue 13, item 3: the bad calls it reported, one by one. Each error is a TypeError or RangeError whose message
// starts with the name of the function called and is short, whatever the argument; none hangs or skips.
import { describe, expect, test } from "vitest";
import {
  compareRatings,
  countRatings,
  HMIP_2018_SCHEME,
  inspections,
  latestInspection,
  leagueTable,
  parseRating,
  ratingDistribution,
  ratingsHeatmapSvg,
  STANDARD_IDS,
  scoreInspection,
  standardsFor,
  validateScheme,
  yearOnYearDeltas,
} from "../../src/index.js";

const HUGE = Array.from({ length: 1_000_000 }, (_, i) => ({ id: `x${i}`, pad: "abcdefghij" }));
const record = inspections.find((i) => i.framework === "hmip-2018");
if (record === undefined) throw new Error("the dataset has no rated inspection");

/** Calls `run`, expecting a throw of `type` whose message starts with `fn: ` and is under 500 characters. */
function thrown(run: () => unknown, type: typeof TypeError | typeof RangeError, fn: string): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    const { message } = error as Error;
    expect(message.startsWith(`${fn}: `), message.slice(0, 120)).toBe(true);
    expect(message.length).toBeLessThan(500);
    return message;
  }
  throw new Error(`${fn} did not throw`);
}

describe("a 1e6-element argument gives a short error, not a 37-million-character one", () => {
  test("standardsFor", () => {
    expect(thrown(() => standardsFor("hmip-2018", HUGE as never), RangeError, "standardsFor")).toBe(
      "standardsFor: unknown provider kind an array",
    );
  });
  test("compareRatings", () => {
    thrown(() => compareRatings(HUGE as never, "good"), RangeError, "compareRatings");
  });
  test("ratingsHeatmapSvg", () => {
    thrown(() => ratingsHeatmapSvg([], { round: HUGE as never }), RangeError, "ratingsHeatmapSvg");
  });
  test("a 1e7-character string is quoted by its first 40 characters and its length", () => {
    expect(thrown(() => parseRating("x".repeat(1e7)), RangeError, "parseRating")).toBe(
      `parseRating: "${"x".repeat(40)}"… (10000000 characters) is not a recognised rating`,
    );
  });
});

describe("errors name the function the user called", () => {
  test("latestInspection, not inspectionsOf", () => {
    thrown(() => latestInspection(5 as never), TypeError, "latestInspection");
    thrown(() => latestInspection("nowhere-crc"), RangeError, "latestInspection");
  });
  test("yearOnYearDeltas, not inspectionDelta", () => {
    const earlier = {
      ...record,
      id: "a",
      providerId: "p",
      round: "2018/19",
      published: "2018-06-01",
    } as const;
    const later = {
      ...earlier,
      id: "b",
      round: "2019/20",
      published: "2019-06-01",
      standards: { x: "good" },
    };
    expect(thrown(() => yearOnYearDeltas([earlier, later as never]), RangeError, "yearOnYearDeltas")).toMatch(
      /"x" is not a standard/,
    );
  });
  test("a getter that throws an Error becomes a TypeError of the function called, with the Error as cause", () => {
    const sly = Object.defineProperty({ ...record }, "overall", {
      get: () => {
        throw new Error("boom");
      },
    });
    const message = thrown(() => countRatings([sly]), TypeError, "countRatings");
    expect(message).toMatch(/threw Error: boom/);
  });
});

describe("array-likes, absurd lengths and holes", () => {
  test("a Proxy reporting length 1e9 is refused at once", () => {
    const liar = new Proxy([], { get: (_, key) => (key === "length" ? 1e9 : record) });
    for (const [fn, run] of [
      ["countRatings", () => countRatings(liar)],
      ["ratingDistribution", () => ratingDistribution(liar, "standard")],
      ["leagueTable", () => leagueTable(liar)],
      ["yearOnYearDeltas", () => yearOnYearDeltas(liar)],
      ["ratingsHeatmapSvg", () => ratingsHeatmapSvg(liar)],
    ] as const) {
      expect(thrown(run, RangeError, fn)).toMatch(/1000000000 items, more than the 1048576 accepted/);
    }
  });
  test("a hole in a sparse array is an error, not skipped (countRatings([a,,b]) summed to 2)", () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    const sparse = [record, , record];
    expect(thrown(() => countRatings(sparse as never), TypeError, "countRatings")).toBe(
      "countRatings: inspections[1] must be an inspection object, got an empty slot (the array is sparse)",
    );
    thrown(() => ratingDistribution(sparse as never, "round"), TypeError, "ratingDistribution");
    thrown(() => yearOnYearDeltas(sparse as never), TypeError, "yearOnYearDeltas");
  });
  test("an array-like is not an array, and says so", () => {
    expect(thrown(() => countRatings({ length: 1, 0: record } as never), TypeError, "countRatings")).toMatch(
      /an array-like, not an array/,
    );
  });
});

describe("option objects are checked", () => {
  test.each([[Number.NaN], ["15"], [true], ["a string"], [[]], [0]])(
    "ratingsHeatmapSvg refuses %o as options",
    (options) => {
      thrown(() => ratingsHeatmapSvg(inspections, options as never), TypeError, "ratingsHeatmapSvg");
    },
  );
  test("countRatings and leagueTable refuse an array as options", () => {
    thrown(() => countRatings(inspections, [] as never), TypeError, "countRatings");
    thrown(() => leagueTable(inspections, [] as never), TypeError, "leagueTable");
  });
  test("an unknown option is named, not ignored", () => {
    expect(
      thrown(() => countRatings(inspections, { standrad: "staff" } as never), RangeError, "countRatings"),
    ).toBe('countRatings: unknown option "standrad" (expected standard, owner)');
    thrown(() => ratingsHeatmapSvg(inspections, { colour: "red" } as never), RangeError, "ratingsHeatmapSvg");
    thrown(() => leagueTable(inspections, { rounds: "2018/19" } as never), RangeError, "leagueTable");
  });
  test("ratingsHeatmapSvg checks the types of its options' values", () => {
    thrown(() => ratingsHeatmapSvg(inspections, { title: 15 as never }), TypeError, "ratingsHeatmapSvg");
    thrown(
      () => ratingsHeatmapSvg(inspections, { providers: [null] as never }),
      TypeError,
      "ratingsHeatmapSvg",
    );
  });
  test("ratingsHeatmapSvg refuses more rows than a chart can show, instead of building a gigabyte string", () => {
    const many = Array.from({ length: 10_001 }, (_, i) => ({ ...record, id: `r${i}` }));
    expect(thrown(() => ratingsHeatmapSvg(many), RangeError, "ratingsHeatmapSvg")).toMatch(/more than 10000/);
  });
});

describe("ratingDistribution by standard, now one pass", () => {
  test("each row is countRatings of that standard over all the inspections", () => {
    const rows = ratingDistribution(inspections, "standard");
    expect(rows.length).toBeGreaterThan(0);
    for (const { group, ...counts } of rows) {
      expect(counts).toEqual({ ...countRatings(inspections, { standard: group as never }) });
    }
    const rated = new Set(inspections.flatMap((i) => standardsFor(i.framework, i.providerKind, i.round)));
    expect(rows.map((r) => r.group)).toEqual(STANDARD_IDS.filter((id) => rated.has(id)));
  });
});

// Issue 17, findings 8, 9 and 10, built from the repros.
describe("issue 17: library limits", () => {
  test("leagueTable of 1e7 records is refused at once, not a heap OOM that aborts the process", () => {
    const many = new Array(10_000_000).fill(record);
    const started = performance.now();
    expect(thrown(() => leagueTable(many), RangeError, "leagueTable")).toBe(
      "leagueTable: inspections has 10000000 items, more than the 1048576 accepted",
    );
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  test("validateScheme refuses points that would cost gigabytes, and standard counts past 100", () => {
    const big = JSON.parse(JSON.stringify(HMIP_2018_SCHEME));
    const k = 1e8;
    big.points = { outstanding: 3 * k, good: 2 * k, "requires-improvement": k, inadequate: 0 };
    big.bands = [
      { rating: "inadequate", min: 0, max: 5 * k },
      { rating: "requires-improvement", min: 5 * k + 1, max: 15 * k },
      { rating: "good", min: 15 * k + 1, max: 25 * k },
      { rating: "outstanding", min: 25 * k + 1, max: 30 * k },
    ];
    expect(thrown(() => validateScheme(big), RangeError, "validateScheme")).toBe(
      "validateScheme: points.outstanding 300000000 is more than 1000",
    );
    thrown(() => scoreInspection(record, big), RangeError, "scoreInspection");
    const wide = { ...JSON.parse(JSON.stringify(HMIP_2018_SCHEME)), standardCount: 101 };
    expect(thrown(() => validateScheme(wide), RangeError, "validateScheme")).toBe(
      "validateScheme: standardCount 101 is more than 100",
    );
  });

  test("a scheme at the limits is accepted and scores at once", () => {
    const points = { outstanding: 999, good: 666, "requires-improvement": 333, inadequate: 0 };
    const scheme = validateScheme({
      ...JSON.parse(JSON.stringify(HMIP_2018_SCHEME)),
      points,
      bands: [
        { rating: "inadequate", min: 0, max: 1000 },
        { rating: "requires-improvement", min: 1001, max: 3000 },
        { rating: "good", min: 3001, max: 6000 },
        { rating: "outstanding", min: 6001, max: 9990 },
      ],
    });
    expect(scoreInspection(record, scheme).max).toBeLessThanOrEqual(9990);
  });
});

describe("issue 17: option objects checked", () => {
  test.each([
    [{ raetd: true }, RangeError, 'latestInspection: unknown option "raetd" (expected rated)'],
    [{ rated: "yes" }, TypeError, 'latestInspection: options.rated must be true or false, got "yes"'],
    [[1], TypeError, "latestInspection: expected an options object, got an array"],
  ] as const)("latestInspection refuses %o", (options, type, message) => {
    expect(thrown(() => latestInspection("HIOW", options as never), type, "latestInspection")).toBe(message);
  });

  test("leagueTable checks options.providers' items", () => {
    expect(
      thrown(
        () => leagueTable(inspections, { providers: [{ id: "merseyside-crc", name: 42 }] as never }),
        TypeError,
        "leagueTable",
      ),
    ).toBe("leagueTable: options.providers[0].name must be a string, got 42");
    expect(
      thrown(() => leagueTable(inspections, { providers: [null] as never }), TypeError, "leagueTable"),
    ).toBe("leagueTable: options.providers[0] must be an object, got null");
  });

  test("leagueTable refuses new Array(1e9) and a Proxy claiming 1e9 providers at once", () => {
    const started = performance.now();
    expect(
      thrown(() => leagueTable(inspections, { providers: new Array(1e9) }), RangeError, "leagueTable"),
    ).toMatch(/options.providers has 1000000000 items, more than the 1048576 accepted/);
    const liar = new Proxy([], { get: (_, key) => (key === "length" ? 1e9 : { id: "x", name: "y" }) });
    thrown(() => leagueTable(inspections, { providers: liar }), RangeError, "leagueTable");
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe("issue 17: no bare throw", () => {
  test("a thrown Proxy whose getPrototypeOf trap throws becomes a TypeError naming the function", () => {
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error("trap");
        },
      },
    );
    const sly = Object.defineProperty({ ...record }, "overall", {
      get() {
        throw hostile;
      },
      enumerable: true,
    });
    expect(thrown(() => countRatings([sly]), TypeError, "countRatings")).toBe(
      "countRatings: a getter, a Proxy trap or a callback threw an error that cannot be read",
    );
    thrown(() => scoreInspection(sly), TypeError, "scoreInspection");
  });
});
