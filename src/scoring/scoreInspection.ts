import { guard } from "../internal/args.js";
import { scoreOf } from "../internal/inspection.js";
import { checkScheme } from "../internal/scheme.js";
import { HMIP_2018_SCHEME } from "../ratings/HMIP_2018_SCHEME.js";
import type { Scheme } from "../ratings/Scheme.js";
import type { InspectionScore, ScorableInspection } from "./types.js";

/**
 * Scores an inspection from what is known of its standards: a range that collapses to one number when the
 * score is determined.
 *
 * The rules:
 * - `total` is the number of standards the framework rates for the provider kind and round
 *   (`standardsFor(framework, providerKind, round).length`: 10 for `"hmip-2018"`).
 * - With `ratingCounts` the score is determined, even when the `standards` map is empty:
 *   `exact` = Σ points × count, and `known` = `total`.
 * - Otherwise each standard in the map adds its points and each unknown standard widens the range, never
 *   counting as zero: `min` takes it as Inadequate, `max` as Outstanding. `exact` appears when all are known.
 * - A Quality & Impact inspection rates no standards: `{ min: 0, max: 0, known: 0, total: 0 }`, with no `exact`,
 *   because there is no score to determine.
 *
 * The overall rating is not read: compare it with {@link possibleOverallRatings}. The result is frozen.
 *
 * @param inspection - An `Inspection` (from `crc-inspections/schema`), or any object with its `framework`, `providerKind`, `round`,
 *   `standards` and optional `ratingCounts`. Not mutated.
 * @param scheme - Points per rating and the standard count; defaults to {@link HMIP_2018_SCHEME}.
 * @returns `{ min, max, exact?, known, total }`.
 * @throws `TypeError` when `inspection` is not an object; `RangeError` naming the value when its framework,
 *   kind or round is unknown, a standard does not belong to it, a rating is not a rating key, the rating counts
 *   are not non-negative integers, do not sum to `total` or contradict the map, or the scheme counts a different
 *   number of standards (such as {@link HMIP_2018_YOUTH_SCHEME} for a CRC); `TypeError`/`RangeError` for an
 *   invalid scheme.
 * @example
 * ```ts
 * // The shipped dataset: six of West Yorkshire CRC's ten 2019/20 standards are sourced.
 * const wy = inspections.find((i) => i.id === "west-yorkshire-crc-2019-20")!;
 * scoreInspection(wy);
 * //=> { min: 4, max: 16, known: 6, total: 10 }
 * ```
 *
 * @example
 * ```ts
 * const partly = { framework: "hmip-2018", providerKind: "crc", round: "2018/19",
 *   standards: { leadership: "good", staff: "requires-improvement" } } as const;
 * scoreInspection(partly);
 * //=> { min: 3, max: 27, known: 2, total: 10 }
 * scoreInspection({ ...partly, standards: {},
 *   ratingCounts: { outstanding: 0, good: 5, "requires-improvement": 5, inadequate: 0 } });
 * //=> { min: 15, max: 15, exact: 15, known: 10, total: 10 }
 * ```
 *
 * @category Scoring
 */
export function scoreInspection(
  inspection: ScorableInspection,
  scheme: Scheme = HMIP_2018_SCHEME,
): InspectionScore {
  return guard("scoreInspection", () =>
    scoreOf(inspection, checkScheme(scheme, "scoreInspection"), "scoreInspection"),
  );
}
