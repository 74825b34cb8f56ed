// The baselines each function is timed against: the same result computed by the most straightforward hand-written
// loop, and with d3-array as a notebook user would write it. The benchmark checks each equal to the package's output
// on the very data it then times.
import { ascending, rollup, sort, sum } from "d3-array";
import type { Rating, StandardId } from "../src/index.js";
import { POINTS, STANDARDS, type Synthetic } from "./data.js";

/** The slots of a tally, in the package's key order. */
export const SLOTS = [
  "outstanding",
  "good",
  "requires-improvement",
  "inadequate",
  "unknown",
  "notRated",
] as const;
export type Tally = Record<(typeof SLOTS)[number], number>;
export interface DistributionRow {
  readonly group: string;
  readonly tally: Tally;
}
export interface Range {
  readonly min: number;
  readonly max: number;
}
export interface Ranked {
  readonly rank: number;
  readonly providerId: string;
}

const emptyTally = (): Tally => ({
  outstanding: 0,
  good: 0,
  "requires-improvement": 0,
  inadequate: 0,
  unknown: 0,
  notRated: 0,
});

/** The baselines, given what they take from the package as facts: the rating order and the default scheme's bands. */
export function baselines(
  ratings: readonly Rating[],
  grade: (score: number) => Rating,
  standardIds: readonly StandardId[],
) {
  // The default scheme's score band of each overall rating, worked out once (outside every timed region).
  const band = new Map<Rating, Range>(
    ratings.map((r) => {
      const scores = Array.from({ length: 31 }, (_, s) => s).filter((s) => grade(s) === r);
      return [r, { min: Math.min(...scores), max: Math.max(...scores) }] as const;
    }),
  );
  const rankOf = new Map(ratings.map((r, i) => [r, i] as const));

  /**
   * The evidence model's conclusion for a record with only standards and an overall rating: each unknown standard
   * adds 0–3 points; the published rating's band narrows the range unless they contradict.
   */
  function narrow(points: number, unknown: number, overall: Rating | "not-rated"): Range {
    const min0 = points;
    const max0 = points + 3 * unknown;
    const b = overall === "not-rated" ? undefined : band.get(overall);
    if (b === undefined) return { min: min0, max: max0 };
    const min = Math.max(min0, b.min);
    const max = Math.min(max0, b.max);
    return min > max ? { min: min0, max: max0 } : { min, max };
  }

  /** By hand: one loop over the record's standards. */
  function handScore(d: Synthetic): Range {
    const ids = STANDARDS[d.providerKind];
    let known = 0;
    let points = 0;
    for (const id of ids) {
      const rating = d.standards[id];
      if (rating !== undefined) {
        known += 1;
        points += POINTS[rating];
      }
    }
    return narrow(points, ids.length - known, d.overall);
  }

  /** d3-array: `sum` over the known standards. */
  function d3Score(d: Synthetic): Range {
    const ids = STANDARDS[d.providerKind];
    const known = ids.filter((id) => d.standards[id] !== undefined);
    const points = sum(known, (id) => POINTS[d.standards[id] as Rating]);
    return narrow(points, ids.length - known.length, d.overall);
  }

  /** Ranks sorted rows: tied rows (same rating and range) share the rank of the first of them. */
  function ranks(sorted: readonly { d: Synthetic; rank: number; score: Range }[]): Ranked[] {
    const rows: Ranked[] = [];
    for (let i = 0; i < sorted.length; i++) {
      const row = sorted[i] as (typeof sorted)[number];
      const previous = sorted[i - 1];
      const tied =
        previous !== undefined &&
        previous.rank === row.rank &&
        previous.score.min === row.score.min &&
        previous.score.max === row.score.max;
      rows.push({ rank: tied ? (rows[i - 1] as Ranked).rank : i + 1, providerId: row.d.providerId });
    }
    return rows;
  }

  type Row = { d: Synthetic; rank: number; score: Range };
  const compare = (a: Row, b: Row): number =>
    a.rank - b.rank ||
    b.score.min + b.score.max - (a.score.min + a.score.max) ||
    a.score.max - a.score.min - (b.score.max - b.score.min) ||
    (a.d.providerId < b.d.providerId ? -1 : a.d.providerId > b.d.providerId ? 1 : 0) ||
    (a.d.id < b.d.id ? -1 : a.d.id > b.d.id ? 1 : 0);

  return {
    handScores: (data: readonly Synthetic[]): Range[] => data.map(handScore),
    d3Scores: (data: readonly Synthetic[]): Range[] => data.map(d3Score),

    /** By hand: score the rated records in a loop, `Array.prototype.sort`, rank. */
    handLeagueTable(data: readonly Synthetic[]): Ranked[] {
      const rows: Row[] = [];
      for (const d of data) {
        if (d.overall === "not-rated") continue;
        rows.push({ d, rank: rankOf.get(d.overall) as number, score: handScore(d) });
      }
      return ranks(rows.sort(compare));
    },

    /** d3-array: filter, map, `sort` with the same comparator, written with `ascending`. */
    d3LeagueTable(data: readonly Synthetic[]): Ranked[] {
      const rows = data
        .filter((d) => d.overall !== "not-rated")
        .map((d) => ({ d, rank: ratings.indexOf(d.overall as Rating), score: d3Score(d) }));
      return ranks(
        sort(
          rows,
          (a, b) =>
            a.rank - b.rank ||
            b.score.min + b.score.max - (a.score.min + a.score.max) ||
            a.score.max - a.score.min - (b.score.max - b.score.min) ||
            ascending(a.d.providerId, b.d.providerId) ||
            ascending(a.d.id, b.d.id),
        ),
      );
    },

    /**
     * By hand, the fastest straightforward one-pass loop found (the held-out benchmark of issue 21 wrote it): count
     * the records of each kind, and add one to each standard a record has (only its known ratings); a standard's
     * `unknown` is then the records of the kinds that rate it less its known ratings, and `notRated` the rest.
     */
    handDistribution(data: readonly Synthetic[]): DistributionRow[] {
      const tallies: Partial<Record<StandardId, Tally>> = {};
      for (const id of standardIds) tallies[id] = emptyTally();
      let crc = 0;
      for (const d of data) {
        if (d.providerKind === "crc") crc += 1;
        const standards = d.standards;
        for (const id in standards) {
          (tallies[id as StandardId] as Tally)[standards[id as StandardId] as Rating] += 1;
        }
      }
      const kinds = { crc, nps: data.length - crc };
      const rows: DistributionRow[] = [];
      for (const id of standardIds) {
        const ratedBy = (["crc", "nps"] as const).filter((k) => kinds[k] > 0 && STANDARDS[k].includes(id));
        if (ratedBy.length === 0) continue;
        const tally = tallies[id] as Tally;
        const rated = ratedBy.reduce((s, k) => s + kinds[k], 0);
        tally.unknown = rated - ratings.reduce((s, r) => s + tally[r], 0);
        tally.notRated = data.length - rated;
        rows.push({ group: id, tally });
      }
      return rows;
    },

    /** d3-array: `rollup` by standard and slot over the (record, standard) pairs. */
    d3Distribution(data: readonly Synthetic[]): DistributionRow[] {
      const slots = data.flatMap((d) =>
        standardIds.map((id) => ({
          id,
          slot: STANDARDS[d.providerKind].includes(id) ? (d.standards[id] ?? "unknown") : "notRated",
        })),
      );
      const counts = rollup(
        slots,
        (v) => v.length,
        (s) => s.id,
        (s) => s.slot,
      );
      return standardIds
        .filter((id) => [...(counts.get(id)?.keys() ?? [])].some((k) => k !== "notRated"))
        .map((id) => {
          const tally = emptyTally();
          for (const [slot, n] of counts.get(id) ?? []) tally[slot as keyof Tally] = n;
          return { group: id, tally };
        });
    },
  };
}
