// Output is a boundary (issue 17, findings 1, 4–7, 12): every hostile string goes through every writer (terminal
// table, Markdown, CSV, JSON, SVG) and, in a dataset the schema accepts, through every command and format. Each
// format has its one escaping rule; these tests hold each writer and command to it.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { ratingsHeatmapSvg } from "../../src/chart/ratingsHeatmapSvg.js";
import {
  csvCell,
  csvTable,
  json,
  MAX_CELL,
  markdownCell,
  markdownTable,
  parseCsv,
  terminalCell,
  textTable,
} from "../../src/cli/output.js";
import { validateDataset } from "../../src/schema/index.js";
import {
  HOSTILE,
  hostileDataset,
  markdownRowProblem,
  TERMINAL_UNSAFE,
  XML_FORBIDDEN,
  xmlProblem,
} from "../hostile/strings.js";
import { cli } from "./run.js";

const FORMULA_START = /^[=+\-@\t\r]/;
/** Text a terminal shows as it is, our own line feeds apart. */
const terminalSafe = (text: string): boolean => !TERMINAL_UNSAFE.test(text);

describe.each(HOSTILE)("the writers, given %s", (_what, hostile) => {
  test("terminal: one escaped line per row, no control or bidi character, cut at MAX_CELL", () => {
    const out = textTable([{ header: "Name", cell: (r: string) => r }], [hostile, "plain"]);
    expect(terminalSafe(out)).toBe(true);
    expect(out.split("\n")).toHaveLength(5); // header, rule, two rows, and the final newline
    expect(terminalCell(hostile).length).toBeLessThanOrEqual(MAX_CELL);
    expect(terminalCell(hostile)).not.toContain("\n");
  });

  test("Markdown: one table row, every active character escaped, line breaks as <br>, no control character", () => {
    const out = markdownTable(
      [
        { header: "Name", cell: (r: string) => r },
        { header: "n", align: "right", cell: () => "-3" },
      ],
      [hostile],
    );
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    for (const line of [lines[0] ?? "", lines[2] ?? ""]) expect(markdownRowProblem(line, 2)).toBe("");
    expect(terminalSafe(out)).toBe(true);
  });

  test("CSV: RFC 4180 round trip, no cell a spreadsheet evaluates, numbers untouched, no control character", () => {
    const out = csvTable(
      [
        { name: "text", value: (r: string) => r },
        { name: "score_change", value: () => -3 },
        { name: "dash", value: () => "−3" },
      ],
      [hostile],
    );
    const rows = parseCsv(out);
    expect(rows).toHaveLength(2);
    const [text, number, dash] = rows[1] as string[];
    expect(FORMULA_START.test(text as string)).toBe(false);
    expect(number).toBe("-3");
    expect(dash).toBe("−3");
    if (FORMULA_START.test(hostile)) expect(text?.startsWith("'")).toBe(true);
    // Text without control characters comes back as it was (after the guard quote).
    if (terminalSafe(hostile.replaceAll("\n", ""))) {
      expect(text).toBe(FORMULA_START.test(hostile) ? `'${hostile}` : hostile);
    }
    expect(terminalSafe(out)).toBe(true);
  });

  test("JSON: the same string when parsed, nothing raw that a terminal or a browser acts on", () => {
    const out = json({ name: hostile });
    expect(JSON.parse(out)).toEqual({ name: hostile });
    expect(terminalSafe(out)).toBe(true);
  });

  test("SVG: well-formed XML, no forbidden character, the text shown escaped", () => {
    const svg = ratingsHeatmapSvg(
      [
        {
          id: "x-crc-2018-19",
          providerId: "x-crc",
          providerKind: "crc",
          framework: "hmip-2018",
          round: "2018/19",
          overall: "good",
          standards: {},
        },
      ],
      { providers: [{ id: "x-crc", name: hostile }], title: hostile },
    );
    expect(xmlProblem(svg)).toBe("");
    expect(XML_FORBIDDEN.test(svg)).toBe(false);
    expect(terminalSafe(svg)).toBe(true);
    expect(xmlProblem(ratingsHeatmapSvg([], { title: hostile }))).toBe("");
  });
});

