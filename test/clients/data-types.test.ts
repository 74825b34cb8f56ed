// Issue 10, item 5: the shipped CSV files, read by the tools people load data with, run for real: base R's
// read.csv, readr, pandas, DuckDB, d3-dsv's autoType and csvkit. Each must read month-precision dates without
// inventing a day, `known` as a logical, "not rated" apart from "unknown", and standard numbers as text.
// Counts come from the shipped data/inspections.json, so the tests hold as records are added.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { autoType, csvParse } from "d3-dsv";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { run } from "../consumers/helpers.js";
import { debianPython, type Expected, expected, parseReport, tool, unpack } from "./shipped.js";

const HERE = join(import.meta.dirname, ".");
let shipped: ReturnType<typeof unpack>;
let want: Expected;

beforeAll(() => {
  shipped = unpack(inject("tarball"));
  want = expected(shipped.data);
  // The data must exercise every case, or the assertions below could pass vacuously.
  for (const key of [
    "count.known_true",
    "count.known_false",
    "count.not_rated",
    "count.overall_unknown",
    "count.published_day",
    "count.published_month_only",
    "count.fieldwork_start_month_only",
    "count.headings",
  ] as const) {
    expect(want[key], key).toBeGreaterThan(0);
  }
});
afterAll(() => shipped?.remove());

/** The counts of a report, as numbers, for the keys the expectation has. */
function counts(report: Record<string, string | number>): Record<string, number> {
  return Object.fromEntries(Object.keys(want).map((k) => [k, Number(report[k])]));
}

describe("base R read.csv (defaults)", () => {
  test("reads known as logical, headings and dates as text, not-rated apart from unknown", async () => {
    const { stdout } = await run(tool("Rscript"), ["--vanilla", join(HERE, "read-base-r.R"), shipped.data], {
      cwd: HERE,
    });
    const report = parseReport(stdout);
    expect(counts(report)).toEqual(want);
    expect(report).toMatchObject({
      "type.known": "logical",
      "type.standard_heading": "character",
      "type.overall": "character",
      // read.csv never parses dates: the day-precision column stays ISO text, the parts are integers.
      "type.published_date": "character",
      "type.published_year": "integer",
      "type.published_month": "integer",
      "type.published_precision": "character",
      "type.fieldwork_start_date": "character",
      "type.fieldwork_start_year": "integer",
      "type.fieldwork_start_month": "integer",
      "type.caseload": "integer",
    });
  });
});

describe("readr read_csv (defaults)", () => {
  test("reads known as logical, day-precision dates as Date and nothing else as a date", async () => {
    const { stdout } = await run(tool("Rscript"), ["--vanilla", join(HERE, "read-readr.R"), shipped.data], {
      cwd: HERE,
    });
    const report = parseReport(stdout);
    expect(counts(report)).toEqual(want);
    expect(report).toMatchObject({
      "type.known": "logical",
      "type.standard_heading": "character",
      "type.overall": "character",
      "type.published_date": "Date",
      "type.published_year": "numeric",
      "type.published_month": "numeric",
      "type.published_precision": "character",
      "type.fieldwork_start_date": "Date",
      "type.fieldwork_start_year": "numeric",
      "type.fieldwork_start_month": "numeric",
      "type.caseload": "numeric",
    });
  });
});

describe("pandas read_csv", () => {
  test("reads known as bool, headings as text, and parse_dates gives a day only where the file has one", async () => {
    const { stdout } = await run(debianPython(), [join(HERE, "read-pandas.py"), shipped.data], { cwd: HERE });
    const report = parseReport(stdout);
    expect(counts(report)).toEqual(want);
    expect(Number(report["count.parsed.published_day"])).toBe(want["count.published_day"]);
    expect(Number(report["count.parsed.fieldwork_start_day"])).toBe(want["count.fieldwork_start_day"]);
    expect(report).toMatchObject({
      "type.known": "bool",
      "type.standard_heading": "object",
      "type.overall": "object",
      "type.published_date": "object",
      "type.published_precision": "object",
      "type.parsed.published_date": "datetime64[ns]",
      "type.parsed.fieldwork_start_date": "datetime64[ns]",
    });
    // Years and months are numbers (float64 where some are missing, as pandas stores NaN).
    for (const col of [
      "published_year",
      "published_month",
      "fieldwork_start_year",
      "fieldwork_start_month",
    ]) {
      expect(report[`type.${col}`], col).toMatch(/^(int64|float64)$/);
    }
  });
});

