import { describe } from "../internal/describe.js";
import { standardsOf } from "../internal/inspection.js";
import { tally } from "../internal/tally.js";
import { PROVIDER_KINDS, ROUNDS, STANDARD_IDS } from "../standards/catalogue.js";
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
 * - `"owner"`: one per `owner` present, by code-unit order of the name (the same in every locale), then `null`
 *   for inspections whose owner is not known;
 * - `"standard"`: one per standard that at least one inspection's framework rates, in report order, each
 *   counting that standard's ratings over all the inspections (so an NPS division counts as `notRated` for unpaid
 *   work). Here every group sums to `inspections.length`; for the other groupings the groups together do.
 *
 * @param inspections - Inspections (see {@link CountableInspection}). Not mutated.
 * @param groupBy - `"round"`, `"kind"`, `"owner"` or `"standard"`.
 * @returns A new frozen array of frozen rows `{ group, outstanding, good, "requires-improvement", inadequate,
 *   unknown, notRated }`; empty for `[]`.
 * @throws `TypeError` when `inspections` is not an array or holds a non-object; `RangeError` naming an unknown
 *   `groupBy`, and the errors of {@link countRatings}.
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
  if (!Array.isArray(inspections)) {
    throw new TypeError(`${FN}: expected an array of inspections, got ${describe(inspections)}`);
  }
  if (!GROUP_BYS.includes(groupBy)) {
    throw new RangeError(`${FN}: cannot group by ${describe(groupBy)} (expected ${GROUP_BYS.join(", ")})`);
  }
  inspections.forEach((inspection: unknown, i) => {
    if (typeof inspection !== "object" || inspection === null || Array.isArray(inspection)) {
      throw new TypeError(
        `${FN}: inspections[${i}] must be an inspection object, got ${describe(inspection)}`,
      );
    }
  });
  const rows: RatingDistributionRow[] = [];
  if (groupBy === "standard") {
    const rated = new Set(inspections.flatMap((inspection) => standardsOf(inspection, FN)));
    for (const standard of STANDARD_IDS) {
      if (rated.has(standard))
        rows.push(Object.freeze({ group: standard, ...tally(inspections, standard, FN) }));
    }
    return Object.freeze(rows);
  }
  const keyOf = (inspection: CountableInspection): string | null =>
    groupBy === "round"
      ? inspection.round
      : groupBy === "kind"
        ? inspection.providerKind
        : (inspection.owner ?? null);
  const groups = new Map<string | null, CountableInspection[]>();
  for (const inspection of inspections) {
    const key = keyOf(inspection);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [inspection]);
    else list.push(inspection);
  }
  const order: readonly string[] = groupBy === "round" ? ROUNDS : groupBy === "kind" ? PROVIDER_KINDS : [];
  for (const key of [...groups.keys()].sort(compareGroups(order))) {
    rows.push(Object.freeze({ group: key, ...tally(groups.get(key) ?? [], undefined, FN) }));
  }
  return Object.freeze(rows);
}
