import type { Rating } from "../ratings/RATINGS.js";
import type { Scheme } from "../ratings/Scheme.js";
import type { Inspection } from "../records.generated.js";
import type { ScoreRange } from "../scoring/types.js";
import type { ProviderKind, Round } from "../standards/catalogue.js";

/**
 * The fields of an `Inspection` (from `crc-inspections/schema`) that {@link leagueTable} reads.
 *
 * @category League table
 */
export type LeagueInspection = Pick<
  Inspection,
  "id" | "providerId" | "providerKind" | "framework" | "round" | "overall" | "standards" | "ratingCounts"
> & {
  readonly partialCounts?: Inspection["partialCounts"] | undefined;
  /** The owner id at the time (needed only for the `owner` option). */
  readonly owner?: string | undefined;
};

/**
 * Options of {@link leagueTable}. Every one may be left out or `undefined`.
 *
 * @category League table
 */
export interface LeagueTableOptions {
  /** Keep only inspections of this round. Without it a provider inspected in several rounds has a row for each. */
  readonly round?: Round | undefined;
  /** Keep only providers of this kind. */
  readonly kind?: ProviderKind | undefined;
  /**
   * Keep only inspections whose `owner` (the owner id at the time, see the package's `owners`) is this one;
   * inspections whose owner is unknown are left out. Ranks are then within that owner's inspections.
   */
  readonly owner?: string | undefined;
  /** The scheme for the scores; defaults to {@link HMIP_2018_SCHEME}. */
  readonly scheme?: Scheme | undefined;
  /** Providers (or anything with `id` and `name`) to take row names from, such as the package's `providers`. */
  readonly providers?: readonly { readonly id: string; readonly name: string }[] | undefined;
}

/**
 * One row of a league table: plain values, ready to print.
 *
 * @category League table
 */
export interface LeagueTableRow {
  /** Standard competition rank ("1224"): rows that cannot be told apart share the rank of the first of them. */
  readonly rank: number;
  /** The inspection's id. */
  readonly id: string;
  readonly providerId: string;
  /** The provider's name from `options.providers`, or the provider id when it is not given there. */
  readonly name: string;
  /** The inspection's `providerKind`. */
  readonly kind: ProviderKind;
  readonly round: Round | null;
  readonly overall: Rating;
  /**
   * The score as {@link scoreInspection} gives it from all the evidence, the published overall rating included
   * (its `min`, `max` and `exact`). Frozen, so rows scored from the same evidence may share one object.
   */
  readonly score: ScoreRange;
  /** Whether the score is determined (`score.exact` is present). */
  readonly complete: boolean;
  /**
   * Whether the published overall rating contradicts the rest of the evidence under the scheme (see
   * `scoreInspection(…).contradiction`); then `score` is the rest's range.
   */
  readonly contradiction: boolean;
}

/**
 * An inspection that {@link leagueTable} leaves out, as {@link leagueTableLeftOut} lists it.
 *
 * @category League table
 */
export interface LeagueTableLeftOut {
  /** The inspection's id. */
  readonly id: string;
  readonly providerId: string;
  /** The inspection's `providerKind`. */
  readonly kind: ProviderKind;
  readonly round: Round | null;
  /**
   * Why it has no row: `"not-rated"` when HMI Probation gave no overall rating (`overall: "not-rated"`);
   * `"overall-unknown"` when it gave one that no source read so far states (`overall` absent).
   */
  readonly reason: "not-rated" | "overall-unknown";
}
