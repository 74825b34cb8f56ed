import { RATINGS, type Rating } from "../ratings/RATINGS.js";
import type { Scheme, SchemeBand } from "../ratings/Scheme.js";
import { deepFreeze } from "./deepFreeze.js";
import { describe } from "./describe.js";
import { isMarkedChecked, markChecked } from "./schemeBrand.js";

/** Schemes already checked: only frozen ones are remembered, so a later mutation cannot slip through. */
const checked = new WeakSet<object>();

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isFrozenDeep = (scheme: Scheme): boolean =>
  Object.isFrozen(scheme) &&
  Object.isFrozen(scheme.points) &&
  Object.isFrozen(scheme.bands) &&
  scheme.bands.every(Object.isFrozen) &&
  Object.isFrozen(scheme.caseThresholds) &&
  scheme.caseThresholds.every(Object.isFrozen);

/** A problem with a scheme: the error class to throw and a message without the function prefix. */
export interface SchemeProblem {
  readonly type: "type" | "range";
  readonly message: string;
}

/** The lowest and highest score a scheme allows: standardCount × the fewest and the most points. */
export function scoreBounds(scheme: Scheme): { readonly min: number; readonly max: number } {
  const values = RATINGS.map((r) => scheme.points[r]);
  return { min: scheme.standardCount * Math.min(...values), max: scheme.standardCount * Math.max(...values) };
}

const type = (message: string): SchemeProblem => ({ type: "type", message });
const range = (message: string): SchemeProblem => ({ type: "range", message });

/** Finds the first problem with a would-be scheme, or `undefined` when it is a valid scheme. */
export function schemeProblem(scheme: unknown): SchemeProblem | undefined {
  return scoreSchemeProblem(scheme) ?? thresholdsProblem((scheme as Record<string, unknown>).caseThresholds);
}

/** Finds the first problem with the parts of a scheme that grade scores (standardCount, points and bands). */
function scoreSchemeProblem(scheme: unknown): SchemeProblem | undefined {
  if (!isObject(scheme)) return type(`expected a scheme object, got ${describe(scheme)}`);
  const { standardCount, points, bands } = scheme;
  if (typeof standardCount !== "number")
    return type(`standardCount must be a number, got ${describe(standardCount)}`);
  if (!Number.isInteger(standardCount) || standardCount < 1) {
    return range(`standardCount ${describe(standardCount)} is not a positive integer`);
  }
  if (!isObject(points)) return type(`points must be an object, got ${describe(points)}`);
  for (const r of RATINGS) {
    const p = points[r];
    if (typeof p !== "number") return type(`points.${r} must be a number, got ${describe(p)}`);
    if (!Number.isInteger(p) || p < 0)
      return range(`points.${r} ${describe(p)} is not a non-negative integer`);
  }
  for (let i = 1; i < RATINGS.length; i++) {
    const better = RATINGS[i - 1] as Rating;
    const worse = RATINGS[i] as Rating;
    if ((points[better] as number) <= (points[worse] as number)) {
      return range(
        `points must rise with the rating, but ${better} (${points[better]}) ≤ ${worse} (${points[worse]})`,
      );
    }
  }
  const { min, max } = scoreBounds(scheme as unknown as Scheme);

  if (!Array.isArray(bands)) return type(`bands must be an array, got ${describe(bands)}`);
  if (bands.length === 0) return range(`bands must not be empty`);
  const seen = new Set<unknown>();
  for (const [i, band] of bands.entries()) {
    if (!isObject(band)) return type(`bands[${i}] must be an object, got ${describe(band)}`);
    if (!(RATINGS as readonly unknown[]).includes(band.rating)) {
      return range(`bands[${i}].rating ${describe(band.rating)} is not a rating key`);
    }
    if (seen.has(band.rating)) return range(`bands[${i}]: ${band.rating} has more than one band`);
    seen.add(band.rating);
    for (const key of ["min", "max"] as const) {
      if (typeof band[key] !== "number")
        return type(`bands[${i}].${key} must be a number, got ${describe(band[key])}`);
      if (!Number.isInteger(band[key]))
        return range(`bands[${i}].${key} ${describe(band[key])} is not an integer`);
    }
    if ((band.min as number) > (band.max as number)) {
      return range(`bands[${i}] (${band.rating}) runs from ${band.min} down to ${band.max}`);
    }
  }
  const sorted = [...(bands as { rating: Rating; min: number; max: number }[])].sort((a, b) => a.min - b.min);
  let next = min;
  let previous: { rating: Rating; min: number; max: number } | undefined;
  for (const band of sorted) {
    if (band.min > next) return range(`bands leave ${next}–${band.min - 1} uncovered`);
    if (band.min < next) {
      return range(
        band.min < min
          ? `band ${band.rating} starts at ${band.min}, below the lowest score ${min}`
          : `bands overlap at ${band.min}–${Math.min(next - 1, band.max)}`,
      );
    }
    if (previous !== undefined && RATINGS.indexOf(band.rating) > RATINGS.indexOf(previous.rating)) {
      return range(
        `band ${band.rating} (${band.min}–${band.max}) scores above the better band ${previous.rating}`,
      );
    }
    previous = band;
    next = band.max + 1;
  }
  if (next - 1 !== max) {
    return range(
      next - 1 < max
        ? `bands leave ${next}–${max} uncovered`
        : `bands run to ${next - 1}, beyond the highest score ${max}`,
    );
  }
  return undefined;
}

