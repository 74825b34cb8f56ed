// The shipped files, taken from the packed tarball, and what the clients must find in them, derived from the
// shipped data/inspections.json (never hard-coded, so the tests keep holding as records are added).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { parseCsv } from "../../src/cli/output.js";

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
 * The absolute path of a client's executable, or an error saying how to install it. Never a skip: a missing
 * client fails the test (CI installs them all with .ci/clients).
 */
export function tool(name: string, envVar?: string): string {
  const override = envVar === undefined ? undefined : process.env[envVar];
  if (override !== undefined && override !== "") return override;
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    const candidate = join(dir, name);
    if (dir !== "" && existsSync(candidate)) return candidate;
  }
  throw new Error(
    `${name} is missing: the client tests run every client for real. Install the Debian clients with ` +
      "`.ci/clients` (r-base-core r-cran-readr python3-pandas csvkit jupyter-nbconvert jupyter-client)" +
      (envVar === undefined ? "." : `, or point ${envVar} at one.`),
  );
}

/**
 * Debian's Python 3, where `python3-pandas` and csvkit's agate are installed (a `python3` earlier on PATH, such as
 * a pyenv shim, may lack them); `PYTHON` overrides it.
 */
export function debianPython(): string {
  const python = process.env.PYTHON || "/usr/bin/python3";
  if (!existsSync(python)) {
    throw new Error(
      `${python} is missing: the pandas client test needs Debian's python3 with python3-pandas. Install it with ` +
        "`.ci/clients`, or point PYTHON at a Python 3 that has pandas.",
    );
  }
  return python;
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
