import type { Rating } from "../ratings/RATINGS.js";
import type { Framework, ProviderKind, Round, StandardId } from "../standards/catalogue.js";
import { standardsFor } from "../standards/standardsFor.js";
import { own } from "./args.js";
import { describe } from "./describe.js";

/** The fields scoring reads. Mirrors `Pick<Inspection, …>` without importing the schema module. */
export interface ScoringInput {
  readonly framework: "hmip-2018" | "quality-and-impact";
  readonly providerKind: "crc" | "nps";
  readonly round: Round | null;
  readonly standards: Readonly<Partial<Record<StandardId, Rating>>>;
  readonly ratingCounts?: Readonly<Record<Rating, number>> | undefined;
}

/** "hmip-2018 crc": the framework and kind of a record whose standards were looked up (so both are known words). */
export const edition = (inspection: ScoringInput): string =>
  `${own(inspection, "framework")} ${own(inspection, "providerKind")}`;

/** Throws a TypeError unless `value` is a non-null object (not an array). */
export function requireRecord(value: unknown, fn: string, what: string): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TypeError(`${fn}: expected ${what} to be an inspection object, got ${describe(value)}`);
  }
}

// The last framework, kind and round looked up, and their standards: records come in runs of the same edition.
let lastFramework: unknown;
let lastKind: unknown;
let lastRound: unknown;
let lastRated: readonly StandardId[] | undefined;

/**
 * The standards an inspection rates (read from its own `framework`, `providerKind` and `round`), with
 * `standardsFor`'s errors re-labelled for `fn`.
 */
export function standardsOf(inspection: ScoringInput, fn: string): readonly StandardId[] {
  const framework = own(inspection, "framework");
  const kind = own(inspection, "providerKind");
  const round = own(inspection, "round");
  if (framework === lastFramework && kind === lastKind && round === lastRound && lastRated !== undefined) {
    return lastRated;
  }
  let rated: readonly StandardId[];
  try {
    rated = standardsFor(framework as Framework, kind as ProviderKind, round as Round | null);
  } catch (error) {
    throw new RangeError(`${fn}: ${(error as Error).message.replace(/^standardsFor: /, "")}`);
  }
  lastFramework = framework;
  lastKind = kind;
  lastRound = round;
  lastRated = rated;
  return rated;
}
