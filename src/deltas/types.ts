import type { NotRated } from "../ratings/NOT_RATED.js";
import type { Rating } from "../ratings/RATINGS.js";
import type { Inspection } from "../records.generated.js";
import type { InspectionScore, ScoreRange } from "../scoring/types.js";
import type { ProviderKind, Round, StandardId } from "../standards/catalogue.js";

/**
 * The fields of an `Inspection` (from `crc-inspections/schema`) that {@link inspectionDelta} reads.
 *
 * @category Deltas
 */
export type DeltaInspection = Pick<
  Inspection,
  | "id"
  | "providerId"
  | "framework"
  | "providerKind"
  | "round"
  | "published"
  | "overall"
  | "standards"
  | "ratingCounts"
> & { readonly partialCounts?: Inspection["partialCounts"] | undefined };

/**
 * How something moved from the earlier inspection to the later one. A better rating, or a surely higher
 * score, is `"improved"`; `"unknown"` when either side is unknown or the score ranges overlap.
 *
 * @category Deltas
 */
export type Direction = "improved" | "declined" | "unchanged" | "unknown";

/**
 * A rating's change. `from` and `to` mirror the records: a rating, `"not-rated"` for "HMI Probation gave none",
 * `undefined` for "given but not known".
 *
 * @category Deltas
 */
export interface RatingChange {
  readonly from: Rating | NotRated | undefined;
  readonly to: Rating | NotRated | undefined;
  readonly direction: Direction;
}

/**
 * One standard's change: `from` or `to` is `undefined` when that inspection's rating of it is unknown or it
 * does not rate the standard.
 *
 * @category Deltas
 */
export interface StandardChange extends RatingChange {
  readonly standard: StandardId;
}

/**
 * The score's change as an interval: every difference from `min` to `max` (later minus earlier) is possible;
 * `exact` only when both scores are determined.
 *
 * @category Deltas
 */
export interface ScoreChange {
  readonly from: InspectionScore;
  readonly to: InspectionScore;
  /** `to − from`: the difference of the two ranges; `undefined` when either inspection rates no standards. */
  readonly change: ScoreRange | undefined;
  /** `"improved"` when the change is surely positive, `"declined"` surely negative, `"unchanged"` surely 0. */
  readonly direction: Direction;
}

/**
 * Time between two publications, in both units, always. `days` is a range: one number (`exact`) when both dates
 * have day precision, else from the fewest to the most days the months allow. `calendarMonths` is the difference
 * of year × 12 + month, exact at either precision. `precision` is the coarser of the two dates' precisions.
 *
 * @category Deltas
 */
export interface Elapsed {
  /** Whole calendar days from the earlier publication to the later one, as a range. */
  readonly days: { readonly min: number; readonly max: number; readonly exact?: number };
  /** Calendar months from the earlier publication to the later one. */
  readonly calendarMonths: number;
  /** `"day"` when both dates have day precision, `"month"` when either has month precision. */
  readonly precision: "day" | "month";
}

/**
 * The result of {@link inspectionDelta}.
 *
 * @category Deltas
 */
export interface InspectionDelta {
  readonly providerId: string;
  /** The later inspection's `providerKind`. */
  readonly providerKind: ProviderKind;
  /** The later inspection's id. */
  readonly laterId: string;
  /** The earlier inspection's id. */
  readonly earlierId: string;
  /** The later inspection's round (`null` for Quality & Impact). */
  readonly laterRound: Round | null;
  /** The earlier inspection's round (`null` for Quality & Impact). */
  readonly earlierRound: Round | null;
  readonly overall: RatingChange;
  /** One entry per standard that either inspection rates, in report order. */
  readonly standards: readonly StandardChange[];
  readonly score: ScoreChange;
  /** Time between the publications; `undefined` when either date is unknown. */
  readonly elapsed: Elapsed | undefined;
}
