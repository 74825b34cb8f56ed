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

/** One edition that `standardsFor` accepted, and its standards. */
interface Edition {
  readonly framework: unknown;
  readonly kind: unknown;
  readonly round: unknown;
  readonly rated: readonly StandardId[];
}

// Every edition looked up so far. Only values `standardsFor` accepts get in, and those are a few strings, `null`
// and `undefined` (2 frameworks × 2 kinds × 5 rounds at most), so the list stays short and holds no user object.
// It replaced a one-entry cache that missed on every change of edition, so shuffled records took twice as long
// as records grouped by edition (docs/performance.md).
const editions: Edition[] = [];

/**
 * The standards an inspection rates (read from its own `framework`, `providerKind` and `round`), with
 * `standardsFor`'s errors re-labelled for `fn`. Looks each edition up once, whatever the order of the records.
 */
export function standardsOf(inspection: ScoringInput, fn: string): readonly StandardId[] {
  const framework = own(inspection, "framework");
  const kind = own(inspection, "providerKind");
  const round = own(inspection, "round");
  for (let k = 0; k < editions.length; k++) {
    const e = editions[k] as Edition;
    if (e.kind === kind && e.round === round && e.framework === framework) return e.rated;
  }
  let rated: readonly StandardId[];
  try {
    rated = standardsFor(framework as Framework, kind as ProviderKind, round as Round | null);
  } catch (error) {
    throw new RangeError(`${fn}: ${(error as Error).message.replace(/^standardsFor: /, "")}`);
  }
  editions.push({ framework, kind, round, rated });
  return rated;
}
