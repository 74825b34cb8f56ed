import { ROUNDS } from "../standards/catalogue.js";
import { own } from "./args.js";
import { describe, describeId } from "./describe.js";
import { comparePartialDates, type PartialDate, parsePartialDate } from "./partialDate.js";

/** The fields that place an inspection in time. */
export interface Dated {
  readonly id?: string;
  readonly round: string | null;
  readonly published?: string | undefined;
}

/** A round's place in time: its index in ROUNDS; -1 for no round (Quality & Impact) or one not in ROUNDS. */
export function roundIndex(round: string | null): number {
  return round === null ? -1 : (ROUNDS as readonly string[]).indexOf(round);
}

/** A record's publication date, parsed; `undefined` when absent; a RangeError labelled `fn` when malformed. */
export function publishedOf(record: Dated, fn: string): PartialDate | undefined {
  const published = own(record, "published");
  if (published === undefined) return undefined;
  const date = parsePartialDate(published);
  if (date === undefined) {
    const id = own(record, "id");
    throw new RangeError(
      `${fn}: ${id === undefined ? "an inspection" : describeId(id)}'s published ${describe(published)} is not a YYYY-MM-DD or YYYY-MM date from 2000 on`,
    );
  }
  return date;
}

/**
 * Orders two inspections in time: by publication date where both are known and differ at the precision they
 * share, else by round (no round, as in Quality & Impact inspections, before 2018/19, before 2019/20, before
 * 2020/21).
 * `0` when they cannot be told apart.
 */
export function compareChronologically(a: Dated, b: Dated, fn: string): -1 | 0 | 1 {
  return comparePlaces(placeInTime(a, fn), placeInTime(b, fn));
}

/** What places a record in time, read and parsed once: its publication date and its round's index. */
export interface Place {
  readonly date: PartialDate | undefined;
  readonly round: number;
}

/** A record's {@link Place}; a RangeError labelled `fn` when its date is malformed. */
export function placeInTime(record: Dated, fn: string): Place {
  return { date: publishedOf(record, fn), round: roundIndex(own(record, "round") as string | null) };
}

/** {@link compareChronologically} on places read beforehand (so a sort parses no date). */
export function comparePlaces(a: Place, b: Place): -1 | 0 | 1 {
  if (a.date !== undefined && b.date !== undefined) {
    const c = comparePartialDates(a.date, b.date);
    if (c !== 0) return c;
  }
  return a.round < b.round ? -1 : a.round > b.round ? 1 : 0;
}

/** The fields that place an inspection on a provider's timeline. */
export interface Placed {
  readonly id: string;
  readonly round: string | null;
  readonly published?: string | undefined;
}

/**
 * A total order for timelines: by round (Quality & Impact inspections, which have none, first; then 2018/19,
 * 2019/20, 2020/21), then by publication date within a round (a month-precision date before the days of that
 * month; an unknown date last), then by id. It needs no date parsing beyond ISO 8601 string order, which is
 * date order for the schema's `YYYY-MM` and `YYYY-MM-DD` forms, so it also orders records whose dates
 * `compareChronologically` cannot tell apart.
 */
export function compareTimeline(a: Placed, b: Placed): number {
  const r = roundIndex(a.round) - roundIndex(b.round);
  if (r !== 0) return r;
  const pa = a.published ?? "9999";
  const pb = b.published ?? "9999";
  if (pa !== pb) return pa < pb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