describe("each format's rule, by example", () => {
  test("terminal: escapes are visible, and a long value ends in …", () => {
    expect(terminalCell("a\u001b[31mb\u009b\u202e\u2028\r\n\u061c\u200e")).toBe(
      "a\\x1b[31mb\\x9b\\u202e\\u2028\\r\\n\\u061c\\u200e",
    );
    const cut = terminalCell("x".repeat(10_000));
    expect(cut).toBe(`${"x".repeat(MAX_CELL - 1)}…`);
  });

  test("Markdown: pipes, HTML, links and line breaks are inert", () => {
    expect(markdownCell("a | b")).toBe("a \\| b");
    expect(markdownCell('<img src=x onerror="alert(1)">')).toBe('\\<img src=x onerror="alert(1)"\\>');
    expect(markdownCell("[x](javascript:alert(1))")).toBe("\\[x\\](javascript:alert(1))");
    expect(markdownCell("one\n# two\r\nthree\rfour")).toBe("one<br>\\# two<br>three<br>four");
    expect(markdownCell("Kent, Surrey & Sussex")).toBe("Kent, Surrey \\& Sussex");
    expect(markdownCell("Durham Tees Valley CRC")).toBe("Durham Tees Valley CRC");
  });

  test("CSV: OWASP's guard on text only, RFC 4180 quoting", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\\t=1");
    expect(csvCell("\r=1")).toBe("'\\r=1");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell(-1)).toBe("-1");
    expect(csvCell(-0.5)).toBe("-0.5");
    expect(csvCell(false)).toBe("false");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell("a\nb")).toBe('"a\nb"');
    expect(csvCell("a\u001b[2Jb")).toBe("a\\x1b[2Jb");
    expect(csvCell("2019-10")).toBe("2019-10");
  });

  test("JSON: U+2028/2029, C1, DEL and bidi controls as \\u escapes", () => {
    expect(json("\u2028\u2029\u009b\u007f\u202e\u2066\u061c\u200f\u001b")).toBe(
      '"\\u2028\\u2029\\u009b\\u007f\\u202e\\u2066\\u061c\\u200f\\u001b"\n',
    );
  });
});

describe("a valid dataset with hostile text in every free-text field, through every command", () => {
  let data: string;
  const dataset = hostileDataset();
  const names = new Set(dataset.providers.map((p) => p.name as string));

  beforeAll(() => {
    expect(validateDataset(dataset).ok).toBe(true);
    data = join(mkdtempSync(join(tmpdir(), "crc-output-")), "hostile.json");
    writeFileSync(data, JSON.stringify(dataset));
  });

  test.each([["league"], ["deltas"], ["owners"]])(
    "%s: the table is terminal-safe, one line per row, the escapes visible",
    async (command) => {
      const table = await cli(command, "--data", data);
      const rows = JSON.parse((await cli(command, "--data", data, "--format", "json")).stdout) as unknown[];
      expect(table.code).toBe(0);
      expect(terminalSafe(table.stdout)).toBe(true);
      const [, rule = ""] = table.stdout.split("\n");
      expect(rule).toMatch(/^-+( +-+)+$/);
      const body = table.stdout.split("\n\n")[0]?.split("\n") ?? [];
      expect(body.length - 2).toBe(rows.length);
      expect(table.stdout).toMatch(/\\x[0-9a-f]{2}|\\u[0-9a-f]{4}/);
    },
  );

  test.each([["league"], ["deltas"], ["owners"]])(
    "%s --format md: every row one table row, nothing active",
    async (command) => {
      const run = await cli(command, "--data", data, "--format", "md");
      expect(run.code).toBe(0);
      const lines = run.stdout.trimEnd().split("\n");
      const columns = (lines[1]?.match(/---/g) ?? []).length;
      expect(columns).toBeGreaterThan(2);
      expect(lines.map((l, i) => (i === 1 ? "" : markdownRowProblem(l, columns))).filter(Boolean)).toEqual(
        [],
      );
      expect(terminalSafe(run.stdout)).toBe(true);
    },
  );

  test.each([["league"], ["deltas"], ["owners"]])(
    "%s --format csv: no formula, numbers intact, terminal-safe",
    async (command) => {
      const run = await cli(command, "--data", data, "--format", "csv");
      expect(run.code).toBe(0);
      expect(terminalSafe(run.stdout)).toBe(true);
      const [header = [], ...rows] = parseCsv(run.stdout);
      expect(rows.every((r) => r.length === header.length)).toBe(true);
      const numeric = (column: string): boolean =>
        /^(rank|score_(min|max|exact|change)|standards_|elapsed_)/.test(column);
      const text = rows.flatMap((r) => r.filter((_, j) => !numeric(header[j] as string)));
      expect(text.filter((c) => FORMULA_START.test(c))).toEqual([]);
      const name = header.indexOf("provider_name");
      // A name is guarded by a quote exactly when a spreadsheet would evaluate it.
      const byId = new Map(dataset.providers.map((p) => [p.id as string, p.name as string]));
      const id = header.indexOf("provider_id");
      if (name === -1) return; // owners: owner names, checked by the formula test above
      const guarded = rows.map((r) => [
        FORMULA_START.test(byId.get(r[id] as string) ?? ""),
        r[name]?.startsWith("'"),
      ]);
      expect(guarded.some(([risky]) => risky)).toBe(true);
      expect(guarded.filter(([risky, quoted]) => risky !== quoted)).toEqual([]);
      // Numeric columns keep their sign: a score change of −3 is -3, never '-3.
      for (const [j, column] of header.entries()) {
        if (numeric(column)) {
          expect(rows.map((r) => r[j]).filter((c) => c !== "" && !/^-?\d+$/.test(c as string))).toEqual([]);
        }
      }
    },
  );

  test.each([
    ["league", "--format", "json"],
    ["deltas", "--format", "json"],
    ["owners", "--format", "json"],
  ])("%s %s %s: the same text when parsed, terminal-safe when printed", async (...args) => {
    const run = await cli(...args, "--data", data);
    expect(run.code).toBe(0);
    expect(terminalSafe(run.stdout)).toBe(true);
    JSON.parse(run.stdout);
  });

  test("league --format json keeps every provider name exactly", async () => {
    const rows = JSON.parse((await cli("league", "--data", data, "--format", "json")).stdout) as {
      name: string;
    }[];
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) expect(names.has(row.name)).toBe(true);
  });

  test("show, for every provider: text terminal-safe, JSON exact and terminal-safe", async () => {
    for (const provider of dataset.providers) {
      const id = provider.id as string;
      const text = await cli("show", id, "--data", data);
      expect(text.code).toBe(0);
      expect(terminalSafe(text.stdout)).toBe(true);
      const own = await cli("show", id, "--data", data, "--format", "json");
      expect(terminalSafe(own.stdout)).toBe(true);
      expect((JSON.parse(own.stdout) as { provider: unknown }).provider).toEqual(provider);
    }
  });

  test("chart, with a hostile title too: well-formed XML, nothing a renderer acts on", async () => {
    for (const title of [undefined, ...HOSTILE.map(([, h]) => h)]) {
      const run = await cli("chart", "--data", data, ...(title === undefined ? [] : [`--title=${title}`]));
      expect(run.code).toBe(0);
      expect(xmlProblem(run.stdout)).toBe("");
      expect(terminalSafe(run.stdout)).toBe(true);
    }
  });

  test("export (the shipped files): no cell a spreadsheet evaluates, terminal-safe", async () => {
    for (const table of ["inspections", "ratings", "providers", "owners"]) {
      for (const format of ["csv", "json"]) {
        const run = await cli("export", "--table", table, "--format", format);
        expect(run.code).toBe(0);
        expect(terminalSafe(run.stdout)).toBe(true);
        if (format === "csv") {
          expect(
            parseCsv(run.stdout)
              .flat()
              .filter((c) => FORMULA_START.test(c)),
          ).toEqual([]);
        }
      }
    }
  });
});

