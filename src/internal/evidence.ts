// The one model of what the evidence about an inspection allows. Every function that scores, grades or compares
// inspections reads its conclusions from `assess`, so no two of them can draw different ones.
//
// The evidence: the known standards' ratings (fixed), the full rating counts (exact), partial counts (at least /
// at most N standards rated within a set of ratings) and the published overall rating (its band bounds the
// score). Only the counts of ratings matter to every constraint, and the unknown standards are interchangeable,
// so the feasible assignments are the count vectors of the unknown standards: the compositions of `unknown` into
// four ratings, at most 286 for ten unknown standards. They are enumerated exactly, once per shape of evidence
// (results are cached per scheme), and every conclusion (the score range, the overall ratings still possible,
// the ratings an unknown standard can still take, which evidence narrowed the range, a contradiction) is read
// from the same enumeration.
import { NOT_RATED, type NotRated } from "../ratings/NOT_RATED.js";
import { RATINGS, type Rating } from "../ratings/RATINGS.js";
import type { Scheme } from "../ratings/Scheme.js";
import type { InspectionScore, ScoreContradiction, ScoreEvidence, ScoreRange } from "../scoring/types.js";
import type { StandardId } from "../standards/catalogue.js";
import { own } from "./args.js";
import { describe } from "./describe.js";
import { edition, requireRecord, type ScoringInput, standardsOf } from "./inspection.js";
import { ratingIndex } from "./ratingIndex.js";
import { BARE, bare, scoreRange } from "./result.js";
import { schemeName } from "./scheme.js";

/** "At least `min` and at most `max` of the standards are rated one of `ratings`" (either bound may be absent). */
export interface PartialCountInput {
  readonly ratings: readonly Rating[];
  readonly min?: number | undefined;
  readonly max?: number | undefined;
}

/** What the model reads from an inspection. */
export interface EvidenceInput extends ScoringInput {
  readonly overall?: Rating | NotRated | undefined;
  readonly partialCounts?: readonly PartialCountInput[] | undefined;
}

/** Everything the evidence allows about one inspection under one scheme. */
export interface Assessment extends ScoreRange {
  /** Standards the framework rates for the provider kind and round (0 for Quality & Impact). */
  readonly total: number;
  /** Standards whose rating the score rests on: the named ones, or all of them with full rating counts. */
  readonly known: number;
  /** The evidence that narrowed the range, each compared with the range before it was applied. */
  readonly narrowedBy: readonly ScoreEvidence[];
  /** The range from everything but the published overall rating. */
  readonly withoutOverall: ScoreRange;
  /**
   * This assessment's `min`, `max` and `exact` as one frozen score range, made once with the (cached) assessment:
   * a league table's rows share it rather than each making and freezing a copy (docs/performance.md).
   */
  readonly range: ScoreRange;
  /** Present when the published overall rating contradicts the rest of the evidence under the scheme. */
  readonly contradiction?: ScoreContradiction;
  /** The overall ratings the scheme gives to some feasible score, best first. */
  readonly overallRatings: readonly Rating[];
  /** The ratings an unknown standard can still take, best first (empty when no standard is unknown). */
  readonly unknownRatings: readonly Rating[];
  /** The framework's standards, in report order. */
  readonly standards: readonly StandardId[];
}

const range = scoreRange;

const EMPTY: readonly never[] = /* @__PURE__ */ Object.freeze([]);
const NO_PARTIAL: { mask: number; min: number; max: number }[] = [];