describe("DuckDB read_csv (auto-detection)", () => {
  test("reads known as BOOLEAN, headings as VARCHAR, day-precision dates as DATE", async () => {
    const db = await DuckDBInstance.create(":memory:");
    const c = await db.connect();
    try {
      const file = (name: string) => `'${join(shipped.data, name).replaceAll("'", "''")}'`;
      await c.run(`CREATE TABLE i AS SELECT * FROM read_csv(${file("inspections.csv")})`);
      await c.run(`CREATE TABLE r AS SELECT * FROM read_csv(${file("ratings.csv")})`);
      const types = async (table: string) =>
        Object.fromEntries(
          (await c.runAndReadAll(`DESCRIBE ${table}`))
            .getRowObjects()
            .map((o) => [`type.${String(o.column_name)}`, String(o.column_type)]),
        );
      const one = async (sql: string) => Number((await c.runAndReadAll(sql)).getRows()[0]?.[0]);
      const report: Record<string, string | number> = {
        ...(await types("i")),
        ...(await types("r")),
        "inspections.rows": await one("SELECT count(*) FROM i"),
        "ratings.rows": await one("SELECT count(*) FROM r"),
        "count.known_true": await one("SELECT count(*) FROM r WHERE known"),
        "count.known_false": await one("SELECT count(*) FROM r WHERE NOT known"),
        "count.headings": await one("SELECT count(standard_heading) FROM r"),
        "count.not_rated": await one("SELECT count(*) FROM i WHERE overall = 'not-rated'"),
        "count.overall_unknown": await one("SELECT count(*) FROM i WHERE overall IS NULL"),
      };
      for (const d of ["published", "fieldwork_start"]) {
        report[`count.${d}_day`] = await one(`SELECT count(${d}_date) FROM i`);
        report[`count.${d}_month_only`] = await one(`SELECT count(*) FROM i WHERE ${d}_precision = 'month'`);
        report[`count.${d}_unknown`] = await one(`SELECT count(*) FROM i WHERE ${d}_year IS NULL`);
      }
      expect(counts(report)).toEqual(want);
      expect(report).toMatchObject({
        "type.known": "BOOLEAN",
        "type.standard_heading": "VARCHAR",
        "type.overall": "VARCHAR",
        "type.published_date": "DATE",
        "type.published_year": "BIGINT",
        "type.published_month": "BIGINT",
        "type.published_precision": "VARCHAR",
        "type.fieldwork_start_date": "DATE",
        "type.fieldwork_start_year": "BIGINT",
        "type.fieldwork_start_month": "BIGINT",
        "type.caseload": "BIGINT",
      });
    } finally {
      c.closeSync();
      db.closeSync();
    }
  });
});

