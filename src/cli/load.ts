import { readFileSync } from "node:fs";
import { inspections as embeddedInspections, providers as embeddedProviders } from "../data/dataset.js";
import { formatPath, type Inspection, type Provider, validateDataset } from "../schema/index.js";
import { DataError, UsageError } from "./errors.js";

/** The records a command works on. */
export interface Dataset {
  readonly providers: readonly Provider[];
  readonly inspections: readonly Inspection[];
}

/** What a JSON file holds: an inspections array, a providers array, or an object with both. */
export type FileShape = "inspections" | "providers" | "dataset";
export const FILE_SHAPES: readonly FileShape[] = ["inspections", "providers", "dataset"];

/** The embedded dataset. */
export function embeddedDataset(): Dataset {
  return { providers: embeddedProviders, inspections: embeddedInspections };
}

/** Reads and parses a JSON file; unreadable files and bad JSON throw a one-line {@link DataError}. */
export function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a directory"
          : code === "EACCES"
            ? "permission denied"
            : (error as Error).message;
    throw new DataError(`cannot read ${file}: ${why}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new DataError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Guesses what a parsed file holds: an object with `providers` or `inspections` is a dataset; an array whose
 * items have `providerId` holds inspections; one whose items look like providers holds providers. */
export function detectShape(value: unknown): FileShape {
  if (isObject(value) && ("providers" in value || "inspections" in value)) return "dataset";
  if (Array.isArray(value)) {
    const items = value.filter(isObject);
    if (items.some((i) => "providerId" in i)) return "inspections";
    if (items.some((i) => "areas" in i || "aliases" in i || "kind" in i)) return "providers";
  }
  return "inspections";
}

/** The outcome of {@link checkData}: the records, or one `path: message` line per problem. */
export type Checked =
  | { readonly ok: true; readonly shape: FileShape; readonly dataset: Dataset }
  | { readonly ok: false; readonly shape: FileShape; readonly problems: readonly string[] };

/**
 * Validates parsed JSON as a dataset, an inspections array (whose providers must be the embedded ones) or a
 * providers array, against the zod schema and the cross-record rules.
 */
export function checkData(value: unknown, shape: FileShape = detectShape(value)): Checked {
  if (shape === "dataset") {
    if (!isObject(value)) {
      return { ok: false, shape, problems: ["(root): expected an object { providers, inspections }"] };
    }
    const result = validateDataset({ providers: value.providers, inspections: value.inspections });
    if (!result.ok) {
      const key = (file: string): string => (file === "providers.json" ? "providers" : "inspections");
      return {
        ok: false,
        shape,
        problems: result.issues.map((i) => `${formatPath([key(i.file), ...i.path])}: ${i.message}`),
      };
    }
    return { ok: true, shape, dataset: { providers: result.providers, inspections: result.inspections } };
  }
  if (!Array.isArray(value)) {
    return {
      ok: false,
      shape,
      problems: [`(root): expected an array of ${shape}, or an object { providers, inspections }`],
    };
  }
  const result =
    shape === "inspections"
      ? validateDataset({ providers: embeddedProviders, inspections: value })
      : validateDataset({ providers: value, inspections: [] });
  if (!result.ok) {
    const mine = shape === "inspections" ? "inspections.json" : "providers.json";
    return {
      ok: false,
      shape,
      problems: result.issues
        .filter((i) => i.file === mine)
        .map((i) => `${formatPath(i.path)}: ${i.message}`),
    };
  }
  return {
    ok: true,
    shape,
    dataset:
      shape === "inspections"
        ? { providers: embeddedProviders, inspections: result.inspections }
        : { providers: result.providers, inspections: [] },
  };
}

/** The dataset a command works on: the embedded one, or the user's `--data FILE`, validated first. */
export function loadDataset(file: string | undefined): Dataset {
  if (file === undefined) return embeddedDataset();
  if (file.trim() === "") throw new UsageError("option --data needs a file name");
  const checked = checkData(readJson(file));
  if (!checked.ok) {
    throw new DataError(
      `${file} is not valid (${checked.problems.length} problem${checked.problems.length === 1 ? "" : "s"})`,
      checked.problems.map((p) => `${file}: ${p}`),
    );
  }
  return checked.dataset;
}
