// `npm run bench`: what the package costs at run time, side by side with floors measured in the same run.
//
// 1. The command line: each command in fresh processes, interleaved with a bare `node -e 0`.
// 2. Cold import: the increment of `import("crc-inspections")` (dist/index.js) in a fresh process,
//    interleaved with the same for a tiny ESM package that only JSON.parses the same two data files
//    (embedded as strings, as ours are). The clock starts after process.stdout is set up.
//    Also: JSON.parse of the data alone, and deepFreeze of it, in-process (what the import pays for).
// 3. Functions on 10,000 / 100,000 / 1,000,000 synthetic inspections (seeded), against the same result
//    computed with d3-array and with a hand-written one-pass loop, with the growth from 10k to 1M.
// 4. validate: zod (the package's schema) per record, beside a JSON Schema check compiled by ajv.
//
// Prints Markdown; `npm run bench -- --write` also puts it into docs/performance.md between the
// `<!-- bench:start -->` and `<!-- bench:end -->` markers.
// Run through scripts/run.mjs (esbuild bundles this file and src/; d3-array and ajv stay external).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, release, tmpdir, totalmem, type } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { ascending, group, pairs, rollup, sort, sum } from "d3-array";
import type { CountableInspection } from "../src/aggregate/types.js";
import type { DeltaInspection } from "../src/deltas/types.js";
import {
  countRatings,
  gradeScore,
  HMIP_2018_SCHEME,
  leagueTable,
  RATINGS,
  type Rating,
  ratingDistribution,
  scoreInspection,
  yearOnYearDeltas,
} from "../src/index.js";
import { deepFreeze } from "../src/internal/deepFreeze.js";
import type { LeagueInspection } from "../src/league/types.js";
import { Inspection, Inspections } from "../src/schema/index.js";
import { STANDARD_IDS, type StandardId } from "../src/standards/catalogue.js";

const ROOT = process.cwd();
const WRITE = process.argv.includes("--write");
const SIZES = [10_000, 100_000, 1_000_000] as const;

// ---------------------------------------------------------------------------------------------
// Synthetic data, shaped like the real records.

type Synthetic = LeagueInspection & DeltaInspection & CountableInspection;

const SHARED: readonly StandardId[] = [
  "leadership",
  "staff",
  "services",
  "information-and-facilities",
  "assessment",
  "planning",
  "implementation-and-delivery",
  "reviewing",
];
const STANDARDS: Readonly<Record<"crc" | "nps", readonly StandardId[]>> = {
  crc: [...SHARED, "unpaid-work", "through-the-gate"],
  nps: [...SHARED, "court-reports-and-allocation", "statutory-victim-work"],
};
const POINTS: Readonly<Record<Rating, number>> = {
  outstanding: 3,
  good: 2,
  "requires-improvement": 1,
  inadequate: 0,
};

/** mulberry32: a small seeded PRNG, so every run benchmarks the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/**
 * `n` inspections of `n / 2` providers, one per round each (2018/19 published June 2018 – May
 * 2019, 2019/20 published October 2019 – June 2020, day precision); three CRCs to one NPS
 * division; each standard known with probability 0.7; 1% not rated overall; the overall rating
 * otherwise the band of the expected score, as in the real data.
 */
