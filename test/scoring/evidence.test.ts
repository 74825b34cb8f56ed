// The one model of partial knowledge: every function draws the same conclusions from the same evidence. Checked
// against a brute-force enumeration of every assignment of ratings, against records generated from a known truth,
// and over the curated dataset.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  gradeScore,
  HMIP_2018_SCHEME,
  inspectionDelta,
  leagueTable,
  possibleOverallRatings,
  possibleStandardRatings,
  RATINGS,
  type Rating,
  type Round,
  ratingLabel,
  type Scheme,
  type ScorableInspection,
  type StandardId,
  scoreInspection,
  standardsFor,
  validateScheme,
  yearOnYearDeltas,
} from "../../src/index.js";
import type { Inspection, PartialCount } from "../../src/schema/index.js";
import { cli } from "../cli/run.js";
import { kind, rating, round } from "./arbitraries.js";
import { inspectionOf, inspections } from "./loadDataset.js";

const crc = { framework: "hmip-2018", providerKind: "crc", round: "2018/19" } as const;
const counts = (o: number, g: number, ri: number, i: number) =>
  ({ outstanding: o, good: g, "requires-improvement": ri, inadequate: i }) as const;

/** A rated inspection's truth: every standard's rating, and which evidence about it is given. */
interface Truth {
  readonly kind: "crc" | "nps";
  readonly round: Round;
  readonly all: readonly Rating[];
}

const tallyOf = (ratings: readonly Rating[]): Record<Rating, number> => {
  const t = counts(0, 0, 0, 0) as Record<Rating, number>;
  for (const r of ratings) t[r] += 1;
  return t;
};

/** Partial counts that hold for `all`: a random set of ratings, bounds around its true count. */
const truePartialCount = (all: readonly Rating[]): fc.Arbitrary<PartialCount> =>
  fc
    .record({
      ratings: fc.subarray([...RATINGS], { minLength: 1 }),
      below: fc.option(fc.nat(3), { nil: undefined }),
      above: fc.option(fc.nat(3), { nil: undefined }),
    })
    .filter(({ below, above }) => below !== undefined || above !== undefined)
    .map(({ ratings, below, above }) => {
      const n = all.filter((r) => ratings.includes(r)).length;
      return {
        ratings,
        ...(below === undefined ? {} : { min: Math.max(0, n - below) }),
        ...(above === undefined ? {} : { max: Math.min(all.length, n + above) }),
      };
    });

/** A truth and a record of some true evidence about it: known standards, maybe counts, partial counts, overall. */
const evidenced = fc
  .record({ kind, round, all: fc.array(rating, { minLength: 10, maxLength: 10 }) })
  .chain((truth: Truth) =>
    fc
      .record({
        known: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
        withCounts: fc.boolean(),
        partial: fc.array(truePartialCount(truth.all), { maxLength: 3 }),
        withOverall: fc.boolean(),
      })
      .map(({ known, withCounts, partial, withOverall }) => {
        const ids = standardsFor("hmip-2018", truth.kind, truth.round);
        const standards: Partial<Record<string, Rating>> = {};
        ids.forEach((id, i) => {
          if (known[i]) standards[id] = truth.all[i];
        });
        const score = truth.all.reduce((s, r) => s + HMIP_2018_SCHEME.points[r], 0);
        const record: ScorableInspection = {
          framework: "hmip-2018",
          providerKind: truth.kind,
          round: truth.round,
          standards,
          ...(withCounts && !known.every(Boolean) && partial.length === 0
            ? { ratingCounts: tallyOf(truth.all) }
            : {}),
          ...(partial.length > 0 ? { partialCounts: partial } : {}),
          ...(withOverall ? { overall: gradeScore(score) } : {}),
        };
        return { truth, record, score, ids };
      }),
  );

