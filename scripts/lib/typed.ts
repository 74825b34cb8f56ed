// The typed files: one SQLite database of every published table and one Parquet file per table, written from
// the table registry (scripts/lib/tables.ts) as it stands, so a table added there is in both without more code.
// Every empty cell of the CSV is a real NULL here, whatever its meaning (the codebook says which, per column);
// columns have their declared types; keys come from the table definitions.
// Both writers are deterministic (same data, same bytes), so `generate --check` compares them byte for byte.
import { createRequire } from "node:module";
import { parquetWriteBuffer } from "hyparquet-writer";
import type { Column, Table, View } from "./tables.js";

type Cell = string | number | boolean | null;

/** A column's value for one row as its declared type, with every empty (undefined, null, "") as null. */
export function typedCell<T>(column: Column<T>, row: T): Cell {
  const value = column.value(row);
  if (value === undefined || value === null || value === "") return null;
  switch (column.type) {
    case "boolean":
      if (value === true || value === "TRUE") return true;
      if (value === false || value === "FALSE") return false;
      throw new Error(`${column.name}: ${JSON.stringify(value)} is not a boolean`);
    case "integer":
      if (typeof value !== "number" || !Number.isInteger(value)) {
        throw new Error(`${column.name}: ${JSON.stringify(value)} is not an integer`);
      }
      return value;
    case "date":
      if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        throw new Error(`${column.name}: ${JSON.stringify(value)} is not an ISO 8601 day`);
      }
      return value;
    default:
      return String(value);
  }
}

// --- SQLite (sql.js: SQLite compiled to WebAssembly, no native build) ---

interface SqlJsDatabase {
  run(sql: string, params?: readonly Cell[]): void;
  export(): Uint8Array;
  close(): void;
}
type InitSqlJs = () => Promise<{ Database: new () => SqlJsDatabase }>;

const SQL_TYPES = { string: "TEXT", integer: "INTEGER", boolean: "BOOLEAN", date: "DATE" } as const;

/** A double-quoted SQL identifier. */
const ident = (name: string): string => `"${name.replaceAll('"', '""')}"`;
/** A single-quoted SQL string literal. */
const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;

function columnSql<T>(c: Column<T>): string {
  const checks: string[] = [];
  const name = ident(c.name);
  if (c.type === "boolean") checks.push(`${name} IN (0, 1)`);
  if (c.type === "date") checks.push(`${name} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`);
  if (c.enum) checks.push(`${name} IN (${c.enum.map(literal).join(", ")})`);
  if (c.minimum !== undefined) checks.push(`${name} >= ${c.minimum}`);
  if (c.maximum !== undefined) checks.push(`${name} <= ${c.maximum}`);
  return [
    `  ${name} ${SQL_TYPES[c.type]}`,
    c.required ? " NOT NULL" : "",
    checks.length > 0 ? ` CHECK (${checks.join(" AND ")})` : "",
  ].join("");
}

/** The CREATE TABLE statement of a table: declared types, NOT NULL, CHECKs, primary and foreign keys. */
export function createTableSql<T>(table: Table<T>): string {
  const lines = table.columns.map(columnSql);
  lines.push(`  PRIMARY KEY (${table.primaryKey.map(ident).join(", ")})`);
  for (const fk of table.foreignKeys ?? []) {
    lines.push(
      `  FOREIGN KEY (${fk.fields.map(ident).join(", ")}) REFERENCES ${ident(fk.reference.resource)} (${fk.reference.fields.map(ident).join(", ")})`,
    );
  }
  // Not STRICT: STRICT tables know only INTEGER, REAL, TEXT, BLOB and ANY, and the declared BOOLEAN and DATE
  // are for the readers (Python's PARSE_DECLTYPES, sqlite-utils, Datasette show them).
  return `CREATE TABLE ${ident(table.name)} (\n${lines.join(",\n")}\n)`;
}

/** The codebook inside the database: one row per column of every table, with what its empty means. */
const CODEBOOK: Table<{ table: Table<unknown>; column: Column<unknown> }> = {
  name: "codebook",
  title: "Codebook",
  description:
    "One row per column of every table: its type, what an empty (NULL) cell means, and its meaning.",
  primaryKey: ["table_name", "column_name"],
  rows: [],
  columns: [
    {
      name: "table_name",
      type: "string",
      required: true,
      description: "The table.",
      value: (r) => r.table.name,
    },
    {
      name: "column_name",
      type: "string",
      required: true,
      description: "The column.",
      value: (r) => r.column.name,
    },
    {
      name: "type",
      type: "string",
      required: true,
      description: "The column's declared type.",
      value: (r) => r.column.type,
    },
    {
      name: "null_means",
      type: "string",
      description:
        "What NULL means in the column: unknown, not applicable or none; NULL when it is never NULL.",
      value: (r) => r.column.empty,
    },
    {
      name: "description",
      type: "string",
      required: true,
      description: "What the column holds.",
      value: (r) => r.column.description,
    },
  ],
};

