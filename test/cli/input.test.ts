// The CLI's handling of untrusted input, in-process: the capped reader, the JSON scanner, escaping,
// the problem-line cap and the checks JSON.parse and zod let through. test/cli/hostile.test.ts runs
// the built command line itself against the same inputs and worse.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { escapeLine, escapeText, quote } from "../../src/cli/escape.js";
import { checkData, detectShape, problemCount } from "../../src/cli/load.js";
import { decodeText, MAX_INPUT_BYTES, readLimited, showFile } from "../../src/cli/read.js";
import { SCAN_LIMITS, scanJson } from "../../src/cli/scan.js";
import { inspections } from "../../src/data/dataset.js";
import { formatPath } from "../../src/schema/index.js";
import { cli, cliWith } from "./run.js";
import { TERMINAL_SAFE as SAFE } from "./terminal.js";

let dir: string;
const file = (name: string, content: string | Uint8Array | unknown): string => {
  const path = join(dir, name);
  writeFileSync(
    path,
    typeof content === "string" || content instanceof Uint8Array ? content : JSON.stringify(content),
  );
  return path;
};
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "crc-input-"));
});
const stdin = (text: string | Uint8Array): AsyncIterable<Uint8Array> =>
  Readable.from([typeof text === "string" ? Buffer.from(text) : text]);
const lines = (text: string): string[] => text.trimEnd().split("\n");

describe("scanJson", () => {
  test("accepts exactly what JSON.parse accepts", () => {
    const accepts = (text: string): boolean => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    };
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(scanJson(text).ok).toBe(true);
      }),
    );
    const pieces = fc.constantFrom(
      ...'{}[]:,"\\ \n\t-+.0123456789eEtrufalsn\u0000\u001f\u00e9\ud83d\ude00x/bu'.split(""),
      "true",
      "false",
      "null",
      '"a"',
      "\\u00zz",
      "\\u0041",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        expect(scanJson(text).ok).toBe(accepts(text));
      }),
      { numRuns: 3000 },
    );
    for (const text of [
      "-0",
      "1.5e+3",
      "0.1E-2",
      '"\\/\\b\\f\\n\\r\\t\\"\\\\"',
      " [ ] ",
      '{"a" : [ 1 , {} ]}',
    ]) {
      expect(scanJson(text).ok, text).toBe(true);
    }
    for (const text of [
      "",
      "01",
      "1.",
      "-",
      "1e",
      "[1,]",
      "{,}",
      '{"a"}',
      '{"a":1,}',
      "[1 2]",
      "tru",
      "nul",
      "{1:2}",
    ]) {
      expect(scanJson(text).ok, text).toBe(false);
    }
  });

  test("says where the first error is, escaping the character it shows", () => {
    expect(scanJson('{\n  "a": \u0000}')).toEqual({
      ok: false,
      message: 'unexpected character "\\x00" at line 2, column 8',
    });
    expect(scanJson("[1,\n")).toEqual({ ok: false, message: "unexpected end of input at line 2, column 1" });
    expect(scanJson('"abc')).toEqual({ ok: false, message: "unterminated string at line 1, column 1" });
    expect(scanJson('"a\u001bb"')).toEqual({
      ok: false,
      message: "a control character inside a string (escape it) at line 1, column 3",
    });
    expect(scanJson('"\\x"').ok).toBe(false);
    expect(scanJson('"\\u12"').ok).toBe(false);
    expect(scanJson("{ 1 }")).toEqual({
      ok: false,
      message: "expected a key in double quotes at line 1, column 3",
    });
    expect(scanJson("[\u202e]")).toEqual({
      ok: false,
      message: 'unexpected character "\\u202e" at line 1, column 2',
    });
    expect(scanJson("[\ud83d\ude00]")).toEqual({
      ok: false,
      message: 'unexpected character "😀" at line 1, column 2',
    });
  });

  test("bounds the depth and the number of values, without recursion", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    expect(scanJson(deep)).toEqual({
      ok: false,
      message: "nesting deeper than 64 levels (the limit) at line 1, column 65",
    });
    expect(scanJson(`${"[".repeat(64)}${"]".repeat(64)}`).ok).toBe(true);
    const many = `[${"0,".repeat(SCAN_LIMITS.maxValues)}0]`;
    expect(scanJson(many)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^more than 500,000 values/),
    });
    expect(scanJson(`[${"0,".repeat(SCAN_LIMITS.maxValues - 2)}0]`)).toMatchObject({
      ok: true,
      values: 500_000,
    });
  });

  test("finds duplicate and __proto__ keys with their paths, keeping at most 20", () => {
    const result = scanJson(
      '[{"a":1,"b":{"c":1,"c":2},"a":3},{"standards":{"__proto__":"good"}},{"x\\u0041":1,"xA":2}]',
    );
    expect(result).toEqual({
      ok: true,
      values: 13,
      problems: [
        { path: [0, "b", "c"], message: "duplicate key (JSON.parse would keep only the last)" },
        { path: [0, "a"], message: "duplicate key (JSON.parse would keep only the last)" },
        { path: [1, "standards", "__proto__"], message: '"__proto__" is not allowed as a key' },
        { path: [2, "xA"], message: "duplicate key (JSON.parse would keep only the last)" },
      ],
      moreProblems: 0,
    });
    const many = scanJson(`{${Array.from({ length: 30 }, () => '"k":1').join(",")}}`);
    expect(many).toMatchObject({ ok: true, moreProblems: 9 });
    expect(many.ok && many.problems.length).toBe(20);
    // The "__proto__" written with an escape is the same key to JSON.parse.
    expect(scanJson('{"\\u005f_proto__":{}}')).toMatchObject({ problems: [{ path: ["__proto__"] }] });
  });
});

