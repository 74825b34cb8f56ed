import {
  describeItem,
  guard,
  isPlainObject,
  own,
  ownItem,
  requireArray,
  requireOptions,
} from "../internal/args.js";
import { describe } from "../internal/describe.js";
import { assess } from "../internal/evidence.js";
import { ratingIndex } from "../internal/ratingIndex.js";
import { checkScheme } from "../internal/scheme.js";
import { HMIP_2018_SCHEME } from "../ratings/HMIP_2018_SCHEME.js";
import { NOT_RATED, type NotRated } from "../ratings/NOT_RATED.js";
import type { Rating } from "../ratings/RATINGS.js";
import type { ScoreRange } from "../scoring/types.js";
import { checkLeagueArguments, eachCandidate } from "./candidates.js";
import type { LeagueInspection, LeagueTableOptions, LeagueTableRow } from "./types.js";

const FN = "leagueTable";
const OPTIONS = ["round", "kind", "owner", "scheme", "providers"] as const;

interface Draft {
  readonly inspection: LeagueInspection;
  readonly overall: Rating;
  /** The assessment's frozen score range, shared with every row of the same evidence (not a copy per row). */
  readonly score: ScoreRange;
  readonly contradiction: boolean;
  /** Sort keys, read once: the rating's index, the range's midpoint ×2 and width, and the ids. */
  readonly rank: number;
  readonly mid: number;
  readonly width: number;
  readonly providerId: string;
  readonly id: string;
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * An unofficial league table of rated inspections: best overall rating first, then best score.
 *
 * The rules:
 * - Rows: `"hmip-2018"` inspections with an overall rating, after the `round`, `kind` and `owner` filters. Inspections
 *   that HMI Probation did not rate overall (`overall: "not-rated"`) and those whose rating is not known (absent) are
 *   left out, since a row is ranked by its rating first; {@link leagueTableLeftOut} lists them, with the reason.
 * - Score: the range {@link scoreInspection} gives from all the evidence, the published overall rating included
 *   (a Requires improvement row with unknown standards scores 6–15 under the default scheme, not 0–30). Where
 *   the overall rating contradicts the rest of the evidence, the row's `contradiction` is `true` and its score is
 *   the rest's range, as in `scoreInspection`.
 * - Order: by overall rating, then by score: a higher midpoint of the score range first, and at the same
 *   midpoint a narrower range first, so a determined score comes before a range around it.
 * - Ranks: rows with the same overall rating and the same score range (`min` and `max`) cannot be told apart and
 *   share a standard competition rank ("1224"): two rows tied for 2nd are both 2, the next is 4.
 * - Tied rows are listed by provider id, then inspection id, so the output is the same on every run and in every
 *   locale.
 * - This is not HMI Probation's ranking: HMI Probation published ratings, not a table, and the score rests on the
 *   scheme (the default is unverified).
 *
 * @param inspections - Inspections in any order (see {@link LeagueInspection}). Not mutated.
 * @param options - `round`, `kind`, `owner` (an owner id), `scheme` and `providers` (for names); see
 *   {@link LeagueTableOptions}.
 * @returns A new frozen array of frozen {@link LeagueTableRow}s; empty when no inspection qualifies (including
 *   for `[]`).
 * @throws `TypeError` when `inspections` is not an array, an item is not an object, `options` is not an object,
 *   `options.providers` is not an array or an item of it is not an object with a string `id` and `name`, or
 *   `options.owner` is not a non-empty string; `RangeError` naming an unknown option, `round` or `kind`, or an
 *   array (`inspections` or `options.providers`) of more than 1,048,576 items; and the errors of
 *   {@link scoreInspection}, with this function's name. Fields are read as own properties only.
 * @example
 * ```ts
 * // The shipped dataset: the NPS divisions in 2018/19, five tied at the top.
 * leagueTable(inspections, { round: "2018/19", kind: "nps", providers })
 *   .map((row) => `${row.rank} ${row.providerId} ${row.complete}`);
 * //=> ["1 nps-midlands false", "1 nps-north-east false", "1 nps-north-west false",
 * //    "1 nps-south-west-south-central false", "1 nps-wales false",
 * //    "6 nps-south-east-eastern true", "7 nps-london false"]
 * ```
 *
 * @example
 * ```ts
 * // The shipped dataset: Purple Futures' CRCs in 2018/19, ranked among themselves.
 * leagueTable(inspections, { round: "2018/19", owner: "purple-futures", providers })
 *   .map((row) => `${row.rank} ${row.providerId}`);
 * //=> ["1 hampshire-isle-of-wight-crc", "2 cheshire-greater-manchester-crc", "2 west-yorkshire-crc"]
 * ```
 *
 * @example
 * ```ts
 * const crc = { providerKind: "crc", framework: "hmip-2018", round: "2018/19" } as const;
 * const ri = "requires-improvement";
 * const table = leagueTable([
 *   { ...crc, id: "a-2018-19", providerId: "a", overall: ri, standards: {} },
 *   { ...crc, id: "b-2018-19", providerId: "b", overall: "good", standards: {} },
 *   { ...crc, id: "c-2018-19", providerId: "c", overall: ri, standards: {},
 *     ratingCounts: { outstanding: 0, good: 5, [ri]: 5, inadequate: 0 } },
 *   { ...crc, id: "d-2018-19", providerId: "d", overall: ri, standards: {} },
 * ], { providers: [{ id: "b", name: "B CRC" }] });
 * table.map((row) => `${row.rank} ${row.name} ${row.complete}`);
 * //=> ["1 B CRC false", "2 c true", "3 a false", "3 d false"]
 * ```
 *
 * @category League table
 */
export function leagueTable(
  inspections: readonly LeagueInspection[],
  options: LeagueTableOptions = {},
): readonly LeagueTableRow[] {
  return guard(FN, () => {
    requireArray(inspections, FN, "inspections");
    const given = requireOptions(options, FN, OPTIONS);
    const [round, kind, owner, scheme, providers] = OPTIONS.map((key) => own(given, key));
    return unguardedLeagueTable(inspections, { round, kind, owner, scheme, providers } as LeagueTableOptions);
  });
}

/** The names of `options.providers` by id: an array of at most MAX_ITEMS objects with own string `id` and `name`. */
function providerNames(providers: unknown): Map<string, string> {
  const names = new Map<string, string>();
  if (providers === undefined) return names;
  if (!Array.isArray(providers)) {
    throw new TypeError(`${FN}: options.providers must be an array, got ${describe(providers)}`);
  }
  const list = requireArray(providers, FN, "options.providers");
  for (let i = 0; i < list.length; i++) {
    const provider = ownItem(list, i);
    if (!isPlainObject(provider)) {
      throw new TypeError(`${FN}: options.providers[${i}] must be an object, got ${describeItem(list, i)}`);
    }
    const id = own(provider, "id");
    const name = own(provider, "name");
    for (const [key, value] of [
      ["id", id],
      ["name", name],
    ] as const) {
      if (typeof value !== "string") {
        throw new TypeError(`${FN}: options.providers[${i}].${key} must be a string, got ${describe(value)}`);
      }
    }
    names.set(id as string, name as string);
  }
  return names;
}

function unguardedLeagueTable(
  inspections: readonly LeagueInspection[],
  options: LeagueTableOptions,
): readonly LeagueTableRow[] {
  const { round, kind, owner } = checkLeagueArguments(inspections, options, FN);
  const scheme = checkScheme(options.scheme ?? HMIP_2018_SCHEME, FN);
  const names = providerNames(options.providers);

  const drafts: Draft[] = [];
  eachCandidate(
    inspections,
    round,
    kind,
    FN,
    (record, i) => {
      const overall = own(record, "overall") as Rating | NotRated | undefined;
      if (overall === NOT_RATED || overall === undefined) return;
      const a = assess(record, scheme, FN, `inspections[${i}]`);
      drafts.push({
        inspection: record,
        overall,
        score: a.range,
        contradiction: own(a, "contradiction") !== undefined,
        rank: ratingIndex(overall),
        mid: a.min + a.max,
        width: a.max - a.min,
        providerId: own(record, "providerId") as string,
        id: own(record, "id") as string,
      });
    },
    owner,
  );

  drafts.sort(
    (a, b) =>
      a.rank - b.rank ||
      b.mid - a.mid ||
      a.width - b.width ||
      compareStrings(a.providerId, b.providerId) ||
      compareStrings(a.id, b.id),
  );

  const rows: LeagueTableRow[] = [];
  drafts.forEach((d, i) => {
    const previous = drafts[i - 1];
    const previousRow = rows[i - 1];
    const tied =
      previous !== undefined &&
      previousRow !== undefined &&
      previous.overall === d.overall &&
      previous.score.min === d.score.min &&
      previous.score.max === d.score.max;
    rows.push(
      Object.freeze({
        rank: tied ? previousRow.rank : i + 1,
        id: d.id,
        providerId: d.providerId,
        name: names.get(d.providerId) ?? d.providerId,
        kind: own(d.inspection, "providerKind") as LeagueTableRow["kind"],
        round: own(d.inspection, "round") as LeagueTableRow["round"],
        overall: d.overall,
        score: d.score,
        // The range is made on BARE (src/internal/result.ts): an absent `exact` reads undefined, never inherited.
        complete: d.score.exact !== undefined,
        contradiction: d.contradiction,
      }),
    );
  });
  return Object.freeze(rows);
}
