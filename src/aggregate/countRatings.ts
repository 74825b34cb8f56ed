import { guard, own, requireArray, requireOptions } from "../internal/args.js";
import { tally } from "../internal/tally.js";
import type { StandardId } from "../standards/catalogue.js";
import type { CountableInspection, RatingTally } from "./types.js";

const FN = "countRatings";

const readOptions = (options: unknown): { readonly standard: unknown; readonly owner: unknown } => {
  const given = requireOptions(options, FN, ["standard", "owner"]);
  return { standard: own(given, "standard"), owner: own(given, "owner") };
};

/**
 * Counts the overall ratings of some inspections, or their ratings of one standard.
 *
 * Every inspection is counted once, so the counts sum to `inspections.length` (to the number of that owner's
 * inspections with `owner`):
 * - without `standard`: its overall rating; `unknown` when `overall` is absent; `notRated` when it is `"not-rated"`
 *   (HMI Probation gave none, as for Quality & Impact inspections);
 * - with `standard`: its rating of that standard; `unknown` when the inspection rates the standard but the rating
 *   is not known (rating counts do not say which standard got which rating, so they do not help);
 *   `notRated` when the inspection's framework does not rate it for its kind of provider (unpaid work for an NPS
 *   division, anything for Quality & Impact).
 *
 * @param inspections - Inspections (see {@link CountableInspection}). Not mutated.
 * @param options - `standard`: a standard key from {@link STANDARD_IDS}, to count that standard's ratings;
 *   `owner`: an owner id (see the package's `owners`), to count only inspections whose `owner` is that id
 *   (inspections whose owner is unknown are not counted).
 * @returns A new frozen {@link RatingTally}: all four ratings, `unknown` and `notRated`, zeros included
 *   (all zero for `[]`).
 * @throws `TypeError` when `inspections` is not an array (an array-like is not one: `Array.from` it) or holds a
 *   non-object (a hole in a sparse array included: every item counts), or when `options` is not an object or
 *   `options.owner` is not a non-empty string;
 *   `RangeError` naming an unknown option or `standard`, an inspection's unknown framework, kind or round (with
 *   `standard`) or a value that is not a rating key, or an array of more than 1,048,576 items. Fields are read
 *   as own properties only, never inherited.
 * @example
 * ```ts
 * // The shipped dataset: HMI Probation's first round, all 21 CRCs and 7 NPS divisions.
 * countRatings(inspections.filter((i) => i.round === "2018/19"));
 * //=> { outstanding: 0, good: 6, "requires-improvement": 21, inadequate: 1, unknown: 0, notRated: 0 }
 * ```
 *
 * @example
 * ```ts
 * const crc = { framework: "hmip-2018", providerKind: "crc", round: "2018/19" } as const;
 * const some = [
 *   { ...crc, overall: "good", standards: { leadership: "good" } },
 *   { ...crc, overall: "requires-improvement", standards: {} },
 *   { ...crc, standards: { leadership: "inadequate" } },
 * ] as const;
 * countRatings(some);
 * //=> { outstanding: 0, good: 1, "requires-improvement": 1, inadequate: 0, unknown: 1, notRated: 0 }
 * countRatings(some, { standard: "leadership" }).inadequate;
 * //=> 1
 * ```
 *
 * @example
 * ```ts
 * // The shipped dataset: the overall ratings of the CRCs Purple Futures owned, in the round of 2019/20.
 * countRatings(inspections.filter((i) => i.round === "2019/20"), { owner: "purple-futures" });
 * //=> { outstanding: 0, good: 0, "requires-improvement": 3, inadequate: 0, unknown: 0, notRated: 1 }
 * ```
 *
 * @category Aggregation
 */
export function countRatings(
  inspections: readonly CountableInspection[],
  options: { readonly standard?: StandardId | undefined; readonly owner?: string | undefined } = {},
): RatingTally {
  return guard(FN, () => {
    const list = requireArray(inspections, FN, "inspections");
    const { standard, owner } = readOptions(options);
    return tally(list, standard, FN, owner);
  });
}
