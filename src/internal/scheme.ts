import { RATINGS, type Rating } from "../ratings/RATINGS.js";
import type { Scheme, SchemeBand } from "../ratings/Scheme.js";
import { own } from "./args.js";
import { deepFreeze } from "./deepFreeze.js";
import { describe, describeId } from "./describe.js";
import { isMarkedChecked, markChecked } from "./schemeBrand.js";

/**
 * Frozen schemes already checked, each with its checked snapshot. A snapshot is read from own data properties
 * only, so a frozen scheme cannot change afterwards and its snapshot stays right.
 */
const snapshots = new WeakMap<object, Scheme>();

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The most standards a scheme may count and the most points a rating may earn: the functions hold a table of
 * every score from 0 to standardCount × the most points, so together they bound it (to 100,000 scores, 100 KB),
 * where a scheme of 1e8 points cost a gigabyte and seconds per call. The built-in schemes count 10 and 12
 * standards and give 0–3 points.
 */
export const SCHEME_MAX = /* @__PURE__ */ Object.freeze({ standardCount: 100, points: 1_000 });

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
  const { id, standardCount, points, bands } = scheme;
  if (id !== undefined && typeof id !== "string") return type(`id must be a string, got ${describe(id)}`);
  if (typeof standardCount !== "number")
    return type(`standardCount must be a number, got ${describe(standardCount)}`);
  if (!Number.isInteger(standardCount) || standardCount < 1) {
    return range(`standardCount ${describe(standardCount)} is not a positive integer`);
  }
  if (standardCount > SCHEME_MAX.standardCount) {
    return range(`standardCount ${describe(standardCount)} is more than ${SCHEME_MAX.standardCount}`);
  }
  if (!isObject(points)) return type(`points must be an object, got ${describe(points)}`);
  for (const r of RATINGS) {
    const p = points[r];
    if (typeof p !== "number") return type(`points.${r} must be a number, got ${describe(p)}`);
    if (!Number.isInteger(p) || p < 0)
      return range(`points.${r} ${describe(p)} is not a non-negative integer`);
    if (p > SCHEME_MAX.points) return range(`points.${r} ${describe(p)} is more than ${SCHEME_MAX.points}`);
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

/** A part of a scheme that cannot be read as plain data. */
class Unreadable {
  constructor(readonly problem: SchemeProblem) {}
}

/** An own data property of `object`; `Unreadable` for a getter (a getter could answer differently next time). */
function field(object: object, key: string, path: string): unknown {
  const d = Object.getOwnPropertyDescriptor(object, key);
  if (d === undefined) return undefined;
  if (!("value" in d)) throw new Unreadable(type(`${path} must be a plain value, not a getter`));
  return d.value;
}

/** A scheme array (bands, thresholds): at most `RATINGS.length` items, each rating appearing once at most. */
function list(value: unknown, path: string, read: (item: unknown, path: string) => unknown): unknown {
  if (!Array.isArray(value)) return value;
  const length = field(value, "length", `${path}.length`) as number;
  if (length > RATINGS.length) {
    throw new Unreadable(range(`${path} has ${length} items; a scheme has at most one per rating`));
  }
  const copy: unknown[] = [];
  for (let i = 0; i < length; i++) copy.push(read(field(value, String(i), `${path}[${i}]`), `${path}[${i}]`));
  return copy;
}

/** A plain object of the listed own data properties of `value`, or `value` itself when it is not an object. */
function pick(value: unknown, keys: readonly string[], path: string): unknown {
  if (!isObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const key of keys) copy[key] = field(value, key, path === "" ? key : `${path}.${key}`);
  return copy;
}

/**
 * A copy of the parts of a would-be scheme that the functions use, read once from own data properties, with its
 * frozenness: whether the scheme and every part read were frozen (so the copy stays right for as long as the scheme
 * lives).
 */
function snapshot(scheme: unknown): { readonly copy: unknown; readonly frozen: boolean } {
  if (!isObject(scheme)) return { copy: scheme, frozen: false };
  let frozen = Object.isFrozen(scheme);
  const note = (value: unknown): void => {
    if (typeof value === "object" && value !== null && !Object.isFrozen(value)) frozen = false;
  };
  const top = pick(scheme, ["id", "standardCount", "points", "bands", "caseThresholds"], "") as Record<
    string,
    unknown
  >;
  note(top.points);
  top.points = pick(top.points, RATINGS, "points");
  const entry = (keys: readonly string[]) => (item: unknown, path: string) => {
    note(item);
    return pick(item, keys, path);
  };
  note(top.bands);
  top.bands = list(top.bands, "bands", entry(["rating", "min", "max"]));
  note(top.caseThresholds);
  top.caseThresholds = list(top.caseThresholds, "caseThresholds", entry(["rating", "min"]));
  return { copy: top, frozen };
}

/** Throws the error of `problem` for `fn`. */
function fail(problem: SchemeProblem, fn: string): never {
  const message = `${fn}: ${fn === "validateScheme" ? "" : "invalid scheme: "}${problem.message}`;
  throw problem.type === "type" ? new TypeError(message) : new RangeError(message);
}

/**
 * Checks a scheme for the function `fn` and returns a checked, deeply frozen scheme to use in its place: the same
 * object when it is already a checked scheme (see schemeBrand), else a snapshot of its own data, checked once
 * (and remembered when the scheme is frozen). Throws a `TypeError` or `RangeError` whose message starts with `fn`.
 * Nothing the caller does to the scheme afterwards, and no getter, can change what the function uses.
 */
export function checkScheme(scheme: unknown, fn: string): Scheme {
  if (isMarkedChecked(scheme)) return scheme as Scheme;
  const known = snapshots.get(scheme as object);
  if (known !== undefined) return known;
  let copy: unknown;
  let frozen: boolean;
  try {
    ({ copy, frozen } = snapshot(scheme));
  } catch (error) {
    if (error instanceof Unreadable) fail(error.problem, fn);
    throw error;
  }
  const problem = schemeProblem(copy);
  if (problem !== undefined) fail(problem, fn);
  const checked = deepFreeze(markChecked(copy as Scheme));
  if (frozen) snapshots.set(scheme as object, checked);
  return checked;
}

/**
 * Checks a scheme and returns it marked as checked: the same object when it already is, else a deeply frozen copy
 * of its checked parts with a copy of its `id` and `provenance` (which are not checked).
 */
export function checkedScheme(scheme: unknown, fn: string): Scheme {
  if (isMarkedChecked(scheme)) return scheme as Scheme;
  const valid = checkScheme(scheme, fn);
  let provenance: unknown;
  try {
    provenance = structuredClone(own(scheme as object, "provenance"));
  } catch (error) {
    throw new TypeError(
      `${fn}: the scheme's provenance cannot be copied (${describe((error as Error)?.name)})`,
    );
  }
  return deepFreeze(markChecked({ ...valid, provenance } as Scheme));
}

/** A scheme's id for an error message: as it is when short and plain, else quoted and cut. */
export const schemeName = (scheme: Scheme): string => describeId(scheme.id);

/** The band of a score known to be an integer inside the range of a checked scheme, whose bands cover it. */
export function bandOf(score: number, scheme: Scheme): Rating {
  return (scheme.bands.find((b) => score >= b.min && score <= b.max) as SchemeBand).rating;
}
