// The objects the package returns, and reads back, that have optional keys (`exact`, `contradiction`, a date's
// `day`): an absent key must read as `undefined` even when a key of that name was added to Object.prototype. They
// are made on BARE, an empty frozen object with no prototype of its own, so no lookup reaches Object.prototype;
// `Object.create` of one shared prototype keeps them as fast to make and read as plain objects.
import type { ScoreRange } from "../scoring/types.js";

/** The prototype of the package's objects with optional keys. */
export const BARE: object = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.create(null));

/** A new frozen object on {@link BARE} with the own enumerable properties of `fields`. */
export function bare<T extends object>(fields: T): T {
  return Object.freeze(Object.assign(Object.create(BARE) as T, fields));
}

/** A frozen score range on {@link BARE}: `{ min, max }`, with `exact` when the two meet. */
export function scoreRange(min: number, max: number): ScoreRange {
  const range = Object.create(BARE) as { min: number; max: number; exact?: number };
  range.min = min;
  range.max = max;
  if (min === max) range.exact = min;
  return Object.freeze(range);
}
