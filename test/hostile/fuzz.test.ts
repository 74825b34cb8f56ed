// Issue 13, "done when": every export of the root entry, called with hostile values in each argument position
// (test/hostile/battery.ts), either returns or throws a TypeError/RangeError whose message starts with the name of
// the function called and stays under 500 characters, whatever the size of the argument; and no call hangs. The
// battery runs in a worker thread, bundled from src/ by esbuild, so that a call that never returns can be stopped:
// the watchdog below allows any one call a generous 60 s.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { build } from "esbuild";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Outcome } from "./battery.js";

const CALL_LIMIT_MS = 60_000;
const MESSAGE_MAX = 500;

let dir: string;
let outcomes: Outcome[] = [];
let names: string[] = [];
let hung: string | undefined;

beforeAll(async () => {
  // Inside the project, so that the bundle's external imports (date-fns) resolve from its node_modules.
  mkdirSync(resolve(".cache"), { recursive: true });
  dir = mkdtempSync(resolve(".cache", "hostile-"));
  const outfile = join(dir, "battery.mjs");
  await build({
    entryPoints: [resolve(import.meta.dirname, "battery.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
  await new Promise<void>((done, fail) => {
    const worker = new Worker(outfile, { resourceLimits: { maxOldGenerationSizeMb: 2048 } });
    let current: string | undefined;
    let started = Date.now();
    const watchdog = setInterval(() => {
      if (current !== undefined && Date.now() - started > CALL_LIMIT_MS) {
        hung = current;
        clearInterval(watchdog);
        void worker.terminate().then(() => done());
      }
    }, 500);
    worker.on("message", (message: { type: string; label?: string; outcome?: Outcome; names?: string[] }) => {
      if (message.type === "exports") names = message.names ?? [];
      if (message.type === "start") {
        current = message.label;
        started = Date.now();
      }
      if (message.type === "done" && message.outcome !== undefined) {
        outcomes.push(message.outcome);
        current = undefined;
      }
      if (message.type === "end") {
        clearInterval(watchdog);
        void worker.terminate().then(() => done());
      }
    });
    worker.on("error", (error) => {
      clearInterval(watchdog);
      fail(new Error(`the battery crashed during ${current}: ${error.message}`));
    });
  });
}, 900_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  outcomes = [];
});

test("the battery reaches every function the root entry exports", () => {
  expect(hung).toBeUndefined();
  expect(names.length).toBeGreaterThanOrEqual(17);
  expect(new Set(outcomes.map((o) => o.fn))).toEqual(new Set(names));
});

test("no call runs past the watchdog", () => {
  expect(hung).toBeUndefined();
});

test("every throw is a TypeError or RangeError that names the function called, in under 500 characters", () => {
  const bad = outcomes
    .filter(
      (o) =>
        o.kind === "threw" &&
        (!["TypeError", "RangeError"].includes(o.errorName ?? "") ||
          !(o.message ?? "").startsWith(`${o.fn}: `) ||
          (o.messageLength ?? 0) >= MESSAGE_MAX),
    )
    .map((o) => `${o.label} → ${o.errorName}(${o.messageLength}): ${(o.message ?? "").slice(0, 120)}`);
  expect(bad).toEqual([]);
  // The battery is hostile: most calls must throw, and they did.
  expect(outcomes.filter((o) => o.kind === "threw").length).toBeGreaterThan(outcomes.length / 2);
});

test("a forged checked-scheme mark buys nothing: every scheme-taking function refuses the forged scheme", () => {
  const forged = outcomes.filter((o) => o.label.endsWith("a forged checked scheme (good: NaN)"));
  const schemeArgument = forged.filter((o) =>
    /^(gradeScore: argument 2|gradeCaseStandard: argument 2|scoreInspection: argument 2|possibleOverallRatings: argument 2|inspectionDelta: argument 3|yearOnYearDeltas: argument 2|validateScheme: argument 1)/.test(
      o.label,
    ),
  );
  expect(schemeArgument.length).toBe(7);
  for (const o of schemeArgument) expect(o.kind, o.label).toBe("threw");
});
