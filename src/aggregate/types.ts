import type { Rating } from "../ratings/RATINGS.js";
import type { Inspection } from "../records.generated.js";

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
