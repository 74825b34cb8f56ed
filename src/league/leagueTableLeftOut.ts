import { guard, own, requireArray, requireOptions } from "../internal/args.js";
import { NOT_RATED } from "../ratings/NOT_RATED.js";
import { checkLeagueArguments, eachCandidate } from "./candidates.js";
import type { LeagueInspection, LeagueTableLeftOut, LeagueTableOptions } from "./types.js";

const FN = "leagueTableLeftOut";
const OPTIONS = ["round", "kind", "owner", "scheme", "providers"] as const;

/**
 * The inspections {@link leagueTable} leaves out, with the reason: the companion of the table, so a reader can see
 * what it does not show. With the same `inspections` and options, every rated-framework inspection that passes
 * the `round` and `kind` filters is either a row of `leagueTable` or an entry here.
 *
 * The reasons:
 * - `"not-rated"`: HMI Probation gave no overall rating (`overall: "not-rated"`), such as Hampshire and Isle of Wight CRC
 *   in 2019/20, whose inspection Covid-19 cut short.
 * - `"overall-unknown"`: it gave one, but no source read so far states it (`overall` absent).
 *
 * Quality & Impact inspections are not candidates for the table (they rated nothing), so they are not listed.
 *
 * @param inspections - Inspections in any order (see {@link LeagueInspection}). Not mutated.
 * @param options - The `round` and `kind` filters of {@link leagueTable} (its `scheme` and `providers` are not
 *   needed here and are ignored).
 * @returns A new frozen array of frozen entries `{ id, providerId, kind, round, reason }`, in the order given;
 *   empty when nothing is left out.
 * @throws `TypeError` when `inspections` is not an array, an item is not an object or `options` is not an
 *   object; `RangeError` naming an unknown option, `round` or `kind`, or an `overall` that is not a rating key.
 *   Records are read as own properties only.
 * @example
 * ```ts
 * const crc = { providerKind: "crc", framework: "hmip-2018", round: "2019/20", standards: {} } as const;
 * leagueTableLeftOut([
 *   { ...crc, id: "a-2019-20", providerId: "a", overall: "good" },
 *   { ...crc, id: "b-2019-20", providerId: "b", overall: "not-rated" },
 *   { ...crc, id: "c-2019-20", providerId: "c" },
 * ]).map((entry) => [entry.id, entry.reason]);
 * //=> [["b-2019-20", "not-rated"], ["c-2019-20", "overall-unknown"]]
 * ```
 *
 * @category League table
 */
export function leagueTableLeftOut(
  inspections: readonly LeagueInspection[],
  options: LeagueTableOptions = {},
): readonly LeagueTableLeftOut[] {
  return guard(FN, () => {
    requireArray(inspections, FN, "inspections");
    const given = requireOptions(options, FN, OPTIONS);
    const filters = {
      round: own(given, "round"),
      kind: own(given, "kind"),
      owner: own(given, "owner"),
    } as LeagueTableOptions;
    const { round, kind, owner } = checkLeagueArguments(inspections, filters, FN);
    const out: LeagueTableLeftOut[] = [];
    eachCandidate(
      inspections,
      round,
      kind,
      FN,
      (record) => {
        const overall = own(record, "overall");
        if (overall !== NOT_RATED && overall !== undefined) return;
        out.push(
          Object.freeze({
            id: own(record, "id") as string,
            providerId: own(record, "providerId") as string,
            kind: own(record, "providerKind") as LeagueTableLeftOut["kind"],
            round: own(record, "round") as LeagueTableLeftOut["round"],
            reason: overall === NOT_RATED ? "not-rated" : "overall-unknown",
          }),
        );
      },
      owner,
    );
    return Object.freeze(out);
  });
}
