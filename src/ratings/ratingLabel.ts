import { describe } from "../internal/describe.js";
import { isRating } from "./isRating.js";
import type { Rating } from "./RATINGS.js";

const LABELS: Readonly<Record<Rating, string>> = /* @__PURE__ */ Object.freeze({
  outstanding: "Outstanding",
  good: "Good",
  "requires-improvement": "Requires improvement",
  inadequate: "Inadequate",
});

/**
 * Returns HMI Probation's own wording for a rating, for display and CSV.
 *
 * @param rating - A rating key from {@link RATINGS}.
 * @returns `"Outstanding"`, `"Good"`, `"Requires improvement"` or `"Inadequate"`.
 * @throws `TypeError` when `rating` is not a string, `RangeError` when it is a string
 *   that is not a rating key (use {@link parseRating} to read free text).
 * @example
 * ```ts
 * ratingLabel("requires-improvement");
 * //=> "Requires improvement"
 * ```
 *
 * @category Scale
 */
export function ratingLabel(rating: Rating): string {
  if (typeof rating !== "string") {
    throw new TypeError(`ratingLabel: expected a rating key, got ${describe(rating)}`);
  }
  if (!isRating(rating)) {
    throw new RangeError(
      `ratingLabel: ${describe(rating)} is not a rating key (outstanding, good, requires-improvement, inadequate)`,
    );
  }
  return LABELS[rating];
}