/** Every assignment of ratings to the unknown standards that meets the evidence: the model's definition. */
function bruteForce(record: ScorableInspection, scheme: Scheme = HMIP_2018_SCHEME) {
  const ids = standardsFor(record.framework, record.providerKind, record.round);
  const unknown = ids.filter((id) => record.standards[id] === undefined);
  const fits = (all: readonly Rating[], withOverall: boolean): boolean => {
    const t = tallyOf(all);
    if (record.ratingCounts !== undefined && RATINGS.some((r) => t[r] !== record.ratingCounts?.[r]))
      return false;
    for (const p of record.partialCounts ?? []) {
      const n = p.ratings.reduce((s, r) => s + t[r], 0);
      if ((p.min !== undefined && n < p.min) || (p.max !== undefined && n > p.max)) return false;
    }
    if (withOverall && typeof record.overall === "string") {
      const band = scheme.bands.find((b) => b.rating === record.overall);
      const s = all.reduce((sum, r) => sum + scheme.points[r], 0);
      if (band === undefined || s < band.min || s > band.max) return false;
    }
    return true;
  };
  const feasible = (withOverall: boolean) => {
    const scores: number[] = [];
    const unknownRatings = new Set<Rating>();
    for (let code = 0; code < 4 ** unknown.length; code++) {
      const fill: Record<string, Rating> = {};
      unknown.forEach((id, k) => {
        fill[id] = RATINGS[Math.floor(code / 4 ** k) % 4] as Rating;
      });
      const all = ids.map((id) => record.standards[id] ?? (fill[id] as Rating));
      if (!fits(all, withOverall)) continue;
      scores.push(all.reduce((sum, r) => sum + scheme.points[r], 0));
      for (const id of unknown) unknownRatings.add(fill[id] as Rating);
    }
    return { scores, unknownRatings };
  };
  const all = feasible(true);
  return all.scores.length > 0
    ? { ...all, contradiction: false }
    : { ...feasible(false), contradiction: true };
}

