// `npm run bench`: what the package costs the people who use it, measured on what they run: the package is packed
// (`npm pack`) and installed into a fresh temporary project, and every figure comes from that installed copy
// (dist/ through the package's `exports`, ESM and CJS), beside baselines measured in the same run.
//
// 1. The command line: the installed `crc-inspections` command in fresh processes, interleaved with `node -e 0`.
// 2. Cold import: `import("crc-inspections")` and `require("crc-inspections")` in fresh processes, interleaved with
//    the same for two packages installed beside it: one that only JSON.parses the same data as the root entry (the floor)
//    and an empty one (the loader's own cost), each loaded by name from a real file, as ours is.
// 3. Functions (bench/child.ts, in the project): synthetic inspections from a fixed seed, in three orders, against a
//    hand-written loop and d3-array, each checked equal to the package's output on the timed data first.
// 4. validate: zod (the package's schema) beside ajv compiled from the shipped JSON Schema.
// 5. Sizes: the tarball, and what a browser bundle of the installed package holds (esbuild, minified).
//
// `--quick` runs the same code at smaller sizes and fewer rounds (under a minute on a quiet 2-core machine);
// `--write` puts a full run's report into docs/performance.md between the bench markers; `--only=cli|cold|
// functions|validate|size` runs one section. Markdown goes to stdout, progress to stderr.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, release, tmpdir, totalmem, type } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { ChildPlan, ChildResult, FunctionResult, Stats } from "./child.js";
import { ORDER_TEXT, ORDERS, type Order } from "./data.js";

const ROOT = process.cwd();
const QUICK = process.argv.includes("--quick");
const WRITE = process.argv.includes("--write");
const ONLY = process.argv.find((a) => a.startsWith("--only="))?.slice(7);
if (WRITE && (QUICK || ONLY !== undefined))
  throw new Error("bench: --write takes a full run (no --quick, no --only)");
const wanted = (section: string): boolean => ONLY === undefined || ONLY === section;

const say = (text: string): void => {
  process.stderr.write(`bench: ${text}\n`);
};
const started = performance.now();
const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(", ");
const loadBefore = load();

const stats = (xs: readonly number[]): Stats => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  const median = s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
  return { median, min: s[0] as number, max: s.at(-1) as number };
};
const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const x2 = (x: number): string => `${x.toFixed(2)}×`;
/** "1.23× (1.10–1.40)": the median of the round-by-round ratios and their range. */
const ratioText = (r: Stats): string => `${x2(r.median)} (${r.min.toFixed(2)}–${r.max.toFixed(2)})`;
const bytes = (n: number): string => `${n.toLocaleString("en-GB")} B`;
const count = (n: number): string => n.toLocaleString("en-GB");

function run(command: string, args: readonly string[], cwd: string): string {
  const child = spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
  if (child.status !== 0) {
    throw new Error(`bench: ${command} ${args.join(" ")} failed (${child.status}): ${child.stderr}`);
  }
  return child.stdout;
}

// ---------------------------------------------------------------------------------------------
// Set-up (outside every timed region): pack, install into a fresh project, add the floor packages.

interface Packed {
  readonly filename: string;
  readonly size: number;
  readonly unpackedSize: number;
  readonly files: readonly { path: string; size: number }[];
}

const work = mkdtempSync(join(tmpdir(), "crc-bench-"));
const project = join(work, "project");
mkdirSync(project);
say(`packing and installing into ${project}`);
const packed = (
  JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work], ROOT)) as Packed[]
)[0] as Packed;
writeFileSync(join(project, "package.json"), JSON.stringify({ name: "bench-project", private: true }));
run(
  "npm",
  ["install", join(work, packed.filename), "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"],
  project,
);
const installed = join(project, "node_modules/crc-inspections");
const version = (JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as { version: string })
  .version;

