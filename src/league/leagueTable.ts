import { guard, own, requireArray, requireOptions } from "../internal/args.js";
import { describe } from "../internal/describe.js";
import { scoreOf } from "../internal/inspection.js";
import { checkScheme } from "../internal/scheme.js";
import { HMIP_2018_SCHEME } from "../ratings/HMIP_2018_SCHEME.js";
import { RATINGS, type Rating } from "../ratings/RATINGS.js";
import { PROVIDER_KINDS, ROUNDS } from "../standards/catalogue.js";
import type { LeagueInspection, LeagueTableOptions, LeagueTableRow } from "./types.js";

const FN = "leagueTable";
const OPTIONS = ["round", "kind", "scheme", "providers"] as const;

interface Draft {
  readonly inspection: LeagueInspection;
  readonly overall: Rating;
  readonly min: number;
  readonly max: number;
  readonly exact: number | undefined;
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * An unofficial league table of rated inspections: best overall rating first, then best score.
 *
 * The rules:
 * - Rows: `"hmip-2018"` inspections with an overall rating, after the `round` and `kind` filters. Inspections
 *   that HMI Probation did not rate overall (`overall: null`) and those whose rating is not known (absent) are
 *   left out, since a row is ranked by its rating first; {@link countRatings} reports how many there are.
 * - Score: the range {@link scoreInspection} gives, narrowed to the scheme's band for the published overall
 *   rating (a Requires improvement row with unknown standards scores 6–15 under the default scheme, not 0–30),
 *   because the published rating is itself evidence about the score. Where the two contradict each other, the
 *   range is left as the standards give it.
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
 * @param options - `round`, `kind`, `scheme` and `providers` (for names); see {@link LeagueTableOptions}.
 * @returns A new frozen array of frozen {@link LeagueTableRow}s; empty when no inspection qualifies (including
 *   for `[]`).
 * @throws `TypeError` when `inspections` is not an array, an item is not an object, `options` is not an object or
 *   `options.providers` is not an array; `RangeError` naming an unknown `round` or `kind`; and the errors of
 *   {@link scoreInspection}, with this function's name.
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
    const [round, kind, scheme, providers] = OPTIONS.map((key) => own(given, key));
    return unguardedLeagueTable(inspections, { round, kind, scheme, providers } as LeagueTableOptions);
  });
}

function unguardedLeagueTable(
  inspections: readonly LeagueInspection[],
  options: LeagueTableOptions,
): readonly LeagueTableRow[] {
  if (!Array.isArray(inspections)) {
    throw new TypeError(`${FN}: expected an array of inspections, got ${describe(inspections)}`);
  }
  if (typeof options !== "object" || options === null) {
    throw new TypeError(`${FN}: expected an options object, got ${describe(options)}`);
  }
  const { round, kind, providers } = options;
  const scheme = checkScheme(options.scheme ?? HMIP_2018_SCHEME, FN);
  if (round !== undefined && !ROUNDS.includes(round)) {
    throw new RangeError(`${FN}: unknown round ${describe(round)} (expected ${ROUNDS.join(", ")})`);
  }
  if (kind !== undefined && !PROVIDER_KINDS.includes(kind)) {
    throw new RangeError(`${FN}: unknown kind ${describe(kind)} (expected ${PROVIDER_KINDS.join(" or ")})`);
  }
  if (providers !== undefined && !Array.isArray(providers)) {
    throw new TypeError(`${FN}: options.providers must be an array, got ${describe(providers)}`);
  }
  const names = new Map((providers ?? []).map((p) => [p.id, p.name]));

  const drafts: Draft[] = [];
  inspections.forEach((inspection: unknown, i) => {
    if (typeof inspection !== "object" || inspection === null || Array.isArray(inspection)) {
      throw new TypeError(
        `${FN}: inspections[${i}] must be an inspection object, got ${describe(inspection)}`,
      );
    }
    const record = inspection as LeagueInspection;
    if (own(record, "framework") !== "hmip-2018") return;
    if (round !== undefined && own(record, "round") !== round) return;
    if (kind !== undefined && own(record, "providerKind") !== kind) return;
    const overall = own(record, "overall") as Rating | null | undefined;
    if (overall === null || overall === undefined) return;
    if (!RATINGS.includes(overall)) {
      throw new RangeError(`${FN}: inspections[${i}].overall ${describe(overall)} is not a rating key`);
    }
    const score = scoreOf(record, scheme, FN, `inspections[${i}]`);
    // Under the scheme the published overall rating bounds the score: keep the part of the range that agrees
    // with it, unless the known standards and the rating contradict each other (then the range is kept whole).
    const band = scheme.bands.find((b) => b.rating === overall);
    const min = Math.max(score.min, band?.min ?? score.min);
    const max = Math.min(score.max, band?.max ?? score.max);
    const agrees = min <= max;
    drafts.push({
      inspection: record,
      overall,
      min: agrees ? min : score.min,
      max: agrees ? max : score.max,
      exact: score.exact,
    });
  });

  drafts.sort(
    (a, b) =>
      RATINGS.indexOf(a.overall) - RATINGS.indexOf(b.overall) ||
      b.min + b.max - (a.min + a.max) ||
      a.max - a.min - (b.max - b.min) ||
      compareStrings(a.inspection.providerId, b.inspection.providerId) ||
      compareStrings(a.inspection.id, b.inspection.id),
  );

  const rows: LeagueTableRow[] = [];
  drafts.forEach((d, i) => {
    const previous = drafts[i - 1];
    const previousRow = rows[i - 1];
    const tied =
      previous !== undefined &&
      previousRow !== undefined &&
      previous.overall === d.overall &&
      previous.min === d.min &&
      previous.max === d.max;
    rows.push(
      Object.freeze({
        rank: tied ? previousRow.rank : i + 1,
        id: d.inspection.id,
        providerId: d.inspection.providerId,
        name: names.get(d.inspection.providerId) ?? d.inspection.providerId,
        kind: d.inspection.providerKind,
        round: d.inspection.round,
        overall: d.overall,
        score: Object.freeze(
          d.exact === undefined ? { min: d.min, max: d.max } : { min: d.min, max: d.max, exact: d.exact },
        ),
        complete: d.exact !== undefined,
      }),
    );
  });
  return Object.freeze(rows);
}
