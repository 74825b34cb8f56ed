import type { NotRated } from "../ratings/NOT_RATED.js";
import type { Rating } from "../ratings/RATINGS.js";
import type { Inspection } from "../records.generated.js";

/**
 * The fields of an `Inspection` (from `crc-inspections/schema`) that scoring reads; pass whole records or partial
 * ones. `overall` and `partialCounts` are optional: leave them out and the score rests on the standards alone.
 *
 * @category Scoring
 */
export type ScorableInspection = Pick<
  Inspection,
  "framework" | "providerKind" | "round" | "standards" | "ratingCounts"
> & {
  readonly overall?: Rating | NotRated | undefined;
  readonly partialCounts?: Inspection["partialCounts"] | undefined;
};

/**
 * An inspection's overall score as far as it is known: `min` and `max` are the lowest and highest scores the
 * evidence allows, and `exact` is present only when the score is determined (then `min === exact === max`).
 *
 * @category Scoring
 */
export interface ScoreRange {
  /** The lowest score the evidence allows. */
  readonly min: number;
  /** The highest score the evidence allows. */
  readonly max: number;
  /** The score, present only when it is determined. */
  readonly exact?: number;
}

/**
 * A kind of evidence about a score, in the order {@link scoreInspection} applies them: the known standards'
 * ratings, the full rating counts, the partial counts, and the published overall rating's band.
 *
 * @category Scoring
 */
export type ScoreEvidence = "standards" | "ratingCounts" | "partialCounts" | "overall";

/**
 * A published overall rating whose band, under the scheme, holds no score the rest of the evidence allows.
 *
 * @category Scoring
 */
export interface ScoreContradiction {
  /** The published overall rating. */
  readonly overall: Rating;
  /** Its band of scores under the scheme. */
  readonly band: { readonly min: number; readonly max: number };
}

/**
 * The result of {@link scoreInspection}: a {@link ScoreRange} from all the evidence, how much of it is known, which
 * evidence narrowed it, and the range without the published overall rating.
 *
 * @category Scoring
 */
export interface InspectionScore extends ScoreRange {
  /** How many of the `total` standards' ratings the score rests on (all of them when rating counts are given). */
  readonly known: number;
  /** How many standards the inspection's framework rates for its kind of provider (10, or 0 for Quality & Impact). */
  readonly total: number;
  /**
   * The evidence that narrowed the range, in the order applied (standards, rating counts, partial counts, overall
   * rating): each is listed when it raised `min` or lowered `max` of the range the evidence before it allowed.
   * Empty when nothing is known.
   */
  readonly narrowedBy: readonly ScoreEvidence[];
  /**
   * The range from the standards, rating counts and partial counts alone, without the published overall rating:
   * the view that tests the scheme, since under a correct scheme the published rating's band always meets it.
   */
  readonly withoutOverall: ScoreRange;
  /**
   * Present when the published overall rating contradicts the rest of the evidence under the scheme. Then `min`
   * and `max` are `withoutOverall`'s, and `"overall"` is not in `narrowedBy`.
   */
  readonly contradiction?: ScoreContradiction;
}
