// The typed files (data/crc-inspections.db, data/*.parquet) against the table registry and the CSV files: every
// empty CSV cell is a NULL, every column says what its empty means, and the writers are deterministic (so that
// `generate --check` can compare bytes). The real clients (sqlite3, Python, DuckDB, polars, R) read them in
// test/clients/typed.test.ts.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { beforeAll, describe, expect, test } from "vitest";
import { type BuildResult, buildOutputs, DATABASE, parquetPath } from "../../scripts/lib/build.js";
import { VIEWS } from "../../scripts/lib/tables.js";
import { parquetFile, sqliteDatabase } from "../../scripts/lib/typed.js";
import { parseCsv } from "../../src/cli/output.js";

interface Db {
  exec(sql: string): { columns: string[]; values: unknown[][] }[];
  close(): void;
}
const require = createRequire(import.meta.url);
const initSqlJs = require("sql.js") as () => Promise<{ Database: new (data?: Uint8Array) => Db }>;

let build: BuildResult;
let db: Db;
beforeAll(async () => {
  build = await buildOutputs(process.cwd());
  const SQL = await initSqlJs();
  db = new SQL.Database(readFileSync(DATABASE));
  return () => db.close();
}, 60_000);
const rows = (sql: string): unknown[][] => db.exec(sql)[0]?.values ?? [];

describe("the table registry", () => {
  test("every column is required or says what its empty means", () => {
    const silent = build.tables.flatMap((t) =>
      t.columns.filter((c) => !c.required && c.empty === undefined).map((c) => `${t.name}.${c.name}`),
    );
    expect(silent).toEqual([]);
  });

  test("a required column is never empty", () => {
    const empties = build.tables.flatMap((t) =>
      t.columns
        .filter((c) => c.required)
        .filter((c) => t.rows.some((r) => [undefined, null, ""].includes(c.value(r) as never)))
        .map((c) => `${t.name}.${c.name}`),
    );
    expect(empties).toEqual([]);
  });
});

describe("data/crc-inspections.db", () => {
  test("has every table, with each CSV cell's value and NULL exactly where the CSV cell is empty", () => {
    for (const t of build.tables) {
      const [header = [], ...csv] = parseCsv(readFileSync(`data/${t.name}.csv`, "utf8"));
      const sql = rows(`SELECT ${header.map((h) => `"${h}"`).join(", ")} FROM "${t.name}" ORDER BY rowid`);
      expect(sql.length, t.name).toBe(csv.length);
      csv.forEach((cells, i) => {
        const back = (sql[i] ?? []).map((v, j) =>
          v === null ? "" : t.columns[j]?.type === "boolean" ? (v === 1 ? "TRUE" : "FALSE") : String(v),
        );
        expect(back, `${t.name} row ${i}`).toEqual(cells);
      });
    }
  });

  test("declares each column's type, NOT NULL where required, and the keys of the table definitions", () => {
    const sqlType = { string: "TEXT", integer: "INTEGER", boolean: "BOOLEAN", date: "DATE" } as const;
    for (const t of build.tables) {
      const info = rows(`PRAGMA table_info("${t.name}")`).map(([, name, type, notnull, , pk]) => ({
        name,
        type,
        notnull: notnull === 1,
        pk: Number(pk) > 0,
      }));
      expect(info).toEqual(
        t.columns.map((c) => ({
          name: c.name,
          type: sqlType[c.type],
          notnull: c.required === true,
          pk: t.primaryKey.includes(c.name),
        })),
      );
      const fks = rows(`PRAGMA foreign_key_list("${t.name}")`).map(([, , table, from, to]) => ({
        table,
        from,
        to,
      }));
      // SQLite lists foreign keys last declared first: compare as sets.
      expect(fks).toHaveLength((t.foreignKeys ?? []).reduce((n, fk) => n + fk.fields.length, 0));
      expect(fks).toEqual(
        expect.arrayContaining(
          (t.foreignKeys ?? []).flatMap((fk) =>
            fk.fields.map((from, k) => ({ table: fk.reference.resource, from, to: fk.reference.fields[k] })),
          ),
        ),
      );
    }
    expect(rows("PRAGMA foreign_key_check")).toEqual([]);
  });

  test("answers with SQL what the CSV's empty strings got wrong: the mean of the known caseloads, the known ratings", () => {
    const known = build.tables.find((t) => t.name === "inspections")?.rows as {
      caseload: { value: number } | null;
    }[];
    const caseloads = known.flatMap((i) => (i.caseload === null ? [] : [i.caseload.value]));
    const [[count, mean]] = rows("SELECT COUNT(caseload), AVG(caseload) FROM inspections") as [
      [number, number],
    ];
    expect(count).toBe(caseloads.length);
    expect(mean).toBeCloseTo(caseloads.reduce((a, b) => a + b, 0) / caseloads.length, 6);
    const ratings = build.tables.find((t) => t.name === "ratings")?.rows as {
      inspection: { standards: object };
      standard: { id: string };
    }[];
    const knownRatings = ratings.filter((r) => r.standard.id in r.inspection.standards).length;
    expect(rows("SELECT COUNT(*) FROM ratings WHERE known")).toEqual([[knownRatings]]);
    expect(rows("SELECT COUNT(rating) FROM ratings")).toEqual([[knownRatings]]);
  });

  test("has a codebook table saying what NULL means in each column, and the views", () => {
    const codebook = rows("SELECT table_name, column_name, null_means FROM codebook");
    expect(codebook).toEqual(
      build.tables.flatMap((t) =>
        t.columns.map((c) => [t.name, c.name, c.required ? null : (c.empty ?? null)]),
      ),
    );
    const views = rows("SELECT name FROM sqlite_schema WHERE type = 'view' ORDER BY name").map(([n]) => n);
    expect(views).toEqual(VIEWS.map((v) => v.name).sort());
    // The league table ranks with ties sharing a rank (1224) and leaves out not-rated and unknown ratings.
    const league = rows(
      "SELECT rank, overall FROM league_tables WHERE round = '2018/19' AND provider_kind = 'crc' ORDER BY rank",
    );
    expect(league.length).toBeGreaterThan(0);
    expect(league[0]?.[0]).toBe(1);
    for (const [rank, overall] of league) {
      const better = league.filter(
        ([, o]) =>
          o !== overall &&
          ["outstanding", "good", "requires-improvement", "inadequate"].indexOf(o as string) <
            ["outstanding", "good", "requires-improvement", "inadequate"].indexOf(overall as string),
      );
      expect(rank).toBe(better.length + 1);
    }
    expect(rows("SELECT COUNT(*) FROM league_tables WHERE overall = 'not-rated' OR overall IS NULL")).toEqual(
      [[0]],
    );
    expect(rows("SELECT COUNT(*) FROM provider_inspections")).toEqual(
      rows("SELECT COUNT(*) FROM inspections"),
    );
  });
});

describe("the writers", () => {
  test("write the same bytes for the same tables (generate --check compares bytes)", async () => {
    const first = await sqliteDatabase(build.tables, VIEWS);
    const second = await sqliteDatabase(build.tables, VIEWS);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    for (const t of build.tables) {
      expect(Buffer.from(parquetFile(t)).equals(Buffer.from(parquetFile(t))), t.name).toBe(true);
      expect(
        Buffer.from(parquetFile(t)).equals(readFileSync(parquetPath(t))),
        `${parquetPath(t)} is stale`,
      ).toBe(true);
    }
  }, 60_000);
});
