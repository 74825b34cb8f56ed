// The hostile battery, run in a worker thread by fuzz.test.ts (so that a hang can be stopped): calls every function
// the root entry exports, found by enumerating the module, with bad values in each argument position, and posts
// what happened to each call. New exports are covered without editing this file; VALID only makes the calls reach
// deeper (a valid first argument, so that a bad second one is the one checked).
import { parentPort } from "node:worker_threads";
import * as lib from "../../src/index.js";

/** What one call did. */
export interface Outcome {
  readonly fn: string;
  readonly label: string;
  readonly kind: "returned" | "threw";
  readonly errorName?: string;
  readonly message?: string;
  readonly messageLength?: number;
}

const port = parentPort;
if (port === null) throw new Error("battery.ts runs in a worker");

const sample = lib.inspections.find((i) => i.framework === "hmip-2018") as (typeof lib.inspections)[number];
const later = lib.inspections.find(
  (i) => i.providerId === sample.providerId && i.id !== sample.id && i.framework === "hmip-2018",
);

/** Valid leading arguments, so that a bad later argument is the one looked at. */
const VALID: Readonly<Record<string, readonly unknown[]>> = {
  compareRatings: ["good", "good"],
  countRatings: [lib.inspections, {}],
  gradeCaseStandard: [[70, 80], lib.HMIP_2018_SCHEME],
  gradeScore: [15, lib.HMIP_2018_SCHEME],
  inspectionDelta: [later ?? sample, sample, lib.HMIP_2018_SCHEME],
  leagueTable: [lib.inspections, {}],
  possibleOverallRatings: [sample, lib.HMIP_2018_SCHEME],
  ratingDistribution: [lib.inspections, "standard"],
  ratingsHeatmapSvg: [lib.inspections, {}],
  scoreInspection: [sample, lib.HMIP_2018_SCHEME],
  standardsFor: ["hmip-2018", "crc", "2018/19"],
  yearOnYearDeltas: [lib.inspections, lib.HMIP_2018_SCHEME],
};

const HUGE = 1_000_000;
const throwing = (): never => {
  throw new Error("a getter that throws");
};
const cyclic: Record<string, unknown> = { framework: "hmip-2018", providerKind: "crc", round: "2018/19" };
cyclic.self = cyclic;
cyclic.standards = cyclic;
cyclic.ratingCounts = cyclic;
const revocable = Proxy.revocable({}, {});
revocable.revoke();
const trapAll = new Proxy(
  {},
  {
    get: throwing,
    has: throwing,
    ownKeys: throwing,
    getOwnPropertyDescriptor: throwing,
    getPrototypeOf: throwing,
    isExtensible: throwing,
  },
);
const hostileProxy = new Proxy(
  {},
  {
    getPrototypeOf: () => {
      throw new Error("a getPrototypeOf trap that throws");
    },
  },
);
const throwProxy = (): never => {
  throw hostileProxy;
};
const record = (extra: Record<string, unknown>): Record<string, unknown> => ({ ...sample, ...extra });
const forged = (() => {
  const scheme = JSON.parse(JSON.stringify(lib.HMIP_2018_SCHEME));
  scheme.points.good = Number.NaN;
  scheme[Symbol.for("crc-inspections.checked-scheme")] = true;
  return Object.freeze(scheme);
})();

