import { describe } from "../internal/describe.js";
import { NOT_RATED } from "../ratings/NOT_RATED.js";
import type { DatasetInspection } from "./dataset.js";
import { inspectionsOfProvider } from "./inspectionsOf.js";

/**
 * The latest inspection of one provider: the last of its timeline (see {@link inspectionsOf}), rated or not.
 * An inspection of a later round counts as later even when its publication date is unknown (Hampshire and
 * Isle of Wight CRC's cut-short 2019/20 inspection is its latest).
 *
 * @param providerId - A provider id or alias (see {@link getProvider}).
 * @param options - `rated: true` for the latest inspection HMI Probation rated (`overall` not `"not-rated"`; a rating
 *   given but not yet sourced, `undefined`, counts as rated), skipping Quality & Impact and cut-short ones.
 * @returns The provider's last inspection in time order, or `undefined` when it has none (or none rated).
 * @throws `TypeError` when `providerId` is not a string or `options` is not an object; `RangeError`, naming it,
 *   when no provider has that id or alias.
 * @example
 * ```ts
 * latestInspection("SWM")?.round;
 * //=> "2019/20"
 * latestInspection("HIOW")?.overall;
 * //=> "not-rated"
 * latestInspection("HIOW", { rated: true })?.round;
 * //=> "2018/19"
 * ```
 *
 * @category Data
 */
export function latestInspection(
  providerId: string,
  options: { readonly rated?: boolean | undefined } = {},
): DatasetInspection | undefined {
  const all = inspectionsOfProvider(providerId, "latestInspection");
  if (typeof options !== "object" || options === null) {
    throw new TypeError(`latestInspection: expected an options object, got ${describe(options)}`);
  }
  if (options.rated !== true) return all.at(-1);
  for (let i = all.length - 1; i >= 0; i--) {
    const inspection = all[i] as DatasetInspection;
    if (inspection.framework !== "quality-and-impact" && inspection.overall !== NOT_RATED) return inspection;
  }
  return undefined;
}
