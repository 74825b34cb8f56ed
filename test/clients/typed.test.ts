// Issue 16: every client reads the three kinds of empty right, from the files of the packed tarball, with the
// recipe docs/notebooks.md gives it. The reference answers are derived here from the shipped
// data/inspections.json: how many overall ratings are unknown (absent) and how many not rated ("not-rated"), how
// many standard ratings are known, how many caseloads are known and their mean, and one month-only publication
// date, which must stay a month (no day invented).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import pl from "nodejs-polars";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { run } from "../consumers/helpers.js";
import { findPython } from "../outside/tools.js";
import { parseReport, tool, unpack } from "./shipped.js";

const HERE = import.meta.dirname;
let shipped: ReturnType<typeof unpack>;

interface JsonInspection {
  readonly id: string;
  readonly overall?: string;
  readonly published?: string;
  readonly standards: Readonly<Record<string, string>>;
  readonly caseload: { readonly value: number } | null;
}

/** The reference answers, from the shipped JSON. */
interface Answers {
  readonly overall_unknown: number;
  readonly not_rated: number;
  readonly known_ratings: number;
  readonly caseloads: number;
  readonly caseload_mean: string;
}
let want: Answers;
/** The first inspection whose publication date is month-only, and its year and month. */
let month: { readonly id: string; readonly year: number; readonly month: number; readonly text: string };

beforeAll(() => {
  shipped = unpack(inject("tarball"));
  const json = JSON.parse(readFileSync(join(shipped.data, "inspections.json"), "utf8")) as JsonInspection[];
  const caseloads = json.flatMap((i) => (i.caseload === null ? [] : [i.caseload.value]));
  want = {
    overall_unknown: json.filter((i) => i.overall === undefined).length,
    not_rated: json.filter((i) => i.overall === "not-rated").length,
    known_ratings: json.reduce((n, i) => n + Object.keys(i.standards).length, 0),
    caseloads: caseloads.length,
    caseload_mean: (caseloads.reduce((a, b) => a + b, 0) / caseloads.length).toFixed(6),
  };
  // Every case must be there, or an assertion could pass vacuously.
  for (const [key, n] of Object.entries(want)) expect(Number(n), key).toBeGreaterThan(0);
  const first = json.find((i) => i.published?.length === 7);
  if (first?.published === undefined) throw new Error("no month-only publication date in the data");
  month = {
    id: first.id,
    year: Number(first.published.slice(0, 4)),
    month: Number(first.published.slice(5, 7)),
    text: first.published,
  };
});
afterAll(() => shipped?.remove());

/** A client's report for the answers, as strings, from "client.key<TAB>value" lines. */
function answersOf(report: Record<string, string>, client: string): Record<string, string> {
  return Object.fromEntries(Object.keys(want).map((k) => [k, report[`${client}.${k}`] ?? "(missing)"]));
}
const asStrings = (a: Answers): Record<string, string> =>
  Object.fromEntries(Object.entries(a).map(([k, v]) => [k, String(v)]));
/** The month-only date as the flat files carry it: no day, the year and month, precision "month". */
const monthRow = (): string => `None|${month.year}|${month.month}|month`;

const QUERIES = {
  overall_unknown: "SELECT COUNT(*) AS n FROM inspections WHERE overall IS NULL",
  not_rated: "SELECT COUNT(*) AS n FROM inspections WHERE overall = 'not-rated'",
  known_ratings: "SELECT COUNT(*) AS n FROM ratings WHERE known",
  caseloads: "SELECT COUNT(caseload) AS n FROM inspections",
  caseload_mean: "SELECT printf('%.6f', AVG(caseload)) AS n FROM inspections",
} as const;

describe("the SQLite database (use the .db, not .import of the CSV)", () => {
  test("the sqlite3 shell", async () => {
    const db = join(shipped.data, "crc-inspections.db");
    const got: Record<string, string> = {};
    for (const [key, sql] of Object.entries(QUERIES)) {
      got[key] = (
        await run(tool("sqlite3"), ["-readonly", "-noheader", db, sql], { cwd: HERE })
      ).stdout.trim();
    }
    expect(got).toEqual(asStrings(want));
    const row = await run(
      tool("sqlite3"),
      [
        "-readonly",
        "-noheader",
        "-nullvalue",
        "None",
        db,
        `SELECT published_date, published_year, published_month, published_precision FROM inspections WHERE id = '${month.id}'`,
      ],
      { cwd: HERE },
    );
    expect(row.stdout.trim()).toBe(monthRow());
  });

  test("sqlite-utils", async () => {
    const db = join(shipped.data, "crc-inspections.db");
    const got: Record<string, string> = {};
    for (const [key, sql] of Object.entries(QUERIES)) {
      const rows = JSON.parse(
        (await run(tool("sqlite-utils"), ["query", db, sql], { cwd: HERE })).stdout,
      ) as {
        n: number | string;
      }[];
      got[key] = String(rows[0]?.n);
    }
    expect(got).toEqual(asStrings(want));
  });
});

describe("Python: sqlite3 on the database, pandas on the JSON and on the CSV", () => {
  test("every answer, in each", async () => {
    const python = findPython();
    if (python === undefined) throw new Error("python3 is missing: run `sudo .ci/outside-setup`");
    const { stdout } = await run(python, [join(HERE, "read-typed.py"), shipped.data, month.id], {
      cwd: HERE,
    });
    const report = parseReport(stdout);
    for (const client of ["sqlite", "pandas_json", "pandas_csv"]) {
      expect(answersOf(report, client), client).toEqual(asStrings(want));
    }
    expect(report["sqlite.month_only"]).toBe(monthRow());
    expect(report["pandas_csv.month_only"]).toBe(monthRow());
    // read_json keeps "2016-08" as the text it is: no day invented.
    expect(report["pandas_json.month_only"]).toBe(`${month.text}|str`);
  });
});