describe("the evidence model", () => {
  test("matches a brute-force enumeration of every assignment (up to 6 unknown standards)", () => {
    const record = fc
      .record({
        kind,
        round,
        ratings: fc.array(fc.option(rating, { nil: undefined, freq: 3 }), { minLength: 10, maxLength: 10 }),
        partial: fc.array(
          fc.record({
            ratings: fc.subarray([...RATINGS], { minLength: 1 }),
            min: fc.option(fc.nat(4), { nil: undefined }),
            max: fc.option(fc.integer({ min: 2, max: 10 }), { nil: undefined }),
          }),
          { maxLength: 2 },
        ),
        overall: fc.option(rating, { nil: undefined }),
      })
      .filter(({ ratings }) => ratings.filter((r) => r === undefined).length <= 6)
      .map(({ kind, round, ratings, partial, overall }) => {
        const ids = standardsFor("hmip-2018", kind, round);
        const standards = Object.fromEntries(
          ids.flatMap((id, i) => (ratings[i] === undefined ? [] : [[id, ratings[i]]])),
        );
        const partialCounts = partial
          .filter((p) => p.min !== undefined || p.max !== undefined)
          .map((p) => ({
            ratings: p.ratings,
            ...(p.min === undefined ? {} : { min: p.min }),
            ...(p.max === undefined ? {} : { max: Math.max(p.max, p.min ?? 0) }),
          }));
        return {
          framework: "hmip-2018" as const,
          providerKind: kind,
          round,
          standards,
          ...(partialCounts.length > 0 ? { partialCounts } : {}),
          ...(overall === undefined ? {} : { overall }),
        };
      });
    fc.assert(
      fc.property(record, (r) => {
        const brute = bruteForce(r);
        if (brute.scores.length === 0) {
          expect(() => scoreInspection(r)).toThrow(/^scoreInspection: the partial counts cannot all hold/);
          return;
        }
        const score = scoreInspection(r);
        expect(score.min).toBe(Math.min(...brute.scores));
        expect(score.max).toBe(Math.max(...brute.scores));
        expect(score.contradiction !== undefined).toBe(brute.contradiction);
        expect(possibleOverallRatings(r)).toEqual(
          RATINGS.filter((x) => brute.scores.some((s) => gradeScore(s) === x)),
        );
        const possible = possibleStandardRatings(r);
        for (const id of standardsFor(r.framework, r.providerKind, r.round)) {
          const known = r.standards[id];
          expect(possible[id]).toEqual(
            known === undefined ? RATINGS.filter((x) => brute.unknownRatings.has(x)) : [known],
          );
        }
      }),
      { numRuns: 150 },
    );
  });

  test("never excludes the true score, overall rating or standard ratings of a fully known record", () => {
    fc.assert(
      fc.property(evidenced, ({ truth, record, score, ids }) => {
        const s = scoreInspection(record);
        expect(s.contradiction).toBeUndefined();
        expect(score).toBeGreaterThanOrEqual(s.min);
        expect(score).toBeLessThanOrEqual(s.max);
        expect(possibleOverallRatings(record)).toContain(gradeScore(score));
        const possible = possibleStandardRatings(record);
        ids.forEach((id, i) => {
          expect(possible[id]).toContain(truth.all[i]);
        });
      }),
    );
  });

  test("never widens a range, or grows a list of possibilities, when evidence is added", () => {
    const steps = (record: ScorableInspection): ScorableInspection[] => {
      const { overall, partialCounts, ratingCounts, ...bare } = record;
      const out: ScorableInspection[] = [{ ...bare, standards: {} }, bare];
      let acc: ScorableInspection = bare;
      if (ratingCounts !== undefined) {
        acc = { ...acc, ratingCounts };
        out.push(acc);
      }
      for (const p of partialCounts ?? []) {
        acc = { ...acc, partialCounts: [...(acc.partialCounts ?? []), p] };
        out.push(acc);
      }
      if (overall !== undefined) out.push({ ...acc, overall });
      return out;
    };
    fc.assert(
      fc.property(evidenced, ({ record, ids }) => {
        const chain = steps(record);
        for (let k = 1; k < chain.length; k++) {
          const before = chain[k - 1] as ScorableInspection;
          const after = chain[k] as ScorableInspection;
          const a = scoreInspection(before);
          const b = scoreInspection(after);
          expect(b.min).toBeGreaterThanOrEqual(a.min);
          expect(b.max).toBeLessThanOrEqual(a.max);
          for (const r of possibleOverallRatings(after)) expect(possibleOverallRatings(before)).toContain(r);
          const pa = possibleStandardRatings(before);
          const pb = possibleStandardRatings(after);
          for (const id of ids) for (const r of pb[id] ?? []) expect(pa[id]).toContain(r);
        }
      }),
    );
  });

  test("keeps score, overall ratings and the league row in agreement on generated records", () => {
    fc.assert(
      fc.property(evidenced, ({ record }) => {
        agree({ ...record, id: "x-2018-19", providerId: "x" });
      }),
    );
  });

  test("keeps deltas antisymmetric: swapping the two sides' evidence negates the score change", () => {
    fc.assert(
      fc.property(evidenced, evidenced, (a, b) => {
        fc.pre(a.record.providerKind === b.record.providerKind);
        const side = (r: ScorableInspection, id: string, published: string) => ({
          ...r,
          round: id.endsWith("1") ? ("2018/19" as const) : ("2019/20" as const),
          standards: {},
          ...(r.ratingCounts === undefined ? {} : { ratingCounts: r.ratingCounts }),
          id,
          providerId: "x",
          published,
        });
        const ab = inspectionDelta(side(a.record, "x-2", "2020-01"), side(b.record, "x-1", "2019-01"));
        const ba = inspectionDelta(side(b.record, "x-2", "2020-01"), side(a.record, "x-1", "2019-01"));
        const neg = (n: number | undefined): number | undefined => (n === undefined ? undefined : 0 - n || 0);
        expect(ba.score.change?.min).toBe(neg(ab.score.change?.max));
        expect(ba.score.change?.max).toBe(neg(ab.score.change?.min));
        expect(ba.score.change?.exact).toBe(neg(ab.score.change?.exact));
      }),
    );
  });
});

/** Checks that every function reads the same conclusions from one record. */
function agree(record: ScorableInspection & { readonly id: string; readonly providerId: string }): void {
  const s = scoreInspection(record);
  const overallRatings = possibleOverallRatings(record);
  // The possible overall ratings are the grades of feasible scores: min and max among them, none outside.
  if (s.total > 0) {
    expect(overallRatings).toContain(gradeScore(s.min));
    expect(overallRatings).toContain(gradeScore(s.max));
    for (const r of overallRatings) {
      const band = HMIP_2018_SCHEME.bands.find((b) => b.rating === r);
      expect(band !== undefined && band.min <= s.max && band.max >= s.min).toBe(true);
    }
  }
  if (typeof record.overall === "string" && record.overall !== "not-rated") {
    if (s.contradiction === undefined) expect(overallRatings).toEqual([record.overall]);
    else expect(overallRatings).not.toContain(record.overall);
    if (record.framework === "hmip-2018") {
      const [row] = leagueTable([record as never]);
      expect(row?.score).toEqual({
        min: s.min,
        max: s.max,
        ...(s.exact === undefined ? {} : { exact: s.exact }),
      });
      expect(row?.contradiction).toBe(s.contradiction !== undefined);
      expect(row?.complete).toBe(s.exact !== undefined);
    }
  }
}

