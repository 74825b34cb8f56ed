import { NOT_RATED, type NotRated } from "../ratings/NOT_RATED.js";
import type { Rating } from "../ratings/RATINGS.js";
import { STANDARD_IDS, type StandardId } from "../standards/catalogue.js";
import { describeItem, isPlainObject, own, ownItem } from "./args.js";
import { describe } from "./describe.js";
import { type ScoringInput, standardsOf } from "./inspection.js";

/** What tallying reads from an inspection. */
export interface TallyInput extends Omit<ScoringInput, "ratingCounts"> {
  readonly overall?: Rating | NotRated | undefined;
}

/** Mutable counts in `RatingTally` key order. */
export type MutableTally = Record<Rating | "unknown" | "notRated", number>;

/** A tally of zeros, keys in display order. */
export const emptyTally = (): MutableTally => ({
  outstanding: 0,
  good: 0,
  "requires-improvement": 0,
  inadequate: 0,
  unknown: 0,
  notRated: 0,
});

/** The inspection at `i` of an array checked by `requireArray`: a TypeError naming `fn` unless it is an object. */
export function itemAt(inspections: readonly unknown[], i: number, fn: string): TallyInput {
  const inspection = ownItem(inspections, i);
  if (!isPlainObject(inspection)) {
    throw new TypeError(
      `${fn}: inspections[${i}] must be an inspection object, got ${describeItem(inspections, i)}`,
    );
  }
  return inspection as TallyInput;
}

/** A rating read from a record (own properties only), as a tally slot; `fn`'s RangeError when it is no rating. */
function ratingSlot(value: unknown, where: string, fn: string, i: number): keyof MutableTally {
  if (value === undefined) return "unknown";
  if (
    value === "outstanding" ||
    value === "good" ||
    value === "requires-improvement" ||
    value === "inadequate"
  ) {
    return value;
  }
  throw new RangeError(`${fn}: inspections[${i}].${where} ${describe(value)} is not a rating key`);
}

/** Where one inspection falls in a tally of overall ratings. */
export function overallSlot(inspection: TallyInput, fn: string, i: number): keyof MutableTally {
  const value = own(inspection, "overall");
  return value === NOT_RATED ? "notRated" : ratingSlot(value, "overall", fn, i);
}

const NONE = /* @__PURE__ */ Object.freeze({});

/** The own `standards` object of an inspection (`{}` when absent); `fn`'s TypeError when it is not an object. */
export function standardsObject(inspection: TallyInput, fn: string, i: number): object {
  const standards = own(inspection, "standards");
  if (standards === undefined) return NONE;
  if (typeof standards !== "object" || standards === null) {
    throw new TypeError(`${fn}: inspections[${i}].standards must be an object, got ${describe(standards)}`);
  }
  return standards;
}

/** Where one inspection falls in a tally of one standard's ratings, given the standards it rates. */
export function standardSlot(
  standards: object,
  standard: StandardId,
  fn: string,
  i: number,
): keyof MutableTally {
  const value = own(standards, standard);
  if (value === null) {
    throw new RangeError(`${fn}: inspections[${i}].standards.${standard} is null, not a rating key`);
  }
  return ratingSlot(value, `standards.${standard}`, fn, i);
}

/**
 * Counts the inspections (an array checked by `requireArray`) by overall rating or by one standard's rating. Every
 * item is counted: a hole in a sparse array is an error, not skipped.
 */
export function tally(
  inspections: readonly unknown[],
  standard: unknown,
  fn: string,
  owner?: unknown,
): MutableTally {
  if (standard !== undefined && !(STANDARD_IDS as readonly unknown[]).includes(standard)) {
    throw new RangeError(`${fn}: unknown standard ${describe(standard)}`);
  }
  if (owner !== undefined && (typeof owner !== "string" || owner === "")) {
    throw new TypeError(
      `${fn}: options.owner must be an owner id (a non-empty string), got ${describe(owner)}`,
    );
  }
  const counts = emptyTally();
  const n = inspections.length;
  for (let i = 0; i < n; i++) {
    const inspection = itemAt(inspections, i, fn);
    if (owner !== undefined && own(inspection, "owner") !== owner) continue;
    if (standard === undefined) {
      counts[overallSlot(inspection, fn, i)] += 1;
    } else if (!standardsOf(inspection, fn).includes(standard as StandardId)) {
      counts.notRated += 1;
    } else {
      counts[standardSlot(standardsObject(inspection, fn, i), standard as StandardId, fn, i)] += 1;
    }
  }
  return Object.freeze(counts) as MutableTally;
}
