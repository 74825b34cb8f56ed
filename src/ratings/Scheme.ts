import type { Rating } from "./RATINGS.js";

/**
 * One band of a scheme's overall score: scores from `min` to `max` (inclusive integers) grade as `rating`.
 *
 * @category Schemes
 */
export interface SchemeBand {
  readonly rating: Rating;
  readonly min: number;
  readonly max: number;
}

/**
 * One case-standard threshold: a key question met in at least `min` per cent of cases grades as `rating`.
 *
 * @category Schemes
 */
export interface CaseThreshold {
  readonly rating: Rating;
  readonly min: number;
}

/**
 * Where a scheme's numbers come from and how far they are checked.
 *
 * @category Schemes
 */
export interface SchemeProvenance {
  /** `"verified"` only when the numbers were read in a primary document; `"unverified"` otherwise. */
  readonly status: "unverified" | "verified";
  /** What is known, what is not, and how the data tests it. */
  readonly summary: string;
  /** Primary documents where the numbers can be verified. */
  readonly verifyAt: readonly string[];
  /** Sources that were read and support (or test) the numbers, where the scheme lists them. */
  readonly evidence?: readonly string[];
}

/**
 * A rating scheme as data: how many standards count, the points each rating earns, the bands of the
 * overall score and the thresholds of a case-assessed standard. Every grading and scoring function
 * takes one as its last, optional argument and defaults to {@link HMIP_2018_SCHEME}.
 *
 * A valid scheme (see {@link validateScheme}) has integer points that rise with the rating; bands that
 * cover every integer score from `standardCount × points.inadequate` to `standardCount × points.outstanding`
 * without gaps or overlaps, each rating at most once, higher bands never grading worse; and case
 * thresholds listed best rating first, falling strictly, the last one at 0.
 *
 * @category Schemes
 */
export interface Scheme {
  /** A short stable name, such as `"hmip-2018"`. */
  readonly id: string;
  /** The number of standards whose points make up the overall score. */
  readonly standardCount: number;
  /** Points per rating. */
  readonly points: Readonly<Record<Rating, number>>;
  /** Bands of the overall score, lowest scores first. */
  readonly bands: readonly SchemeBand[];
  /** Case-standard thresholds on the percentage of cases meeting a key question, best rating first. */
  readonly caseThresholds: readonly CaseThreshold[];
  /** Where the numbers come from. */
  readonly provenance: SchemeProvenance;
}
