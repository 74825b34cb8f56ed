import { z } from "zod";
import { Inspection } from "./inspection.js";
import { Owner } from "./owner.js";
import { Provider } from "./provider.js";

export { formatPath } from "./path.js";

/** One problem found in a dataset: which file, where in it, and what is wrong. @category Schema */
export interface DatasetIssue {
  readonly file: "providers.json" | "inspections.json" | "owners.json";
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

/** The providers file: an array of providers. @category Schema */
export const Providers = z.array(Provider).readonly().meta({ title: "Providers" });
/** The inspections file: an array of inspections. @category Schema */
export const Inspections = z.array(Inspection).readonly().meta({ title: "Inspections" });
/** The owners file: an array of owners. @category Schema */
export const Owners = z.array(Owner).readonly().meta({ title: "Owners" });

/**
 * Validates a whole dataset: each record against its schema, then the invariants across records
 * (unique ids and aliases, references that resolve, provider kinds that agree, one inspection per
 * provider and round, no `area` that is the whole of a one-area provider's area). When `owners` is given, every
 * owner id in providers and inspections must name one of them; when it is absent, owner ids are not checked.
 * Never throws on bad data.
 *
 * @param input - The parsed contents of `providers.json` and `inspections.json`, and optionally `owners.json`.
 * @returns `{ ok: true, providers, inspections, owners }` with the parsed (frozen) records, or
 *   `{ ok: false, issues }` listing every problem with its file and path.
 * @category Schema
 */
export function validateDataset(input: {
  readonly providers: unknown;
  readonly inspections: unknown;
  readonly owners?: unknown;
}): DatasetResult {
  const issues: DatasetIssue[] = [];
  const p = Providers.safeParse(input.providers);
  const ins = Inspections.safeParse(input.inspections);
  const own = input.owners === undefined ? undefined : Owners.safeParse(input.owners);
  if (own !== undefined && !own.success) {
    for (const i of own.error.issues)
      issues.push({ file: "owners.json", path: i.path as (string | number)[], message: i.message });
  }
  if (!p.success) {
    for (const i of p.error.issues)
      issues.push({ file: "providers.json", path: i.path as (string | number)[], message: i.message });
  }
  if (!ins.success) {
    for (const i of ins.error.issues) {
      issues.push({ file: "inspections.json", path: i.path as (string | number)[], message: i.message });
    }
  }
  if (!p.success || !ins.success || (own !== undefined && !own.success)) return { ok: false, issues };

  const providers = p.data;
  const inspections = ins.data;
  const owners = own?.data;
  const ownerIds = new Set<string>();
  owners?.forEach((owner, i) => {
    if (ownerIds.has(owner.id)) {
      issues.push({ file: "owners.json", path: [i, "id"], message: `duplicate owner id ${owner.id}` });
    }
    ownerIds.add(owner.id);
  });
  const checkOwner = (
    file: DatasetIssue["file"],
    path: (string | number)[],
    id: string | undefined,
  ): void => {
    if (owners !== undefined && id !== undefined && !ownerIds.has(id)) {
      issues.push({ file, path, message: `no owner has the id ${id}` });
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
    if (
      provider !== undefined &&
      inspection.area !== undefined &&
      provider.areas.length === 1 &&
      provider.areas[0] === inspection.area
    ) {
      issues.push({
        file: "inspections.json",
        path: [i, "area"],
        message: `area ${inspection.area} is the whole of provider ${provider.id}'s area: leave it out`,
      });
    }
    checkOwner("inspections.json", [i, "owner"], inspection.owner);
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
  return issues.length > 0 ? { ok: false, issues } : { ok: true, providers, inspections, owners };
}
