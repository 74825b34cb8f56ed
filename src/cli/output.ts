// Rendering rows as an aligned terminal table, a GitHub Markdown table, CSV or JSON: the one place where each of
// these formats is written, so the one place where a dataset's text is escaped for it (SECURITY.md says how).
// The text of a user's dataset is hostile: each writer escapes every cell it is given, once, and bounds what it
// copies, so that a valid file cannot hijack the terminal, a spreadsheet or a Markdown page, nor exhaust memory.
import { escapeText } from "../internal/escapeText.js";
import { escapeLine } from "./escape.js";

/** One column of a human-readable table. */
export interface TextColumn<T> {
  readonly header: string;
  readonly align?: "left" | "right";
  readonly cell: (row: T) => string;
}

/** One column of a CSV table: a machine-friendly name and a raw value (empty when null or undefined). */
export interface CsvColumn<T> {
  readonly name: string;
  readonly value: (row: T) => string | number | boolean | null | undefined;
}

/** The output formats of the listing commands. */
export const FORMATS = ["table", "csv", "json", "md"] as const;
export type Format = (typeof FORMATS)[number];

/** How a listing command shows its rows in each format (see {@link writeRows}). */
export interface RowsView<T> {
  readonly csv: readonly CsvColumn<T>[];
  readonly text: readonly TextColumn<T>[];
  /** What `--format json` prints (default: the rows). */
  readonly json?: () => unknown;
  /** The terminal's line when there are no rows. */
  readonly empty: string;
  /** Lines printed after the terminal table (or its empty line), after a blank line; none when empty. */
  readonly notes?: () => string;
}

/**
 * Writes a listing command's rows in the chosen format: JSON, CSV, a Markdown table, or a terminal table with its
 * notes. The writers escape every cell; the notes are the command's own text.
 */
export function writeRows<T>(
  stdout: (text: string) => void,
  format: Format,
  rows: readonly T[],
  view: RowsView<T>,
): void {
  if (format === "json") stdout(json(view.json === undefined ? rows : view.json()));
  else if (format === "csv") stdout(csvTable(view.csv, rows));
  else if (format === "md") stdout(markdownTable(view.text, rows));
  else {
    stdout(rows.length === 0 ? view.empty : textTable(view.text, rows));
    const notes = view.notes?.() ?? "";
    if (notes !== "") stdout(`\n${notes}`);
  }
}

/**
 * The widest cell of a terminal table, in characters: a longer value is cut and ends in `…`. Every provider name
 * the package ships fits (the longest short name has 66 characters); a 6 MB name in a user's file costs 80.
 */
export const MAX_CELL = 80;

const width = (text: string): number => [...text].length;
const pad = (text: string, size: number, align: "left" | "right" = "left"): string => {
  const fill = " ".repeat(Math.max(0, size - width(text)));
  return align === "right" ? fill + text : text + fill;
};

/**
 * One cell of a terminal table: control, bidi and line-breaking characters shown as visible escapes (`\x1b`,
 * `\u202e`, `\n`), cut to {@link MAX_CELL} characters with `…`. Costs O(MAX_CELL) whatever the value's length.
 */
export function terminalCell(text: string): string {
  return escapeLine(text, MAX_CELL);
}

/**
 * An aligned table for a terminal: header, a rule of dashes, one line per row; two spaces between columns. Every
 * cell goes through {@link terminalCell}, so no row is wider than the columns times {@link MAX_CELL}.
 */
export function textTable<T>(columns: readonly TextColumn<T>[], rows: readonly T[]): string {
  const cells = rows.map((row) => columns.map((c) => terminalCell(c.cell(row))));
  const widths = columns.map((c, j) => {
    let w = width(c.header);
    for (const r of cells) w = Math.max(w, width(r[j] ?? ""));
    return w;
  });
  const line = (values: readonly string[]): string =>
    values
      .map((v, j) => pad(v, widths[j] ?? 0, columns[j]?.align))
      .join("  ")
      .trimEnd();
  return [
    line(columns.map((c) => c.header)),
    line(widths.map((w) => "-".repeat(w))),
    ...cells.map((r) => line(r)),
  ]
    .map((l) => `${l}\n`)
    .join("");
}

