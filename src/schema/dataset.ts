import { z } from "zod";
import { Inspection } from "./inspection.js";
import { Provider } from "./provider.js";

export { formatPath } from "./path.js";

/** One problem found in a dataset: which file, where in it, and what is wrong. @category Schema */
export interface DatasetIssue {
  readonly file: "providers.json" | "inspections.json";
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** The result of {@link validateDataset}. @category Schema */
export type DatasetResult =
  | {
      readonly ok: true;
      readonly providers: readonly Provider[];
      readonly inspections: readonly Inspection[];
    }
  | { readonly ok: false; readonly issues: readonly DatasetIssue[] };

/** The providers file: an array of providers. @category Schema */
export const Providers = z.array(Provider).readonly().meta({ title: "Providers" });
/** The inspections file: an array of inspections. @category Schema */
export const Inspections = z.array(Inspection).readonly().meta({ title: "Inspections" });

/**
 * Validates a whole dataset: each record against its schema, then the invariants across records
 * (unique ids and aliases, references that resolve, provider kinds that agree, one inspection per
 * provider and round). Never throws on bad data.
 *
 * @param input - The parsed contents of `providers.json` and `inspections.json`.
 * @returns `{ ok: true, providers, inspections }` with the parsed (frozen) records, or
 *   `{ ok: false, issues }` listing every problem with its file and path.
 * @category Schema
 */
export function validateDataset(input: {
  readonly providers: unknown;
  readonly inspections: unknown;
}): DatasetResult {
  const issues: DatasetIssue[] = [];
  const p = Providers.safeParse(input.providers);
  const ins = Inspections.safeParse(input.inspections);
  if (!p.success) {
    for (const i of p.error.issues)
      issues.push({ file: "providers.json", path: i.path as (string | number)[], message: i.message });
  }
  if (!ins.success) {
    for (const i of ins.error.issues) {
      issues.push({ file: "inspections.json", path: i.path as (string | number)[], message: i.message });
    }
  }
  if (!p.success || !ins.success) return { ok: false, issues };

  const providers = p.data;
  const inspections = ins.data;
  const byId = new Map<string, Provider>();
  const names = new Map<string, string>();
  providers.forEach((provider, i) => {
    if (byId.has(provider.id)) {
      issues.push({
        file: "providers.json",
        path: [i, "id"],
        message: `duplicate provider id ${provider.id}`,
      });
    }
    byId.set(provider.id, provider);
    for (const [j, name] of [provider.id, ...provider.aliases].entries()) {
      const key = name.toLowerCase();
      const owner = names.get(key);
      if (owner !== undefined && owner !== provider.id) {
        issues.push({
          file: "providers.json",
          path: j === 0 ? [i, "id"] : [i, "aliases", j - 1],
          message: `${name} already names provider ${owner}`,
        });
      }
      names.set(key, provider.id);
    }
  });
  const ids = new Set<string>();
  const slots = new Map<string, string>();
  inspections.forEach((inspection, i) => {
    if (ids.has(inspection.id)) {
      issues.push({
        file: "inspections.json",
        path: [i, "id"],
        message: `duplicate inspection id ${inspection.id}`,
      });
    }
    ids.add(inspection.id);
    const provider = byId.get(inspection.providerId);
    if (provider === undefined) {
      issues.push({
        file: "inspections.json",
        path: [i, "providerId"],
        message: `no provider has the id ${inspection.providerId}`,
      });
    } else if (provider.kind !== inspection.providerKind) {
      issues.push({
        file: "inspections.json",
        path: [i, "providerKind"],
        message: `providerKind is ${inspection.providerKind} but provider ${provider.id} is ${provider.kind}`,
      });
    }
    if (inspection.round !== null) {
      const slot = `${inspection.providerId} ${inspection.round}`;
      const other = slots.get(slot);
      if (other !== undefined) {
        issues.push({
          file: "inspections.json",
          path: [i, "round"],
          message: `${other} is already the ${inspection.round} inspection of ${inspection.providerId}`,
        });
      }
      slots.set(slot, inspection.id);
    }
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, providers, inspections };
}
