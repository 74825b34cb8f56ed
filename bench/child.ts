// The in-process half of the benchmark. bench/run.ts bundles this file into a temporary project where the packed
// package is installed, and runs it there with `node --expose-gc`, so it imports what users import: `crc-inspections`
// resolved through node_modules and the package's `exports`. d3-array and ajv (the baselines) are bundled into it.
// Reads its plan as JSON from argv[2]; writes its results as JSON to stdout, progress to stderr.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { baselines, type DistributionRow, type Range, type Ranked, SLOTS, type Tally } from "./baselines.js";
import { type Order, type Synthetic, synthetic } from "./data.js";

type Package = typeof import("../src/index.js");
type Schema = typeof import("../src/schema/index.js");

export interface Stats {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}
export interface FunctionResult {
  readonly fn: string;
  /** Which build of the package: `import` (dist/*.js) or `require` (dist/*.cjs). */
  readonly build: "ESM" | "CJS";
  readonly baseline: string;
  readonly size: number;
  readonly order: Order;
  readonly ours: Stats;
  readonly base: Stats;
  /** ours ÷ baseline, round by round. */
  readonly ratio: Stats;
  readonly rounds: number;
}
export interface ChildPlan {
  readonly functions: readonly {
    readonly fn: "ratingDistribution" | "leagueTable" | "scoreInspection";
    readonly size: number;
    readonly orders: readonly Order[];
    readonly baselines: readonly ("hand" | "d3")[];
    readonly rounds: number;
    /** Also time the CJS build (`require`) against the same baselines. */
    readonly cjs: boolean;
  }[];
  readonly validate: { readonly records: number; readonly rounds: number } | undefined;
}
export interface ChildResult {
  readonly functions: FunctionResult[];
  readonly validate: { zod: Stats; zodEach: Stats; ajv: Stats; records: number } | undefined;
}

const say = (text: string): void => {
  process.stderr.write(`bench: ${text}\n`);
};

export const stats = (xs: readonly number[]): Stats => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  const median = s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
  return { median, min: s[0] as number, max: s.at(-1) as number };
};

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error("bench: run the child with node --expose-gc");
let sink: unknown;

/**
 * Times `contenders` in `rounds` rounds: each round calls each once, in an order rotated round by round, each call
 * after a full garbage collection (outside the clock). Nothing but the call is inside the timed region.
 */
function race(contenders: readonly (() => unknown)[], rounds: number, warm: number): number[][] {
  for (let w = 0; w < warm; w++) for (const c of contenders) sink = c();
  const times = contenders.map((): number[] => []);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < contenders.length; k++) {
      const i = (k + r) % contenders.length;
      (gc as () => void)();
      const t0 = performance.now();
      sink = (contenders[i] as () => unknown)();
      const t = performance.now() - t0;
      (times[i] as number[]).push(t);
    }
  }
  return times;
}

const plan = JSON.parse(process.argv[2] ?? "{}") as ChildPlan;
const pkg = (await import("crc-inspections" as string)) as Package;
const cjs = createRequire(import.meta.url)("crc-inspections") as Package;
const base = baselines(pkg.RATINGS, pkg.gradeScore, pkg.STANDARD_IDS);

// Normal forms, to check each baseline's output equal to the package's before it is timed.
const distribution = (rows: readonly DistributionRow[]): string =>
  rows.map((r) => `${r.group}:${SLOTS.map((s) => r.tally[s]).join(",")}`).join(";");
const oursOf = (p: Package) => ({
  ratingDistribution: (d: Synthetic[]) => p.ratingDistribution(d, "standard"),
  leagueTable: (d: Synthetic[]) => p.leagueTable(d),
  scoreInspection: (d: Synthetic[]) => d.map((i) => p.scoreInspection(i)),
});
const ours = oursOf(pkg);
const oursCjs = oursOf(cjs);
const normal = {
  ratingDistribution: (out: unknown): string =>
    Array.isArray(out) && out.length > 0 && "tally" in out[0]
      ? distribution(out as DistributionRow[])
      : distribution((out as (Tally & { group: string })[]).map((r) => ({ group: r.group, tally: r }))),
  leagueTable: (out: unknown): string => (out as Ranked[]).map((r) => `${r.rank}:${r.providerId}`).join(),
  scoreInspection: (out: unknown): string => (out as Range[]).map((r) => `${r.min}-${r.max}`).join(),
};
const baselineOf = {
  ratingDistribution: { hand: base.handDistribution, d3: base.d3Distribution },
  leagueTable: { hand: base.handLeagueTable, d3: base.d3LeagueTable },
  scoreInspection: { hand: base.handScores, d3: base.d3Scores },
};

