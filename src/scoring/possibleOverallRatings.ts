import { guard } from "../internal/args.js";
import { assess } from "../internal/evidence.js";
import { checkScheme } from "../internal/scheme.js";
import { HMIP_2018_SCHEME } from "../ratings/HMIP_2018_SCHEME.js";
import type { Rating } from "../ratings/RATINGS.js";
import type { Scheme } from "../ratings/Scheme.js";
import type { ScorableInspection } from "./types.js";

/**
 * The overall ratings the evidence about an inspection still allows under a scheme: the rating of every band that
 * holds a score {@link scoreInspection}'s model allows, from the same evidence (standards, rating counts, partial
 * counts and the published overall rating).
 *
 * With a published `overall` that agrees with the rest of the evidence, that rating is the only one. When it
 * contradicts the rest (see `scoreInspection(…).contradiction`), the ratings the rest allows are returned, so the
 * published rating is missing from them: that is how a wrong scheme shows. Leave `overall` out to ask what the
 * standards and counts alone allow. An inspection that HMI Probation did not rate overall (`overall: "not-rated"`) gets
 * the ratings the scheme would have given.
 *
 * @param inspection - An `Inspection` (from `crc-inspections/schema`), or any object with its `framework`,
 *   `providerKind`, `round` and `standards`, and optionally `ratingCounts`, `partialCounts` and `overall`. Not
 *   mutated.
 * @param scheme - The scheme to grade by; defaults to {@link HMIP_2018_SCHEME}.
 * @returns A new frozen array of ratings, best first: one rating when the score lies within one band, all four
 *   when nothing is known, and empty for an inspection that rates no standards (Quality & Impact), which the
 *   scheme cannot grade.
 * @throws The errors of {@link scoreInspection}, with this function's name.
 * @example
 * ```ts
 * // The shipped dataset: West Yorkshire CRC 2019/20, with and without its published overall rating.
 * const wy = inspections.find((i) => i.id === "west-yorkshire-crc-2019-20")!;
 * possibleOverallRatings(wy);
 * //=> ["requires-improvement"]
 * possibleOverallRatings({ ...wy, overall: undefined });
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
 * possibleOverallRatings({ ...crc, standards: {}, partialCounts: [{ ratings: ["inadequate"], min: 6 }] });
 * //=> ["requires-improvement", "inadequate"]
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
  const fn = "possibleOverallRatings";
  return guard(fn, () => Object.freeze([...assess(inspection, checkScheme(scheme, fn), fn).overallRatings]));
}
