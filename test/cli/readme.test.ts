// The README's examples are real: its ```ts blocks run against the package, and its ```sh blocks that start
// with `$ crc-inspections …` print exactly what the command prints now.
import { readFileSync } from "node:fs";
import { transformSync } from "esbuild";
import { describe, expect, test } from "vitest";
import pkg from "../../package.json" with { type: "json" };
import * as api from "../../src/index.js";
import { exampleChecks } from "../docs/examples.js";
import { cli } from "./run.js";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const blocks = (lang: string): string[] =>
  [...readme.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1] ?? "");

const scope: Record<string, unknown> = { ...api };
function run(code: string): unknown {
  const js = transformSync(code, { loader: "ts", format: "cjs" }).code;
  const names = Object.keys(scope);
  return new Function(...names, js)(...names.map((name) => scope[name]));
}

const withoutImports = (code: string): string => code.replace(/^import[\s\S]*?from\s+"[^"]+";\n/gm, "");
const checks = blocks("ts").flatMap((block, i) =>
  exampleChecks(withoutImports(block), `README.md ts#${i + 1}`),
);

interface Session {
  readonly args: string[];
  readonly expected: string;
}
const sessions: Session[] = blocks("sh").flatMap((block) => {
  const found: Session[] = [];
  for (const part of block.split(/^(?=\$ )/m)) {
    if (!part.startsWith("$ ")) continue;
    const [command = "", ...output] = part.split("\n");
    const args = command
      .slice(2)
      .trim()
      .split(/\s+/)
      .filter((a, k) => !(k === 0 && a === "npx"));
    if (args[0] !== "crc-inspections") continue;
    found.push({ args: args.slice(1), expected: output.join("\n").trimEnd() });
  }
  return found;
});

const tidy = (text: string): string =>
  text
    .split("\n")
    .map((l) => l.trimEnd())
    .join("\n")
    .trimEnd();

describe("README", () => {
  test("has library examples and terminal sessions to check", () => {
    expect(checks.length).toBeGreaterThanOrEqual(5);
    expect(sessions.length).toBeGreaterThanOrEqual(1);
  });

  test.each(checks.map((c) => [c.expression, c]))("%s", (_expression, check) => {
    const actual = run(`${check.setup}\nreturn (${check.expression});`);
    const expected = run(`return (${check.expected});`);
    expect(actual).toEqual(expected);
  });

  test.each(sessions.map((s) => [s.args.join(" "), s]))("$ crc-inspections %s", async (_args, session) => {
    const result = await cli(...session.args);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(tidy(result.stdout)).toBe(session.expected);
  });

  test("the quick start is two commands: install, build and run the league table; then the tests", () => {
    const block = readme.match(/## Quick start[\s\S]*?```sh\n([\s\S]*?)```/)?.[1] ?? "";
    expect(block.trim().split("\n")).toEqual([
      "npm ci && npm run build && npx crc-inspections league",
      "npm test",
    ]);
    expect(pkg.bin).toEqual({ "crc-inspections": "./dist/cli.js" });
  });
});
