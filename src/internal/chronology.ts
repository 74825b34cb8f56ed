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
      `${fn}: ${id === undefined ? "an inspection" : describeId(id)}'s published ${describe(published)} is not a YYYY-MM-DD or YYYY-MM date`,
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
  const da = publishedOf(a, fn);
  const db = publishedOf(b, fn);
  if (da !== undefined && db !== undefined) {
    const c = comparePartialDates(da, db);
    if (c !== 0) return c;
  }
  const ra = roundIndex(own(a, "round") as string | null);
  const rb = roundIndex(own(b, "round") as string | null);
  return ra < rb ? -1 : ra > rb ? 1 : 0;
}
