import { type DatasetInspection, inspections } from "./dataset.js";
import { getProvider } from "./getProvider.js";

/**
 * The inspections of one provider, oldest first (the dataset's publication order).
 *
 * @param providerId - A provider id or alias (see {@link getProvider}).
 * @returns The provider's inspections, possibly none; a new frozen array.
 * @throws `TypeError` when `providerId` is not a string; `RangeError`, naming it, when no
 *   provider has that id or alias.
 * @example
 * ```ts
 * inspectionsOf("west-yorkshire-crc").map((i) => i.round);
 * //=> ["2018/19", "2019/20"]
 * ```
 *
 * @category Data
 */
export function inspectionsOf(providerId: string): readonly DatasetInspection[] {
  if (typeof providerId !== "string") {
    throw new TypeError(`inspectionsOf: expected a provider id, got ${typeof providerId}`);
  }
  const provider = getProvider(providerId);
  if (provider === undefined) {
    throw new RangeError(`inspectionsOf: no provider has the id or alias ${JSON.stringify(providerId)}`);
  }
  return Object.freeze(inspections.filter((i) => i.providerId === provider.id));
}
