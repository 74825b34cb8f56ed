// Dates of day or month precision, without zod or date-fns: shared by the schema and the functions.
import { BARE } from "./result.js";

/** A date of day or month precision, parsed. `day` is absent for a month-precision date. */
export interface PartialDate {
  readonly year: number;
  readonly month: number;
  readonly day?: number;
}

/**
 * Parses `"YYYY-MM-DD"` or `"YYYY-MM"` from the year 2000 on (as the schema; `Date` would also read years 0–99 as
 * 1900–1999); `undefined` for anything else. The result is made on BARE, so an absent `day` reads as `undefined`
 * whatever Object.prototype holds.
 */
export function parsePartialDate(value: unknown): PartialDate | undefined {
  if (typeof value !== "string") return undefined;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < 2000 || month < 1 || month > 12) return undefined;
  const parsed = Object.create(BARE) as { year: number; month: number; day?: number };
  parsed.year = year;
  parsed.month = month;
  if (m[3] !== undefined) {
    const day = Number(m[3]);
    const date = new Date(year, month - 1, day);
    if (date.getMonth() !== month - 1 || day < 1) return undefined;
    parsed.day = day;
  }
  return Object.freeze(parsed);
}

/**
 * Compares two partial dates at the precision they share: `-1`, `0` or `1`. Two dates in the same month, one
 * of them of month precision, compare as `0` (it cannot be told which came first).
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): -1 | 0 | 1 {
  const months = a.year * 12 + a.month - (b.year * 12 + b.month);
  if (months !== 0) return months < 0 ? -1 : 1;
  if (a.day === undefined || b.day === undefined) return 0;
  return a.day < b.day ? -1 : a.day > b.day ? 1 : 0;
}
