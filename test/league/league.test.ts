import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  type LeagueInspection,
  leagueTable,
  leagueTableLeftOut,
  RATINGS,
  type Rating,
  scoreInspection,
} from "../../src/index.js";
import { rating } from "../scoring/arbitraries.js";

const crc = { providerKind: "crc", framework: "hmip-2018", round: "2018/19", standards: {} } as const;
const counts = (o: number, g: number, ri: number, i: number) =>
  ({ outstanding: o, good: g, "requires-improvement": ri, inadequate: i }) as const;
const row = (
  providerId: string,
  overall: Rating | "not-rated" | undefined,
  extra: Partial<LeagueInspection> = {},
) =>
  ({
    ...crc,
    id: `${providerId}-2018-19`,
    providerId,
    ...(overall === undefined ? {} : { overall }),
    ...extra,
  }) as LeagueInspection;

describe("leagueTable", () => {
  test("orders by overall rating first", () => {
    const table = leagueTable([row("a", "inadequate"), row("b", "good"), row("c", "requires-improvement")]);
    expect(table.map((r) => r.providerId)).toEqual(["b", "c", "a"]);
    expect(table.map((r) => r.rank)).toEqual([1, 2, 3]);
  });

  test("orders by score midpoint within a rating, a determined score before a range with the same midpoint", () => {
    const table = leagueTable([
      row("wide", "requires-improvement"), // 0–30, narrowed to the Requires improvement band 6–15
      row("exact15", "requires-improvement", { ratingCounts: counts(0, 5, 5, 0) }),
      row("exact7", "requires-improvement", { ratingCounts: counts(0, 1, 5, 4) }),
      row("narrow", "requires-improvement", {
        standards: { leadership: "good", staff: "requires-improvement" },
      }), // 3–27, also narrowed to 6–15, so it ties with "wide"
    ]);
    expect(table.map((r) => [r.providerId, r.rank])).toEqual([
      ["exact15", 1],
      ["narrow", 2],
      ["wide", 2],
      ["exact7", 4],
    ]);
  });

  test("narrows a score range to the band of the published overall rating", () => {
    const [good] = leagueTable([row("g", "good", { standards: { leadership: "outstanding" } })]);
    // toEqual, and no own exact: results are made on a prototype-less base (issue 17), which toStrictEqual tells apart.
    expect(good?.score).toEqual({ min: 16, max: 25 });
    expect(Object.hasOwn(good?.score ?? {}, "exact")).toBe(false);
    const ranked = leagueTable([
      row("partial", "requires-improvement", { standards: { leadership: "outstanding" } }), // 3–30 → 6–15
      row("exact", "requires-improvement", { ratingCounts: counts(0, 5, 5, 0) }), // 15
    ]);
    expect(ranked.map((r) => r.providerId)).toEqual(["exact", "partial"]);
  });

  test("keeps the range whole when the known standards contradict the published rating", () => {
    const [row18] = leagueTable([row("x", "requires-improvement", { ratingCounts: counts(0, 8, 2, 0) })]);
    expect(row18?.score).toEqual({ min: 18, max: 18, exact: 18 });
  });

  test("gives rows that cannot be told apart the same competition rank (1224)", () => {
    const table = leagueTable([
      row("d", "requires-improvement"),
      row("b", "good", { ratingCounts: counts(0, 6, 4, 0) }),
      row("c", "good", { ratingCounts: counts(0, 6, 4, 0) }),
      row("a", "good", { ratingCounts: counts(0, 8, 2, 0) }),
    ]);
    expect(table.map((r) => `${r.rank} ${r.providerId}`)).toEqual(["1 a", "2 b", "2 c", "4 d"]);
  });

  test("fills in names from providers, else the provider id, and the kind from the inspection", () => {
    const table = leagueTable([row("a", "good"), row("b", "good", { providerKind: "nps" })], {
      providers: [{ id: "a", name: "A CRC" }],
    });
    expect(table.map((r) => [r.name, r.kind])).toEqual([
      ["A CRC", "crc"],
      ["b", "nps"],
    ]);
  });

  test("builds plain rows: id, round, score without known/total, complete", () => {
    const [first] = leagueTable([row("a", "good", { ratingCounts: counts(0, 8, 2, 0) })]);
    expect(first).toEqual({
      rank: 1,
      id: "a-2018-19",
      providerId: "a",
      name: "a",
      kind: "crc",
      round: "2018/19",
      overall: "good",
      score: { min: 18, max: 18, exact: 18 },
      complete: true,
      contradiction: false,
    });
    const [second] = leagueTable([row("b", "good")]);
    expect(second?.score).toEqual({ min: 16, max: 25 });
    expect(Object.hasOwn(second?.score ?? {}, "exact")).toBe(false);
    expect(second?.complete).toBe(false);
  });

  test("scores each row as scoreInspection does, in a frozen range that rows of the same evidence share", () => {
    const records = [
      row("a", "good"),
      row("b", "requires-improvement", { standards: { leadership: "good", staff: "inadequate" } }),
      row("c", "good"),
      row("d", "good", { ratingCounts: counts(0, 8, 2, 0) }),
    ];
    const table = leagueTable(records);
    for (const r of table) {
      const { min, max, exact } = scoreInspection(records.find((x) => x.id === r.id) as LeagueInspection);
      expect(r.score).toEqual(exact === undefined ? { min, max } : { min, max, exact });
      expect(Object.isFrozen(r.score)).toBe(true);
      expect(r.complete).toBe(exact !== undefined);
    }
    const [a, c] = ["a", "c"].map((id) => table.find((r) => r.providerId === id)?.score);
    // One object made with the cached assessment, not a copy per row (docs/performance.md).
    expect(a).toBe(c);
    expect(leagueTable([row("e", "good")])[0]?.score).toBe(a);
  });

  test("leaves out inspections not rated overall, rated but unknown, and Quality & Impact", () => {
    const table = leagueTable([
      row("a", "not-rated"),
      row("b", undefined),
      row("c", "good"),
      { ...row("d", "not-rated"), framework: "quality-and-impact", round: null },
    ]);
    expect(table.map((r) => r.providerId)).toEqual(["c"]);
  });

  test("filters by round and kind", () => {
    const all = [
      row("a", "good"),
      row("b", "good", { providerKind: "nps" }),
      row("c", "good", { round: "2019/20", id: "c-2019-20" }),
    ];
    expect(leagueTable(all, { round: "2019/20" }).map((r) => r.providerId)).toEqual(["c"]);
    expect(leagueTable(all, { kind: "nps" }).map((r) => r.providerId)).toEqual(["b"]);
    expect(leagueTable(all, { round: undefined, kind: undefined }).map((r) => r.providerId)).toEqual([
      "a",
      "b",
      "c",
    ]);
  });

  test("is empty for no inspections", () => {
    expect(leagueTable([])).toEqual([]);
  });

  test("returns frozen rows and leaves its input alone", () => {
    const input = Object.freeze([row("b", "good"), row("a", "good")]);
    const table = leagueTable(input);
    expect(Object.isFrozen(table)).toBe(true);
    expect(Object.isFrozen(table[0])).toBe(true);
    expect(Object.isFrozen(table[0]?.score)).toBe(true);
    expect(input.map((r) => r.providerId)).toEqual(["b", "a"]);
  });

  describe("throws", () => {
    test("a TypeError for a non-array", () => {
      expect(() => leagueTable({} as never)).toThrow(TypeError);
      expect(() => leagueTable("x" as never)).toThrow(
        'leagueTable: expected an array of inspections, got "x"',
      );
    });

    test("a TypeError for a non-object item, options or providers", () => {
      expect(() => leagueTable([null as never])).toThrow(
        "leagueTable: inspections[0] must be an inspection object",
      );
      expect(() => leagueTable([], null as never)).toThrow(TypeError);
      expect(() => leagueTable([], { providers: {} as never })).toThrow(/^leagueTable: options.providers/);
    });

    test("a RangeError naming an unknown round or kind", () => {
      expect(() => leagueTable([], { round: "2021/22" as never })).toThrow(
        'leagueTable: unknown round "2021/22"',
      );
      expect(() => leagueTable([], { kind: "yos" as never })).toThrow('leagueTable: unknown kind "yos"');
    });

    test("a RangeError for an overall that is not a rating key, and the scoring errors", () => {
      expect(() => leagueTable([row("a", "Good" as never)])).toThrow(
        'leagueTable: inspections[0].overall "Good" is not a rating key',
      );
      expect(() => leagueTable([row("a", "good", { ratingCounts: counts(0, 1, 0, 0) })])).toThrow(
        /^leagueTable: ratingCounts sum to 1/,
      );
    });
  });

  const records = fc
    .array(
      fc.record({
        overall: rating,
        good: fc.integer({ min: 0, max: 10 }),
        known: fc.boolean(),
        staff: fc.option(rating, { nil: undefined }),
      }),
      { maxLength: 25 },
    )
    .map((items) =>
      items.map((item, i) =>
        row(`p${String(i).padStart(2, "0")}`, item.overall, {
          ...(item.known ? { ratingCounts: counts(0, item.good, 10 - item.good, 0) } : {}),
          ...(!item.known && item.staff !== undefined ? { standards: { staff: item.staff } } : {}),
        }),
      ),
    );

  test("gives standard competition ranks", () => {
    fc.assert(
      fc.property(records, (inspections) => {
        const table = leagueTable(inspections);
        expect(table).toHaveLength(inspections.length);
        table.forEach((r, i) => {
          const prev = table[i - 1];
          const same =
            prev !== undefined &&
            prev.overall === r.overall &&
            prev.score.min === r.score.min &&
            prev.score.max === r.score.max;
          expect(r.rank).toBe(same ? prev.rank : i + 1);
          if (prev !== undefined) {
            expect(RATINGS.indexOf(prev.overall)).toBeLessThanOrEqual(RATINGS.indexOf(r.overall));
          }
        });
        // rows that share a rank are the same in everything the order looks at
        for (const r of table) {
          const first = table[r.rank - 1];
          expect([first?.overall, first?.score.min, first?.score.max]).toEqual([
            r.overall,
            r.score.min,
            r.score.max,
          ]);
        }
      }),
    );
  });

  test("is the same whatever the input order", () => {
    fc.assert(
      fc.property(
        records.chain((inspections) =>
          fc.tuple(
            fc.constant(inspections),
            fc.shuffledSubarray(inspections, { minLength: inspections.length }),
          ),
        ),
        ([inspections, shuffled]) => {
          expect(leagueTable(shuffled)).toEqual(leagueTable(inspections));
        },
      ),
    );
  });
});