export function synthetic(n: number, seed = 2018): Synthetic[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const weighted: readonly Rating[] = [
    "outstanding",
    "good",
    "good",
    "requires-improvement",
    "requires-improvement",
    "inadequate",
  ];
  const out: Synthetic[] = [];
  for (let i = 0; out.length < n; i++) {
    const kind = i % 4 === 3 ? "nps" : "crc";
    const providerId = `provider-${pad(i, 6)}-${kind}`;
    for (const round of ["2018/19", "2019/20"] as const) {
      if (out.length >= n) break;
      const standards: Partial<Record<StandardId, Rating>> = {};
      let points = 0;
      let unknown = 0;
      for (const id of STANDARDS[kind]) {
        if (random() < 0.7) {
          const rating = pick(weighted);
          standards[id] = rating;
          points += POINTS[rating];
        } else {
          unknown += 1;
        }
      }
      const month = round === "2018/19" ? 6 + Math.floor(random() * 12) : 10 + Math.floor(random() * 9);
      const year = (round === "2018/19" ? 2018 : 2019) + Math.floor((month - 1) / 12);
      const published = `${year}-${pad(((month - 1) % 12) + 1)}-${pad(1 + Math.floor(random() * 28))}`;
      const rated = random() >= 0.01;
      out.push({
        id: `${providerId}-${round.replace("/", "-")}`,
        providerId,
        providerKind: kind,
        framework: "hmip-2018",
        round,
        published,
        overall: rated ? gradeScore(Math.round(points + unknown * 1.5)) : "not-rated",
        standards,
      } as Synthetic);
    }
  }
  // Shuffle (Fisher–Yates), so no function gets its input pre-sorted.
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as Synthetic, out[i] as Synthetic];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Baselines: the same results written with d3-array, as a notebook user would.

interface Range {
  min: number;
  max: number;
  exact: number | undefined;
}

function scoreRange(inspection: Synthetic): Range {
  const ids = STANDARDS[inspection.providerKind];
  let known = 0;
  let points = 0;
  for (const id of ids) {
    const rating = inspection.standards[id];
    if (rating !== undefined) {
      known += 1;
      points += POINTS[rating];
    }
  }
  const unknown = ids.length - known;
  return narrowToBand({ min: points, max: points + 3 * unknown }, inspection.overall);
}

// The default scheme's score band of each overall rating, worked out once, outside every timed region.
const BAND = new Map(
  RATINGS.map((r) => {
    const scores = Array.from({ length: 31 }, (_, s) => s).filter((s) => gradeScore(s) === r);
    return [r, { min: Math.min(...scores), max: Math.max(...scores) }] as const;
  }),
);

/**
 * What scoreInspection's evidence model concludes for a record with only standards and an overall rating: every
 * integer from min to max is reachable (each unknown standard adds 0–3 points), so the published rating's band
 * narrows the range to their intersection, and an empty intersection (a contradiction) keeps the range.
 */
function narrowToBand(range: { min: number; max: number }, overall: Rating | "not-rated" | undefined): Range {
  const band = overall === "not-rated" || overall === undefined ? undefined : BAND.get(overall);
  const min = band === undefined ? range.min : Math.max(range.min, band.min);
  const max = band === undefined ? range.max : Math.min(range.max, band.max);
  if (min > max)
    return { min: range.min, max: range.max, exact: range.min === range.max ? range.min : undefined };
  return { min, max, exact: min === max ? min : undefined };
}

function d3LeagueTable(inspections: readonly Synthetic[]): { rank: number; providerId: string }[] {
  const rated = inspections
    .filter((d) => d.framework === "hmip-2018" && d.overall !== "not-rated" && d.overall !== undefined)
    .map((d) => {
      // As leagueTable: the published rating's band bounds the score, unless they contradict.
      const score = scoreRange(d);
      const band = HMIP_2018_SCHEME.bands.find((b) => b.rating === d.overall);
      const min = Math.max(score.min, band?.min ?? score.min);
      const max = Math.min(score.max, band?.max ?? score.max);
      return { d, rank: RATINGS.indexOf(d.overall as Rating), score: min <= max ? { min, max } : score };
    });
  const sorted = sort(
    rated,
    (a, b) =>
      a.rank - b.rank ||
      b.score.min + b.score.max - (a.score.min + a.score.max) ||
      a.score.max - a.score.min - (b.score.max - b.score.min) ||
      ascending(a.d.providerId, b.d.providerId) ||
      ascending(a.d.id, b.d.id),
  );
  const rows: { rank: number; providerId: string }[] = [];
  sorted.forEach((row, i) => {
    const previous = sorted[i - 1];
    const tied =
      previous !== undefined &&
      previous.rank === row.rank &&
      previous.score.min === row.score.min &&
      previous.score.max === row.score.max;
    rows.push({ rank: tied ? (rows[i - 1]?.rank ?? i + 1) : i + 1, providerId: row.d.providerId });
  });
  return rows;
}