/** Finds the first problem with a scheme's case thresholds, or `undefined`. */
function thresholdsProblem(caseThresholds: unknown): SchemeProblem | undefined {
  if (!Array.isArray(caseThresholds)) {
    return type(`caseThresholds must be an array, got ${describe(caseThresholds)}`);
  }
  if (caseThresholds.length === 0) return range(`caseThresholds must not be empty`);
  for (const [i, t] of caseThresholds.entries()) {
    if (!isObject(t)) return type(`caseThresholds[${i}] must be an object, got ${describe(t)}`);
    if (!(RATINGS as readonly unknown[]).includes(t.rating)) {
      return range(`caseThresholds[${i}].rating ${describe(t.rating)} is not a rating key`);
    }
    if (typeof t.min !== "number")
      return type(`caseThresholds[${i}].min must be a number, got ${describe(t.min)}`);
    if (!(t.min >= 0 && t.min <= 100))
      return range(`caseThresholds[${i}].min ${describe(t.min)} is outside 0–100`);
    const before = caseThresholds[i - 1] as { rating: Rating; min: number } | undefined;
    if (before !== undefined) {
      if (RATINGS.indexOf(t.rating as Rating) <= RATINGS.indexOf(before.rating)) {
        return range(`caseThresholds must go best rating first, but ${t.rating} follows ${before.rating}`);
      }
      if (t.min >= before.min) {
        return range(
          `caseThresholds must fall as the rating falls, but ${t.rating} (${t.min}) ≥ ${before.rating} (${before.min})`,
        );
      }
    }
  }
  const last = caseThresholds[caseThresholds.length - 1] as { min: number };
  if (last.min !== 0)
    return range(`the last case threshold must be 0, so every percentage is graded; got ${last.min}`);
  return undefined;
}

/**
 * Checks a scheme for the function `fn` and returns it; throws a `TypeError` or `RangeError`
 * whose message starts with `fn`. Checked schemes (see schemeBrand) pass at once; other frozen
 * schemes are checked once.
 */
export function checkScheme(scheme: unknown, fn: string): Scheme {
  if (isMarkedChecked(scheme)) return scheme as Scheme;
  if (typeof scheme === "object" && scheme !== null && checked.has(scheme)) return scheme as Scheme;
  const problem = schemeProblem(scheme);
  if (problem !== undefined) {
    const message = `${fn}: ${fn === "validateScheme" ? "" : "invalid scheme: "}${problem.message}`;
    throw problem.type === "type" ? new TypeError(message) : new RangeError(message);
  }
  if (isFrozenDeep(scheme as Scheme)) checked.add(scheme as object);
  return scheme as Scheme;
}

/** Checks a scheme and returns it marked as checked: the same object when it already is, else a frozen copy. */
export function checkedScheme(scheme: unknown, fn: string): Scheme {
  const valid = checkScheme(scheme, fn);
  return isMarkedChecked(valid) ? valid : deepFreeze(markChecked(structuredClone(valid)));
}

/** The band of a score known to be an integer inside the range of a checked scheme, whose bands cover it. */
export function bandOf(score: number, scheme: Scheme): Rating {
  return (scheme.bands.find((b) => score >= b.min && score <= b.max) as SchemeBand).rating;
}
