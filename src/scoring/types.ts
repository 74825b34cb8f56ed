import type { Inspection } from "../records.generated.js";

/**
 * The fields of an `Inspection` (from `crc-inspections/schema`) that scoring reads; pass whole records or partial ones.
 *
 * @category Scoring
 */
export type ScorableInspection = Pick<
  Inspection,
  "framework" | "providerKind" | "round" | "standards" | "ratingCounts"
>;

/**
 * An inspection's overall score as far as it is known: every score from `min` to `max` is possible, and
 * `exact` is present only when the score is determined (then `min === exact === max`).
 *
 * @category Scoring
 */
export interface ScoreRange {
  /** The lowest score the known facts allow. */
  readonly min: number;
  /** The highest score the known facts allow. */
  readonly max: number;
  /** The score, present only when it is determined. */
  readonly exact?: number;
}

/**
 * The result of {@link scoreInspection}: a {@link ScoreRange} plus how much of it is known.
 *
 * @category Scoring
 */
export interface InspectionScore extends ScoreRange {
  /** How many of the `total` standards' ratings the score rests on (all of them when rating counts are given). */
  readonly known: number;
  /** How many standards the inspection's framework rates for its kind of provider (10, or 0 for Quality & Impact). */
  readonly total: number;
}