function d3CountRatings(inspections: readonly Synthetic[]): Record<string, number> {
  const counts = rollup(
    inspections,
    (v) => v.length,
    (d) => (d.overall === "not-rated" ? "notRated" : (d.overall ?? "unknown")),
  );
  const out: Record<string, number> = {};
  const keys: readonly (Rating | "unknown" | "notRated")[] = [...RATINGS, "unknown", "notRated"];
  for (const key of keys) out[key] = counts.get(key) ?? 0;
  return out;
}

function direction(to: Rating | "not-rated" | undefined, from: Rating | "not-rated" | undefined): string {
  if (to === undefined || from === undefined || to === "not-rated" || from === "not-rated") return "unknown";
  const d = RATINGS.indexOf(from) - RATINGS.indexOf(to);
  return d > 0 ? "improved" : d < 0 ? "declined" : "unchanged";
}

function d3YearOnYearDeltas(inspections: readonly Synthetic[]): { providerId: string; laterId: string }[] {
  const byProvider = group(
    inspections.filter((d) => d.framework === "hmip-2018" && d.overall !== "not-rated"),
    (d) => d.providerId,
  );
  const deltas: { providerId: string; laterId: string; published: string }[] = [];
  for (const list of byProvider.values()) {
    for (const [earlier, later] of pairs(sort(list, (a, b) => ascending(a.published, b.published)))) {
      const from = scoreRange(earlier);
      const to = scoreRange(later);
      const standards = STANDARDS[later.providerKind].map((id) => ({
        standard: id,
        direction: direction(later.standards[id], earlier.standards[id]),
      }));
      const days = (Date.parse(later.published as string) - Date.parse(earlier.published as string)) / 864e5;
      const delta = {
        providerId: later.providerId,
        laterId: later.id,
        published: later.published as string,
        overall: direction(later.overall, earlier.overall),
        change: { min: to.min - from.max, max: to.max - from.min },
        standards,
        days,
      };
      deltas.push(delta);
    }
  }
  return sort(deltas, (a, b) => ascending(a.published, b.published) || ascending(a.providerId, b.providerId));
}

/** d3-array: the score range of each inspection with `sum`, as a notebook would write it. */
function d3Scores(inspections: readonly Synthetic[]): Range[] {
  return inspections.map((d) => {
    const ids = STANDARDS[d.providerKind];
    const known = ids.filter((id) => d.standards[id] !== undefined);
    const points = sum(known, (id) => POINTS[d.standards[id] as Rating]);
    const unknown = ids.length - known.length;
    return narrowToBand({ min: points, max: points + 3 * unknown }, d.overall);
  });
}

type Tally = Record<Rating | "unknown" | "notRated", number>;
const emptyTally = (): Tally => ({
  outstanding: 0,
  good: 0,
  "requires-improvement": 0,
  inadequate: 0,
  unknown: 0,
  notRated: 0,
});

/** One pass by hand: each inspection adds one count to each standard's tally. */
function handDistribution(inspections: readonly Synthetic[]): { group: string; tally: Tally }[] {
  const tallies = new Map<StandardId, Tally>(STANDARD_IDS.map((id) => [id, emptyTally()]));
  const applies = new Set<StandardId>();
  for (const d of inspections) {
    const ids = STANDARDS[d.providerKind];
    for (const [id, tally] of tallies) {
      if (!ids.includes(id)) tally.notRated += 1;
      else {
        applies.add(id);
        tally[d.standards[id] ?? "unknown"] += 1;
      }
    }
  }
  return STANDARD_IDS.filter((id) => applies.has(id)).map((id) => ({
    group: id,
    tally: tallies.get(id) as Tally,
  }));
}