describe("escaping", () => {
  test("escapes controls, bidi controls, separators and lone surrogates; keeps other text", () => {
    expect(escapeText("a\u001b[31mb\n\t\r\u0000\u007f\u0085\u2028\u202e\u2066\ufeffé😀\ud800x\udc00")).toBe(
      "a\\x1b[31mb\\n\\t\\r\\x00\\x7f\\x85\\u2028\\u202e\\u2066\\ufeffé😀\\ud800x\\udc00",
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(escapeLine(text)).toMatch(SAFE);
        expect(escapeLine(text).length).toBeLessThanOrEqual(300);
      }),
    );
  });

  test("cuts long lines at 300 characters, never inside an escape or a surrogate pair", () => {
    expect(escapeLine("x".repeat(300))).toBe("x".repeat(300));
    expect(escapeLine("x".repeat(301))).toBe(`${"x".repeat(299)}…`);
    expect(escapeLine(`${"x".repeat(297)}\u0000`)).toBe(`${"x".repeat(297)}…`);
    expect(escapeLine(`${"x".repeat(298)}😀y`)).toBe(`${"x".repeat(298)}…`);
    expect(escapeLine("x".repeat(10_000_000)).length).toBe(300);
    expect(quote('a"b\\c\u001b')).toBe('"a\\"b\\\\c\\x1b"');
  });

  test("file names are shown as given when plain, else quoted and escaped", () => {
    expect(showFile("data/inspections.json")).toBe("data/inspections.json");
    expect(showFile("-")).toBe("(stdin)");
    expect(showFile("a b\u001b.json")).toBe('"a b\\x1b.json"');
  });
});

