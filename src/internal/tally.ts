import { RATINGS, type Rating } from "../ratings/RATINGS.js";
import { STANDARD_IDS, type StandardId } from "../standards/catalogue.js";
import { describe } from "./describe.js";
import { type ScoringInput, standardsOf } from "./inspection.js";

/** What tallying reads from an inspection. */
export interface TallyInput extends Omit<ScoringInput, "ratingCounts"> {
  readonly overall?: Rating | null | undefined;
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

/** Where one inspection falls in a tally: its overall rating, or its rating of `standard`. */
export function slotOf(
  inspection: TallyInput,
  standard: StandardId | undefined,
  fn: string,
  i: number,
): keyof MutableTally {
  const value = standard === undefined ? inspection.overall : inspection.standards?.[standard];
  if (standard !== undefined && !standardsOf(inspection, fn).includes(standard)) return "notRated";
  if (value === undefined) return "unknown";
  if (value === null) {
    if (standard === undefined) return "notRated";
    throw new RangeError(`${fn}: inspections[${i}].standards.${standard} is null, not a rating key`);
  }
  if (!RATINGS.includes(value)) {
    const where = standard === undefined ? "overall" : `standards.${standard}`;
    throw new RangeError(`${fn}: inspections[${i}].${where} ${describe(value)} is not a rating key`);
  }
  return value;
}

/** Counts the inspections (an array, checked by the caller) by overall rating or by one standard's rating. */
export function tally(inspections: readonly unknown[], standard: unknown, fn: string): MutableTally {
  if (standard !== undefined && !(STANDARD_IDS as readonly unknown[]).includes(standard)) {
    throw new RangeError(`${fn}: unknown standard ${describe(standard)}`);
  }
  const counts = emptyTally();
  inspections.forEach((inspection, i) => {
    if (typeof inspection !== "object" || inspection === null || Array.isArray(inspection)) {
      throw new TypeError(
        `${fn}: inspections[${i}] must be an inspection object, got ${describe(inspection)}`,
      );
    }
    counts[slotOf(inspection as TallyInput, standard as StandardId | undefined, fn, i)] += 1;
  });
  return Object.freeze(counts) as MutableTally;
}
