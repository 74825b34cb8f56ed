import { guard, own } from "../internal/args.js";
import { compareChronologically, publishedOf } from "../internal/chronology.js";
import { elapsedBetween } from "../internal/dates.js";
import { describe } from "../internal/describe.js";
import { ratingDirection, scoreDirection } from "../internal/direction.js";
import { assess, toScore } from "../internal/evidence.js";
import { requireRecord, standardsOf } from "../internal/inspection.js";
import { scoreRange } from "../internal/result.js";
import { checkScheme } from "../internal/scheme.js";
import { HMIP_2018_SCHEME } from "../ratings/HMIP_2018_SCHEME.js";
import type { NotRated } from "../ratings/NOT_RATED.js";
import type { Rating } from "../ratings/RATINGS.js";
import type { Scheme } from "../ratings/Scheme.js";
import type { ScoreRange } from "../scoring/types.js";
import { STANDARD_IDS } from "../standards/catalogue.js";
import type { DeltaInspection, Elapsed, InspectionDelta, StandardChange } from "./types.js";

const FN = "inspectionDelta";

/**
 * What changed between two inspections of the same provider: the overall rating, each standard, the score (as an
 * interval) and the time between the publications. Later first, like date-fns: `inspectionDelta(later, earlier)`.
 *
 * The rules:
 * - Direction: a better rating is `"improved"`, a worse one `"declined"`; `"unknown"` when either rating is
 *   unknown (absent) or not given (`"not-rated"`).
 * - Standards: one entry for each standard either inspection's framework rates, in report order.
 * - Score: each side as {@link scoreInspection} gives it from all the evidence (the published overall rating
 *   included, so two Requires improvement inspections with no known standards are each 6–15 under the default
 *   scheme); the change is the difference of those ranges, from `later.min − earlier.max` to
 *   `later.max − earlier.min` (−9 to +9 for that pair), with `exact` only when both are determined; `undefined`
 *   when either rates no standards.
 * - Time: with date-fns, in both units, always: `days` (a `{ min, max }` range that has `exact` when both
 *   `published` dates have day precision; a month-precision date spans its month and is never given a made-up
 *   day) and `calendarMonths` (exact at either precision), with the coarser `precision` of the two dates;
 *   `undefined` when either date is unknown.
 * - Each delta carries the provider's kind and both inspections' rounds, so rows can be filtered as they are.
 * - Which is later: by publication date where both are known and differ at the precision they share; else by
 *   round (a Quality & Impact inspection before 2018/19 before 2019/20).
 *
 * The result is a new, frozen object.
 *
 * @param later - The later inspection (see {@link DeltaInspection} for the fields read). Not mutated.
 * @param earlier - The earlier inspection of the same provider. Not mutated.
 * @param scheme - Points for the score; defaults to {@link HMIP_2018_SCHEME}.
 * @returns The {@link InspectionDelta}.
 * @throws `TypeError` when either argument is not an object; `RangeError` when they are of different providers
 *   (both ids named), when `later` is not later than `earlier` (including the same inspection twice or two that
 *   cannot be told apart), when a `published` date is malformed, and for the errors of {@link scoreInspection}.
 * @example
 * ```ts
 * // The shipped dataset: West Yorkshire CRC, 2019/20 against 2018/19.
 * const [earlier, later] = inspectionsOf("west-yorkshire-crc");
 * const wy = inspectionDelta(later!, earlier!);
 * wy.overall;
 * //=> { from: "requires-improvement", to: "requires-improvement", direction: "unchanged" }
 * wy.score.change;
 * //=> { min: -9, max: 9 }
 * wy.elapsed;
 * //=> { days: { min: 487, max: 517 }, calendarMonths: 17, precision: "month" }
 * ```
 *
 * @example
 * ```ts
 * const base = { providerId: "x-crc", framework: "hmip-2018", providerKind: "crc" } as const;
 * const first = { ...base, id: "x-crc-2018-19", round: "2018/19", published: "2018-10-31",
 *   overall: "requires-improvement", standards: { leadership: "requires-improvement" } } as const;
 * const second = { ...base, id: "x-crc-2019-20", round: "2019/20", published: "2020-03",
 *   overall: "good", standards: { leadership: "good" } } as const;
 * const delta = inspectionDelta(second, first);
 * delta.overall;
 * //=> { from: "requires-improvement", to: "good", direction: "improved" }
 * delta.standards[0];
 * //=> { standard: "leadership", from: "requires-improvement", to: "good", direction: "improved" }
 * delta.score.change;
 * //=> { min: 1, max: 19 }
 * delta.elapsed;
 * //=> { days: { min: 487, max: 517 }, calendarMonths: 17, precision: "month" }
 * ```
 *
 * @category Deltas
 */