describe("reading", () => {
  test("reads standard input for -, and stops past the limit", async () => {
    const text = await readLimited("-", stdin("[1]"));
    expect(Buffer.from(text).toString()).toBe("[1]");
    await expect(readLimited("-", stdin("x".repeat(11)), 10)).rejects.toThrow(
      "(stdin) is larger than the 10 MiB limit",
    );
    await expect(readLimited("-", undefined)).rejects.toThrow("cannot read (stdin): no standard input");
    const big = file("big.json", Buffer.alloc(MAX_INPUT_BYTES + 1, 0x20));
    await expect(readLimited(big, undefined)).rejects.toThrow(`${big} is larger than the 10 MiB limit`);
    const exact = file("exact.json", Buffer.alloc(MAX_INPUT_BYTES, 0x20));
    expect((await readLimited(exact, undefined)).byteLength).toBe(MAX_INPUT_BYTES);
    await expect(readLimited("/dev/zero", undefined)).rejects.toThrow(
      "/dev/zero is larger than the 10 MiB limit",
    );
  });

  test("unreadable files are one line naming why", async () => {
    await expect(readLimited(join(dir, "nope.json"), undefined)).rejects.toThrow(/no such file$/);
    await expect(readLimited(dir, undefined)).rejects.toThrow(/it is a directory$/);
    await expect(readLimited(join(file("plain.txt", "x"), "child"), undefined)).rejects.toThrow(
      /not a directory$/,
    );
    await expect(readLimited("x".repeat(5000), undefined)).rejects.toThrow(/the name is too long$/);
  });

  test("UTF-8 only: a BOM is dropped; UTF-16, UTF-32 and other bytes are refused", () => {
    const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x5b, 0x5d), "f")).toBe("[]");
    expect(() => decodeText(bytes(0xff, 0xfe, 0x5b, 0), "f")).toThrow(
      "f is UTF-16 or UTF-32 text; save it as UTF-8",
    );
    expect(() => decodeText(bytes(0xfe, 0xff, 0, 0x5b), "f")).toThrow("UTF-16 or UTF-32");
    expect(() => decodeText(bytes(0x5b, 0, 0x5d, 0), "f")).toThrow(
      "looks like UTF-16 or UTF-32 text (NUL bytes)",
    );
    expect(() => decodeText(bytes(0x5b, 0xc3, 0x28, 0x5d), "f")).toThrow("f is not UTF-8 text");
    expect(decodeText(bytes(0, 0, 0, 0), "f")).toBe("\u0000\u0000\u0000\u0000");
  });
});

