// ratingDistribution and the functions built on standardsOf do the same work whatever the order of the records.
// The bug (issue 21): standardsOf remembered only the last edition looked up, so records whose edition changed from
// one to the next (shuffled data) called standardsFor, which builds a key string and checks its arguments, for
// every change; shuffled records took about twice as long as the same records grouped by edition.
import fc from "fast-check";
import { afterEach, describe, expect, test, vi } from "vitest";

// Count the calls that reach standardsFor from inside the package (standardsOf imports it from this module).
const calls = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../src/standards/standardsFor.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/standards/standardsFor.js")>();
  return {
    ...actual,
    standardsFor: (...args: Parameters<typeof actual.standardsFor>) => {
      calls.count += 1;
      return actual.standardsFor(...args);
    },
  };
});

const { ratingDistribution, scoreInspection } = await import("../../src/index.js");
type Record = Parameters<typeof scoreInspection>[0];

const EDITIONS = [
  { framework: "hmip-2018", providerKind: "crc", round: "2018/19" },
  { framework: "hmip-2018", providerKind: "nps", round: "2018/19" },
  { framework: "hmip-2018", providerKind: "crc", round: "2019/20" },
  { framework: "hmip-2018", providerKind: "nps", round: "2019/20" },
  { framework: "hmip-2018", providerKind: "crc", round: "2020/21" },
  { framework: "quality-and-impact", providerKind: "crc", round: null },
] as const;

/** `n` records cycling through every edition, so the edition changes at every record. */
const alternating = (n: number): Record[] =>
  Array.from(
    { length: n },
    (_, i) => ({ ...EDITIONS[i % EDITIONS.length], overall: "good", standards: { staff: "good" } }) as Record,
  );

afterEach(() => {
  calls.count = 0;
});

describe("standardsOf looks each edition up once, whatever the order", () => {
  test("ratingDistribution of records whose edition changes at every record", () => {
    const records = alternating(3_000);
    calls.count = 0;
    ratingDistribution(records, "standard");
    // Before the fix: 3,000 calls (one per record). Now at most one per edition, and none once all are known.
    expect(calls.count).toBeLessThanOrEqual(EDITIONS.length);
    calls.count = 0;
    ratingDistribution(records, "standard");
    expect(calls.count).toBe(0);
  });

  test("scoreInspection over the same records", () => {
    // Quality & Impact records rate no standards, so scoreInspection refuses their "staff": leave them out.
    const records = alternating(600).filter((r) => r.framework === "hmip-2018");
    calls.count = 0;
    for (const r of records) scoreInspection(r);
    expect(calls.count).toBeLessThanOrEqual(EDITIONS.length);
  });

  test("an unknown edition still throws each time it is met, and is not remembered", () => {
    const bad = { framework: "hmip-2018", providerKind: "youth", round: "2018/19", standards: {} };
    for (let k = 0; k < 3; k++) {
      expect(() => ratingDistribution([bad as never], "standard")).toThrow(
        /^ratingDistribution: .*unknown provider kind "youth"/,
      );
    }
  });
});

describe("ratingDistribution(…, 'standard') is the same in every order", () => {
  test("any permutation of the records gives the same rows", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            edition: fc.integer({ min: 0, max: EDITIONS.length - 1 }),
            staff: fc.constantFrom(undefined, "good", "inadequate"),
            unpaid: fc.constantFrom(undefined, "outstanding", "requires-improvement"),
          }),
          { maxLength: 40 },
        ),
        fc.integer(),
        (items, seed) => {
          const records = items.map(
            (x) =>
              ({
                ...EDITIONS[x.edition],
                standards: {
                  ...(x.staff === undefined ? {} : { staff: x.staff }),
                  ...(x.unpaid === undefined ? {} : { "unpaid-work": x.unpaid }),
                },
              }) as Record,
          );
          // A seeded shuffle and the records grouped by edition.
          const shuffled = [...records];
          let s = seed >>> 0;
          for (let i = shuffled.length - 1; i > 0; i--) {
            s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
            const j = s % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j] as Record, shuffled[i] as Record];
          }
          const grouped = [...records].sort((a, b) =>
            String(a.providerKind).localeCompare(String(b.providerKind)),
          );
          const expected = ratingDistribution(records, "standard");
          expect(ratingDistribution(shuffled, "standard")).toEqual(expected);
          expect(ratingDistribution(grouped, "standard")).toEqual(expected);
          for (const row of expected) {
            const total =
              row.outstanding +
              row.good +
              row["requires-improvement"] +
              row.inadequate +
              row.unknown +
              row.notRated;
            expect(total).toBe(records.length);
          }
        },
      ),
    );
  });
});