/** Characters with a meaning in a GitHub Markdown table cell: backslash-escaped, which CommonMark allows for any. */
const MARKDOWN_ACTIVE = /[\\`*_[\]<>&|~$@#!]/g;
/** Line endings, as CommonMark reads them (CR, LF, CRLF). */
const LINE_END = /\r\n|\r|\n/;

/**
 * One cell of a GitHub Markdown table, inert: the characters that make emphasis, code, links, images, raw HTML,
 * autolinks, entities, math, mentions or a new cell (`\ ` * _ [ ] < > & | ~ $ @ # !`) are backslash-escaped; a
 * line break becomes `<br>`, so the row stays one line; control and bidi characters are shown as visible escapes
 * as on a terminal. The whole value is kept (Markdown is a document, not a screen).
 */
export function markdownCell(text: string): string {
  return text
    .split(LINE_END)
    .map((line) => escapeText(line.replace(MARKDOWN_ACTIVE, "\\$&")))
    .join("<br>");
}

/** A GitHub Markdown table; numeric columns are right-aligned. Every cell goes through {@link markdownCell}. */
export function markdownTable<T>(columns: readonly TextColumn<T>[], rows: readonly T[]): string {
  const line = (values: readonly string[]): string => `| ${values.join(" | ")} |\n`;
  return (
    line(columns.map((c) => markdownCell(c.header))) +
    line(columns.map((c) => (c.align === "right" ? "---:" : "---"))) +
    rows.map((row) => line(columns.map((c) => markdownCell(c.cell(row))))).join("")
  );
}

/** What a spreadsheet reads as the start of a formula (OWASP's list): = + - @ TAB CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell. Numbers and booleans are written as they are. Text (a string value: every text column) is made
 * safe to open and to print:
 * - a cell that starts with `=`, `+`, `-`, `@`, TAB or CR gets a leading `'`, so that no spreadsheet evaluates
 *   it as a formula (OWASP's rule for CSV injection; a negative number is a number, never prefixed);
 * - control, bidi and line-separator characters are written as visible escapes (`\x1b`, `\u202e`, `\r`, `\t`),
 *   as on a terminal; a line feed is kept;
 * - the cell is quoted when it holds a comma, a quote or a line feed, quotes doubled (RFC 4180).
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  const text = guarded.split("\n").map(escapeText).join("\n");
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV document with a header row, LF line ends and a final newline, like the package's data files. */
export function csvTable<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  return [columns.map((c) => c.name), ...rows.map((row) => columns.map((c) => csvCell(c.value(row))))]
    .map((cells) => `${cells.join(",")}\n`)
    .join("");
}

/**
 * What JSON.stringify leaves raw but a terminal, a browser's `<script>` or an old JavaScript parser acts on: DEL,
 * C1 controls, the bidi marks, embeddings, overrides and isolates, U+2028/U+2029, the BOM and U+FFFE/U+FFFF.
 * (JSON.stringify already escapes C0 controls and lone surrogates.)
 */
const JSON_UNSAFE =
  /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]/g;

/**
 * Pretty JSON with a final newline, every character a terminal or a browser would act on written as a `\uNNNN`
 * escape: the same values when parsed, nothing raw on the screen.
 */
export function json(value: unknown): string {
  const text = JSON.stringify(value, null, 2).replace(
    JSON_UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return `${text}\n`;
}

/** Parses a CSV document (RFC 4180: quoted cells may hold commas, quotes and line breaks) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** A count with thousands separators: 8136 → "8,136". */
export function groupDigits(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A score range as people write it: `15` when determined, `6–25` when not. */
export function scoreText(score: {
  readonly min: number;
  readonly max: number;
  readonly exact?: number;
}): string {
  return score.exact !== undefined ? String(score.exact) : `${score.min}–${score.max}`;
}

/** A shorter provider name for tables: "… Community Rehabilitation Company" → "… CRC". */
export function shortName(name: string): string {
  return name
    .replace(/\bCommunity Rehabilitation Company\b/, "CRC")
    .replace(/\bNational Probation Service\b/, "NPS");
}
