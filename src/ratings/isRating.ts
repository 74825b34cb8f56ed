import { RATINGS, type Rating } from "./RATINGS.js";

/**
 * Tells whether a value is one of the four rating keys in {@link RATINGS}.
 *
 * Only the exact keys count; use {@link parseRating} to read free-text wording.
 *
 * @param value - Anything.
 * @returns `true` when `value` is `"outstanding"`, `"good"`, `"requires-improvement"`
 *   or `"inadequate"`; `false` for everything else, including `undefined` and `null`.
 * @throws Never.
 * @example
 * ```ts
 * isRating("good");
 * //=> true
 * isRating("Good");
 * //=> false
 * ```
 *
 * @category Scale
 */
export function isRating(value: unknown): value is Rating {
  return typeof value === "string" && (RATINGS as readonly string[]).includes(value);
}
