// Node reads a module's source through TextDecoder: a file of ASCII bytes becomes a one-byte string quickly, while a
// single non-ASCII character anywhere makes the whole file a two-byte string, decoded and scanned more slowly. For
// dist/index.js that was about 1.5 ms of a 19 ms cold import (issue 21; one curly quote in a regular expression).
// esbuild escapes non-ASCII text in strings and templates but not in regular expression literals, so the source
// writes those as \u escapes, and this keeps every built file ASCII.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, test } from "vitest";

const DIST = resolve("dist");

test("every built JavaScript file is ASCII", () => {
  const files = readdirSync(DIST).filter((f) => f.endsWith(".js") || f.endsWith(".cjs"));
  expect(files.length).toBeGreaterThan(4);
  const offending = files.flatMap((f) => {
    const bytes = readFileSync(join(DIST, f));
    const at = bytes.findIndex((b) => b > 0x7f);
    const text = bytes.toString("latin1");
    return at === -1 ? [] : [`${f}: ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 10))}`];
  });
  expect(offending).toEqual([]);
});

// esbuild prints a string full of `"` (the embedded JSON) as a template literal unless told that template literals
// are unsupported (tsup.config.ts); V8 compiled the data chunk in 2.2 ms that way, 1.4 ms as quoted strings.
test("the embedded data are quoted strings, not template literals", () => {
  const files = readdirSync(DIST).filter((f) => f.endsWith(".js") || f.endsWith(".cjs"));
  const parses = files.flatMap((f) =>
    [...readFileSync(join(DIST, f), "utf8").matchAll(/JSON\.parse\(\s*(.)/g)].map((m) => `${f} ${m[1]}`),
  );
  expect(parses.length).toBeGreaterThanOrEqual(12);
  expect(parses.filter((p) => p.endsWith("`"))).toEqual([]);
});
