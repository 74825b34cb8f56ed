import { guard } from "../internal/args.js";
import { checkedScheme } from "../internal/scheme.js";
import type { Scheme } from "./Scheme.js";

/**
 * Checks that a value is a usable {@link Scheme}, such as one you wrote or loaded from JSON.
 *
 * The rules: `standardCount` is a positive integer up to 100; `points` gives every rating a non-negative integer
 * up to 1,000, more for a better rating (so no scheme makes a function hold a table of more than 100,000 scores); `bands` (in any order) cover every integer score from `standardCount × points.inadequate` to
 * `standardCount × points.outstanding` without gaps or overlaps, each band's `min ≤ max`, each rating at most
 * once, and a higher band never grades worse than a lower one; `caseThresholds` are listed best rating first, each
 * `min` within 0–100, strictly falling, the last one 0 so that every percentage gets a rating. `id` and
 * `provenance` are not checked. The functions that take a scheme run the same checks, except {@link gradeScore},
 * which takes only the built-in schemes and schemes returned by this function (so that importing it stays small).
 *
 * @param scheme - The would-be scheme. Not mutated.
 * @returns A deeply frozen copy of the scheme, marked as checked; the same object when it is already a checked
 *   scheme (the built-in ones, or one this function returned).
 * @throws `TypeError` when `scheme` or one of its parts has the wrong type; `RangeError` naming the first rule
 *   it breaks (a gap such as `bands leave 6–7 uncovered`, an overlap, thresholds out of order, …).
 * @example
 * ```ts
 * validateScheme(HMIP_2018_SCHEME) === HMIP_2018_SCHEME;
 * //=> true
 * const mine = validateScheme(JSON.parse(JSON.stringify(HMIP_2018_SCHEME)));
 * gradeScore(15, mine);
 * //=> "requires-improvement"
 * const gappy = { ...HMIP_2018_SCHEME, bands: HMIP_2018_SCHEME.bands.filter((b) => b.rating !== "good") };
 * (() => { try { return validateScheme(gappy); } catch (error) { return String(error); } })();
 * //=> "RangeError: validateScheme: bands leave 16–25 uncovered"
 * ```
 *
 * @category Schemes
 */
export function validateScheme(scheme: unknown): Scheme {
  return guard("validateScheme", () => checkedScheme(scheme, "validateScheme"));
}
