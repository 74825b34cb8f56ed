// CI runs what the README tells a newcomer to run, and nothing a newcomer would not have:
// .ci/run takes the Quick start's lines from README.md (through .ci/quick-start) and runs them as
// they stand, with no `npm install` to fall back on when `npm ci` refuses the lockfile.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

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