/** The bad values, each built once: the set of issue 13, and more. */
const BAD: ReadonlyArray<readonly [string, () => unknown]> = [
  ["undefined", () => undefined],
  ["null", () => null],
  ["true", () => true],
  ["NaN", () => Number.NaN],
  ["Infinity", () => Number.POSITIVE_INFINITY],
  ["-Infinity", () => Number.NEGATIVE_INFINITY],
  ["-0", () => -0],
  ["1.5", () => 1.5],
  ["1e308", () => 1e308],
  ["empty string", () => ""],
  ["string", () => "x"],
  ["numeric string", () => "15"],
  ["control characters", () => "\u0000\u001b[31m\n"],
  ["a 1e6-character string", () => "x".repeat(HUGE)],
  ["symbol", () => Symbol("bad")],
  ["bigint", () => 10n],
  ["huge bigint", () => 10n ** 2000n],
  ["function", () => () => 1],
  ["empty array", () => []],
  [
    "a 1e6-element array of objects",
    () => Array.from({ length: HUGE }, (_, i) => ({ id: `x${i}`, pad: "abcdefghij" })),
  ],
  ["a 1e6-element array of strings", () => Array.from({ length: HUGE }, () => "abcdefghijklmnopqrstuvwxyz")],
  ["a 1e6-element array of records", () => Array.from({ length: HUGE }, () => sample)],
  // biome-ignore lint/suspicious/noSparseArray: the hole is the point
  ["a sparse array", () => [sample, , sample]],
  ["new Array(1e9)", () => new Array(1e9)],
  ["a Proxy array of length 1e9", () => new Proxy([], { get: (_, k) => (k === "length" ? 1e9 : sample) })],
  ["a Proxy array whose traps throw", () => new Proxy([], { get: throwing, has: throwing })],
  ["an array-like", () => ({ length: 2, 0: sample, 1: sample })],
  ["an array-like of length 1e9", () => ({ length: 1e9 })],
  ["a null-prototype object", () => Object.create(null)],
  ["a null-prototype record", () => Object.assign(Object.create(null), sample)],
  [
    "a getter that throws",
    () => ({
      get framework() {
        return throwing();
      },
      get standards() {
        return throwing();
      },
    }),
  ],
  [
    "a record with a throwing getter",
    () => Object.defineProperty(record({}), "standards", { get: throwing, enumerable: true }),
  ],
  ["a Proxy whose traps throw", () => trapAll],
  ["a revoked Proxy", () => revocable.proxy],
  ["a frozen empty object", () => Object.freeze({})],
  ["a cyclic object", () => cyclic],
  [
    "a record with NaN counts",
    () =>
      record({
        standards: {},
        ratingCounts: { outstanding: Number.NaN, good: 0, "requires-improvement": 0, inadequate: 0 },
      }),
  ],
  ["a record with a 1e6-character round", () => record({ round: "x".repeat(HUGE) })],
  [
    "a record with an array as standards",
    () => record({ standards: Array.from({ length: HUGE }, () => "good") }),
  ],
  ["a record with a symbol framework", () => record({ framework: Symbol("f") })],
  ["a forged checked scheme (good: NaN)", () => forged],
  [
    "a scheme with a 1e6-item bands array",
    () => ({ ...lib.HMIP_2018_SCHEME, bands: Array.from({ length: HUGE }, () => ({})) }),
  ],
  ["options with a 1e6-character key", () => ({ ["k".repeat(HUGE)]: 1 })],
  ["options as an array", () => [1]],
  // Issue 17.
  [
    "a record whose getter throws a Proxy whose getPrototypeOf throws",
    () => Object.defineProperty(record({}), "overall", { get: throwProxy, enumerable: true }),
  ],
  ["a 1e7-item array of records", () => new Array(10_000_000).fill(sample)],
  ["options with a misspelt key", () => ({ raetd: true })],
  ["options with a string where a boolean goes", () => ({ rated: "yes" })],
  ["providers whose name is a number", () => ({ providers: [{ id: sample.providerId, name: 42 }] })],
  ["providers as new Array(1e9)", () => ({ providers: new Array(1e9) })],
  [
    "a scheme of 1e8 points",
    () => ({
      ...lib.HMIP_2018_SCHEME,
      points: { outstanding: 3e8, good: 2e8, "requires-improvement": 1e8, inadequate: 0 },
      bands: [
        { rating: "inadequate", min: 0, max: 5e8 },
        { rating: "requires-improvement", min: 5e8 + 1, max: 15e8 },
        { rating: "good", min: 15e8 + 1, max: 25e8 },
        { rating: "outstanding", min: 25e8 + 1, max: 30e8 },
      ],
    }),
  ],
];

const made = new Map<string, unknown>();
/** Each bad value is built once (the functions must not mutate their arguments anyway). */
const memo = (what: string, make: () => unknown): unknown => {
  if (!made.has(what)) made.set(what, make());
  return made.get(what);
};

const names = Object.keys(lib)
  .filter((name) => typeof (lib as Record<string, unknown>)[name] === "function")
  .sort();
port.postMessage({ type: "exports", names });

for (const name of names) {
  const fn = (lib as unknown as Record<string, (...args: unknown[]) => unknown>)[name] as (
    ...args: unknown[]
  ) => unknown;
  const valid = VALID[name] ?? [];
  const arity = Math.max(fn.length, valid.length, 1);
  for (const [what, make] of BAD) {
    const value = memo(what, make);
    for (let position = 0; position < arity; position++) {
      const args = valid.slice(0, arity);
      while (args.length < arity) args.push(undefined);
      args[position] = value;
      const label = `${name}: argument ${position + 1} ${what}`;
      port.postMessage({ type: "start", label });
      let outcome: Outcome;
      try {
        fn(...args);
        outcome = { fn: name, label, kind: "returned" };
      } catch (error) {
        const message = error instanceof Error ? String(error.message) : "(not an Error)";
        outcome = {
          fn: name,
          label,
          kind: "threw",
          errorName: error instanceof Error ? error.constructor.name : typeof error,
          message: message.slice(0, 600),
          messageLength: message.length,
        };
      }
      port.postMessage({ type: "done", outcome });
    }
  }
}
port.postMessage({ type: "end" });
