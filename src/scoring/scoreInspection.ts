import { guard } from "../internal/args.js";
import { assess, toScore } from "../internal/evidence.js";
import { checkScheme } from "../internal/scheme.js";
import { HMIP_2018_SCHEME } from "../ratings/HMIP_2018_SCHEME.js";
import type { Scheme } from "../ratings/Scheme.js";
import type { InspectionScore, ScorableInspection } from "./types.js";

/**
 * Scores an inspection from all the evidence about it: a range that collapses to one number when the score is
 * determined. This is the package's one model of partial knowledge: {@link possibleOverallRatings},
 * {@link possibleStandardRatings}, {@link leagueTable}, {@link inspectionDelta} and the CLI read the same
 * conclusions from it.
 *
 * The rules:
 * - `total` is the number of standards the framework rates for the provider kind and round
 *   (`standardsFor(framework, providerKind, round).length`: 10 for `"hmip-2018"`).
 * - The evidence: each known standard's rating is fixed; each unknown standard takes one of the four ratings,
 *   never counting as zero; `ratingCounts` fix how many standards got each rating; each of the `partialCounts`
 *   bounds how many standards got one of its ratings; and the published `overall` rating bounds the score to its
 *   band under the scheme. `min` and `max` are the lowest and highest scores of an assignment that meets all of
 *   it, computed exactly (not by adding up bounds). `exact` appears when they meet.
 * - `narrowedBy` names the evidence that narrowed the range, and `withoutOverall` is the range without the overall
 *   rating. When the overall rating's band holds no score the rest of the evidence allows, the result says so in
 *   `contradiction` and keeps the rest's range, rather than silently dropping either side.
 * - `known` counts the named standards, or all of them when `ratingCounts` are given.
 * - A Quality & Impact inspection rates no standards: `{ min: 0, max: 0, known: 0, total: 0, … }`, with no
 *   `exact`, because there is no score to determine.
 *
 * The result is frozen.
 *
 * @param inspection - An `Inspection` (from `crc-inspections/schema`), or any object with its `framework`,
 *   `providerKind`, `round` and `standards`, and optionally `ratingCounts`, `partialCounts` and `overall`. Not
 *   mutated.
 * @param scheme - Points per rating, the bands and the standard count; defaults to {@link HMIP_2018_SCHEME}.
 * @returns `{ min, max, exact?, known, total, narrowedBy, withoutOverall, contradiction? }`.
 * @throws `TypeError` when `inspection` is not an object; `RangeError` naming the value when its framework,
 *   kind or round is unknown, a standard does not belong to it, a rating is not a rating key, the rating counts
 *   are not non-negative integers, do not sum to `total` or contradict the map, the partial counts are malformed
 *   or cannot hold with the standards and counts, or the scheme counts a different number of standards (such as
 *   {@link HMIP_2018_YOUTH_SCHEME} for a CRC); `TypeError`/`RangeError` for an invalid scheme. Records are read as
 *   own properties only.
 * @example
 * ```ts
 * // The shipped dataset: six of West Yorkshire CRC's ten 2019/20 standards are sourced (4–16 from them alone);
 * // its published Requires improvement narrows the score to 6–15.
 * const wy = inspections.find((i) => i.id === "west-yorkshire-crc-2019-20")!;
 * scoreInspection(wy);
 * //=> { min: 6, max: 15, known: 6, total: 10, narrowedBy: ["standards", "overall"], withoutOverall: { min: 4, max: 16 } }
 * ```
 *
 * @example
 * ```ts
 * const crc = { framework: "hmip-2018", providerKind: "crc", round: "2018/19" } as const;
 * scoreInspection({ ...crc, standards: { leadership: "good", staff: "requires-improvement" } });
 * //=> { min: 3, max: 27, known: 2, total: 10, narrowedBy: ["standards"], withoutOverall: { min: 3, max: 27 } }
 * scoreInspection({ ...crc, standards: {}, overall: "requires-improvement" });
 * //=> { min: 6, max: 15, known: 0, total: 10, narrowedBy: ["overall"], withoutOverall: { min: 0, max: 30 } }
 * scoreInspection({ ...crc, standards: {}, partialCounts: [{ ratings: ["outstanding"], min: 3 }] }).min;
 * //=> 9
 * scoreInspection({ ...crc, standards: {}, overall: "good",
 *   ratingCounts: { outstanding: 0, good: 5, "requires-improvement": 5, inadequate: 0 } }).contradiction;
 * //=> { overall: "good", band: { min: 16, max: 25 } }
 * ```
 *
 * @category Scoring
 */
export function scoreInspection(
  inspection: ScorableInspection,
  scheme: Scheme = HMIP_2018_SCHEME,
): InspectionScore {
  return guard("scoreInspection", () =>
    toScore(assess(inspection, checkScheme(scheme, "scoreInspection"), "scoreInspection")),
  );
}
