import { guard, own, requireArray } from "../internal/args.js";
import { describe } from "../internal/describe.js";
import { standardsOf } from "../internal/inspection.js";
import { ratingIndex } from "../internal/ratingIndex.js";
import { emptyTally, itemAt, type MutableTally, overallSlot, standardsObject } from "../internal/tally.js";
import { RATINGS, type Rating } from "../ratings/RATINGS.js";
import { PROVIDER_KINDS, ROUNDS, STANDARD_IDS, type StandardId } from "../standards/catalogue.js";
import type { CountableInspection, RatingDistributionRow, RatingGroupBy } from "./types.js";

const FN = "ratingDistribution";
const GROUP_BYS: readonly RatingGroupBy[] = ["round", "kind", "owner", "standard"];

const compareGroups =
  (order: readonly string[]) =>
  (a: string | null, b: string | null): number => {
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    const i = order.indexOf(a);
    const j = order.indexOf(b);
    if (i !== j) return (i < 0 ? order.length : i) - (j < 0 ? order.length : j);
    return a < b ? -1 : a > b ? 1 : 0;
  };

/**
 * Counts ratings by group: overall ratings by round, by kind of provider or by owner, or each standard's ratings.
 *
 * Each group's counts are {@link countRatings} of its inspections, so they have every rating (zeros included),
 * `unknown` and `notRated`. The groups:
 * - `"round"`: one per round present, in time order (`"2018/19"`, `"2019/20"`, `"2020/21"`), then `null` for inspections with no round
 *   (Quality & Impact);
 * - `"kind"`: one per provider kind present, `"crc"` then `"nps"`;
 * - `"owner"`: one per `owner` id present, by code-unit order of the id (the same in every locale), then `null`
 *   for inspections whose owner is not known;
 * - `"standard"`: one per standard that at least one inspection's framework rates, in report order, each
 *   counting that standard's ratings over all the inspections (so an NPS division counts as `notRated` for unpaid
 *   work). Here every group sums to `inspections.length`; for the other groupings the groups together do.
 *
 * @param inspections - Inspections (see {@link CountableInspection}). Not mutated.
 * @param groupBy - `"round"`, `"kind"`, `"owner"` or `"standard"`.
 * @returns A new frozen array of frozen rows `{ group, outstanding, good, "requires-improvement", inadequate,
 *   unknown, notRated }`; empty for `[]`.
 * @throws `TypeError` when `inspections` is not an array or holds a non-object (a hole in a sparse array
 *   included), or an `owner` that is not a string; `RangeError` naming an unknown `groupBy`, an inspection's
 *   unknown round or kind (when grouping by it), and the errors of {@link countRatings}. Fields are read as own
 *   properties only.
 * @example
 * ```ts
 * // The shipped dataset: the first round's overall ratings, CRCs against NPS divisions.
 * ratingDistribution(inspections.filter((i) => i.round === "2018/19"), "kind")
 *   .map((row) => [row.group, row.good, row["requires-improvement"], row.inadequate]);
 * //=> [["crc", 1, 19, 1], ["nps", 5, 2, 0]]
 * ```
 *
 * @example
 * ```ts
 * const crc = { framework: "hmip-2018", providerKind: "crc", standards: {} } as const;
 * ratingDistribution([
 *   { ...crc, round: "2019/20", overall: "good" },
 *   { ...crc, round: "2018/19", overall: "requires-improvement" },
 *   { ...crc, round: "2019/20", overall: "good" },
 * ], "round").map((row) => [row.group, row.good, row["requires-improvement"]]);
 * //=> [["2018/19", 0, 1], ["2019/20", 2, 0]]
 * ```
 *
 * @category Aggregation
 */
export function ratingDistribution(
  inspections: readonly CountableInspection[],
  groupBy: RatingGroupBy,
): readonly RatingDistributionRow[] {
  return guard(FN, () => {
    const list = requireArray(inspections, FN, "inspections");
    if (!GROUP_BYS.includes(groupBy)) {
      throw new RangeError(`${FN}: cannot group by ${describe(groupBy)} (expected ${GROUP_BYS.join(", ")})`);
    }
    return Object.freeze(groupBy === "standard" ? byStandard(list) : byGroup(list, groupBy));
  });
}

/** Slots of a tally by index: the four ratings best first, then unknown, then not rated. */
type Slot = Rating | "unknown" | "notRated";
// concat, not a spread: a bundler cannot prove a spread free of side effects, so it would keep this line (and what
// it reads) in every bundle of the root entry, gradeScore's included.
const SLOTS: readonly Slot[] = /* @__PURE__ */ (RATINGS as readonly Slot[]).concat(["unknown", "notRated"]);
const UNKNOWN = 4;
const NOT_RATED = 5;

/** Where an edition's standards sit in STANDARD_IDS, by index; cached per (frozen) list from `standardsOf`. */
const hop = Object.prototype.hasOwnProperty;

