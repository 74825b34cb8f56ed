import { guard, own } from "../internal/args.js";
import { assess } from "../internal/evidence.js";
import { checkScheme } from "../internal/scheme.js";
import { HMIP_2018_SCHEME } from "../ratings/HMIP_2018_SCHEME.js";
import type { Rating } from "../ratings/RATINGS.js";
import type { Scheme } from "../ratings/Scheme.js";
import type { StandardId } from "../standards/catalogue.js";
import type { ScorableInspection } from "./types.js";

/**
 * What each of an inspection's standards can still be, given all the evidence {@link scoreInspection} reads: a
 * known standard keeps its rating; an unknown one gets every rating it takes in some assignment that meets the
 * standards, rating counts, partial counts and the published overall rating's band under the scheme. Once counts
 * say "no Inadequate", no unknown standard can be Inadequate; once the overall rating is Outstanding, few can be.
 *
 * The unknown standards are interchangeable to the evidence (every count is of ratings, not of named standards),
 * so they all get the same list. When the overall rating contradicts the rest of the evidence (see
 * `scoreInspection(…).contradiction`), the lists follow the rest.
 *
 * @param inspection - An `Inspection` (from `crc-inspections/schema`), or any object with the fields
 *   {@link scoreInspection} reads. Not mutated.
 * @param scheme - The scheme for the overall rating's band; defaults to {@link HMIP_2018_SCHEME}.
 * @returns A new frozen object with one entry per standard the framework rates, in report order, each a frozen
 *   array of ratings, best first; `{}` for an inspection that rates no standards (Quality & Impact).
 * @throws The errors of {@link scoreInspection}, with this function's name.
 * @example
 * ```ts
 * const crc = { framework: "hmip-2018", providerKind: "crc", round: "2019/20" } as const;
 * const possible = possibleStandardRatings({ ...crc, overall: "outstanding",
 *   standards: { leadership: "good", staff: "good", services: "good" } });
 * possible.leadership;
 * //=> ["good"]
 * possible.assessment;
 * //=> ["outstanding", "good"]
 * possibleStandardRatings({ ...crc, standards: {},
 *   ratingCounts: { outstanding: 0, good: 5, "requires-improvement": 5, inadequate: 0 } }).reviewing;
 * //=> ["good", "requires-improvement"]
 * ```
 *
 * @category Scoring
 */
export function possibleStandardRatings(
  inspection: ScorableInspection,
  scheme: Scheme = HMIP_2018_SCHEME,
): Readonly<Partial<Record<StandardId, readonly Rating[]>>> {
  const fn = "possibleStandardRatings";
  return guard(fn, () => {
    const a = assess(inspection, checkScheme(scheme, fn), fn);
    const standards = own(inspection, "standards") as object;
    const out: Partial<Record<StandardId, readonly Rating[]>> = {};
    for (const id of a.standards) {
      const rating = own(standards, id) as Rating | undefined;
      out[id] = rating === undefined ? a.unknownRatings : Object.freeze([rating]);
    }
    return Object.freeze(out);
  });
}