export function inspectionDelta(
  later: DeltaInspection,
  earlier: DeltaInspection,
  scheme: Scheme = HMIP_2018_SCHEME,
): InspectionDelta {
  return guard(FN, () => unguardedInspectionDelta(later, earlier, scheme));
}

function unguardedInspectionDelta(
  later: DeltaInspection,
  earlier: DeltaInspection,
  scheme: Scheme,
): InspectionDelta {
  const checked = checkScheme(scheme, FN);
  requireRecord(later, FN, "later");
  requireRecord(earlier, FN, "earlier");
  // Own properties only: a polluted Object.prototype changes nothing.
  const providerId = own(later, "providerId") as string;
  const laterId = own(later, "id") as string;
  const earlierId = own(earlier, "id") as string;
  if (providerId !== own(earlier, "providerId")) {
    throw new RangeError(
      `${FN}: ${describe(laterId)} and ${describe(earlierId)} are inspections of different providers (${describe(providerId)}, ${describe(own(earlier, "providerId"))})`,
    );
  }
  if (laterId === earlierId || compareChronologically(later, earlier, FN) <= 0) {
    throw new RangeError(
      `${FN}: later ${describe(laterId)} is not later than earlier ${describe(earlierId)}`,
    );
  }
  const to = toScore(assess(later, checked, FN, "later"));
  const from = toScore(assess(earlier, checked, FN, "earlier"));
  let change: ScoreRange | undefined;
  if (to.total > 0 && from.total > 0) {
    const min = to.min - from.max;
    const max = to.max - from.min;
    // Exact exactly when both scores are: min and max meet then.
    change = scoreRange(min, max);
  }
  const rated = new Set([...standardsOf(later, FN), ...standardsOf(earlier, FN)]);
  const standards: StandardChange[] = STANDARD_IDS.filter((id) => rated.has(id)).map((standard) => {
    // scoreOf has checked that both standards are objects of ratings.
    const a = own(own(earlier, "standards") as object, standard) as Rating | undefined;
    const b = own(own(later, "standards") as object, standard) as Rating | undefined;
    return Object.freeze({ standard, from: a, to: b, direction: ratingDirection(b, a) });
  });
  const dateTo = publishedOf(later, FN);
  const dateFrom = publishedOf(earlier, FN);
  const elapsed: Elapsed | undefined =
    dateTo !== undefined && dateFrom !== undefined ? elapsedBetween(dateTo, dateFrom) : undefined;
  const overallFrom = own(earlier, "overall") as Rating | NotRated | undefined;
  const overallTo = own(later, "overall") as Rating | NotRated | undefined;
  return Object.freeze({
    providerId,
    providerKind: own(later, "providerKind") as InspectionDelta["providerKind"],
    laterId,
    earlierId,
    laterRound: own(later, "round") as InspectionDelta["laterRound"],
    earlierRound: own(earlier, "round") as InspectionDelta["earlierRound"],
    overall: Object.freeze({
      from: overallFrom,
      to: overallTo,
      direction: ratingDirection(overallTo, overallFrom),
    }),
    standards: Object.freeze(standards),
    score: Object.freeze({ from, to, change, direction: scoreDirection(change) }),
    elapsed,
  });
}