function insertRows<T>(db: SqlJsDatabase, table: Table<T>): void {
  const sql = `INSERT INTO ${ident(table.name)} VALUES (${table.columns.map(() => "?").join(", ")})`;
  for (const row of table.rows) {
    db.run(
      sql,
      table.columns.map((c) => {
        const cell = typedCell(c, row);
        return typeof cell === "boolean" ? (cell ? 1 : 0) : cell;
      }),
    );
  }
}

/** The SQLite database of every table, the codebook table and the views, as the bytes of a database file. */
export async function sqliteDatabase(
  tables: readonly Table<unknown>[],
  views: readonly View[],
): Promise<Uint8Array> {
  const require = createRequire(import.meta.url);
  const initSqlJs = require("sql.js") as InitSqlJs;
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  try {
    // Small pages keep a small database small; the file is the same bytes for the same data.
    db.run("PRAGMA page_size = 1024");
    db.run("PRAGMA encoding = 'UTF-8'");
    db.run("PRAGMA foreign_keys = ON");
    // Referenced tables first, so every foreign key holds as rows go in.
    const order = referencedFirst(tables);
    const codebook = {
      ...CODEBOOK,
      rows: tables.flatMap((table) => table.columns.map((column) => ({ table, column }))),
    };
    db.run("BEGIN");
    for (const table of [...order, codebook] as readonly Table<unknown>[]) {
      db.run(createTableSql(table));
      insertRows(db, table);
    }
    for (const view of views) db.run(`CREATE VIEW ${ident(view.name)} AS\n${view.sql}`);
    db.run("COMMIT");
    db.run("VACUUM");
    return db.export();
  } finally {
    db.close();
  }
}

/** The tables in an order where every table comes after the tables its foreign keys reference. */
function referencedFirst(tables: readonly Table<unknown>[]): readonly Table<unknown>[] {
  const placed: Table<unknown>[] = [];
  const rest = [...tables];
  while (rest.length > 0) {
    const ready = rest.findIndex((t) =>
      (t.foreignKeys ?? []).every(
        (fk) => fk.reference.resource === t.name || placed.some((p) => p.name === fk.reference.resource),
      ),
    );
    if (ready < 0)
      throw new Error(`foreign keys form a cycle or name a missing table: ${rest.map((t) => t.name)}`);
    placed.push(...rest.splice(ready, 1));
  }
  return placed;
}

// --- Parquet (hyparquet-writer, pure JavaScript) ---

const DAY_MS = 86_400_000;

/** One table as the bytes of a Parquet file: typed columns, OPTIONAL (nullable) unless required. */
export function parquetFile<T>(table: Table<T>): Uint8Array {
  const schema = [
    { name: "root", num_children: table.columns.length },
    ...table.columns.map((c) => {
      const repetition_type = c.required ? ("REQUIRED" as const) : ("OPTIONAL" as const);
      switch (c.type) {
        case "boolean":
          return { name: c.name, type: "BOOLEAN" as const, repetition_type };
        case "integer":
          return { name: c.name, type: "INT32" as const, repetition_type };
        case "date":
          return { name: c.name, type: "INT32" as const, converted_type: "DATE" as const, repetition_type };
        default:
          return {
            name: c.name,
            type: "BYTE_ARRAY" as const,
            converted_type: "UTF8" as const,
            repetition_type,
          };
      }
    }),
  ];
  const columnData = table.columns.map((c) => ({
    name: c.name,
    nullable: !c.required,
    data: table.rows.map((row) => {
      const cell = typedCell(c, row);
      // A day as the number of days since 1970-01-01 (Parquet's DATE).
      return c.type === "date" && typeof cell === "string" ? Date.parse(`${cell}T00:00:00Z`) / DAY_MS : cell;
    }),
  }));
  const buffer = parquetWriteBuffer({
    columnData,
    schema,
    createdBy: "crc-inspections (hyparquet-writer)",
    // The whole table in one row group: these are small tables.
    rowGroupSize: Math.max(1, table.rows.length),
  });
  return new Uint8Array(buffer);
}