const functions: FunctionResult[] = [];
const data = new Map<string, Synthetic[]>();
const dataOf = (n: number, order: Order): Synthetic[] => {
  const key = `${n} ${order}`;
  let d = data.get(key);
  if (d === undefined) {
    data.clear(); // one data set in memory at a time
    d = synthetic(n, order, pkg.gradeScore);
    data.set(key, d);
  }
  return d;
};
for (const step of plan.functions) {
  for (const order of step.orders) {
    const d = dataOf(step.size, order);
    const run = ours[step.fn];
    const runCjs = oursCjs[step.fn];
    const contenders = [
      () => run(d),
      ...step.baselines.map((b) => () => baselineOf[step.fn][b](d)),
      ...(step.cjs ? [() => runCjs(d)] : []),
    ];
    // The check: every baseline's output (and the CJS build's) equal to the package's, on this very data.
    const expected = normal[step.fn](run(d));
    if (step.cjs && normal[step.fn](runCjs(d)) !== expected) {
      throw new Error(
        `bench: the CJS build's ${step.fn} differs from the ESM build's (${step.size}, ${order})`,
      );
    }
    step.baselines.forEach((b) => {
      if (normal[step.fn](baselineOf[step.fn][b](d)) !== expected) {
        throw new Error(
          `bench: the ${b} baseline of ${step.fn} differs from the package's output (${step.size}, ${order})`,
        );
      }
    });
    const times = race(contenders, step.rounds, step.size >= 1_000_000 ? 0 : 2);
    const builds: ["ESM" | "CJS", number][] = step.cjs
      ? [
          ["ESM", 0],
          ["CJS", times.length - 1],
        ]
      : [["ESM", 0]];
    for (const [build, index] of builds)
      step.baselines.forEach((b, k) => {
        const mine = times[index] as number[];
        const theirs = times[k + 1] as number[];
        const result: FunctionResult = {
          fn: step.fn,
          build,
          baseline: b,
          size: step.size,
          order,
          ours: stats(mine),
          base: stats(theirs),
          ratio: stats(mine.map((t, r) => t / (theirs[r] as number))),
          rounds: step.rounds,
        };
        functions.push(result);
        say(
          `${step.fn} (${build}) vs ${b}, ${step.size} ${order}: ${result.ours.median.toFixed(1)} ms vs ` +
            `${result.base.median.toFixed(1)} ms, ${result.ratio.median.toFixed(2)}×`,
        );
      });
  }
}
data.clear();

let validate: ChildResult["validate"];
if (plan.validate !== undefined) {
  const schema = (await import("crc-inspections/schema" as string)) as Schema;
  const dir = new URL("./node_modules/crc-inspections/", import.meta.url);
  const real = JSON.parse(readFileSync(new URL("data/inspections.json", dir), "utf8")) as { id: string }[];
  const n = plan.validate.records;
  const records = Array.from({ length: n }, (_, k) => ({ ...real[k % real.length], id: `copy-${k}` }));
  const jsonSchema = JSON.parse(
    readFileSync(new URL("data/schema/inspections.schema.json", dir), "utf8"),
  ) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  const compiled = ajv.compile(jsonSchema);
  if (!schema.Inspections.safeParse(records).success || !compiled(records)) {
    throw new Error("bench: the validate records are not valid to both checks");
  }
  const [zod, zodEach, ajvTimes] = race(
    [
      () => schema.Inspections.safeParse(records),
      () => {
        for (const r of records) schema.Inspection.safeParse(r);
      },
      () => compiled(records),
    ],
    plan.validate.rounds,
    2,
  ) as [number[], number[], number[]];
  validate = { zod: stats(zod), zodEach: stats(zodEach), ajv: stats(ajvTimes), records: n };
}

const result: ChildResult = { functions, validate };
process.stdout.write(JSON.stringify(result));
if (sink === Symbol.for("never")) process.stdout.write("");