describe('R data.table::fread (na.strings = "")', () => {
  test("every answer from the CSV", async () => {
    const { stdout } = await run(
      tool("Rscript"),
      ["--vanilla", join(HERE, "read-fread.R"), shipped.data, month.id],
      { cwd: HERE },
    );
    const report = parseReport(stdout);
    expect(answersOf(report, "fread")).toEqual(asStrings(want));
    expect(report["fread.month_only"]).toBe(monthRow());
  });
});

describe("polars (nodejs-polars: the Rust polars engine)", () => {
  const fromFrame = (ins: pl.DataFrame, rat: pl.DataFrame, caseload: pl.Series): Record<string, string> => ({
    overall_unknown: String(ins.getColumn("overall").nullCount()),
    not_rated: String(ins.filter(pl.col("overall").eq(pl.lit("not-rated"))).height),
    known_ratings: String(rat.filter(pl.col("known")).height),
    caseloads: String(caseload.len() - caseload.nullCount()),
    caseload_mean: (caseload.mean() as number).toFixed(6),
  });
  const monthOf = (ins: pl.DataFrame): string => {
    const row = ins.filter(pl.col("id").eq(pl.lit(month.id))).toRecords()[0] ?? {};
    return `${row.published_date === null ? "None" : String(row.published_date)}|${row.published_year}|${row.published_month}|${row.published_precision}`;
  };

  test("readParquet", () => {
    const ins = pl.readParquet(join(shipped.data, "inspections.parquet"));
    const rat = pl.readParquet(join(shipped.data, "ratings.parquet"));
    expect(fromFrame(ins, rat, ins.getColumn("caseload"))).toEqual(asStrings(want));
    expect(monthOf(ins)).toBe(monthRow());
    expect(String(ins.getColumn("published_date").dtype)).toMatch(/Date/);
  });

  test("readCSV", () => {
    const ins = pl.readCSV(join(shipped.data, "inspections.csv"));
    const rat = pl.readCSV(join(shipped.data, "ratings.csv"));
    // polars reads TRUE/FALSE as Boolean.
    expect(String(rat.getColumn("known").dtype)).toMatch(/Bool/);
    expect(fromFrame(ins, rat, ins.getColumn("caseload"))).toEqual(asStrings(want));
    expect(monthOf(ins)).toBe(monthRow());
  });

  test("readJSON (inferSchemaLength: null, so every record's keys are seen)", () => {
    const ins = pl.readJSON(join(shipped.data, "inspections.json"), {
      format: "json",
      inferSchemaLength: null,
    });
    const caseload = ins.getColumn("caseload").struct.field("value");
    const known = (ins.getColumn("standards").toArray() as unknown as Record<string, unknown>[]).reduce(
      (n, s) => n + Object.values(s ?? {}).filter((v) => v !== null).length,
      0,
    );
    expect({
      overall_unknown: String(ins.getColumn("overall").nullCount()),
      not_rated: String(ins.filter(pl.col("overall").eq(pl.lit("not-rated"))).height),
      known_ratings: String(known),
      caseloads: String(caseload.len() - caseload.nullCount()),
      caseload_mean: (caseload.mean() as number).toFixed(6),
    }).toEqual(asStrings(want));
    const row = ins.filter(pl.col("id").eq(pl.lit(month.id))).toRecords()[0];
    expect(row?.published).toBe(month.text);
  });
});

describe("DuckDB on the Parquet files and on the JSON", () => {
  test("every answer, from read_parquet and read_json", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const db = await instance.connect();
    const one = async (sql: string): Promise<string> =>
      String((await db.runAndReadAll(sql)).getRows()[0]?.[0]);
    const parquet = (name: string) => `read_parquet('${join(shipped.data, `${name}.parquet`)}')`;
    const fromParquet: Record<string, string> = {};
    for (const [key, sql] of Object.entries(QUERIES)) {
      fromParquet[key] = await one(
        sql
          .replace("FROM inspections", `FROM ${parquet("inspections")}`)
          .replace("FROM ratings", `FROM ${parquet("ratings")}`),
      );
    }
    expect(fromParquet).toEqual(asStrings(want));
    expect(
      await one(
        `SELECT concat_ws('|', coalesce(CAST(published_date AS VARCHAR), 'None'), published_year, published_month, published_precision) FROM ${parquet("inspections")} WHERE id = '${month.id}'`,
      ),
    ).toBe(monthRow());
    const json = `read_json('${join(shipped.data, "inspections.json")}', sample_size = -1)`;
    expect({
      overall_unknown: await one(`SELECT COUNT(*) FROM ${json} WHERE overall IS NULL`),
      not_rated: await one(`SELECT COUNT(*) FROM ${json} WHERE overall = 'not-rated'`),
      caseloads: await one(`SELECT COUNT(caseload.value) FROM ${json}`),
      caseload_mean: await one(`SELECT printf('%.6f', AVG(caseload.value)) FROM ${json}`),
      month: await one(`SELECT CAST(published AS VARCHAR) FROM ${json} WHERE id = '${month.id}'`),
    }).toEqual({
      overall_unknown: String(want.overall_unknown),
      not_rated: String(want.not_rated),
      caseloads: String(want.caseloads),
      caseload_mean: want.caseload_mean,
      month: month.text,
    });
    db.closeSync();
  });
});