/** For an edition's standards list: each standard's index in STANDARD_IDS, by key (a prototype-free lookup). */
const positions = new WeakMap<readonly StandardId[], Readonly<Record<string, number>>>();
const positionsOf = (rated: readonly StandardId[]): Readonly<Record<string, number>> => {
  let found = positions.get(rated);
  if (found === undefined) {
    const made: Record<string, number> = Object.create(null);
    for (const id of rated) made[id] = STANDARD_IDS.indexOf(id);
    found = made;
    positions.set(rated, found);
  }
  return found;
};

/** The slot of a rating value, or -1 for `undefined` (unknown); throws for anything else. */
function ratingSlot(value: unknown, id: string, i: number): number {
  const slot = ratingIndex(value);
  if (slot >= 0 || value === undefined) return slot;
  throw new RangeError(
    value === null
      ? `${FN}: inspections[${i}].standards.${id} is null, not a rating key`
      : `${FN}: inspections[${i}].standards.${id} ${describe(value)} is not a rating key`,
  );
}

// One pass over the records, visiting only the standards each record has (its own keys that its edition rates):
// a standard's unknown count is then the records of the editions that rate it less its known ratings, and its
// notRated the records of the editions that do not. Visiting every standard of the edition instead cost a lookup
// per unknown standard, about a fifth more on records like the shipped ones (issue 21's held-out benchmark).
function byStandard(list: readonly unknown[]): RatingDistributionRow[] {
  const width = SLOTS.length;
  const counts = new Float64Array(STANDARD_IDS.length * width);
  // The editions met (their standards lists from standardsOf) and how many records each had.
  const lists: (readonly StandardId[])[] = [];
  const records: number[] = [];
  let last = -1;
  let at: Readonly<Record<string, number>> = positionsOf([]);
  const n = list.length;
  for (let i = 0; i < n; i++) {
    const inspection = itemAt(list, i, FN);
    const rated = standardsOf(inspection, FN);
    if (last < 0 || lists[last] !== rated) {
      last = lists.indexOf(rated);
      if (last < 0) {
        last = lists.length;
        lists.push(rated);
        records.push(0);
      }
      at = positionsOf(rated);
    }
    records[last] = (records[last] as number) + 1;
    if (rated.length === 0) continue;
    const standards = standardsObject(inspection, FN, i) as Record<string, unknown>;
    for (const key in standards) {
      const j = at[key];
      if (j === undefined || !hop.call(standards, key)) continue;
      const slot = ratingSlot(standards[key], key, i);
      if (slot >= 0) counts[j * width + slot] = (counts[j * width + slot] as number) + 1;
    }
  }
  const rows: RatingDistributionRow[] = [];
  STANDARD_IDS.forEach((standard, j) => {
    let ratedBy = 0;
    let editions = 0;
    for (let e = 0; e < lists.length; e++) {
      if ((lists[e] as readonly StandardId[]).includes(standard)) {
        ratedBy += records[e] as number;
        editions++;
      }
    }
    if (editions === 0) return;
    let known = 0;
    for (let k = 0; k < UNKNOWN; k++) known += counts[j * width + k] as number;
    counts[j * width + UNKNOWN] = ratedBy - known;
    counts[j * width + NOT_RATED] = n - ratedBy;
    const row: Record<string, unknown> = { group: standard };
    SLOTS.forEach((slot, k) => {
      row[slot] = counts[j * width + k];
    });
    rows.push(Object.freeze(row) as RatingDistributionRow);
  });
  return rows;
}

function byGroup(
  list: readonly unknown[],
  groupBy: Exclude<RatingGroupBy, "standard">,
): RatingDistributionRow[] {
  const groups = new Map<string | null, MutableTally>();
  const n = list.length;
  for (let i = 0; i < n; i++) {
    const inspection = itemAt(list, i, FN);
    const key = groupKey(inspection, groupBy, i);
    let counts = groups.get(key);
    if (counts === undefined) {
      counts = emptyTally();
      groups.set(key, counts);
    }
    counts[overallSlot(inspection, FN, i)] += 1;
  }
  const order: readonly string[] = groupBy === "round" ? ROUNDS : groupBy === "kind" ? PROVIDER_KINDS : [];
  return [...groups.keys()]
    .sort(compareGroups(order))
    .map((key) => Object.freeze({ group: key, ...(groups.get(key) as MutableTally) }));
}

/** An inspection's group (own properties only): its round, kind or owner, checked. */
function groupKey(inspection: object, groupBy: Exclude<RatingGroupBy, "standard">, i: number): string | null {
  if (groupBy === "owner") {
    const owner = own(inspection, "owner") ?? null;
    if (owner !== null && typeof owner !== "string") {
      throw new TypeError(`${FN}: inspections[${i}].owner must be a string, got ${describe(owner)}`);
    }
    return owner;
  }
  const key = groupBy === "round" ? own(inspection, "round") : own(inspection, "providerKind");
  const known: readonly unknown[] = groupBy === "round" ? [...ROUNDS, null] : PROVIDER_KINDS;
  if (!known.includes(key)) {
    throw new RangeError(`${FN}: inspections[${i}] has an unknown ${groupBy} ${describe(key)}`);
  }
  return key as string | null;
}
