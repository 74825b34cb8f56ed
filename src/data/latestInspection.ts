import type { DatasetInspection } from "./dataset.js";
import { inspectionsOfProvider } from "./inspectionsOf.js";

/**
 * The most recently published inspection of one provider.
 *
 * @param providerId - A provider id or alias (see {@link getProvider}).
 * @returns The provider's last inspection in publication order, or `undefined` when it has none.
 * @throws `TypeError` when `providerId` is not a string; `RangeError`, naming it, when no
 *   provider has that id or alias.
 * @example
 * ```ts
 * latestInspection("SWM")?.round;
 * //=> "2019/20"
 * ```
 *
 * @category Data
 */
export function latestInspection(providerId: string): DatasetInspection | undefined {
  return inspectionsOfProvider(providerId, "latestInspection").at(-1);
}
