import { describeItem, own, ownItem } from "../internal/args.js";
import { describe } from "../internal/describe.js";
import { ratingIndex } from "../internal/ratingIndex.js";
import { NOT_RATED } from "../ratings/NOT_RATED.js";
import { PROVIDER_KINDS, type ProviderKind, ROUNDS, type Round } from "../standards/catalogue.js";
import type { LeagueInspection, LeagueTableOptions } from "./types.js";

/** Checks the arguments shared by the league functions; returns the filters. */
export function checkLeagueArguments(
  inspections: unknown,
  options: LeagueTableOptions,
  fn: string,
): {
  readonly round: Round | undefined;
  readonly kind: ProviderKind | undefined;
  readonly owner: string | undefined;
} {
  if (!Array.isArray(inspections)) {
    throw new TypeError(`${fn}: expected an array of inspections, got ${describe(inspections)}`);
  }
  if (typeof options !== "object" || options === null) {
    throw new TypeError(`${fn}: expected an options object, got ${describe(options)}`);
  }
  const { round, kind, owner } = options;
  if (owner !== undefined && (typeof owner !== "string" || owner === "")) {
    throw new TypeError(
      `${fn}: options.owner must be an owner id (a non-empty string), got ${describe(owner)}`,
    );
  }
  if (round !== undefined && !ROUNDS.includes(round)) {
    throw new RangeError(`${fn}: unknown round ${describe(round)} (expected ${ROUNDS.join(", ")})`);
  }
  if (kind !== undefined && !PROVIDER_KINDS.includes(kind)) {
    throw new RangeError(`${fn}: unknown kind ${describe(kind)} (expected ${PROVIDER_KINDS.join(" or ")})`);
  }
  return { round, kind, owner };
}

/**
 * Calls `visit` with each inspection a league table considers: rated-framework inspections that pass the round and
 * kind filters, whose overall rating is a rating key, `"not-rated"` or absent (anything else throws, labelled `fn`).
 */
export function eachCandidate(
  inspections: readonly unknown[],
  round: Round | undefined,
  kind: ProviderKind | undefined,
  fn: string,
  visit: (record: LeagueInspection, index: number) => void,
  owner?: string | undefined,
): void {
  // An index loop, not forEach: a sparse array's holes are refused, not skipped.
  for (let i = 0; i < inspections.length; i++) {
    const inspection = ownItem(inspections, i);
    if (typeof inspection !== "object" || inspection === null || Array.isArray(inspection)) {
      throw new TypeError(
        `${fn}: inspections[${i}] must be an inspection object, got ${describeItem(inspections, i)}`,
      );
    }
    const record = inspection as LeagueInspection;
    if (own(record, "framework") !== "hmip-2018") continue;
    if (round !== undefined && own(record, "round") !== round) continue;
    if (kind !== undefined && own(record, "providerKind") !== kind) continue;
    if (owner !== undefined && own(record, "owner") !== owner) continue;
    const overall = own(record, "overall") as LeagueInspection["overall"];
    if (overall !== NOT_RATED && overall !== undefined && ratingIndex(overall) < 0) {
      throw new RangeError(`${fn}: inspections[${i}].overall ${describe(overall)} is not a rating key`);
    }
    visit(record, i);
  }
}
