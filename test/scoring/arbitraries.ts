// fast-check arbitraries for inspection-like records, shared by the tests of the function areas.
import fc from "fast-check";
import { RATINGS, type Rating, ROUNDS, type StandardId, standardsFor } from "../../src/index.js";

export const rating: fc.Arbitrary<Rating> = fc.constantFrom(...RATINGS);
export const kind = fc.constantFrom("crc" as const, "nps" as const);
export const round = fc.constantFrom(...ROUNDS);

/** A rated (hmip-2018) inspection's scoring fields, with a random subset of its standards known. */
export const scorable = fc
  .record({
    kind,
    round,
    ratings: fc.array(fc.option(rating, { nil: undefined }), { minLength: 10, maxLength: 10 }),
  })
  .map(({ kind, round, ratings }) => {
    const standards: Partial<Record<StandardId, Rating>> = {};
    standardsFor("hmip-2018", kind, round).forEach((id, i) => {
      const r = ratings[i];
      if (r !== undefined) standards[id] = r;
    });
    return { framework: "hmip-2018" as const, providerKind: kind, round, standards, all: ratings };
  });

/** Like `scorable`, sometimes with the rating counts of a full assignment of the standards. */
export const scorableWithCounts = fc
  .tuple(scorable, fc.array(rating, { minLength: 10, maxLength: 10 }), fc.boolean())
  .map(([record, fill, withCounts]) => {
    if (!withCounts)
      return {
        framework: record.framework,
        providerKind: record.providerKind,
        round: record.round,
        standards: record.standards,
      };
    const ids = standardsFor("hmip-2018", record.providerKind, record.round);
    const counts: Record<Rating, number> = {
      outstanding: 0,
      good: 0,
      "requires-improvement": 0,
      inadequate: 0,
    };
    ids.forEach((id, i) => {
      counts[record.standards[id] ?? (fill[i] as Rating)] += 1;
    });
    return {
      framework: record.framework,
      providerKind: record.providerKind,
      round: record.round,
      standards: record.standards,
      ratingCounts: counts,
    };
  });
