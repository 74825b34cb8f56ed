// Rendering rows as an aligned terminal table, a GitHub Markdown table, CSV or JSON.

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

const width = (text: string): number => [...text].length;
const pad = (text: string, size: number, align: "left" | "right" = "left"): string => {
  const fill = " ".repeat(Math.max(0, size - width(text)));
  return align === "right" ? fill + text : text + fill;
};

/** An aligned table for a terminal: header, a rule of dashes, one line per row; two spaces between columns. */
export function textTable<T>(columns: readonly TextColumn<T>[], rows: readonly T[]): string {
  const cells = rows.map((row) => columns.map((c) => c.cell(row)));
  const widths = columns.map((c, j) => Math.max(width(c.header), ...cells.map((r) => width(r[j] ?? ""))));
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

const mdCell = (text: string): string => text.replaceAll("\\", "\\\\").replaceAll("|", "\\|");

/** A GitHub Markdown table; numeric columns are right-aligned. */
export function markdownTable<T>(columns: readonly TextColumn<T>[], rows: readonly T[]): string {
  const line = (values: readonly string[]): string => `| ${values.join(" | ")} |\n`;
  return (
    line(columns.map((c) => mdCell(c.header))) +
    line(columns.map((c) => (c.align === "right" ? "---:" : "---"))) +
    rows.map((row) => line(columns.map((c) => mdCell(c.cell(row))))).join("")
  );
}

/** One CSV cell, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV document with a header row, LF line ends and a final newline, like the package's data files. */
export function csvTable<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  return [columns.map((c) => c.name), ...rows.map((row) => columns.map((c) => csvCell(c.value(row))))]
    .map((cells) => `${cells.join(",")}\n`)
    .join("");
}

/** Pretty JSON with a final newline. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
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