/** d3-array: `rollup` by standard and slot over the (inspection, standard) pairs. */
function d3Distribution(inspections: readonly Synthetic[]): { group: string; tally: Tally }[] {
  const slots = inspections.flatMap((d) =>
    STANDARD_IDS.map((id) => ({
      id,
      slot: STANDARDS[d.providerKind].includes(id) ? (d.standards[id] ?? "unknown") : "notRated",
    })),
  );
  const counts = rollup(
    slots,
    (v) => v.length,
    (s) => s.id,
    (s) => s.slot,
  );
  return STANDARD_IDS.filter((id) => [...(counts.get(id)?.keys() ?? [])].some((k) => k !== "notRated")).map(
    (id) => {
      const tally = emptyTally();
      for (const [slot, n] of counts.get(id) ?? []) tally[slot as keyof Tally] = n;
      return { group: id, tally };
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Timing.

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

let sink: unknown;

// A full garbage collection before each timed call (not timed), so one call's garbage is not
// collected in the next one's time. scripts/run.mjs imports this file, so no `--expose-gc` flag.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/**
 * Median wall time in ms of `a` and `b`, interleaved (a, b, a, b, …) so both see the same machine:
 * `warm` warm-up calls each, then `runs` timed calls each, each after a full GC. Nothing but the call
 * is inside the timed region.
 */
function timePair(a: () => unknown, b: () => unknown, runs: number, warm: number): [number, number] {
  for (let i = 0; i < warm; i++) {
    sink = a();
    sink = b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const [fn, out] of [
      [a, ta],
      [b, tb],
    ] as const) {
      gc();
      const t0 = performance.now();
      sink = fn();
      out.push(performance.now() - t0);
    }
  }
  return [median(ta), median(tb)];
}

const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const ratio = (x: number): string => `${x.toFixed(2)}×`;
const say = (text: string): void => {
  process.stderr.write(`bench: ${text}\n`);
};

// ---------------------------------------------------------------------------------------------
// 1. The command line.

/** Median wall time of whole processes, the commands interleaved round by round. */
function processTimes(commands: readonly (readonly string[])[], rounds: number): number[] {
  const times = commands.map((): number[] => []);
  for (let r = 0; r < rounds + 1; r++) {
    commands.forEach((args, k) => {
      const t0 = performance.now();
      const child = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
      const t = performance.now() - t0;
      if (child.status !== 0) throw new Error(`bench: node ${args.join(" ")} failed: ${child.stderr}`);
      if (r > 0) times[k]?.push(t); // round 0 warms the file cache
    });
  }
  return times.map(median);
}

function cliTable(): string[] {
  const cli = resolve(ROOT, "dist/cli.js");
  const commands: [string, string[]][] = [
    ["bare `node -e 0` (the floor)", ["-e", "0"]],
    ["`--version`", [cli, "--version"]],
    ["`league`", [cli, "league"]],
    ["`show west-yorkshire-crc`", [cli, "show", "west-yorkshire-crc"]],
    ["`deltas`", [cli, "deltas"]],
    ["`export`", [cli, "export"]],
    ["`chart`", [cli, "chart"]],
    ["`validate data/inspections.json` (loads zod)", [cli, "validate", "data/inspections.json"]],
    ["`league --data data/inspections.json` (loads zod)", [cli, "league", "--data", "data/inspections.json"]],
  ];
  const times = processTimes(
    commands.map(([, args]) => args),
    21,
  );
  const floor = times[0] as number;
  return [
    "The command line: median wall time of 21 fresh processes each, interleaved (target: within 1.6× bare node " +
      "for every command that does not validate user data):",
    "",
    "| command | ms | ratio to bare node |",
    "| --- | ---: | ---: |",
    ...commands.map(
      ([name], k) => `| ${name} | ${ms(times[k] as number)} | ${ratio((times[k] as number) / floor)} |`,
    ),
  ];
}

// ---------------------------------------------------------------------------------------------
// 2. Cold import.

/** In-process ms of `body` in fresh processes, the cases interleaved; stdout is set up before the clock. */
function coldTimes(cases: readonly { code: string; module: boolean }[], rounds: number): number[] {
  const times = cases.map((): number[] => []);
  for (let r = 0; r < rounds + 1; r++) {
    cases.forEach((c, k) => {
      const code = `const out = process.stdout; const t0 = performance.now(); ${c.code}; const t = performance.now() - t0; out.write(String(t));`;
      const args = c.module ? ["--input-type=module", "-e", code] : ["-e", code];
      const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
      if (child.status !== 0) throw new Error(`bench child failed: ${child.stderr}`);
      if (r > 0) times[k]?.push(Number(child.stdout));
    });
  }
  return times.map(median);
}

/** A tiny ESM package that only JSON.parses the same data, embedded as strings as ours is. */
function floorPackage(dir: string): string {
  const literal = (file: string): string =>
    JSON.stringify(JSON.stringify(JSON.parse(readFileSync(resolve(ROOT, file), "utf8"))));
  const pkg = join(dir, "node_modules/json-floor");
  mkdirSync(pkg, { recursive: true });
  writeFileSync(
    join(pkg, "package.json"),
    JSON.stringify({ name: "json-floor", type: "module", exports: "./index.js" }),
  );
  writeFileSync(
    join(pkg, "index.js"),
    `export const providers = JSON.parse(${literal("data/providers.json")});\n` +
      `export const inspections = JSON.parse(${literal("data/inspections.json")});\n`,
  );
  return pathToFileURL(join(pkg, "index.js")).href;
}

function coldImportTable(): string[] {
  const dist = resolve(ROOT, "dist/index.js");
  if (!existsSync(dist)) throw new Error("bench: dist/ is missing; run `npm run build` (npm run bench does)");
  const dir = mkdtempSync(join(tmpdir(), "crc-bench-"));
  try {
    const floor = floorPackage(dir);
    const cases = [
      {
        name: "`import()` of an empty ESM module (the loader's own start-up)",
        code: 'await import("data:text/javascript,export default 1")',
        module: true,
      },
      {
        name: "`import('json-floor')`: a tiny package that only JSON.parses the same data (the floor)",
        code: `await import(${JSON.stringify(floor)})`,
        module: true,
      },
      {
        name: "`import('crc-inspections')` (ESM, dist/index.js)",
        code: `await import(${JSON.stringify(pathToFileURL(dist).href)})`,
        module: true,
      },
      {
        name: "`require('crc-inspections')` (CJS, dist/index.cjs)",
        code: `require(${JSON.stringify(resolve(ROOT, "dist/index.cjs"))})`,
        module: false,
      },
    ];
    const times = coldTimes(cases, 21);
    const [empty, floorMs] = times as [number, number];
    const increment = (t: number): number => t - empty;
    // What the import pays for, in a warm process: parsing the data, and freezing it.
    const providersText = readFileSync(resolve(ROOT, "data/providers.json"), "utf8");
    const inspectionsText = readFileSync(resolve(ROOT, "data/inspections.json"), "utf8");
    const parse = (): unknown => [JSON.parse(providersText), JSON.parse(inspectionsText)];
    const [parseMs, parseFreezeMs] = timePair(parse, () => deepFreeze(parse()), 200, 20);
    const records = (JSON.parse(inspectionsText) as unknown[]).length;
    return [
      `Cold import: in-process ms from just before \`import()\` to just after, median of 21 fresh processes each, ` +
        `interleaved; the increment is that minus the empty module's (target: ours within 1.2× the floor's increment). ` +
        `Data: ${records} inspections, ${((providersText.length + inspectionsText.length) / 1024).toFixed(0)} KiB of JSON.`,
      "",
      "| what | in-process ms | increment ms | increment ratio to the floor |",
      "| --- | ---: | ---: | ---: |",
      ...cases.map((c, k) => {
        const t = times[k] as number;
        return k === 0
          ? `| ${c.name} | ${ms(t)} | — | — |`
          : `| ${c.name} | ${ms(t)} | ${ms(increment(t))} | ${ratio(increment(t) / increment(floorMs))} |`;
      }),
      "",
      `In a warm process: \`JSON.parse\` of both data files ${ms(parseMs)} ms; the same and \`deepFreeze\` of the result ` +
        `${ms(parseFreezeMs)} ms (the freeze costs ${ms(parseFreezeMs - parseMs)} ms).`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Functions.

interface FunctionCase {
  readonly name: string;
  readonly target: string;
  readonly ours: (d: Synthetic[]) => unknown;
  readonly baselines: readonly { readonly name: string; readonly run: (d: Synthetic[]) => unknown }[];
}

function checkBaselines(small: Synthetic[]): void {
  const ranks = (rows: readonly { rank: number; providerId: string }[]): string =>
    rows.map((r) => `${r.rank}:${r.providerId}`).join();
  if (ranks(leagueTable(small)) !== ranks(d3LeagueTable(small)))
    throw new Error("bench: the d3 leagueTable baseline no longer matches leagueTable; update it");
  if (JSON.stringify({ ...countRatings(small) }) !== JSON.stringify(d3CountRatings(small))) {
    throw new Error("bench: the d3 countRatings baseline no longer matches countRatings; update it");
  }
  const laterIds = (rows: readonly { laterId: string }[]): string => rows.map((r) => r.laterId).join();
  if (laterIds(yearOnYearDeltas(small)) !== laterIds(d3YearOnYearDeltas(small))) {
    throw new Error("bench: the d3 yearOnYearDeltas baseline no longer matches yearOnYearDeltas; update it");
  }
  const scores = (rows: readonly { min: number; max: number }[]): string =>
    rows.map((r) => `${r.min}-${r.max}`).join();
  const ourScores = small.map((d) => scoreInspection(d));
  if (scores(ourScores) !== scores(d3Scores(small)) || scores(ourScores) !== scores(small.map(scoreRange))) {
    throw new Error("bench: the scoreInspection baselines no longer match scoreInspection; update them");
  }
  const dist = (rows: readonly { group: string | null }[], tally: (r: never) => Tally): string =>
    rows.map((r) => `${r.group}:${JSON.stringify({ ...tally(r as never) })}`).join();
  const ours = dist(ratingDistribution(small, "standard"), (r: Tally & { group: string }) => {
    const { group: _, ...t } = r;
    return t as Tally;
  });
  if (
    ours !== dist(handDistribution(small), (r: { tally: Tally }) => r.tally) ||
    ours !== dist(d3Distribution(small), (r: { tally: Tally }) => r.tally)
  ) {
    throw new Error(
      "bench: the ratingDistribution baselines no longer match ratingDistribution; update them",
    );
  }
}

function functionsTable(): string[] {
  const cases: FunctionCase[] = [
    {
      name: 'ratingDistribution(d, "standard")',
      target: "≤ 1.5× hand",
      ours: (d) => ratingDistribution(d, "standard"),
      baselines: [
        { name: "hand", run: handDistribution },
        { name: "d3", run: d3Distribution },
      ],
    },
    {
      name: "leagueTable(d)",
      target: "≤ 1.0× d3",
      ours: (d) => leagueTable(d),
      baselines: [{ name: "d3", run: d3LeagueTable }],
    },
    {
      name: "d.map(scoreInspection)",
      target: "≤ 1.0× d3",
      ours: (d) => d.map((i) => scoreInspection(i)),
      baselines: [
        { name: "d3", run: d3Scores },
        { name: "hand", run: (d) => d.map(scoreRange) },
      ],
    },
  ];
  checkBaselines(synthetic(2_000));
  const lines = [
    "Functions on synthetic inspections (seeded, shuffled; each standard known with probability 0.7): median ms per " +
      "call, interleaved with each baseline computing the same result (checked equal first); ratio = ours ÷ baseline; " +
      "growth = time at 1,000,000 ÷ time at 10,000 (linear ≈ 100):",
    "",
    `| function | baseline | ${SIZES.map((n) => `${n.toLocaleString("en-GB")}: ms (baseline ms, ratio)`).join(" | ")} | growth (baseline) | target |`,
    `| --- | --- | ${SIZES.map(() => "---:").join(" | ")} | ---: | --- |`,
  ];
  const data = new Map<number, Synthetic[]>();
  for (const n of SIZES) data.set(n, synthetic(n));
  for (const c of cases) {
    for (const b of c.baselines) {
      const cells: string[] = [];
      const ours: number[] = [];
      const base: number[] = [];
      for (const n of SIZES) {
        const d = data.get(n) as Synthetic[];
        const big = n >= 1_000_000;
        const [o, t] = timePair(
          () => c.ours(d),
          () => b.run(d),
          big ? 3 : n >= 100_000 ? 5 : 15,
          big ? 0 : 3,
        );
        ours.push(o);
        base.push(t);
        cells.push(`${ms(o)} (${ms(t)}, ${ratio(o / t)})`);
        say(`${c.name} vs ${b.name} n=${n}: ${ms(o)} ms, ${ms(t)} ms`);
      }
      const growth = (m: number[]): string => ((m.at(-1) as number) / (m[0] as number)).toFixed(0);
      lines.push(
        `| \`${c.name}\` | ${b.name} | ${cells.join(" | ")} | ${growth(ours)} (${growth(base)}) | ${c.target} |`,
      );
    }
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// 4. validate.

function validateTable(): string[] {
  const real = JSON.parse(readFileSync(resolve(ROOT, "data/inspections.json"), "utf8")) as { id: string }[];
  const n = 10_000;
  const records = Array.from({ length: n }, (_, k) => ({ ...real[k % real.length], id: `copy-${k}` }));
  const schema = JSON.parse(
    readFileSync(resolve(ROOT, "data/schema/inspections.schema.json"), "utf8"),
  ) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  const compiled = ajv.compile(schema);
  if (!Inspections.safeParse(records).success || !compiled(records)) {
    throw new Error("bench: the validate records are not valid to both checks");
  }
  const [zodMs, ajvMs] = timePair(
    () => Inspections.safeParse(records),
    () => compiled(records),
    5,
    2,
  );
  const [oneMs] = timePair(
    () => {
      for (const r of records) Inspection.safeParse(r);
    },
    () => 0,
    5,
    2,
  );
  const us = (t: number): string => `${((t * 1000) / n).toFixed(1)} µs`;
  return [
    `validate: ${n.toLocaleString("en-GB")} valid inspections (copies of the real ones), in-process:`,
    "",
    "| check | per record | ratio to zod |",
    "| --- | ---: | ---: |",
    `| zod \`Inspections.safeParse\` (what \`validate\` runs; the schema is the single source of truth) | ${us(zodMs)} | 1.00× |`,
    `| zod \`Inspection.safeParse\` record by record (\`validate\` past 1,000 records) | ${us(oneMs)} | ${ratio(oneMs / zodMs)} |`,
    `| ajv, compiled from data/schema/inspections.schema.json (no refinements; not a runtime dependency) | ${us(ajvMs)} | ${ratio(ajvMs / zodMs)} |`,
  ];
}

function machine(): string[] {
  const cpu = cpus();
  return [
    `Machine: ${type()} ${release()}, ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${cpu.length} cores, ` +
      `${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}.`,
  ];
}

const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7);
const sections: [string, () => string[]][] = [
  ["cli", cliTable],
  ["cold", coldImportTable],
  ["functions", functionsTable],
  ["validate", validateTable],
];
const parts: string[] = [...machine()];
for (const [name, section] of sections) {
  if (only !== undefined && only !== name) continue;
  say(`${name}…`);
  parts.push("", ...section());
}
const report = parts.join("\n");
process.stdout.write(`${report}\n`);
if (sink === Symbol.for("never")) process.stdout.write("");

if (WRITE) {
  const doc = resolve(ROOT, "docs/performance.md");
  const text = readFileSync(doc, "utf8");
  const start = "<!-- bench:start -->";
  const end = "<!-- bench:end -->";
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`bench: ${doc} lacks the ${start} … ${end} markers`);
  writeFileSync(doc, `${text.slice(0, a + start.length)}\n${report}\n${text.slice(b)}`);
  // Biome formats Markdown (and `npm run lint` checks it): align the tables as it would.
  spawnSync(resolve(ROOT, "node_modules/.bin/biome"), ["format", "--write", doc], { stdio: "ignore" });
  say(`wrote ${doc}`);
}
