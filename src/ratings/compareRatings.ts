import { describe } from "../internal/describe.js";
import { RATINGS, type Rating } from "./RATINGS.js";

/**
 * Compares two ratings, best first, for use with `Array.prototype.sort`.
 *
 * @param a - A rating key.
 * @param b - A rating key.
 * @returns `-1` when `a` is better than `b`, `1` when it is worse, `0` when they are equal,
 *   so sorting with it puts Outstanding first (the order of {@link RATINGS}).
 * @throws `RangeError`, naming the value, when either argument is not a rating key.
 * @example
 * ```ts
 * ["inadequate", "good", "outstanding"].sort(compareRatings);
 * //=> ["outstanding", "good", "inadequate"]
 * compareRatings("good", "requires-improvement");
 * //=> -1
 * ```
 *
 * @category Scale
 */
export function compareRatings(a: Rating, b: Rating): -1 | 0 | 1 {
  const i = RATINGS.indexOf(a);
  const j = RATINGS.indexOf(b);
  if (i < 0) throw new RangeError(`compareRatings: ${describe(a)} is not a rating key`);
  if (j < 0) throw new RangeError(`compareRatings: ${describe(b)} is not a rating key`);
  return i < j ? -1 : i > j ? 1 : 0;
}
