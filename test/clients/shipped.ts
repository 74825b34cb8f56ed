// The shipped files, taken from the packed tarball, and what the clients must find in them, derived from the
// shipped data/inspections.json (never hard-coded, so the tests keep holding as records are added).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseCsv } from "../../src/cli/output.js";
import { findPython, findTool, requireTool } from "../outside/tools.js";

/** The package as `npm pack` ships it, unpacked into a temporary folder (`<dir>/package`). */
export function unpack(tarball: string): { dir: string; data: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), "crc-inspections-clients-"));
  execFileSync("tar", ["-xzf", tarball, "-C", dir]);
  return {
    dir: join(dir, "package"),
    data: join(dir, "package", "data"),
    remove: () => {
      if (process.env.KEEP_CONSUMER_PROJECTS === undefined) rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface JsonInspection {
  readonly overall?: string | null;
  readonly published?: string;
  readonly fieldworkStart?: string;
  readonly standards: Readonly<Record<string, string>>;
}

/** The counts every client must report, from the shipped JSON and the CSV's raw text. */
export interface Expected {
  readonly "inspections.rows": number;
  readonly "ratings.rows": number;
  readonly "count.known_true": number;
  readonly "count.known_false": number;
  readonly "count.headings": number;
  readonly "count.not_rated": number;
  readonly "count.overall_unknown": number;
  readonly "count.published_day": number;
  readonly "count.published_month_only": number;
  readonly "count.published_unknown": number;
  readonly "count.fieldwork_start_day": number;
  readonly "count.fieldwork_start_month_only": number;
  readonly "count.fieldwork_start_unknown": number;
}

export function expected(data: string): Expected {
  const inspections = JSON.parse(readFileSync(join(data, "inspections.json"), "utf8")) as JsonInspection[];
  const ratings = parseCsv(readFileSync(join(data, "ratings.csv"), "utf8"));
  const header = ratings[0] ?? [];
  const rows = ratings.slice(1);
  const heading = header.indexOf("standard_heading");
  const known = inspections.reduce((n, i) => n + Object.keys(i.standards).length, 0);
  const precision = (d: string | undefined) =>
    d === undefined ? "unknown" : d.length === 10 ? "day" : "month";
  const count = (field: "published" | "fieldworkStart", p: string) =>
    inspections.filter((i) => precision(i[field]) === p).length;
  return {
    "inspections.rows": inspections.length,
    "ratings.rows": rows.length,
    "count.known_true": known,
    "count.known_false": rows.length - known,
    "count.headings": rows.filter((r) => r[heading] !== "").length,
    "count.not_rated": inspections.filter((i) => i.overall === "not-rated").length,
    "count.overall_unknown": inspections.filter((i) => i.overall === undefined).length,
    "count.published_day": count("published", "day"),
    "count.published_month_only": count("published", "month"),
    "count.published_unknown": count("published", "unknown"),
    "count.fieldwork_start_day": count("fieldworkStart", "day"),
    "count.fieldwork_start_month_only": count("fieldworkStart", "month"),
    "count.fieldwork_start_unknown": count("fieldworkStart", "unknown"),
  };
}

/**
 * A client's executable, found on PATH (or at `envVar`'s value), or an error saying how to install it. Never a
 * skip: a missing client fails the test (`npm run test:outside` checks them all first).
 */
export function tool(name: string, envVar?: string): string {
  return requireTool(findTool(name, envVar), name);
}

/**
 * The Python 3 with pandas and jupyter_client: PYTHON, else the first `python3` on PATH that imports them (a pyenv
 * shim earlier on PATH may lack Debian's pandas).
 */
export function debianPython(): string {
  return requireTool(findPython(), "python3 with pandas");
}

/** Parses the "key<TAB>value" lines the R and Python readers print. */
export function parseReport(stdout: string): Record<string, string> {
  const report: Record<string, string> = {};
  for (const line of stdout.split("\n")) {
    const tab = line.indexOf("\t");
    if (tab > 0) report[line.slice(0, tab)] = line.slice(tab + 1);
  }
  return report;
}