describe("d3-dsv autoType (the Observable recipe)", () => {
  const parse = (name: string) => csvParse(readFileSync(join(shipped.data, name), "utf8"), autoType);

  // autoType makes booleans only of lower-case true/false, and base R's read.csv only of upper case: `known` is
  // written TRUE/FALSE for R, so in d3 it stays text, and never a wrong boolean.
  test("keeps known as the text TRUE/FALSE, headings as strings, and makes a Date only of a whole day", () => {
    const i = parse("inspections.csv") as Record<string, unknown>[];
    const r = parse("ratings.csv") as Record<string, unknown>[];
    const report: Record<string, number> = {
      "inspections.rows": i.length,
      "ratings.rows": r.length,
      "count.known_true": r.filter((d) => d.known === "TRUE").length,
      "count.known_false": r.filter((d) => d.known === "FALSE").length,
      "count.headings": r.filter((d) => typeof d.standard_heading === "string").length,
      "count.not_rated": i.filter((d) => d.overall === "not-rated").length,
      "count.overall_unknown": i.filter((d) => d.overall === null).length,
    };
    expect(r.filter((d) => d.rating !== null).length).toBe(want["count.known_true"]);
    for (const d of ["published", "fieldwork_start"]) {
      report[`count.${d}_day`] = i.filter((x) => x[`${d}_date`] instanceof Date).length;
      report[`count.${d}_month_only`] = i.filter((x) => x[`${d}_precision`] === "month").length;
      report[`count.${d}_unknown`] = i.filter((x) => x[`${d}_year`] === null).length;
      // Nothing but a whole day becomes a Date; the parts are numbers or null.
      for (const x of i) {
        expect(x[`${d}_date`] === null || x[`${d}_date`] instanceof Date).toBe(true);
        expect(x[`${d}_precision`] === "day").toBe(x[`${d}_date`] instanceof Date);
        for (const part of ["year", "month"])
          expect([null, "number"]).toContain(x[`${d}_${part}`] === null ? null : typeof x[`${d}_${part}`]);
      }
    }
    expect(report).toEqual(want);
    expect(r.every((d) => d.known === "TRUE" || d.known === "FALSE")).toBe(true);
    expect(r.every((d) => d.standard_heading === null || typeof d.standard_heading === "string")).toBe(true);
    expect(i.every((d) => d.overall === null || typeof d.overall === "string")).toBe(true);
  });
});

describe("csvkit (csvsql's and csvjson's type inference)", () => {
  test("infers BOOLEAN known, VARCHAR headings and overall, DATE only for whole days", async () => {
    const csvsql = tool("csvsql");
    const create = async (name: string) =>
      (
        await run(csvsql, ["-i", "sqlite", "--tables", name, join(shipped.data, `${name}.csv`)], {
          cwd: HERE,
        })
      ).stdout;
    const sqlTypes = (ddl: string) =>
      Object.fromEntries([...ddl.matchAll(/^\s*(\w+) (\w+)/gm)].map((m) => [`type.${m[1]}`, m[2] as string]));
    const types = { ...sqlTypes(await create("inspections")), ...sqlTypes(await create("ratings")) };
    expect(types).toMatchObject({
      "type.known": "BOOLEAN",
      "type.standard_heading": "VARCHAR",
      "type.overall": "VARCHAR",
      "type.published_date": "DATE",
      "type.published_year": "FLOAT",
      "type.published_month": "FLOAT",
      "type.published_precision": "VARCHAR",
      "type.fieldwork_start_date": "DATE",
      "type.fieldwork_start_year": "FLOAT",
      "type.fieldwork_start_month": "FLOAT",
    });

    const csvjson = tool("csvjson");
    const rows = async (name: string) =>
      JSON.parse((await run(csvjson, [join(shipped.data, `${name}.csv`)], { cwd: HERE })).stdout) as Record<
        string,
        unknown
      >[];
    const i = await rows("inspections");
    const r = await rows("ratings");
    const report: Record<string, number> = {
      "inspections.rows": i.length,
      "ratings.rows": r.length,
      "count.known_true": r.filter((d) => d.known === true).length,
      "count.known_false": r.filter((d) => d.known === false).length,
      "count.headings": r.filter((d) => typeof d.standard_heading === "string").length,
      "count.not_rated": i.filter((d) => d.overall === "not-rated").length,
      "count.overall_unknown": i.filter((d) => d.overall === null).length,
    };
    for (const d of ["published", "fieldwork_start"]) {
      report[`count.${d}_day`] = i.filter((x) => typeof x[`${d}_date`] === "string").length;
      report[`count.${d}_month_only`] = i.filter((x) => x[`${d}_precision`] === "month").length;
      report[`count.${d}_unknown`] = i.filter((x) => x[`${d}_year`] === null).length;
    }
    expect(report).toEqual(want);
  });
});
