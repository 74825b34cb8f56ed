import type { Rating } from "../ratings/RATINGS.js";
import type { Inspection } from "../records.generated.js";
import type { Round } from "../standards/catalogue.js";

/**
 * The fields of an `Inspection` (from `crc-inspections/schema`) that {@link countRatings} and {@link ratingDistribution} read
 * (`owner` only for grouping by owner).
 *
 * @category Aggregation
 */
export type CountableInspection = Pick<
  Inspection,
  "framework" | "providerKind" | "round" | "overall" | "standards" | "owner"
>;

/**
 * Counts of ratings, with every rating present (zero when none), plus `unknown` (a rating was given but no source
 * read so far states it) and `notRated` (no rating was given, or the standard is not one the inspection rates).
 * The six counts sum to the number of inspections counted.
 *
 * @category Aggregation
 */
export type RatingTally = Readonly<Record<Rating, number>> & {
  readonly unknown: number;
  readonly notRated: number;
};

/**
 * What {@link ratingDistribution} can group by.
 *
 * @category Aggregation
 */
export type RatingGroupBy = "round" | "kind" | "owner" | "standard";

/**
 * One group of {@link ratingDistribution}: its key and its {@link RatingTally}, flat, ready to print.
 * `group` is `null` for inspections with no round (Quality & Impact) or no known owner.
 *
 * @category Aggregation
 */
export type RatingDistributionRow = { readonly group: string | null } & RatingTally;

/**
 * The fields {@link ownerRatings} reads: those of {@link CountableInspection} and the ids.
 *
 * @category Aggregation
 */
export type OwnerRatingsInspection = CountableInspection & Pick<Inspection, "id" | "providerId">;

/**
 * One provider's overall rating in one row of {@link ownerRatings}.
 *
 * @category Aggregation
 */
export interface OwnerRating {
  /** The inspection's id. */
  readonly inspectionId: string;
  /** The inspected provider's id. */
  readonly providerId: string;
  /** The overall rating; `"not-rated"` when HMI Probation gave none; `undefined` when it gave one no source states. */
  readonly overall: Rating | "not-rated" | undefined;
}

/**
 * One owner in one rated round: its providers' overall ratings and their tally.
 *
 * @category Aggregation
 */
export interface OwnerRatingsRow {
  /** The owner id, or `null` for the inspections whose owner is not known. */
  readonly owner: string | null;
  /** The rated round. */
  readonly round: Round;
  /** Each inspection of the owner in the round, by provider id. */
  readonly ratings: readonly OwnerRating[];
  /** The same overall ratings counted, zeros included (sums to `ratings.length`). */
  readonly tally: RatingTally;
}
