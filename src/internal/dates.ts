import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { differenceInCalendarMonths } from "date-fns/differenceInCalendarMonths";
import type { PartialDate } from "./partialDate.js";

/** Time from `earlier` to `later`: days when both have day precision, calendar months otherwise. */
export interface Elapsed {
  readonly value: number;
  readonly unit: "days" | "calendar-months";
}

/**
 * The time between two partial dates, through date-fns. Day-precision pairs use `differenceInCalendarDays`;
 * otherwise `differenceInCalendarMonths`, which reads only the year and month, so the first of the month
 * stands in for a month-precision date without affecting the result.
 */
export function elapsedBetween(later: PartialDate, earlier: PartialDate): Elapsed {
  const toDate = (d: PartialDate): Date => new Date(d.year, d.month - 1, d.day ?? 1);
  if (later.day !== undefined && earlier.day !== undefined) {
    return Object.freeze({ value: differenceInCalendarDays(toDate(later), toDate(earlier)), unit: "days" });
  }
  return Object.freeze({
    value: differenceInCalendarMonths(toDate(later), toDate(earlier)),
    unit: "calendar-months",
  });
}
