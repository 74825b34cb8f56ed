/**
 * The four points of HMI Probation's rating scale, best first:
 * Outstanding, Good, Requires improvement, Inadequate.
 *
 * The order is part of the contract: `RATINGS.indexOf(r)` is 0 for the best
 * rating and 3 for the worst, and every function in this package that orders
 * ratings follows it. The array is frozen.
 *
 * @example
 * ```ts
 * RATINGS[0];
 * //=> "outstanding"
 * ```
 *
 * @category Scale
 */
export const RATINGS = /* @__PURE__ */ Object.freeze([
  "outstanding",
  "good",
  "requires-improvement",
  "inadequate",
] as const);

/**
 * A rating on HMI Probation's four-point scale, as a stable kebab-case key.
 * Use {@link ratingLabel} for HMI Probation's own wording.
 *
 * @category Scale
 */
export type Rating = (typeof RATINGS)[number];
