import { guard, own, requireArray } from "../internal/args.js";
import { describe } from "../internal/describe.js";
import { emptyTally, itemAt, type MutableTally, overallSlot } from "../internal/tally.js";
import { NOT_RATED } from "../ratings/NOT_RATED.js";
import { ROUNDS, type Round } from "../standards/catalogue.js";
import type { OwnerRating, OwnerRatingsInspection, OwnerRatingsRow } from "./types.js";

const FN = "ownerRatings";

/**
 * The overall ratings of each owner's providers, round by round: "which owners' CRCs did worst?".
 *
 * - Rows: one per owner and rated round that has an inspection; Quality & Impact inspections (no round) are left
 *   out. Inspections whose `owner` is absent (not known) are gathered under `owner: null`, never dropped, so the
 *   rows together hold every rated inspection.
 * - Order: by owner id in code-unit order (the same in every locale), `null` last; within an owner, by round.
 * - `ratings` lists the inspections by provider id, each with its overall rating as recorded (`undefined` when
 *   HMI Probation rated it but no source states the rating); `tally` counts them like {@link countRatings}.
 *
 * @param inspections - Inspections (see {@link OwnerRatingsInspection}), such as the package's `inspections`,
 *   whose `owner` is an id of the package's `owners`. Not mutated.
 * @returns A new frozen array of frozen {@link OwnerRatingsRow}s; empty for `[]` or when no inspection has a round.
 * @throws `TypeError` when `inspections` is not an array or holds a non-object, or an `owner`, `id` or
 *   `providerId` is not a string; `RangeError` naming an unknown round or an overall value that is not a rating
 *   key. Fields are read as own properties only.
 * @example
 * ```ts
 * // The shipped dataset: Working Links' CRCs in 2018/19.
 * ownerRatings(inspections)
 *   .filter((row) => row.owner === "working-links")
 *   .map((row) => [row.round, row.ratings.map((r) => `${r.providerId} ${r.overall}`)]);
 * //=> [["2018/19", ["dorset-devon-cornwall-crc inadequate"]]]
 * ```
 *
 * @example
 * ```ts
 * const crc = { framework: "hmip-2018", providerKind: "crc", standards: {} } as const;
 * const rows = ownerRatings([
 *   { ...crc, id: "a-1", providerId: "a", round: "2018/19", overall: "good", owner: "x" },
 *   { ...crc, id: "b-1", providerId: "b", round: "2018/19", overall: "inadequate", owner: "x" },
 *   { ...crc, id: "c-1", providerId: "c", round: "2018/19", overall: "good" },
 * ]);
 * rows.map((r) => [r.owner, r.round, r.tally.good, r.tally.inadequate]);
 * //=> [["x", "2018/19", 1, 1], [null, "2018/19", 1, 0]]
 * ```
 *
 * @category Aggregation
 */
export function ownerRatings(inspections: readonly OwnerRatingsInspection[]): readonly OwnerRatingsRow[] {
  return guard(FN, () => {
    const list = requireArray(inspections, FN, "inspections");
    const groups = new Map<
      string,
      { owner: string | null; round: Round; ratings: OwnerRating[]; tally: MutableTally }
    >();
    for (let i = 0; i < list.length; i++) {
      const inspection = itemAt(list, i, FN);
      const round = own(inspection, "round");
      if (round === null || round === undefined) continue;
      if (!(ROUNDS as readonly unknown[]).includes(round)) {
        throw new RangeError(`${FN}: inspections[${i}] has an unknown round ${describe(round)}`);
      }
      const owner = own(inspection, "owner") ?? null;
      if (owner !== null && typeof owner !== "string") {
        throw new TypeError(`${FN}: inspections[${i}].owner must be a string, got ${describe(owner)}`);
      }
      const ids = ["id", "providerId"].map((key) => {
        const value = own(inspection, key);
        if (typeof value !== "string") {
          throw new TypeError(`${FN}: inspections[${i}].${key} must be a string, got ${describe(value)}`);
        }
        return value;
      }) as [string, string];
      const slot = overallSlot(inspection, FN, i);
      const key = `${owner === null ? "\u0000" : `o${owner}`}\u0001${round}`;
      let group = groups.get(key);
      if (group === undefined) {
        group = { owner, round: round as Round, ratings: [], tally: emptyTally() };
        groups.set(key, group);
      }
      group.tally[slot] += 1;
      group.ratings.push(
        Object.freeze({
          inspectionId: ids[0],
          providerId: ids[1],
          overall: slot === "unknown" ? undefined : slot === "notRated" ? NOT_RATED : slot,
        }),
      );
    }
    const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
    return Object.freeze(
      [...groups.values()]
        .sort((a, b) =>
          a.owner === b.owner
            ? ROUNDS.indexOf(a.round) - ROUNDS.indexOf(b.round)
            : a.owner === null
              ? 1
              : b.owner === null
                ? -1
                : byCodeUnit(a.owner, b.owner),
        )
        .map((g) =>
          Object.freeze({
            owner: g.owner,
            round: g.round,
            ratings: Object.freeze(
              g.ratings.sort(
                (a, b) =>
                  byCodeUnit(a.providerId, b.providerId) || byCodeUnit(a.inspectionId, b.inspectionId),
              ),
            ),
            tally: Object.freeze({ ...g.tally }),
          }),
        ),
    );
  });
}