describe("size: a long value is cut where it would be repeated (finding 1)", () => {
  test("a terminal table of 3,000 rows, one with a 6 MB name, is 3,000 short lines", () => {
    const rows = Array.from({ length: 3000 }, (_, i) => (i === 1500 ? "N".repeat(6_000_000) : `p${i}`));
    const out = textTable([{ header: "Provider", cell: (r: string) => r }], rows);
    expect(out.split("\n")).toHaveLength(3003);
    expect(out.length).toBeLessThan(3003 * (MAX_CELL + 2));
    expect(out).toContain(`${"N".repeat(MAX_CELL - 1)}…\n`);
  });

  test("the chart repeats no name in its tooltips beyond 120 characters", () => {
    const inspections = Array.from({ length: 300 }, (_, i) => ({
      id: `p${i}-crc-2018-19`,
      providerId: `p${i}-crc`,
      providerKind: "crc" as const,
      framework: "hmip-2018" as const,
      round: "2018/19" as const,
      overall: "good" as const,
      standards: {},
    }));
    const providers = inspections.map((r) => ({
      id: r.providerId,
      name: `${r.providerId} ${"n".repeat(100_000)}`,
    }));
    const svg = ratingsHeatmapSvg(inspections, { providers, title: "t".repeat(100_000) });
    expect(svg.length).toBeLessThan(3_000_000);
    expect(svg).not.toContain("n".repeat(200));
    expect(xmlProblem(svg)).toBe("");
  });
});

describe("show's close-match search is bounded (finding 12)", () => {
  test("a 120,001-character query against a 9 MB name answers at once", async () => {
    const dataset = hostileDataset();
    (dataset.providers[0] as Record<string, unknown>).name = "a".repeat(9_000_000);
    const file = join(mkdtempSync(join(tmpdir(), "crc-search-")), "long-name.json");
    writeFileSync(file, JSON.stringify(dataset));
    const start = performance.now();
    // A "b" amid "a"s: a worst case of V8's Boyer–Moore–Horspool search, which compares half the query per step.
    const run = await cli("show", `${"a".repeat(60_000)}b${"a".repeat(60_000)}`, "--data", file);
    expect(performance.now() - start).toBeLessThan(8_000);
    expect(run.code === 1 || run.code === 2).toBe(true);
    expect(run.stderr.split("\n").every((l) => l.length <= 400)).toBe(true);
  }, 30_000);
});
