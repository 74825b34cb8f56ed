import {
  inspections as embeddedInspections,
  owners as embeddedOwners,
  providers as embeddedProviders,
} from "../data/dataset.js";
import type { Inspection, Owner, Provider } from "../schema/index.js";
import { formatPath } from "../schema/path.js";
import { DataError, UsageError } from "./errors.js";
import { decodeText, readLimited, type Stdin, showFile } from "./read.js";
import { scanJson } from "./scan.js";

/** The records a command works on. */
export interface Dataset {
  readonly providers: readonly Provider[];
  readonly inspections: readonly Inspection[];
  /** The owners that providers' and inspections' owner ids refer to (the embedded ones unless a file gives its own). */
  readonly owners: readonly Owner[];
}

/** What a JSON file holds: an inspections array, a providers array, or an object with both. */
export type FileShape = "inspections" | "providers" | "dataset";
export const FILE_SHAPES: readonly FileShape[] = ["inspections", "providers", "dataset"];

/** Past this many records, each record is checked alone first, and checking stops at {@link MAX_PROBLEMS}. */
const PRECHECK_RECORDS = 1_000;
/** The most problems counted in a file with more than {@link PRECHECK_RECORDS} records. */
export const MAX_PROBLEMS = 1_000;

/** The embedded dataset. */
export function embeddedDataset(): Dataset {
  return { providers: embeddedProviders, inspections: embeddedInspections, owners: embeddedOwners };
}

/** "1 problem", "2 problems", "more than 1,000 problems". */
export function problemCount(n: number, capped = false): string {
  return `${capped ? "more than " : ""}${n.toLocaleString("en-GB")} problem${n === 1 && !capped ? "" : "s"}`;
}

/**
 * Reads a JSON file (standard input for `-`) within the size limit, checks its syntax, size and keys with
 * {@link scanJson}, and parses it. Unreadable files, bad JSON and broken limits throw a one-line
 * {@link DataError}; duplicate and `__proto__` keys throw one with a `FILE: path: message` line each.
 */
export async function readJson(file: string, stdin?: Stdin): Promise<unknown> {
  const text = decodeText(await readLimited(file, stdin), file);
  const scan = scanJson(text);
  const shown = showFile(file);
  if (!scan.ok) throw new DataError(`${shown} is not valid JSON: ${scan.message}`);
  if (scan.problems.length > 0) {
    const total = scan.problems.length + scan.moreProblems;
    throw new DataError(
      `${shown} is not valid: ${problemCount(total)}`,
      scan.problems.map((p) => `${shown}: ${formatPath(p.path)}: ${p.message}`),
      scan.moreProblems,
    );
  }
  return JSON.parse(text);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const own = (value: object, key: string): boolean => Object.hasOwn(value, key);

/** The shape an array's records have: inspections (they have `providerId`), providers, or neither. */
function recordShape(items: readonly unknown[]): FileShape | undefined {
  const objects = items.slice(0, 100).filter(isObject);
  if (objects.some((i) => own(i, "providerId"))) return "inspections";
  if (objects.some((i) => own(i, "areas") || own(i, "aliases") || own(i, "kind"))) return "providers";
  return undefined;
}

/** Guesses what a parsed file holds: an object with `providers` or `inspections` (and optionally `owners`) is a dataset; an array whose
 * items have `providerId` holds inspections; one whose items look like providers holds providers. */
export function detectShape(value: unknown): FileShape {
  if (isObject(value) && (own(value, "providers") || own(value, "inspections"))) return "dataset";
  if (Array.isArray(value)) return recordShape(value) ?? "inspections";
  return "inspections";
}

/** The outcome of {@link checkData}: the records, or one `path: message` line per problem. */
export type Checked =
  | { readonly ok: true; readonly shape: FileShape; readonly dataset: Dataset }
  | {
      readonly ok: false;
      readonly shape: FileShape;
      readonly problems: readonly string[];
      /** Set when checking stopped at {@link MAX_PROBLEMS}: there are more. */
      readonly capped?: boolean;
    };

type Schema = typeof import("../schema/index.js");

/** zod, loaded only when user data is checked, so the other commands start fast. */
const loadSchema = (): Promise<Schema> => import("../schema/index.js");

/**
 * Each record alone, for large arrays: at most {@link MAX_PROBLEMS} problems, so a file of a million bad
 * records costs neither minutes nor gigabytes. The issues of the whole-array check would be the same.
 */
function precheck(
  schema: Schema,
  items: readonly unknown[],
  kind: "inspections" | "providers",
  prefix: readonly (string | number)[],
): { problems: string[]; capped: boolean } | undefined {
  if (items.length <= PRECHECK_RECORDS) return undefined;
  const record = kind === "inspections" ? schema.Inspection : schema.Provider;
  const problems: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const result = record.safeParse(items[i]);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      if (problems.length >= MAX_PROBLEMS) return { problems, capped: true };
      problems.push(
        `${formatPath([...prefix, i, ...(issue.path as (string | number)[])])}: ${issue.message}`,
      );
    }
  }
  return problems.length > 0 ? { problems, capped: false } : undefined;
}

