import { compareTimeline } from "../internal/chronology.js";
import { describe } from "../internal/describe.js";
import { type DatasetInspection, inspections } from "./dataset.js";
import { getProvider } from "./getProvider.js";

/**
 * A provider's timeline: every inspection of it, rated or not, oldest first.
 *
 * The order: Quality & Impact area inspections (2016–2018, unrated, `round: null`) first, then the rated
 * rounds in turn (2018/19, 2019/20, 2020/21); within a round by publication date, a month-precision date
 * (`"2019-10"`) before the days of that month and an unknown date last; then by id. Unrated inspections
 * (Quality & Impact, or a rated-round inspection HMI Probation did not rate, `overall: "not-rated"`) keep their
 * place in time: filter them out yourself (`.filter((i) => i.overall !== "not-rated")`) for rated ones only.
 *
 * @param providerId - A provider id or alias (see {@link getProvider}).
 * @returns The provider's inspections, possibly none; a new frozen array.
 * @throws `TypeError` when `providerId` is not a string; `RangeError`, naming it, when no
 *   provider has that id or alias.
 * @example
 * ```ts
 * inspectionsOf("west-yorkshire-crc").map((i) => i.round);
 * //=> ["2018/19", "2019/20"]
 * inspectionsOf("london-crc").map((i) => [i.round, i.published]);
 * //=> [[null, "2016-12-15"], [null, "2018-03"], ["2018/19", "2019-08"]]
 * ```
 *
 * @category Data
 */
export function inspectionsOf(providerId: string): readonly DatasetInspection[] {
  return inspectionsOfProvider(providerId, "inspectionsOf");
}

/** {@link inspectionsOf}, with errors naming `fn`, the function the user called. @internal */
export function inspectionsOfProvider(providerId: string, fn: string): readonly DatasetInspection[] {
  if (typeof providerId !== "string") {
    throw new TypeError(`${fn}: expected a provider id, got ${describe(providerId)}`);
  }
  const provider = getProvider(providerId);
  if (provider === undefined) {
    throw new RangeError(`${fn}: no provider has the id or alias ${describe(providerId)}`);
  }
  return Object.freeze(inspections.filter((i) => i.providerId === provider.id).sort(compareTimeline));
}