/** Reads and checks partial counts: a mask of ratings and the bounds (`max` Infinity when absent). */
function readPartialCounts(
  value: unknown,
  total: number,
  fn: string,
  what: string,
): { mask: number; min: number; max: number }[] {
  if (value === undefined) return NO_PARTIAL;
  if (!Array.isArray(value)) {
    throw new TypeError(`${fn}: ${what}'s partialCounts must be an array, got ${describe(value)}`);
  }
  return value.map((entry: unknown, i) => {
    const at = `partialCounts[${i}]`;
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      throw new TypeError(`${fn}: ${at} must be an object, got ${describe(entry)}`);
    }
    const ratings = own(entry, "ratings");
    const min = own(entry, "min");
    const max = own(entry, "max");
    if (!Array.isArray(ratings) || ratings.length === 0 || ratings.length > RATINGS.length) {
      throw new TypeError(`${fn}: ${at}.ratings must be a non-empty array of rating keys`);
    }
    let mask = 0;
    for (let j = 0; j < ratings.length; j++) {
      const r: unknown = ratings[j];
      const k = (RATINGS as readonly unknown[]).indexOf(r);
      if (k < 0) throw new RangeError(`${fn}: ${at}.ratings holds ${describe(r)}, not a rating key`);
      mask |= 1 << k;
    }
    for (const [key, n] of [
      ["min", min],
      ["max", max],
    ] as const) {
      if (n !== undefined && (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > total)) {
        throw new RangeError(`${fn}: ${at}.${key} ${describe(n)} is not an integer from 0 to ${total}`);
      }
    }
    if (min === undefined && max === undefined) {
      throw new RangeError(`${fn}: ${at} needs a min or a max`);
    }
    if (min !== undefined && max !== undefined && (min as number) > (max as number)) {
      throw new RangeError(`${fn}: ${at}.min ${min} is above its max ${max}`);
    }
    return { mask, min: (min as number | undefined) ?? 0, max: (max as number | undefined) ?? total };
  });
}

/** Per-scheme, per-edition caches of assessments by the shape of the evidence. */
const caches = new WeakMap<Scheme, WeakMap<readonly StandardId[], Map<number | string, Assessment>>>();
const hop = Object.prototype.hasOwnProperty;
// The last scheme and edition looked up, and their cache: records come in runs of the same edition.
let lastScheme: Scheme | undefined;
let lastRated: readonly StandardId[] | undefined;
let lastCache: Map<number | string, Assessment> | undefined;

/** The counts, the full counts (if any) and the overall rating as one integer below 2^36. */
function packKey(
  counted: readonly number[],
  exact: readonly number[] | undefined,
  overallIndex: number,
): number {
  const four = (c: readonly number[]): number =>
    (c[0] as number) + 16 * (c[1] as number) + 256 * (c[2] as number) + 4096 * (c[3] as number);
  return four(counted) + 65_536 * (overallIndex + 1) + 524_288 * (exact === undefined ? 0 : 1 + four(exact));
}
const CACHE_LIMIT = 4096;

/**
 * Assesses one inspection under a checked scheme, checking the record (its standards, rating counts, partial
 * counts and overall rating) and throwing errors labelled with `fn`.
 */
