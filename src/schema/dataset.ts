import { z } from "zod";
import { Inspection } from "./inspection.js";
import { SCHEMA_LIMITS } from "./limits.js";
import { Owner } from "./owner.js";
import { Provider } from "./provider.js";

export { formatPath } from "./path.js";

/** One problem found in a dataset: which file (or the dataset object itself), where in it, and what is wrong. @category Schema */
export interface DatasetIssue {
  readonly file: "providers.json" | "inspections.json" | "owners.json" | "dataset";
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** The result of {@link validateDataset}. @category Schema */
export type DatasetResult =
  | {
      readonly ok: true;
      readonly providers: readonly Provider[];
      readonly inspections: readonly Inspection[];
      /** The parsed owners, or undefined when none were given. */
      readonly owners: readonly Owner[] | undefined;
    }
  | { readonly ok: false; readonly issues: readonly DatasetIssue[] };

const tooMany = { message: `expected at most ${SCHEMA_LIMITS.records} records` };
/** The providers file: an array of providers. @category Schema */
export const Providers = z
  .array(Provider)
  .max(SCHEMA_LIMITS.records, tooMany)
  .readonly()
  .meta({ title: "Providers" });
/** The inspections file: an array of inspections. @category Schema */
export const Inspections = z
  .array(Inspection)
  .max(SCHEMA_LIMITS.records, tooMany)
  .readonly()
  .meta({ title: "Inspections" });
/** The owners file: an array of owners. @category Schema */
export const Owners = z.array(Owner).max(SCHEMA_LIMITS.records, tooMany).readonly().meta({ title: "Owners" });

/** The most problems {@link validateDataset} lists; past it, one more says that it stopped. @category Schema */
export const MAX_ISSUES = 1_000;
/** The keys a dataset object may have. */
const DATASET_KEYS: readonly string[] = ["providers", "inspections", "owners"];
/** The most characters of a message or of a key in a path: a hostile file's keys can be megabytes long. */
const CLIP = 200;
const clip = (text: string): string => (text.length <= CLIP ? text : `${text.slice(0, CLIP)}…`);
const hop = Object.prototype.hasOwnProperty;

/** Thrown to stop at {@link MAX_ISSUES}. */
class Full extends Error {}

/** The problem list of one dataset, capped. */
class Problems {
  readonly list: DatasetIssue[] = [];
  add(file: DatasetIssue["file"], path: readonly PropertyKey[], message: string): void {
    if (this.list.length >= MAX_ISSUES) {
      this.list.push({ file, path: [], message: `more problems not listed: stopped after ${MAX_ISSUES}` });
      throw new Full();
    }
    this.list.push({
      file,
      path: path.map((p) => (typeof p === "number" ? p : clip(String(p)))),
      message: clip(message),
    });
  }
}

/** Each record of one file through its schema, one at a time (so the problem list can stop when full). */
function parseRecords<T>(
  value: unknown,
  schema: z.ZodType<T>,
  file: "providers.json" | "inspections.json" | "owners.json",
  problems: Problems,
): readonly T[] | undefined {
  if (!Array.isArray(value)) {
    problems.add(file, [], `expected an array of records, got ${value === null ? "null" : typeof value}`);
    return undefined;
  }
  if (value.length > SCHEMA_LIMITS.records) {
    problems.add(file, [], `${value.length} records: expected at most ${SCHEMA_LIMITS.records}`);
    return undefined;
  }
  const records: T[] = [];
  let ok = true;
  for (let i = 0; i < value.length; i++) {
    if (!hop.call(value, i)) {
      problems.add(file, [i], "expected a record, got an empty slot");
      ok = false;
      continue;
    }
    const result = schema.safeParse(value[i]);
    if (result.success) records.push(result.data);
    else {
      ok = false;
      for (const issue of result.error.issues) problems.add(file, [i, ...issue.path], issue.message);
    }
  }
  return ok ? Object.freeze(records) : undefined;
}

/**
 * Validates a whole dataset: each record against its schema, then the invariants across records
 * (unique ids and aliases, references that resolve, provider kinds that agree, one inspection per
 * provider and round, no `area` that is the whole of a one-area provider's area). When `owners` is given, every
 * owner id in providers and inspections must name one of them; when it is absent, owner ids are not checked.
 * Never throws: whatever the input, the answer is a result, and the work and the problem list are bounded (each
 * record's size is measured before its fields are checked; at most {@link MAX_ISSUES} problems are listed, then
 * one saying that there are more).
 *
 * @param input - The parsed contents of `providers.json` and `inspections.json`, and optionally `owners.json`, as
 *   an object with no other keys.
 * @returns `{ ok: true, providers, inspections, owners }` with the parsed (frozen) records, or
 *   `{ ok: false, issues }` listing every problem with its file (`"dataset"` for the object itself) and path.
 * @category Schema
 */
export function validateDataset(input: {
  readonly providers: unknown;
  readonly inspections: unknown;
  readonly owners?: unknown;
}): DatasetResult {
  const problems = new Problems();
  try {
    return unguardedValidateDataset(input, problems);
  } catch (error) {
    if (!(error instanceof Full)) {
      // Data the checks could not read at all (a Proxy, a getter that throws): one problem, not a throw.
      let name: string;
      try {
        name = error instanceof Error ? error.name : typeof error;
      } catch {
        name = "an error that cannot be read";
      }
      try {
        problems.add("dataset", [], `the dataset could not be read (${clip(name)})`);
      } catch {}
    }
    return { ok: false, issues: problems.list };
  }
}

function unguardedValidateDataset(input: unknown, problems: Problems): DatasetResult {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    problems.add("dataset", [], "expected an object { providers, inspections }");
    return { ok: false, issues: problems.list };
  }
  for (const key of Reflect.ownKeys(input)) {
    if (typeof key !== "string" || !DATASET_KEYS.includes(key)) {
      problems.add(
        "dataset",
        typeof key === "string" ? [key] : [],
        `unknown key${typeof key === "string" ? "" : " (a symbol)"}: expected only providers, inspections and owners`,
      );
    }
  }
  const field = (key: string): unknown =>
    hop.call(input, key) ? (input as Record<string, unknown>)[key] : undefined;
  const givenOwners = field("owners");
  const p = parseRecords(field("providers"), Provider, "providers.json", problems);
  const ins = parseRecords(field("inspections"), Inspection, "inspections.json", problems);
  const own =
    givenOwners === undefined ? undefined : parseRecords(givenOwners, Owner, "owners.json", problems);
  if (
    p === undefined ||
    ins === undefined ||
    (givenOwners !== undefined && own === undefined) ||
    problems.list.length > 0
  ) {
    return { ok: false, issues: problems.list };
  }
  const issues = problems.list;

