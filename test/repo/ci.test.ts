// CI runs what the README tells a newcomer to run, and nothing a newcomer would not have:
// .ci/run takes the Quick start's lines from README.md (through .ci/quick-start) and runs them as
// they stand, with no `npm install` to fall back on when `npm ci` refuses the lockfile; then the outside
// checks' set-up and `npm run test:outside`, whose first step reports every missing prerequisite at once.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import pkg from "../../package.json" with { type: "json" };
import { OUTSIDE_PACKAGES, PREREQUISITES } from "../outside/tools.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const ciRun = readFileSync(new URL("../../.ci/run", import.meta.url), "utf8");
const code = (script: string): string[] =>
  script
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));

describe(".ci/run", () => {
  test("reads the Quick start's commands from README.md, exactly as they stand", () => {
    const section = readme.split(/^## /m).find((s) => s.startsWith("Quick start\n")) ?? "";
    const block = section.match(/```sh\n([\s\S]*?)```/)?.[1] ?? "";
    const printed = execFileSync(".ci/quick-start", { cwd: root, encoding: "utf8" });
    expect(printed.trimEnd().split("\n")).toEqual(block.trimEnd().split("\n"));
    expect(printed).toContain("npm ci");
  });

  test("runs those commands and no install of its own: no fallback the README does not mention", () => {
    const lines = code(ciRun);
    expect(lines).toContain("mapfile -t quick_start < <(.ci/quick-start)");
    expect(lines.filter((line) => /\bnpm (install|i|ci)\b/.test(line))).toEqual([]);
    expect(lines.filter((line) => /\b(yarn|pnpm|npx)\b/.test(line))).toEqual([]);
  });
});

describe("the outside checks", () => {
  const setup = readFileSync(new URL("../../.ci/outside-setup", import.meta.url), "utf8");
  const aptPackages = (setup.match(/^packages=\(\n([\s\S]*?)^\)/m)?.[1] ?? "").split(/\s+/).filter(Boolean);

  test(".ci/outside-setup installs exactly the apt packages of every prerequisite test:outside checks", () => {
    expect(aptPackages.length).toBeGreaterThanOrEqual(10);
    expect([...aptPackages].sort()).toEqual([...new Set(PREREQUISITES.map((p) => p.apt))].sort());
  });

  test(".ci/run runs the set-up and `npm run test:outside` after the Quick start", () => {
    const lines = code(ciRun);
    const quickStart = lines.indexOf("mapfile -t quick_start < <(.ci/quick-start)");
    const setupAt = lines.indexOf(".ci/outside-setup");
    const outsideAt = lines.indexOf("npm run test:outside");
    expect(quickStart).toBeGreaterThanOrEqual(0);
    expect(setupAt).toBeGreaterThan(quickStart);
    expect(outsideAt).toBeGreaterThan(setupAt);
  });

  test("the README shows both commands, and the Quick start needs neither sudo nor anything outside Node", () => {
    const section = readme.split(/^## /m).find((s) => s.startsWith("Quick start\n")) ?? "";
    const blocks = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
    expect(blocks[0]).not.toMatch(/sudo|apt-get|outside/);
    expect(blocks[1]?.trimEnd().split("\n")).toEqual(["sudo .ci/outside-setup", "npm run test:outside"]);
  });

  test("`npm ci` installs none of the packages only the outside checks use: they are fetched on demand", () => {
    const dev = Object.keys(pkg.devDependencies);
    expect(Object.keys(OUTSIDE_PACKAGES).filter((name) => dev.includes(name))).toEqual([]);
    // Pinned to exact versions, not ranges.
    for (const version of Object.values(OUTSIDE_PACKAGES))
      expect(version).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
  });

  test("`npm test` runs nothing of the outside project, `npm run test:outside` checks prerequisites first", () => {
    expect(pkg.scripts.test).not.toMatch(/outside|clients|docs/);
    expect(pkg.scripts["test:outside"]).toMatch(
      /^node scripts\/run\.mjs test\/outside\/prerequisites\.ts && /,
    );
  });
});

describe("npm run test:outside's first step, on a machine with Node alone", () => {
  test("fails at once listing every missing prerequisite with the command that installs it", () => {
    const empty = mkdtempSync(join(tmpdir(), "crc-no-tools-"));
    const started = performance.now();
    const result = spawnSync(process.execPath, ["scripts/run.mjs", "test/outside/prerequisites.ts"], {
      cwd: root,
      encoding: "utf8",
      env: { PATH: empty, HOME: process.env.HOME ?? empty },
      timeout: 60_000,
    });
    const seconds = (performance.now() - started) / 1000;
    rmSync(empty, { recursive: true, force: true });
    expect(result.status).toBe(1);
    for (const p of PREREQUISITES)
      expect(result.stderr).toContain(`${p.name} (Debian/Ubuntu package ${p.apt})`);
    expect(result.stderr).toContain("sudo .ci/outside-setup");
    expect(result.stderr).toContain(
      `sudo apt-get install -y --no-install-recommends ${[...new Set(PREREQUISITES.map((p) => p.apt))].join(" ")}`,
    );
    // Nothing was fetched: the check comes before any download.
    expect(result.stdout).not.toContain("fetching");
    expect(seconds).toBeLessThan(30);
  });
});
