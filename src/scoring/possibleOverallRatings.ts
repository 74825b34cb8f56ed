import { guard } from "../internal/args.js";
import { scoreOf } from "../internal/inspection.js";
import { checkScheme } from "../internal/scheme.js";
import { HMIP_2018_SCHEME } from "../ratings/HMIP_2018_SCHEME.js";
import { RATINGS, type Rating } from "../ratings/RATINGS.js";
import type { Scheme } from "../ratings/Scheme.js";
import type { ScorableInspection } from "./types.js";

/**
 * The overall ratings the known facts about an inspection's standards still allow under a scheme: the ratings
 * of every band that meets its score range (see {@link scoreInspection}).
 *
 * It reads the standards and rating counts, not the published `overall`, so comparing the two tests the scheme:
 * under a correct scheme the published rating is always in the list. An inspection that HMI Probation did not
 * rate overall (`overall: null`) but whose standards are known gets the ratings the scheme would have given.
 *
 * @param inspection - An `Inspection` (from `crc-inspections/schema`), or any object with its `framework`, `providerKind`, `round`,
 *   `standards` and optional `ratingCounts`. Not mutated.
 * @param scheme - The scheme to grade by; defaults to {@link HMIP_2018_SCHEME}.
 * @returns A new frozen array of ratings, best first: one rating when the score is determined (or lies within
 *   one band), all four when nothing is known, and empty for an inspection that rates no standards
 *   (Quality & Impact), which the scheme cannot grade.
 * @throws The errors of {@link scoreInspection}, with this function's name.
 * @example
 * ```ts
 * // The shipped dataset: what West Yorkshire CRC's six sourced 2019/20 standards still allow.
 * const wy = inspections.find((i) => i.id === "west-yorkshire-crc-2019-20")!;
 * possibleOverallRatings(wy);
 * //=> ["good", "requires-improvement", "inadequate"]
 * ```
 *
 * @example
 * ```ts
 * const crc = { framework: "hmip-2018", providerKind: "crc", round: "2018/19" } as const;
 * possibleOverallRatings({ ...crc, standards: { leadership: "good" },
 *   ratingCounts: { outstanding: 0, good: 1, "requires-improvement": 5, inadequate: 4 } });
 * //=> ["requires-improvement"]
 * possibleOverallRatings({ ...crc, standards: {} });
 * //=> ["outstanding", "good", "requires-improvement", "inadequate"]
 * possibleOverallRatings({ framework: "quality-and-impact", providerKind: "crc", round: null, standards: {} });
 * //=> []
 * ```
 *
 * @category Scoring
 */
export function possibleOverallRatings(
  inspection: ScorableInspection,
  scheme: Scheme = HMIP_2018_SCHEME,
): readonly Rating[] {
  return guard("possibleOverallRatings", () => possible(inspection, scheme));
}

function possible(inspection: ScorableInspection, scheme: Scheme): readonly Rating[] {
  const checked = checkScheme(scheme, "possibleOverallRatings");
  const score = scoreOf(inspection, checked, "possibleOverallRatings");
  if (score.total === 0) return Object.freeze([]);
  const allowed = new Set(
    checked.bands.filter((b) => b.min <= score.max && b.max >= score.min).map((b) => b.rating),
  );
  return Object.freeze(RATINGS.filter((r) => allowed.has(r)));
}