/** A package with an ESM and a CJS entry, chosen by `exports`, as ours is. */
function floorPackage(name: string, esm: string, cjs: string): void {
  const dir = join(project, "node_modules", name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name, type: "module", exports: { import: "./index.js", require: "./index.cjs" } }),
  );
  writeFileSync(join(dir, "index.js"), esm);
  writeFileSync(join(dir, "index.cjs"), cjs);
}
// The same data as the root entry embeds, each as the minified JSON in a string literal parsed at import: the
// providers, inspections and owners files, and the three parts of data/areas.json the root exports (the code list,
// the police force areas and the coverage; not the gaps, which only the data files carry).
const dataOf = (file: string): unknown => JSON.parse(readFileSync(join(installed, "data", file), "utf8"));
const areas = dataOf("areas.json") as Record<"codeList" | "areas" | "coverage", unknown>;
const embedded: Readonly<Record<string, unknown>> = {
  providers: dataOf("providers.json"),
  inspections: dataOf("inspections.json"),
  owners: dataOf("owners.json"),
  areaCodeList: areas.codeList,
  policeForceAreas: areas.areas,
  areaCoverage: areas.coverage,
};
const floorBytes = Object.values(embedded).reduce((n: number, v) => n + JSON.stringify(v).length, 0);
const parses = (target: string): string =>
  Object.entries(embedded)
    .map(([name, value]) => `${target}${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`)
    .join("");
floorPackage("json-floor", parses("export const "), parses("exports."));
floorPackage("empty-floor", "export default 1;\n", "module.exports = 1;\n");

/**
 * A copy of the installed package under another name, each ESM file of its dist/ rewritten by `edit`, which must
 * change something (a build whose output no longer matches stops the run rather than measure an unchanged copy).
 * Used only to see where the cold import goes.
 */
