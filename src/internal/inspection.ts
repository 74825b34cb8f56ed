import { RATINGS, type Rating } from "../ratings/RATINGS.js";
import type { Scheme } from "../ratings/Scheme.js";
import type { Framework, ProviderKind, Round, StandardId } from "../standards/catalogue.js";
import { standardsFor } from "../standards/standardsFor.js";
import { own } from "./args.js";
import { describe } from "./describe.js";
import { schemeName } from "./scheme.js";

/** The fields scoring reads. Mirrors `Pick<Inspection, …>` without importing the schema module. */
export interface ScoringInput {
  readonly framework: "hmip-2018" | "quality-and-impact";
  readonly providerKind: "crc" | "nps";
  readonly round: Round | null;
  readonly standards: Readonly<Partial<Record<StandardId, Rating>>>;
  readonly ratingCounts?: Readonly<Record<Rating, number>> | undefined;
}

/** A score range; `exact` is present only when the score is determined. */
export interface Score {
  readonly min: number;
  readonly max: number;
  readonly exact?: number;
  readonly known: number;
  readonly total: number;
}

/** "hmip-2018 crc": the framework and kind of a record whose standards were looked up (so both are known words). */
const edition = (inspection: ScoringInput): string =>
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

/**
 * Scores one inspection under a checked scheme (see `scoreInspection` for the rules), checking the record's
 * standards and counts and throwing errors labelled with `fn`.
 */
export function scoreOf(
  inspection: ScoringInput,
  scheme: Scheme,
  fn: string,
  what = "the inspection",
): Score {
  requireRecord(inspection, fn, what);
  const rated = standardsOf(inspection, fn);
  const total = rated.length;
  const standards = own(inspection, "standards") as ScoringInput["standards"];
  if (typeof standards !== "object" || standards === null) {
    throw new TypeError(`${fn}: ${what}'s standards must be an object, got ${describe(standards)}`);
  }
  const counted: Record<Rating, number> = {
    outstanding: 0,
    good: 0,
    "requires-improvement": 0,
    inadequate: 0,
  };
  let known = 0;
  let points = 0;
  for (const [id, rating] of Object.entries(standards) as [string, unknown][]) {
    if (rating === undefined) continue;
    if (!rated.includes(id as StandardId)) {
      throw new RangeError(`${fn}: ${describe(id)} is not a standard of a ${edition(inspection)} inspection`);
    }
    if (!(RATINGS as readonly unknown[]).includes(rating)) {
      throw new RangeError(`${fn}: standards.${id} ${describe(rating)} is not a rating key`);
    }
    counted[rating as Rating] += 1;
    known += 1;
    points += scheme.points[rating as Rating];
  }
  if (total === 0) return Object.freeze({ min: 0, max: 0, known: 0, total: 0 });
  if (scheme.standardCount !== total) {
    throw new RangeError(
      `${fn}: scheme ${schemeName(scheme)} counts ${scheme.standardCount} standards, but a ${edition(inspection)} inspection rates ${total}`,
    );
  }
  const counts = own(inspection, "ratingCounts") as ScoringInput["ratingCounts"];
  if (counts !== undefined) {
    if (typeof counts !== "object" || counts === null) {
      throw new TypeError(`${fn}: ${what}'s ratingCounts must be an object, got ${describe(counts)}`);
    }
    let sum = 0;
    let exact = 0;
    for (const r of RATINGS) {
      const n = own(counts, r);
      if (typeof n !== "number" || !Number.isInteger(n) || n < 0) {
        throw new RangeError(`${fn}: ratingCounts.${r} ${describe(n)} is not a non-negative integer`);
      }
      if (n < counted[r]) {
        throw new RangeError(`${fn}: ratingCounts has ${n} ${r}, but standards name ${counted[r]}`);
      }
      sum += n;
      exact += n * scheme.points[r];
    }
    if (sum !== total) {
      throw new RangeError(
        `${fn}: ratingCounts sum to ${sum}, but a ${edition(inspection)} inspection rates ${total} standards`,
      );
    }
    return Object.freeze({ min: exact, max: exact, exact, known: total, total });
  }
  const unknown = total - known;
  const min = points + unknown * scheme.points.inadequate;
  const max = points + unknown * scheme.points.outstanding;
  return Object.freeze(unknown === 0 ? { min, max, exact: min, known, total } : { min, max, known, total });
}