describe("the evidence model's rules", () => {
  test("West Yorkshire-like: a Requires improvement inspection with nothing else known scores 6–15, narrowed by its overall rating", () => {
    const s = scoreInspection({ ...crc, standards: {}, overall: "requires-improvement" });
    expect(s).toMatchObject({
      min: 6,
      max: 15,
      narrowedBy: ["overall"],
      withoutOverall: { min: 0, max: 30 },
    });
  });

  test("flags a contradiction and keeps the rest of the evidence's range instead of dropping either side", () => {
    const s = scoreInspection({ ...crc, standards: {}, overall: "good", ratingCounts: counts(0, 5, 5, 0) });
    expect(s).toEqual({
      min: 15,
      max: 15,
      exact: 15,
      known: 10,
      total: 10,
      narrowedBy: ["ratingCounts"],
      withoutOverall: { min: 15, max: 15, exact: 15 },
      contradiction: { overall: "good", band: { min: 16, max: 25 } },
    });
    expect(
      possibleOverallRatings({ ...crc, standards: {}, overall: "good", ratingCounts: counts(0, 5, 5, 0) }),
    ).toEqual(["requires-improvement"]);
  });

  test("narrows with partial counts, counted over a set of ratings", () => {
    const s = scoreInspection({
      ...crc,
      standards: {},
      partialCounts: [{ ratings: ["good", "outstanding"], max: 2 }],
    });
    expect(s).toMatchObject({ min: 0, max: 14, narrowedBy: ["partialCounts"] });
  });

  test("names the unknown standards' ratings: counts that say no Inadequate leave no unknown standard Inadequate", () => {
    const possible = possibleStandardRatings({
      ...crc,
      standards: { leadership: "good" },
      partialCounts: [{ ratings: ["inadequate"], max: 0 }],
    });
    expect(possible.leadership).toEqual(["good"]);
    expect(possible.staff).toEqual(["outstanding", "good", "requires-improvement"]);
  });

  test("gives every standard of the framework, and {} for Quality & Impact", () => {
    expect(Object.keys(possibleStandardRatings({ ...crc, standards: {} }))).toEqual(
      standardsFor("hmip-2018", "crc", "2018/19"),
    );
    expect(
      possibleStandardRatings({
        framework: "quality-and-impact",
        providerKind: "crc",
        round: null,
        standards: {},
      }),
    ).toEqual({});
  });

  test("gives the same answer from the cache, and another scheme its own answer", () => {
    const record = { ...crc, standards: { staff: "good" as const }, overall: "good" as const };
    const first = scoreInspection(record);
    expect(scoreInspection(record)).toEqual(first);
    expect(scoreInspection(record)).not.toBe(first);
    const steep = validateScheme({
      ...HMIP_2018_SCHEME,
      bands: [
        { rating: "inadequate", min: 0, max: 9 },
        { rating: "requires-improvement", min: 10, max: 19 },
        { rating: "good", min: 20, max: 29 },
        { rating: "outstanding", min: 30, max: 30 },
      ],
    });
    expect(scoreInspection(record, steep)).toMatchObject({ min: 20, max: 29 });
    expect(first).toMatchObject({ min: 16, max: 25 });
  });

  describe("throws", () => {
    test.each([
      [[{ ratings: [], min: 1 }], TypeError, /partialCounts\[0\]\.ratings must be a non-empty array/],
      [[{ ratings: ["great"], min: 1 }], RangeError, /partialCounts\[0\]\.ratings holds "great"/],
      [[{ ratings: ["good"] }], RangeError, /partialCounts\[0\] needs a min or a max/],
      [[{ ratings: ["good"], min: 3, max: 2 }], RangeError, /partialCounts\[0\]\.min 3 is above its max 2/],
      [
        [{ ratings: ["good"], min: 11 }],
        RangeError,
        /partialCounts\[0\]\.min 11 is not an integer from 0 to 10/,
      ],
      [[{ ratings: ["good"], max: 1.5 }], RangeError, /partialCounts\[0\]\.max 1.5/],
      [[null], TypeError, /partialCounts\[0\] must be an object/],
      ["x", TypeError, /partialCounts must be an array/],
    ])("for the partial counts %j", (partialCounts, type, message) => {
      expect(() => scoreInspection({ ...crc, standards: {}, partialCounts: partialCounts as never })).toThrow(
        type,
      );
      expect(() => scoreInspection({ ...crc, standards: {}, partialCounts: partialCounts as never })).toThrow(
        message,
      );
    });

    test("a RangeError when the partial counts cannot hold with the known standards", () => {
      expect(() =>
        possibleStandardRatings({
          ...crc,
          standards: { staff: "good" },
          partialCounts: [{ ratings: ["good"], max: 0 }],
        }),
      ).toThrow(/^possibleStandardRatings: the partial counts cannot all hold/);
    });

    test("a RangeError for an overall that is not a rating key", () => {
      expect(() => scoreInspection({ ...crc, standards: {}, overall: "Good" as never })).toThrow(
        'scoreInspection: overall "Good" is not a rating key',
      );
    });
  });
});

