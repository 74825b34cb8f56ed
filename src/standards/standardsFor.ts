import { describe } from "../internal/describe.js";
import {
  type Framework,
  PROVIDER_KINDS,
  type ProviderKind,
  ROUNDS,
  type Round,
  STANDARD_CATALOGUE,
  type StandardId,
} from "./catalogue.js";

const EMPTY: readonly StandardId[] = /* @__PURE__ */ Object.freeze([]);
const IDS = /* @__PURE__ */ (() =>
  new Map<string, readonly StandardId[]>(
    STANDARD_CATALOGUE.map((e) => [
      `${e.framework}|${e.kind}|${e.round}`,
      Object.freeze(e.standards.map((s) => s.id)),
    ]),
  ))();

/**
 * The standards an inspection of the given framework, round and provider kind rates, in report order.
 *
 * @param framework - `"hmip-2018"` or `"quality-and-impact"`.
 * @param kind - `"crc"` or `"nps"`.
 * @param round - `"2018/19"`, `"2019/20"` or `"2020/21"`; `null` (or omitted) means the 2018/19 edition,
 *   which rates the same standards.
 * @returns The ten standard keys for a `"hmip-2018"` inspection; an empty array for
 *   `"quality-and-impact"`, which rated none. The array is frozen.
 * @throws `RangeError` naming the value when `framework`, `kind` or `round` is unknown.
 * @example
 * ```ts
 * standardsFor("hmip-2018", "crc").slice(8);
 * //=> ["unpaid-work", "through-the-gate"]
 * standardsFor("quality-and-impact", "crc");
 * //=> []
 * ```
 *
 * @category Standards
 */
export function standardsFor(
  framework: Framework,
  kind: ProviderKind,
  round: Round | null = null,
): readonly StandardId[] {
  if (!PROVIDER_KINDS.includes(kind)) {
    throw new RangeError(`standardsFor: unknown provider kind ${describe(kind)}`);
  }
  if (round !== null && !ROUNDS.includes(round)) {
    throw new RangeError(`standardsFor: unknown round ${describe(round)}`);
  }
  if (framework === "quality-and-impact") return EMPTY;
  const ids =
    typeof framework === "string" ? IDS.get(`${framework}|${kind}|${round ?? "2018/19"}`) : undefined;
  if (ids === undefined) {
    throw new RangeError(`standardsFor: unknown framework ${describe(framework)}`);
  }
  return ids;
}