describe("validate and --data refuse what JSON.parse and zod let through", () => {
  const [first] = inspections;
  test("a __proto__ key in standards, which zod would drop", async () => {
    const text = JSON.stringify([{ ...first, standards: { leadership: "good" } }]).replace(
      '"standards":{',
      '"standards":{"__proto__":"good",',
    );
    const run = await cli("validate", file("proto.json", text));
    expect(run.code).toBe(1);
    expect(lines(run.stderr)[0]).toMatch(
      /proto\.json: \[0\]\.standards\.__proto__: "__proto__" is not allowed as a key$/,
    );
    expect((await cli("league", "--data", file("proto.json", text))).code).toBe(1);
  });

  test("a duplicate key, of which JSON.parse would keep the last", async () => {
    const text = JSON.stringify([first]).replace('"id":', '"id":"x","id":');
    const run = await cli("validate", file("dup.json", text));
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([
      `${join(dir, "dup.json")}: [0].id: duplicate key (JSON.parse would keep only the last)`,
      `crc-inspections: ${join(dir, "dup.json")} is not valid: 1 problem`,
    ]);
  });

  test("empty arrays and records of the other kind", async () => {
    expect(lines((await cli("validate", file("empty.json", "[]"))).stderr)[0]).toMatch(
      /: \(root\): no records \(an empty array\): expected at least one inspection$/,
    );
    expect((await cli("validate", "--table", "providers", file("empty.json", "[]"))).stderr).toContain(
      "expected at least one provider",
    );
    const emptyDataset = await cli(
      "validate",
      file("empty-dataset.json", { providers: [], inspections: [] }),
    );
    expect(lines(emptyDataset.stderr).slice(0, 2)).toEqual([
      `${join(dir, "empty-dataset.json")}: providers: no records (an empty array): expected at least one provider`,
      `${join(dir, "empty-dataset.json")}: inspections: no records (an empty array): expected at least one inspection`,
    ]);
    const asProviders = await cli("validate", "--table", "providers", "data/inspections.json");
    expect(lines(asProviders.stderr)[0]).toBe(
      "data/inspections.json: (root): these records look like inspections, not providers",
    );
    for (const command of ["league", "deltas", "chart"]) {
      const run = await cli(command, "--data", "data/providers.json");
      expect(run).toEqual({
        code: 1,
        stdout: "",
        stderr:
          "crc-inspections: data/providers.json holds providers, not inspections: --data needs an array of inspections, or { providers, inspections }\n",
      });
    }
    expect(detectShape(Object.create({ providers: [] }))).toBe("inspections");
  });

  test("reads - from standard input for validate and --data", async () => {
    const json = JSON.stringify(inspections);
    expect(await cliWith({ stdin: stdin(json) }, "validate", "-")).toEqual({
      code: 0,
      stdout: `(stdin): valid (${inspections.length} inspections)\n`,
      stderr: "",
    });
    const league = await cliWith({ stdin: stdin(json) }, "league", "--format", "json", "--data", "-");
    expect(league.code).toBe(0);
    expect(JSON.parse(league.stdout).length).toBeGreaterThan(0);
    expect((await cli("validate", "-")).stderr).toBe(
      "crc-inspections: cannot read (stdin): no standard input\n",
    );
  });

  test("lists at most 20 problems, then a count of the rest", async () => {
    const bad = inspections.slice(0, 30).map((i) => ({ ...i, id: "Not A Slug" }));
    const run = await cli("validate", file("thirty.json", bad));
    const out = lines(run.stderr);
    expect(out).toHaveLength(22);
    expect(out[20]).toBe("… and 10 more not shown");
    expect(out[21]).toMatch(/is not valid: 30 problems$/);
  });

  test("past 1,000 records, checks each record alone and stops at 1,000 problems", async () => {
    const many = file(
      "many.json",
      Array.from({ length: 5_000 }, () => ({})),
    );
    const run = await cli("validate", many);
    expect(run.code).toBe(1);
    const out = lines(run.stderr);
    expect(out).toHaveLength(22);
    expect(out[0]).toMatch(/many\.json: \[0\]\.id: /);
    expect(out[20]).toBe("… and 980 more not shown");
    expect(out[21]).toBe(`crc-inspections: ${many} is not valid: more than 1,000 problems`);
    const manyProviders = await checkData({
      providers: Array.from({ length: 1_001 }, () => ({ kind: "x" })),
      inspections: [first],
    });
    expect(manyProviders).toMatchObject({ ok: false, capped: true });
    expect(manyProviders.ok || manyProviders.problems[0]).toMatch(/^providers\[0\]\./);
    // A large valid file passes the record-by-record check and then the cross-record rules.
    const copies = Array.from({ length: 1_001 }, (_, k) => ({ ...first, id: `copy-${k}` }));
    const checked = await checkData(copies);
    expect(checked.ok && checked.dataset.inspections.length).toBe(1_001);
  });

  test("everything the user gave is escaped on stderr and stdout", async () => {
    const name = file("esc\u001b[2J\u202e.json", "[\u0007]");
    const run = await cli("validate", name);
    expect(run.stderr).toBe(
      `crc-inspections: "${join(dir, "esc\\x1b[2J\\u202e.json")}" is not valid JSON: unexpected character "\\x07" at line 1, column 2\n`,
    );
    const ok = file("ok\u001b.json", inspections);
    expect((await cli("validate", ok)).stdout).toBe(
      `"${join(dir, "ok\\x1b.json")}": valid (${inspections.length} inspections)\n`,
    );
    const option = await cli("league", "--round", "\u001b[31m");
    expect(lines(option.stderr)[0]).toBe(
      'crc-inspections: unknown round "\\u001b[31m" (expected 2018/19, 2019/20 or 2020/21)',
    );
    const missing = await cli("validate", join(dir, "\u009bmissing"));
    expect(missing.stderr).toMatch(/\\x9bmissing": no such file\n$/);
  });

  test("league --format with no value says which option needs one", async () => {
    const run = await cli("league", "--format");
    expect(run.code).toBe(2);
    expect(lines(run.stderr)[0]).toBe("crc-inspections: option --format needs a value");
    expect(lines((await cli("league", "-f")).stderr)[0]).toBe(
      "crc-inspections: option --format needs a value",
    );
    expect(lines((await cli("league", "--data")).stderr)[0]).toBe(
      "crc-inspections: option --data needs a value",
    );
  });

  test("problem counts read well", () => {
    expect(problemCount(1)).toBe("1 problem");
    expect(problemCount(1_234)).toBe("1,234 problems");
    expect(problemCount(1_000, true)).toBe("more than 1,000 problems");
    expect(formatPath(["a b", 0, "c"])).toBe('["a b"][0].c');
  });
});
