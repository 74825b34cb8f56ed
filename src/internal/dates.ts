import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { differenceInCalendarMonths } from "date-fns/differenceInCalendarMonths";
import type { PartialDate } from "./partialDate.js";
import { scoreRange } from "./result.js";

/** Time from `earlier` to `later` in days (a range when a date has month precision) and in calendar months. */
export interface Elapsed {
  readonly days: { readonly min: number; readonly max: number; readonly exact?: number };
  readonly calendarMonths: number;
  readonly precision: "day" | "month";
}

/**
 * The time between two partial dates, through date-fns. Days with `differenceInCalendarDays`: one number when both
 * dates have day precision, else the range from the latest to the earliest days the months allow (a month-precision
 * date is never given a made-up day). Calendar months with `differenceInCalendarMonths`, which reads only the year
 * and month, so it is exact at either precision. `precision` is the coarser of the two dates'.
 */
export function elapsedBetween(later: PartialDate, earlier: PartialDate): Elapsed {
  const first = (d: PartialDate): Date => new Date(d.year, d.month - 1, d.day ?? 1);
  // Day 0 of the next month is the last day of this one.
  const last = (d: PartialDate): Date =>
    new Date(d.year, d.month - (d.day === undefined ? 0 : 1), d.day ?? 0);
  const min = differenceInCalendarDays(first(later), last(earlier));
  const max = differenceInCalendarDays(last(later), first(earlier));
  return Object.freeze({
    days: scoreRange(min, max),
    calendarMonths: differenceInCalendarMonths(first(later), first(earlier)),
    precision: later.day !== undefined && earlier.day !== undefined ? "day" : "month",
  });
}
