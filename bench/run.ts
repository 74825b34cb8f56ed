// `npm run bench`: what the package costs at run time, side by side with baselines.
//
// 1. Cold import: `import("crc-inspections")` (the built ESM entry, dataset included) and
//    `require("crc-inspections")` (CJS), each in a fresh Node process, against `JSON.parse` of
//    data/inspections.json in a fresh process.
// 2. leagueTable, countRatings and yearOnYearDeltas on synthetic datasets of 1,000 / 10,000 /
//    100,000 inspections (seeded, so every run sees the same data) against the same work written
//    with d3-array's group / rollup / sort, with the growth factor from 10,000 to 100,000.
//
// Prints a Markdown table; `npm run bench -- --write` also puts it into docs/performance.md
// between the `<!-- bench:start -->` and `<!-- bench:end -->` markers.
// Run through scripts/run.mjs (esbuild bundles this file and src/; d3-array stays external).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, release, totalmem, type } from "node:os";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { ascending, group, pairs, rollup, sort } from "d3-array";
import type { CountableInspection } from "../src/aggregate/types.js";
import type { DeltaInspection } from "../src/deltas/types.js";
import {
  countRatings,
  gradeScore,
  HMIP_2018_SCHEME,
  leagueTable,
  RATINGS,
  type Rating,
  yearOnYearDeltas,
} from "../src/index.js";
import type { LeagueInspection } from "../src/league/types.js";
import type { StandardId } from "../src/standards/catalogue.js";

const ROOT = process.cwd();
const WRITE = process.argv.includes("--write");
const SIZES = [1_000, 10_000, 100_000] as const;

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
        overall: rated ? gradeScore(Math.round(points + unknown * 1.5)) : null,
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
  return { min: points, max: points + 3 * unknown, exact: unknown === 0 ? points : undefined };
}

function d3LeagueTable(inspections: readonly Synthetic[]): { rank: number; providerId: string }[] {
  const rated = inspections
    .filter((d) => d.framework === "hmip-2018" && d.overall !== null && d.overall !== undefined)
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
    (d) => (d.overall === null ? "notRated" : (d.overall ?? "unknown")),
  );
  const out: Record<string, number> = {};
  const keys: readonly (Rating | "unknown" | "notRated")[] = [...RATINGS, "unknown", "notRated"];
  for (const key of keys) out[key] = counts.get(key) ?? 0;
  return out;
}

function direction(to: Rating | null | undefined, from: Rating | null | undefined): string {
  if (to === undefined || from === undefined || to === null || from === null) return "unknown";
  const d = RATINGS.indexOf(from) - RATINGS.indexOf(to);
  return d > 0 ? "improved" : d < 0 ? "declined" : "unchanged";
}

