import { guard, own, requireOptions } from "../internal/args.js";
import { describe } from "../internal/describe.js";
import { NOT_RATED } from "../ratings/NOT_RATED.js";
import type { DatasetInspection } from "./dataset.js";
import { inspectionsOfProvider } from "./inspectionsOf.js";

const FN = "latestInspection";

/**
 * The latest inspection of one provider: the last of its timeline (see {@link inspectionsOf}), rated or not.
 * An inspection of a later round counts as later even when its publication date is unknown (Hampshire and
 * Isle of Wight CRC's cut-short 2019/20 inspection is its latest).
 *
 * @param providerId - A provider id or alias (see {@link getProvider}).
 * @param options - `rated: true` for the latest inspection HMI Probation rated (`overall` not `"not-rated"`; a rating
 *   given but not yet sourced, `undefined`, counts as rated), skipping Quality & Impact and cut-short ones.
 * @returns The provider's last inspection in time order, or `undefined` when it has none (or none rated).
 * @throws `TypeError` when `providerId` is not a string, `options` is not an object (an array is not one) or
 *   `options.rated` is not a boolean; `RangeError` naming an unknown option, or when no provider has that id or
 *   alias.
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
  return guard(FN, () => {
    const all = inspectionsOfProvider(providerId, FN);
    // Checked like every options object: unknown keys and wrong types are errors, and only own keys are read.
    const rated = own(requireOptions(options, FN, ["rated"]), "rated");
    if (rated !== undefined && typeof rated !== "boolean") {
      throw new TypeError(`${FN}: options.rated must be true or false, got ${describe(rated)}`);
    }
    return rated === true ? latestRated(all) : all.at(-1);
  });
}

/** The last inspection of a timeline that HMI Probation rated, or undefined. */
function latestRated(all: readonly DatasetInspection[]): DatasetInspection | undefined {
  for (let i = all.length - 1; i >= 0; i--) {
    const inspection = all[i] as DatasetInspection;
    if (inspection.framework !== "quality-and-impact" && inspection.overall !== NOT_RATED) return inspection;
  }
  return undefined;
}
