import { describe } from "../internal/describe.js";
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
  return Object.freeze(inspections.filter((i) => i.providerId === provider.id));
}