const EMPTY = "no records (an empty array): expected at least one";

/**
 * Validates parsed JSON as a dataset, an inspections array (whose providers must be the embedded ones) or a
 * providers array, against the zod schema and the cross-record rules. An empty array, and records of the
 * other kind than `shape` says, are problems too.
 */
export async function checkData(value: unknown, shape: FileShape = detectShape(value)): Promise<Checked> {
  const fail = (problems: readonly string[], capped = false): Checked => ({
    ok: false,
    shape,
    problems,
    capped,
  });
  if (shape === "dataset") {
    if (!isObject(value)) return fail(["(root): expected an object { providers, inspections }"]);
    const empty = (["providers", "inspections"] as const).filter(
      (k) => Array.isArray(value[k]) && (value[k] as unknown[]).length === 0,
    );
    if (empty.length > 0)
      return fail(empty.map((k) => `${k}: ${EMPTY} ${k === "providers" ? "provider" : "inspection"}`));
    const schema = await loadSchema();
    for (const k of ["providers", "inspections"] as const) {
      const items = value[k];
      const pre = Array.isArray(items) ? precheck(schema, items, k, [k]) : undefined;
      if (pre !== undefined) return fail(pre.problems, pre.capped);
    }
    // The object itself (with the embedded owners when it has none), so that an unknown key is a problem too.
    const result = schema.validateDataset({
      ...value,
      owners: own(value, "owners") ? value.owners : embeddedOwners,
    } as { providers: unknown; inspections: unknown; owners: unknown });
    if (!result.ok) {
      const key = (file: string): string[] => (file === "dataset" ? [] : [file.replace(/\.json$/, "")]);
      return fail(result.issues.map((i) => `${formatPath([...key(i.file), ...i.path])}: ${i.message}`));
    }
    return {
      ok: true,
      shape,
      dataset: {
        providers: result.providers,
        inspections: result.inspections,
        owners: result.owners ?? embeddedOwners,
      },
    };
  }
  if (!Array.isArray(value)) {
    return fail([`(root): expected an array of ${shape}, or an object { providers, inspections }`]);
  }
  if (value.length === 0)
    return fail([`(root): ${EMPTY} ${shape === "providers" ? "provider" : "inspection"}`]);
  const seen = recordShape(value);
  if (seen !== undefined && seen !== shape) {
    return fail([`(root): these records look like ${seen}, not ${shape}`]);
  }
  const schema = await loadSchema();
  const pre = precheck(schema, value, shape, []);
  if (pre !== undefined) return fail(pre.problems, pre.capped);
  const result =
    shape === "inspections"
      ? schema.validateDataset({ providers: embeddedProviders, inspections: value, owners: embeddedOwners })
      : schema.validateDataset({ providers: value, inspections: [], owners: embeddedOwners });
  if (!result.ok) {
    const mine = shape === "inspections" ? "inspections.json" : "providers.json";
    return fail(
      result.issues.filter((i) => i.file === mine).map((i) => `${formatPath(i.path)}: ${i.message}`),
    );
  }
  return {
    ok: true,
    shape,
    dataset:
      shape === "inspections"
        ? { providers: embeddedProviders, inspections: result.inspections, owners: embeddedOwners }
        : { providers: result.providers, inspections: [], owners: embeddedOwners },
  };
}

/** The error for a file that is not valid: one `FILE: path: message` line per problem, and the count. */
export function invalid(
  file: string,
  checked: Checked & { ok: false },
  summary: (count: string) => string,
): DataError {
  const shown = showFile(file);
  const count = problemCount(checked.problems.length, checked.capped);
  return new DataError(
    `${shown} ${summary(count)}`,
    checked.problems.map((p) => `${shown}: ${p}`),
  );
}

/**
 * The dataset a command works on: the embedded one, or the user's `--data FILE` (`-` for standard input),
 * validated first. A file of providers alone is refused: the commands work on inspections.
 */
export async function loadDataset(file: string | undefined, stdin?: Stdin): Promise<Dataset> {
  if (file === undefined) return embeddedDataset();
  if (file.trim() === "") throw new UsageError("option --data needs a file name");
  const checked = await checkData(await readJson(file, stdin));
  if (!checked.ok) throw invalid(file, checked, (count) => `is not valid (${count})`);
  if (checked.shape === "providers") {
    throw new DataError(
      `${showFile(file)} holds providers, not inspections: --data needs an array of inspections, or { providers, inspections }`,
    );
  }
  return checked.dataset;
}