function d3YearOnYearDeltas(inspections: readonly Synthetic[]): { providerId: string; laterId: string }[] {
  const byProvider = group(
    inspections.filter((d) => d.framework === "hmip-2018" && d.overall !== null),
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
 * Median wall time of `fn` in ms: 3 warm-up runs, then at least 5 runs and 300 ms of calls (at most
 * 200 runs), each after a full GC.
 */
function time(fn: () => unknown): number {
  for (let i = 0; i < 3; i++) sink = fn();
  const samples: number[] = [];
  let spent = 0;
  while (samples.length < 200 && (samples.length < 5 || spent < 300)) {
    gc();
    const t0 = performance.now();
    sink = fn();
    const t = performance.now() - t0;
    samples.push(t);
    spent += t;
  }
  return median(samples);
}

/** Median over `runs` fresh Node processes of the time, measured inside the process, that `code` takes. */
function coldTime(code: string, module: boolean, runs = 15): { inProcess: number; process: number } {
  const inside: number[] = [];
  const whole: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const args = module ? ["--input-type=module", "-e", code] : ["-e", code];
    const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
    whole.push(performance.now() - t0);
    if (child.status !== 0) throw new Error(`bench child failed: ${child.stderr}`);
    inside.push(Number(child.stdout));
  }
  return { inProcess: median(inside), process: median(whole) };
}

const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const ratio = (x: number): string => `${x.toFixed(2)}×`;

// ---------------------------------------------------------------------------------------------

function coldImportTable(): string[] {
  const dist = resolve(ROOT, "dist/index.js");
  if (!existsSync(dist)) throw new Error("bench: dist/ is missing; run `npm run build` (npm run bench does)");
  const json = resolve(ROOT, "data/inspections.json");
  const esm = pathToFileURL(dist).href;
  const timed = (body: string): string =>
    `const t0 = performance.now(); ${body}; process.stdout.write(String(performance.now() - t0));`;
  const parse = coldTime(
    timed(`const d = JSON.parse(require("node:fs").readFileSync(${JSON.stringify(json)}, "utf8"))`),
    false,
  );
  const loader = coldTime(timed('const m = await import("data:text/javascript,export default 1")'), true);
  const imported = coldTime(timed(`const m = await import(${JSON.stringify(esm)})`), true);
  const required = coldTime(
    timed(`const m = require(${JSON.stringify(resolve(ROOT, "dist/index.cjs"))})`),
    false,
  );
  const records = (JSON.parse(readFileSync(json, "utf8")) as unknown[]).length;
  const row = (name: string, t: { inProcess: number; process: number }): string =>
    `| ${name} | ${ms(t.inProcess)} | ${ratio(t.inProcess / parse.inProcess)} | ${ms(t.process)} |`;
  return [
    `Cold start, median of 15 fresh \`node\` processes each (${records} inspections in data/inspections.json, ` +
      `${(readFileSync(json).byteLength / 1024).toFixed(0)} KiB):`,
    "",
    "| what | in-process ms | ratio to JSON.parse | whole process ms |",
    "| --- | ---: | ---: | ---: |",
    row("`JSON.parse(readFileSync('data/inspections.json'))` (baseline)", parse),
    row("`await import()` of an empty ESM module (the ESM loader's own start-up)", loader),
    row("`await import('crc-inspections')` (ESM, dist/index.js)", imported),
    row("`require('crc-inspections')` (CJS, dist/index.cjs)", required),
  ];
}

function functionsTable(): string[] {
  const datasets = new Map(SIZES.map((n) => [n, synthetic(n)]));
  const cases: { name: string; ours: (d: Synthetic[]) => unknown; d3: (d: Synthetic[]) => unknown }[] = [
    { name: "leagueTable", ours: (d) => leagueTable(d), d3: d3LeagueTable },
    { name: "countRatings", ours: (d) => countRatings(d), d3: d3CountRatings },
    { name: "yearOnYearDeltas", ours: (d) => yearOnYearDeltas(d), d3: d3YearOnYearDeltas },
  ];

  // The baselines do the same work: check they agree with the functions on the smallest set.
  const small = datasets.get(1_000) as Synthetic[];
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

  const lines = [
    "Functions on synthetic inspections, median ms per call (d3-array baseline: the same result computed with " +
      "`group` / `rollup` / `sort` / `pairs`); growth = time at 100,000 ÷ time at 10,000 (linear ≈ 10, n log n ≈ 12.5):",
    "",
    `| function | ${SIZES.map((n) => `${n.toLocaleString("en-GB")}: ms (d3 ms, ratio)`).join(" | ")} | growth | d3 growth |`,
    `| --- | ${SIZES.map(() => "---:").join(" | ")} | ---: | ---: |`,
  ];
  for (const c of cases) {
    const cells: string[] = [];
    const ours = new Map<number, number>();
    const base = new Map<number, number>();
    for (const n of SIZES) {
      const data = datasets.get(n) as Synthetic[];
      const o = time(() => c.ours(data));
      const b = time(() => c.d3(data));
      ours.set(n, o);
      base.set(n, b);
      cells.push(`${ms(o)} (${ms(b)}, ${ratio(o / b)})`);
      process.stderr.write(`  ${c.name} n=${n}: ${ms(o)} ms, d3 ${ms(b)} ms\n`);
    }
    const growth = (m: Map<number, number>): string =>
      `${((m.get(100_000) as number) / (m.get(10_000) as number)).toFixed(1)}`;
    lines.push(`| \`${c.name}\` | ${cells.join(" | ")} | ${growth(ours)} | ${growth(base)} |`);
  }
  return lines;
}

function machine(): string[] {
  const cpu = cpus();
  return [
    `Machine: ${type()} ${release()}, ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${cpu.length} cores, ` +
      `${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}.`,
  ];
}

process.stderr.write("bench: cold imports…\n");
const cold = coldImportTable();
process.stderr.write("bench: functions…\n");
const functions = functionsTable();
const report = [...machine(), "", ...cold, "", ...functions].join("\n");
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
  process.stderr.write(`bench: wrote ${doc}\n`);
}