describe("leagueTableLeftOut", () => {
  test("lists what the table leaves out, with the reason, in the order given", () => {
    const all = [row("a", "not-rated"), row("b", "good"), row("c", undefined), row("d", "inadequate")];
    expect(leagueTableLeftOut(all)).toEqual([
      { id: "a-2018-19", providerId: "a", kind: "crc", round: "2018/19", reason: "not-rated" },
      { id: "c-2018-19", providerId: "c", kind: "crc", round: "2018/19", reason: "overall-unknown" },
    ]);
  });

  test("with the table, accounts for every rated-framework inspection that passes the filters", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc
            .option(rating, { nil: undefined, freq: 3 })
            .chain((r) => fc.constantFrom(r, "not-rated" as const)),
          {
            maxLength: 8,
          },
        ),
        fc.constantFrom(undefined, "2018/19" as const, "2019/20" as const),
        (overalls, round) => {
          const all = overalls.map((o, i) => row(`p${i}`, o as Rating | "not-rated" | undefined));
          const rows = leagueTable(all, { round });
          const left = leagueTableLeftOut(all, { round });
          const ids = [...rows.map((r) => r.id), ...left.map((e) => e.id)].sort();
          expect(ids).toEqual(
            all
              .filter((i) => round === undefined || i.round === round)
              .map((i) => i.id)
              .sort(),
          );
        },
      ),
    );
  });

  test("skips Quality & Impact inspections and applies the round and kind filters", () => {
    const all = [
      { ...row("q", "not-rated"), framework: "quality-and-impact", round: null } as LeagueInspection,
      { ...row("n", "not-rated"), providerKind: "nps" } as LeagueInspection,
      row("c", "not-rated"),
    ];
    expect(leagueTableLeftOut(all).map((e) => e.providerId)).toEqual(["n", "c"]);
    expect(leagueTableLeftOut(all, { kind: "crc" }).map((e) => e.providerId)).toEqual(["c"]);
    expect(leagueTableLeftOut(all, { round: "2019/20" })).toEqual([]);
  });

  test("refuses a null overall: HMI Probation's giving none is written 'not-rated'", () => {
    expect(() => leagueTable([{ ...row("a", "good"), overall: null as never }])).toThrow(
      "leagueTable: inspections[0].overall null is not a rating key",
    );
    expect(() => leagueTableLeftOut([{ ...row("a", "good"), overall: null as never }])).toThrow(RangeError);
  });

  test("returns frozen results", () => {
    const left = leagueTableLeftOut([row("a", "not-rated")]);
    expect(Object.isFrozen(left)).toBe(true);
    expect(Object.isFrozen(left[0])).toBe(true);
  });

  test("throws like leagueTable, under its own name", () => {
    expect(() => leagueTableLeftOut("x" as never)).toThrow(/^leagueTableLeftOut: expected an array/);
    expect(() => leagueTableLeftOut([], null as never)).toThrow(TypeError);
    expect(() => leagueTableLeftOut([], { round: "2017/18" as never })).toThrow(
      /^leagueTableLeftOut: unknown round/,
    );
    expect(() => leagueTableLeftOut([], { kind: "yos" as never })).toThrow(
      /^leagueTableLeftOut: unknown kind/,
    );
    expect(() => leagueTableLeftOut([null as never])).toThrow(
      /^leagueTableLeftOut: inspections\[0\] must be/,
    );
    expect(() => leagueTableLeftOut([row("a", "great" as never)])).toThrow(
      /^leagueTableLeftOut: inspections\[0\]\.overall "great" is not a rating key/,
    );
  });
});