function variantPackage(name: string, edit: (text: string) => string): void {
  const dir = join(project, "node_modules", name);
  cpSync(installed, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string };
  writeFileSync(join(dir, "package.json"), JSON.stringify({ ...manifest, name }));
  let changed = 0;
  for (const file of readdirSync(join(dir, "dist")).filter((f) => f.endsWith(".js"))) {
    const path = join(dir, "dist", file);
    const text = readFileSync(path, "utf8");
    const edited = edit(text);
    if (edited !== text) changed++;
    writeFileSync(path, edited);
  }
  if (changed === 0) throw new Error(`bench: the ${name} variant changed no file of dist/`);
}
// The package with every embedded data literal replaced by an empty array: what its code alone costs.
variantPackage("crc-code-only", (text) =>
  text.replace(/JSON\.parse\(("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\)/gs, 'JSON.parse("[]")'),
);
// The package with its data left unfrozen: what freezing costs.
variantPackage("crc-unfrozen", (text) => text.replace(/\/\* @__PURE__ \*\/ deepFreeze\(([A-Z_]+)\)/g, "$1"));
// The clock starts after process.stdout is set up (its lazy set-up would otherwise land in every figure).
const clock = (load: string): string =>
  `const out = process.stdout;\nconst t0 = performance.now();\n${load};\nout.write(String(performance.now() - t0));\n`;
writeFileSync(join(project, "import.mjs"), clock("await import(process.argv[2])"));
writeFileSync(join(project, "require.cjs"), clock("require(process.argv[2])"));

// ---------------------------------------------------------------------------------------------
// 1. The command line.

const cli = join(installed, "dist/cli.js");
const CLI_ROUNDS = QUICK ? 5 : 11;

/** Wall ms of each command in fresh processes, round by round, the commands in an order rotated each round. */
function processRounds(commands: readonly (readonly string[])[], rounds: number, read: boolean): number[][] {
  const times = commands.map((): number[] => []);
  for (let r = 0; r <= rounds; r++) {
    for (let k = 0; k < commands.length; k++) {
      const i = (k + r) % commands.length;
      const args = commands[i] as readonly string[];
      const t0 = performance.now();
      const child = spawnSync(process.execPath, args, {
        cwd: project,
        encoding: "utf8",
        stdio: ["ignore", read ? "pipe" : "ignore", "pipe"],
      });
      const wall = performance.now() - t0;
      if (child.status !== 0) throw new Error(`bench: node ${args.join(" ")} failed: ${child.stderr}`);
      // Round 0 warms the file cache and is not counted.
      if (r > 0) (times[i] as number[]).push(read ? Number(child.stdout) : wall);
    }
  }
  return times;
}

function cliSection(): string[] {
  const commands: [string, string[]][] = [
    ["bare `node -e 0` (the floor)", ["-e", "0"]],
    ["`--version`", [cli, "--version"]],
    ["`league`", [cli, "league"]],
    ["`show west-yorkshire-crc`", [cli, "show", "west-yorkshire-crc"]],
    ["`deltas`", [cli, "deltas"]],
    ["`export`", [cli, "export"]],
    ["`chart`", [cli, "chart"]],
    [
      "`validate …/data/inspections.json` (loads zod)",
      [cli, "validate", join(installed, "data/inspections.json")],
    ],
    [
      "`league --data …/data/inspections.json` (loads zod)",
      [cli, "league", "--data", join(installed, "data/inspections.json")],
    ],
  ];
  say("the command line…");
  const times = processRounds(
    commands.map(([, args]) => args),
    CLI_ROUNDS,
    false,
  );
  const bare = times[0] as number[];
  return [
    `**The command line**: wall ms of the installed \`crc-inspections\` command, ${CLI_ROUNDS} fresh processes each, ` +
      "interleaved round by round with a bare `node -e 0`; the ratio is ours ÷ bare node in the same round: median " +
      "(range). Target: within 1.6× bare node for every command that does not validate user data.",
    "",
    "| command | median ms | ratio to bare node |",
    "| --- | ---: | ---: |",
    ...commands.map(([name], k) => {
      const mine = times[k] as number[];
      return k === 0
        ? `| ${name} | ${ms(stats(mine).median)} | 1.00× |`
        : `| ${name} | ${ms(stats(mine).median)} | ${ratioText(stats(mine.map((t, r) => t / (bare[r] as number))))} |`;
    }),
  ];
}

// ---------------------------------------------------------------------------------------------
// 2. Cold import.

const COLD_ROUNDS = QUICK ? 9 : 21;

function coldSection(): string[] {
  const cases: [string, string[]][] = [
    ["ESM empty", ["import.mjs", "empty-floor"]],
    ["ESM floor", ["import.mjs", "json-floor"]],
    ["ESM ours", ["import.mjs", "crc-inspections"]],
    ["CJS empty", ["require.cjs", "empty-floor"]],
    ["CJS floor", ["require.cjs", "json-floor"]],
    ["CJS ours", ["require.cjs", "crc-inspections"]],
    ["ESM code only", ["import.mjs", "crc-code-only"]],
    ["ESM unfrozen", ["import.mjs", "crc-unfrozen"]],
  ];
  say("cold import…");
  const t = processRounds(
    cases.map(([, args]) => args),
    COLD_ROUNDS,
    true,
  );
  const row = (format: "ESM" | "CJS", offset: number, how: string): string[] => {
    const [empty, floor, ours] = [t[offset], t[offset + 1], t[offset + 2]] as [number[], number[], number[]];
    const floorInc = floor.map((x, r) => x - (empty[r] as number));
    const oursInc = ours.map((x, r) => x - (empty[r] as number));
    return [
      `| ${format} | \`${how}\` | ${ms(stats(empty).median)} | ${ms(stats(floorInc).median)} | ${ms(stats(oursInc).median)} | ` +
        `${ratioText(stats(oursInc.map((x, r) => x / (floorInc[r] as number))))} |`,
    ];
  };
  return [
    `**Cold import**: in-process ms from just before the import to just after, in ${COLD_ROUNDS} fresh processes per ` +
      "case, the cases interleaved round by round. Each loads a package by name from the project's node_modules: " +
      "`empty-floor` (one line; the loader's own cost), `json-floor` (only `JSON.parse` of the same data the root " +
      `entry embeds: providers, inspections, owners and the police force areas with their coverage, ${Math.round(floorBytes / 1024)} KiB ` +
      "of minified JSON in string literals, as ours are) and " +
      "`crc-inspections`, each with an ESM and a CJS entry chosen by `exports`. The increment is a package's time " +
      "minus the empty package's in the same round; the ratio is our increment ÷ the floor's in the same round: " +
      "median (range). Target: 2× the floor's increment or less.",
    "",
    "| format | load | empty package ms | floor increment ms | our increment ms | ratio to the floor |",
    "| --- | --- | ---: | ---: | ---: | ---: |",
    ...row("ESM", 0, 'await import("crc-inspections")'),
    ...row("CJS", 3, 'require("crc-inspections")'),
    "",
    "Where our ESM increment goes, from two copies of the installed package loaded in the same rounds: one with " +
      "every embedded data literal replaced by an empty array (its code alone), one with its data left unfrozen. " +
      "Each part is a difference of medians, so the parts need not add up exactly:",
    "",
    "| part | ms |",
    "| --- | ---: |",
    ...breakdown(t),
  ];
}

/** The rows of the cold-import breakdown: what the code, the data and the freezing each add (ESM). */
function breakdown(t: readonly number[][]): string[] {
  const [empty, floor, ours] = [t[0], t[1], t[2]] as [number[], number[], number[]];
  const [codeOnly, unfrozen] = [t[6], t[7]] as [number[], number[]];
  const median = (xs: readonly number[], ys: readonly number[]): number =>
    stats(xs.map((x, r) => x - (ys[r] as number))).median;
  return [
    `| our whole increment (ours − empty) | ${ms(median(ours, empty))} |`,
    `| the code alone: loading, compiling and running our modules without their data (code-only − empty) | ${ms(median(codeOnly, empty))} |`,
    `| the data: compiling, parsing and freezing it, beside the code (ours − code-only) | ${ms(median(ours, codeOnly))} |`,
    `| of which freezing it (ours − unfrozen) | ${ms(median(ours, unfrozen))} |`,
    `| for comparison, the floor: the same data parsed by a one-file package (floor − empty) | ${ms(median(floor, empty))} |`,
  ];
}

// ---------------------------------------------------------------------------------------------
// 3 and 4. Functions and validate, in the project.

const SIZES = QUICK ? ([5_000, 20_000] as const) : ([10_000, 100_000, 1_000_000] as const);
const ROUNDS = (n: number): number => (QUICK ? 5 : n >= 1_000_000 ? 5 : n >= 100_000 ? 9 : 11);
/** leagueTable and scoreInspection take seconds a call at a million records: they run at one size. */
const HEAVY_SIZE = QUICK ? 20_000 : 100_000;

function childPlan(): ChildPlan {
  const functions: ChildPlan["functions"][number][] = [];
  for (const size of SIZES) {
    // d3's (record, standard) pairs take seconds from 100,000 records on: d3 at the smallest size only.
    functions.push({
      fn: "ratingDistribution",
      size,
      orders: ORDERS,
      baselines: size === SIZES[0] ? ["hand", "d3"] : ["hand"],
      rounds: ROUNDS(size),
      cjs: true,
    });
  }
  for (const fn of ["leagueTable", "scoreInspection"] as const) {
    functions.push({
      fn,
      size: HEAVY_SIZE,
      orders: ORDERS,
      baselines: ["hand", "d3"],
      rounds: ROUNDS(HEAVY_SIZE),
      cjs: false,
    });
  }
  return {
    functions: wanted("functions") ? functions : [],
    validate: wanted("validate") ? { records: QUICK ? 2_000 : 10_000, rounds: QUICK ? 5 : 9 } : undefined,
  };
}

async function childResults(): Promise<ChildResult> {
  const file = join(project, "child.mjs");
  await build({
    entryPoints: [resolve(ROOT, "bench/child.ts")],
    outfile: file,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: ["crc-inspections", "crc-inspections/*"],
    // ajv is CommonJS: give the bundle a require for what it requires.
    banner: {
      js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);',
    },
    logLevel: "warning",
  });
  say("functions and validate (in the project)…");
  const child = spawnSync(process.execPath, ["--expose-gc", file, JSON.stringify(childPlan())], {
    cwd: project,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 2 ** 20,
  });
  if (child.status !== 0) throw new Error(`bench: the functions child failed (${child.status})`);
  return JSON.parse(child.stdout) as ChildResult;
}

const TARGETS: Readonly<Record<string, string>> = {
  ratingDistribution: "≤ 1.2× hand at 100,000 and 1,000,000, every order",
  leagueTable: "≤ 1.0× d3",
  scoreInspection: "≤ 1.0× d3",
};
const CALLS: Readonly<Record<string, string>> = {
  ratingDistribution: '`ratingDistribution(d, "standard")`',
  leagueTable: "`leagueTable(d)`",
  scoreInspection: "`d.map(scoreInspection)`",
};

function functionsSection(result: ChildResult): string[] {
  const rows = result.functions;
  if (rows.length === 0) return [];
  const lines = [
    "**Functions** on synthetic inspections (a fixed seed; each standard known with probability 0.7; three CRCs to " +
      "one NPS division; two rounds each) in three orders: " +
      ORDERS.map((o) => `*${o}*: ${ORDER_TEXT[o]}`).join("; ") +
      ". Each cell: our median ms, the baseline's median ms, and ours ÷ the baseline's round by round: median " +
      "(range). `leagueTable` and `d.map(scoreInspection)` run at one size only, as a call takes seconds at a " +
      "million records on this machine. Every baseline's output is checked equal to the package's on the same data before it is timed. " +
      "*hand*: the fastest straightforward one-pass loop we know (for `ratingDistribution`, the one the held-out benchmark of issue 21 wrote: it visits only the standards a record has); *d3*: d3-array (`rollup`, `sort`, `sum`). Rounds: " +
      [...new Set(rows.map((r) => r.size))].map((n) => `${ROUNDS(n)} at ${count(n)}`).join(", ") +
      "; every call after a full garbage collection, outside the clock; the contenders' order rotates each round. " +
      "Both builds are compiled from the same source by the same bundler; ratingDistribution is timed in both " +
      "(the CJS build through `require`, as one more contender in the same rounds), the others through `import`.",
    "",
    `| function | build | baseline | size | ${ORDERS.join(" | ")} | target |`,
    `| --- | --- | --- | ---: | ${ORDERS.map(() => "---").join(" | ")} | --- |`,
  ];
  const keys = [...new Set(rows.map((r) => `${r.fn}|${r.build}|${r.baseline}|${r.size}`))];
  for (const key of keys) {
    const [fn, build, baseline, size] = key.split("|") as [string, string, string, string];
    const cells = ORDERS.map((order: Order) => {
      const r = rows.find(
        (x: FunctionResult) =>
          x.fn === fn &&
          x.build === build &&
          x.baseline === baseline &&
          String(x.size) === size &&
          x.order === order,
      );
      return r === undefined ? "—" : `${ms(r.ours.median)} / ${ms(r.base.median)}: **${ratioText(r.ratio)}**`;
    });
    lines.push(
      `| ${CALLS[fn]} | ${build} | ${baseline} | ${count(Number(size))} | ${cells.join(" | ")} | ${TARGETS[fn]} |`,
    );
  }
  return lines;
}

function validateSection(result: ChildResult): string[] {
  const v = result.validate;
  if (v === undefined) return [];
  const us = (t: number): string => `${((t * 1000) / v.records).toFixed(1)} µs`;
  return [
    `**validate**: ${count(v.records)} valid inspections (copies of the shipped ones), in the project, interleaved, ` +
      "median per record:",
    "",
    "| check | per record | ratio to zod |",
    "| --- | ---: | ---: |",
    `| zod \`Inspections.safeParse\` from \`crc-inspections/schema\` (what \`validate\` runs) | ${us(v.zod.median)} | 1.00× |`,
    `| zod \`Inspection.safeParse\` record by record (\`validate\` past 1,000 records) | ${us(v.zodEach.median)} | ${x2(v.zodEach.median / v.zod.median)} |`,
    `| ajv, compiled from the shipped data/schema/inspections.schema.json (no refinements; not a dependency) | ${us(v.ajv.median)} | ${x2(v.ajv.median / v.zod.median)} |`,
  ];
}

// ---------------------------------------------------------------------------------------------
// 5. Sizes.

async function bundleSize(contents: string): Promise<{ bytes: number; gzip: number }> {
  const result = await build({
    stdin: { contents, resolveDir: project, loader: "js", sourcefile: "entry.js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const file = result.outputFiles[0];
  if (file === undefined) throw new Error("bench: esbuild wrote no output");
  return { bytes: file.contents.byteLength, gzip: gzipSync(file.contents).byteLength };
}

async function sizeSection(): Promise<string[]> {
  say("sizes…");
  const bundles: [string, string][] = [
    ['`import { gradeScore } from "crc-inspections"`', 'export { gradeScore } from "crc-inspections";'],
    [
      "`import { leagueTable, countRatings, yearOnYearDeltas, parseRating }`",
      'export { leagueTable, countRatings, yearOnYearDeltas, parseRating } from "crc-inspections";',
    ],
    ['`import * from "crc-inspections"` (functions and dataset)', 'export * from "crc-inspections";'],
    ['`import * from "crc-inspections/data"`', 'export * from "crc-inspections/data";'],
    ['`import * from "crc-inspections/schema"` (zod)', 'export * from "crc-inspections/schema";'],
  ];
  const lines = [
    '**Sizes**: browser bundles of the installed package by esbuild (`bundle`, `minify`, `format: "esm"`, ' +
      '`platform: "browser"`), gzip by Node\'s `zlib.gzipSync` at its default level; the budgets are tests ' +
      "(`test/size/size.test.ts`).",
    "",
    "| bundle | minified | gzipped |",
    "| --- | ---: | ---: |",
  ];
  for (const [name, contents] of bundles) {
    const b = await bundleSize(contents);
    lines.push(`| ${name} | ${bytes(b.bytes)} | ${bytes(b.gzip)} |`);
  }
  const data = packed.files.filter((f) => f.path.startsWith("data/")).sort((a, b) => b.size - a.size);
  lines.push(
    "",
    `The tarball (\`npm pack\` of ${version}): ${bytes(packed.size)}, ${bytes(packed.unpackedSize)} unpacked, ` +
      `${packed.files.length} files; the data files in it: ` +
      data.map((f) => `\`${f.path}\` ${bytes(f.size)}`).join(", ") +
      ".",
  );
  return lines;
}

// ---------------------------------------------------------------------------------------------

function machine(): string {
  const cpu = cpus();
  const now = new Date().toISOString();
  return (
    `Machine: ${type()} ${release()}, ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${cpu.length} cores, ` +
    `${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}; crc-inspections ${version} from its ` +
    `packed tarball; ${now.slice(0, 10)} ${now.slice(11, 16)} UTC; ${QUICK ? "quick mode (`--quick`)" : "full run"}.`
  );
}

try {
  const parts: string[] = [machine()];
  if (wanted("cli")) parts.push("", ...cliSection());
  if (wanted("cold")) parts.push("", ...coldSection());
  if (wanted("functions") || wanted("validate")) {
    const result = await childResults();
    const f = functionsSection(result);
    const v = validateSection(result);
    if (f.length > 0) parts.push("", ...f);
    if (v.length > 0) parts.push("", ...v);
  }
  if (wanted("size")) parts.push("", ...(await sizeSection()));
  parts.push(
    "",
    `Load average (1, 5, 15 min) at the start: ${loadBefore}; at the end: ${load()}, on ${cpus().length} cores. ` +
      `The run took ${Math.round((performance.now() - started) / 1000)} s.`,
  );
  const report = parts.join("\n");
  process.stdout.write(`${report}\n`);
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
} finally {
  rmSync(work, { recursive: true, force: true });
}