describe("over the curated dataset", () => {
  test("every function agrees with scoreInspection about every inspection", () => {
    expect(inspections.length).toBeGreaterThan(0);
    for (const inspection of inspections) agree(inspection);
  });

  test("no published overall rating contradicts its standards and counts under the default scheme", () => {
    const misfits = inspections
      .filter((i) => scoreInspection(i).contradiction !== undefined)
      .map((i) => `${i.id}: ${i.overall} against ${JSON.stringify(scoreInspection(i).withoutOverall)}`);
    expect(misfits).toEqual([]);
  });

  test("each delta's score ranges are the two inspections' scores", () => {
    const byId = new Map(inspections.map((i) => [i.id, i]));
    const deltas = yearOnYearDeltas(inspections);
    expect(deltas.length).toBeGreaterThan(0);
    for (const d of deltas) {
      expect(d.score.from).toEqual(scoreInspection(byId.get(d.earlierId) as Inspection));
      expect(d.score.to).toEqual(scoreInspection(byId.get(d.laterId) as Inspection));
    }
  });

  test("show prints the same score, overall ratings and unknown standards' ratings", async () => {
    for (const providerId of new Set(inspections.map((i) => i.providerId))) {
      const { code, stdout } = await cli("show", providerId);
      expect(code).toBe(0);
      const sections = stdout.split(/\n(?=\S.* inspection)/);
      for (const inspection of inspections.filter((i) => i.providerId === providerId && i.round !== null)) {
        const section = sections.find((text) => text.includes(`inspection — ${inspection.id}\n`)) ?? "";
        const s = scoreInspection(inspection);
        const range = s.exact !== undefined ? String(s.exact) : `${s.min}–${s.max}`;
        expect(section).toContain(`score:           ${range} of 30 (`);
        expect(section).toContain(
          `overall allowed: ${possibleOverallRatings(inspection).map(ratingLabel).join(", ")}\n`,
        );
        const possible = possibleStandardRatings(inspection);
        const unknown = Object.keys(possible).find(
          (id) => inspection.standards[id as StandardId] === undefined,
        );
        if (unknown !== undefined) {
          expect(section).toContain(
            `unknown can be:  ${(possible[unknown as StandardId] ?? []).map(ratingLabel).join(", ")}\n`,
          );
        }
      }
    }
  });

  test("West Yorkshire CRC 2018/19 scores 6–15, narrowed by its overall rating", () => {
    const wy = inspectionOf(/^West Yorkshire/, "2018/19");
    expect(scoreInspection(wy)).toMatchObject({ min: 6, max: 15, narrowedBy: ["overall"] });
  });

  test("Merseyside CRC's score change from 2018/19 to 2019/20 is −9 to +9", () => {
    const later = inspectionOf(/^Merseyside/, "2019/20");
    const earlier = inspectionOf(/^Merseyside/, "2018/19");
    expect(inspectionDelta(later, earlier).score.change).toEqual({ min: -9, max: 9 });
  });
});
