import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";
import { describe, expect, test } from "vitest";
import * as api from "../../src/index.js";
import * as schema from "../../src/schema/index.js";
import { collectExamples, exampleChecks } from "./examples.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
// The API docs' landing page (typedoc's readme) shows examples too: they run like the TSDoc ones.
const landing = readFileSync(new URL("../../docs/typedoc/index.md", import.meta.url), "utf8");
const landingChecks = [...landing.matchAll(/```ts\n([\s\S]*?)```/g)].flatMap((m, i) =>
  exampleChecks(
    (m[1] ?? "").replace(/^import[\s\S]*?from\s+"[^"]+";\n/gm, ""),
    `docs/typedoc/index.md#${i + 1}`,
  ),
);
const checks = [
  ...collectExamples(fileURLToPath(new URL("../../src", import.meta.url)), root),
  ...landingChecks,
];
// The schema entry's examples run beside the root's (the root's names win where both have one).
const scope: Record<string, unknown> = { ...schema, ...api };

function run(code: string): unknown {
  const js = transformSync(code, { loader: "ts", format: "cjs" }).code;
  const names = Object.keys(scope);
  return new Function(...names, js)(...names.map((name) => scope[name]));
}

describe("TSDoc examples", () => {
  test("there are examples to run, on the landing page too", () => {
    expect(checks.length).toBeGreaterThan(5);
    expect(landingChecks.length).toBeGreaterThanOrEqual(1);
  });

  test.each(checks.map((c) => [c.where, c.expression, c]))("%s: %s", (_where, _expr, check) => {
    const actual = run(`${check.setup}\nreturn (${check.expression});`);
    const expected = run(`return (${check.expected});`);
    expect(actual).toEqual(expected);
  });
});

describe("exampleChecks", () => {
  test("treats earlier statements as setup and checks the last one", () => {
    const [check] = exampleChecks("const a = 1;\na + 1;\n//=> 2\n", "x");
    expect(check?.setup.trim()).toBe("const a = 1;");
    expect(check?.expression).toBe("a + 1");
    expect(check?.expected).toBe("2");
  });

  test("checks a multi-line expression whole", () => {
    const [check] = exampleChecks("[1, 2]\n  .map((n) => n * 2);\n//=> [2, 4]\n", "x");
    expect(run(`return (${check?.expression});`)).toEqual([2, 4]);
  });
});