  const providers = p;
  const inspections = ins;
  const owners = own;
  const ownerIds = new Set<string>();
  owners?.forEach((owner, i) => {
    if (ownerIds.has(owner.id)) {
      problems.add("owners.json", [i, "id"], `duplicate owner id ${owner.id}`);
    }
    ownerIds.add(owner.id);
  });
  const checkOwner = (
    file: DatasetIssue["file"],
    path: (string | number)[],
    id: string | undefined,
  ): void => {
    if (owners !== undefined && id !== undefined && !ownerIds.has(id)) {
      problems.add(file, path, `no owner has the id ${id}`);
    }
  };
  providers.forEach((provider, i) => {
    provider.owners.forEach((o, j) => {
      checkOwner("providers.json", [i, "owners", j, "ownerId"], o.ownerId);
    });
  });
  const byId = new Map<string, Provider>();
  const names = new Map<string, string>();
  providers.forEach((provider, i) => {
    if (byId.has(provider.id)) {
      problems.add("providers.json", [i, "id"], `duplicate provider id ${provider.id}`);
    }
    byId.set(provider.id, provider);
    for (const [j, name] of [provider.id, ...provider.aliases].entries()) {
      const key = name.toLowerCase();
      const owner = names.get(key);
      if (owner !== undefined && owner !== provider.id) {
        problems.add(
          "providers.json",
          j === 0 ? [i, "id"] : [i, "aliases", j - 1],
          `${name} already names provider ${owner}`,
        );
      }
      names.set(key, provider.id);
    }
  });
  const ids = new Set<string>();
  const slots = new Map<string, string>();
  inspections.forEach((inspection, i) => {
    if (ids.has(inspection.id)) {
      problems.add("inspections.json", [i, "id"], `duplicate inspection id ${inspection.id}`);
    }
    ids.add(inspection.id);
    const provider = byId.get(inspection.providerId);
    if (provider === undefined) {
      problems.add("inspections.json", [i, "providerId"], `no provider has the id ${inspection.providerId}`);
    } else if (provider.kind !== inspection.providerKind) {
      problems.add(
        "inspections.json",
        [i, "providerKind"],
        `providerKind is ${inspection.providerKind} but provider ${provider.id} is ${provider.kind}`,
      );
    }
    // Optional fields as own properties: zod's output objects inherit from Object.prototype.
    const area = hop.call(inspection, "area") ? inspection.area : undefined;
    if (
      provider !== undefined &&
      area !== undefined &&
      provider.areas.length === 1 &&
      provider.areas[0] === area
    ) {
      problems.add(
        "inspections.json",
        [i, "area"],
        `area ${area} is the whole of provider ${provider.id}'s area: leave it out`,
      );
    }
    checkOwner(
      "inspections.json",
      [i, "owner"],
      hop.call(inspection, "owner") ? inspection.owner : undefined,
    );
    if (inspection.round !== null) {
      const slot = `${inspection.providerId} ${inspection.round}`;
      const other = slots.get(slot);
      if (other !== undefined) {
        problems.add(
          "inspections.json",
          [i, "round"],
          `${other} is already the ${inspection.round} inspection of ${inspection.providerId}`,
        );
      }
      slots.set(slot, inspection.id);
    }
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, providers, inspections, owners };
}