export function assess(
  inspection: EvidenceInput,
  scheme: Scheme,
  fn: string,
  what = "the inspection",
): Assessment {
  requireRecord(inspection, fn, what);
  const rated = standardsOf(inspection, fn);
  const total = rated.length;
  const standards = own(inspection, "standards");
  if (typeof standards !== "object" || standards === null) {
    throw new TypeError(`${fn}: ${what}'s standards must be an object, got ${describe(standards)}`);
  }
  const counted = [0, 0, 0, 0];
  let known = 0;
  // for…in with an own-property test, not Object.keys: no array is built for each record.
  for (const id in standards) {
    if (!hop.call(standards, id)) continue;
    const rating = (standards as Record<string, unknown>)[id];
    if (rating === undefined) continue;
    if (!rated.includes(id as StandardId)) {
      throw new RangeError(`${fn}: ${describe(id)} is not a standard of a ${edition(inspection)} inspection`);
    }
    const k = ratingIndex(rating);
    if (k < 0) throw new RangeError(`${fn}: standards.${id} ${describe(rating)} is not a rating key`);
    counted[k] = (counted[k] as number) + 1;
    known += 1;
  }
  if (total === 0) {
    const none = bare({ min: 0, max: 0 });
    return bare({
      ...none,
      total: 0,
      known: 0,
      narrowedBy: EMPTY,
      withoutOverall: none,
      range: none,
      overallRatings: EMPTY,
      unknownRatings: EMPTY,
      standards: rated,
    });
  }
  if (scheme.standardCount !== total) {
    throw new RangeError(
      `${fn}: scheme ${schemeName(scheme)} counts ${scheme.standardCount} standards, but a ${edition(inspection)} inspection rates ${total}`,
    );
  }
  const counts = own(inspection, "ratingCounts");
  let exactCounts: number[] | undefined;
  if (counts !== undefined) {
    if (typeof counts !== "object" || counts === null) {
      throw new TypeError(`${fn}: ${what}'s ratingCounts must be an object, got ${describe(counts)}`);
    }
    exactCounts = [];
    let sum = 0;
    RATINGS.forEach((r, k) => {
      const n = own(counts, r);
      if (typeof n !== "number" || !Number.isInteger(n) || n < 0) {
        throw new RangeError(`${fn}: ratingCounts.${r} ${describe(n)} is not a non-negative integer`);
      }
      if (n < (counted[k] as number)) {
        throw new RangeError(`${fn}: ratingCounts has ${n} ${r}, but standards name ${counted[k]}`);
      }
      sum += n;
      exactCounts?.push(n);
    });
    if (sum !== total) {
      throw new RangeError(
        `${fn}: ratingCounts sum to ${sum}, but a ${edition(inspection)} inspection rates ${total} standards`,
      );
    }
  }
  const partial = readPartialCounts(own(inspection, "partialCounts"), total, fn, what);
  const overall = own(inspection, "overall");
  let overallIndex = -1;
  if (overall !== undefined && overall !== NOT_RATED) {
    overallIndex = ratingIndex(overall);
    if (overallIndex < 0) throw new RangeError(`${fn}: overall ${describe(overall)} is not a rating key`);
  }

  // The standards list is part of the result, so the cache is per edition's list (one frozen array each). The key
  // packs the counts into one number (each count is at most 15, checked); partial counts, rare, use a string key.
  let cache: Map<number | string, Assessment>;
  if (scheme === lastScheme && rated === lastRated && lastCache !== undefined) cache = lastCache;
  else {
    let byEdition = caches.get(scheme);
    if (byEdition === undefined) {
      byEdition = new WeakMap();
      caches.set(scheme, byEdition);
    }
    const known = byEdition.get(rated);
    cache = known ?? new Map();
    if (known === undefined) byEdition.set(rated, cache);
    lastScheme = scheme;
    lastRated = rated;
    lastCache = cache;
  }
  const key: number | string =
    partial.length === 0 && total <= 15
      ? packKey(counted, exactCounts, overallIndex)
      : `${counted.join(",")}|${exactCounts?.join(",") ?? ""}|${partial.map((p) => `${p.mask}:${p.min}:${p.max}`).join(";")}|${overallIndex}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const result = enumerate(
    scheme,
    rated,
    total,
    counts === undefined ? known : total,
    counted,
    exactCounts,
    partial,
    overallIndex,
    fn,
  );
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}

/** A running feasible set: its score range and which ratings and bands it reaches. */
interface Stage {
  min: number;
  max: number;
  unknownMask: number;
  bandMask: number;
}

const stage = (): Stage => ({ min: Infinity, max: -Infinity, unknownMask: 0, bandMask: 0 });

function enumerate(
  scheme: Scheme,
  rated: readonly StandardId[],
  total: number,
  known: number,
  counted: readonly number[],
  exactCounts: readonly number[] | undefined,
  partial: readonly { mask: number; min: number; max: number }[],
  overallIndex: number,
  fn: string,
): Assessment {
  const points = RATINGS.map((r) => scheme.points[r]);
  const [p0, p1, p2, p3] = points as [number, number, number, number];
  const [c0, c1, c2, c3] = counted as [number, number, number, number];
  const base = c0 * p0 + c1 * p1 + c2 * p2 + c3 * p3;
  const top = total * Math.max(...points);
  // The band (as a rating index) of every score the scheme allows.
  const bandAt = new Int8Array(top + 1).fill(-1);
  for (const band of scheme.bands) {
    const k = RATINGS.indexOf(band.rating);
    for (let s = Math.max(0, band.min); s <= Math.min(top, band.max); s++) bandAt[s] = k;
  }
  const overallBand =
    overallIndex < 0 ? undefined : scheme.bands.find((b) => b.rating === RATINGS[overallIndex]);
  const unknown = total - (counted as number[]).reduce((a, b) => a + b, 0);
  const byStandards = stage();
  const byCounts = stage();
  const byPartial = stage();
  const byAll = stage();
  const add = (s: Stage, score: number, unknownMask: number): void => {
    if (score < s.min) s.min = score;
    if (score > s.max) s.max = score;
    s.unknownMask |= unknownMask;
    s.bandMask |= 1 << (bandAt[score] as number);
  };
  const tally = [0, 0, 0, 0];
  for (let a = 0; a <= unknown; a++) {
    for (let b = 0; a + b <= unknown; b++) {
      for (let c = 0; a + b + c <= unknown; c++) {
        const d = unknown - a - b - c;
        const score = base + a * p0 + b * p1 + c * p2 + d * p3;
        const mask = (a > 0 ? 1 : 0) | (b > 0 ? 2 : 0) | (c > 0 ? 4 : 0) | (d > 0 ? 8 : 0);
        add(byStandards, score, mask);
        tally[0] = c0 + a;
        tally[1] = c1 + b;
        tally[2] = c2 + c;
        tally[3] = c3 + d;
        if (
          exactCounts !== undefined &&
          (tally[0] !== exactCounts[0] ||
            tally[1] !== exactCounts[1] ||
            tally[2] !== exactCounts[2] ||
            tally[3] !== exactCounts[3])
        ) {
          continue;
        }
        add(byCounts, score, mask);
        let fits = true;
        for (const p of partial) {
          let n = 0;
          for (let k = 0; k < 4; k++) if (p.mask & (1 << k)) n += tally[k] as number;
          if (n < p.min || n > p.max) {
            fits = false;
            break;
          }
        }
        if (!fits) continue;
        add(byPartial, score, mask);
        if (overallBand === undefined || (score >= overallBand.min && score <= overallBand.max)) {
          add(byAll, score, mask);
        }
      }
    }
  }
  if (byPartial.min > byPartial.max) {
    throw new RangeError(`${fn}: the partial counts cannot all hold with the known standards and counts`);
  }
  const narrowedBy: ScoreEvidence[] = [];
  const narrower = (s: Stage, than: { min: number; max: number }): boolean =>
    s.min > than.min || s.max < than.max;
  const prior = { min: total * Math.min(...points), max: top };
  if (narrower(byStandards, prior)) narrowedBy.push("standards");
  if (narrower(byCounts, byStandards)) narrowedBy.push("ratingCounts");
  if (narrower(byPartial, byCounts)) narrowedBy.push("partialCounts");
  const contradicts = overallBand !== undefined && byAll.min > byAll.max;
  const final = contradicts ? byPartial : byAll;
  if (!contradicts && narrower(byAll, byPartial)) narrowedBy.push("overall");
  const ratingsOf = (mask: number): readonly Rating[] =>
    Object.freeze(RATINGS.filter((_, k) => mask & (1 << k)));
  const finalRange = range(final.min, final.max);
  return bare({
    ...finalRange,
    range: finalRange,
    total,
    known,
    narrowedBy: Object.freeze(narrowedBy),
    withoutOverall: range(byPartial.min, byPartial.max),
    ...(contradicts && overallBand !== undefined
      ? {
          contradiction: Object.freeze({
            overall: overallBand.rating,
            band: bare({ min: overallBand.min, max: overallBand.max }),
          }),
        }
      : {}),
    overallRatings: ratingsOf(final.bandMask),
    unknownRatings: ratingsOf(final.unknownMask),
    standards: rated,
  });
}

/** The public score of an assessment: a new frozen object with the fields of `InspectionScore`. */
export function toScore(a: Assessment): InspectionScore {
  // Made on BARE, key by key: this runs once per record, and an absent `exact` or `contradiction` must read as
  // undefined whatever Object.prototype holds.
  const score = Object.create(BARE) as { -readonly [K in keyof InspectionScore]: InspectionScore[K] };
  score.min = a.min;
  score.max = a.max;
  const exact = own(a, "exact") as number | undefined;
  if (exact !== undefined) score.exact = exact;
  score.known = a.known;
  score.total = a.total;
  score.narrowedBy = a.narrowedBy;
  score.withoutOverall = a.withoutOverall;
  const contradiction = own(a, "contradiction") as ScoreContradiction | undefined;
  if (contradiction !== undefined) score.contradiction = contradiction;
  return Object.freeze(score);
}
