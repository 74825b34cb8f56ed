import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parseCsv } from "../../src/cli/output.js";
import { inspections, owners, providers } from "../../src/index.js";
import { COPY_HOSTS, isCopyHost } from "../../src/schema/evidence.js";
import { validateDataset } from "../../src/schema/index.js";

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

/** A CSV file as objects keyed by its header. */
function csv(path: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(readFileSync(path, "utf8"));
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ""])));
}

const ids = new Set<string>(owners.map((o) => o.id));

describe("owners as keys", () => {
  test("owners.json, owners.csv and the dataset module list the same owner ids", () => {
    const fromJson = (readJson("data/owners.json") as { id: string }[]).map((o) => o.id);
    const fromCsv = csv("data/owners.csv").map((r) => r.id);
    expect(fromJson).toEqual([...ids]);
    expect(fromCsv).toEqual([...ids]);
    expect(ids.size).toBe(owners.length);
  });

  test("every owner id in providers and inspections, in JSON and CSV, names an owner", () => {
    const used = new Set<string>();
    for (const p of providers) for (const o of p.owners) used.add(o.ownerId);
    for (const i of inspections) if (i.owner !== undefined) used.add(i.owner);
    for (const row of csv("data/inspections.csv")) if (row.owner_id) used.add(row.owner_id as string);
    for (const row of csv("data/providers.csv")) {
      for (const cell of (row.owner_ids as string).split("; ").filter(Boolean)) {
        used.add(cell.replace(/ \(.*\)$/, ""));
      }
    }
    expect([...used].filter((id) => !ids.has(id))).toEqual([]);
    // Every owner in the table is used by some provider or inspection: no orphan keys.
    expect([...ids].filter((id) => !used.has(id))).toEqual([]);
  });

  test("the CSV's owner name is the owners table's name for the same id", () => {
    const names = new Map<string, string>(owners.map((o) => [o.id, o.name]));
    for (const row of csv("data/inspections.csv")) {
      if (row.owner_id === "") expect(row.owner_name).toBe("");
      else expect(row.owner_name).toBe(names.get(row.owner_id as string));
    }
  });

  test("validateDataset rejects an owner id that no owner has, in a provider and in an inspection", () => {
    const data = {
      providers: structuredClone(readJson("data/providers.json")) as { owners: { ownerId: string }[] }[],
      inspections: structuredClone(readJson("data/inspections.json")) as { owner?: string }[],
      owners: readJson("data/owners.json"),
    };
    const p = data.providers.findIndex((x) => x.owners.length > 0);
    (data.providers[p] as { owners: { ownerId: string }[] }).owners[0] = { ownerId: "no-such-owner" };
    const i = data.inspections.findIndex((x) => x.owner !== undefined);
    (data.inspections[i] as { owner?: string }).owner = "sodexo";
    const result = validateDataset(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContainEqual({
      file: "providers.json",
      path: [p, "owners", 0, "ownerId"],
      message: "no owner has the id no-such-owner",
    });
    expect(result.issues).toContainEqual({
      file: "inspections.json",
      path: [i, "owner"],
      message: "no owner has the id sodexo",
    });
  });
});

describe("copies marked as copies", () => {
  const allEvidence = [
    ...inspections.flatMap((r) => r.evidence.map((e) => ({ id: r.id, e }))),
    ...providers.flatMap((r) => r.evidence.map((e) => ({ id: r.id, e }))),
    ...owners.flatMap((r) => r.evidence.map((e) => ({ id: r.id, e }))),
  ];

  test("no evidence URL is on a staging host or a document-mirror site unless it is marked as a copy", () => {
    const unmarked = allEvidence.filter(({ e }) => isCopyHost(e.url) && e.copyOf === undefined);
    expect(unmarked.map(({ id, e }) => `${id}: ${e.url}`)).toEqual([]);
    // The check has something to check: the dataset does read copies on those hosts.
    expect(allEvidence.filter(({ e }) => isCopyHost(e.url)).length).toBeGreaterThan(20);
  });

  test("a copy names a publisher other than the original's, so the two are told apart", () => {
    for (const { e } of allEvidence) {
      if (e.copyOf !== undefined) expect(e.publisher).not.toBe(e.copyOf.publisher);
    }
  });

  test("the generated docs name a staging-host address only as a copy", () => {
    for (const file of ["docs/coverage.md", "docs/corrections.md"]) {
      for (const line of readFileSync(file, "utf8").split("\n")) {
        if (line.includes("inspectorates-staging.bang-on.net")) expect(line).toMatch(/cop(y|ies)/i);
      }
    }
  });

  test("the CSV sources columns mark each copy with whose document it copies", () => {
    const rows = csv("data/inspections.csv");
    const cells = rows.flatMap((r) => (r.sources as string).split("; "));
    const copies = cells.filter((c) => isCopyHost(c.split(" ")[0] as string));
    expect(copies.length).toBeGreaterThan(0);
    for (const c of copies) expect(c).toMatch(/^\S+ \(copy of .+\)$/);
  });

  test("the schema rejects evidence on a mirror host without copyOf, and accepts it with one", () => {
    const providers = structuredClone(readJson("data/providers.json")) as {
      evidence: { url: string; copyOf?: unknown }[];
    }[];
    const target = providers[0]?.evidence[0] as { url: string; copyOf?: unknown };
    for (const host of COPY_HOSTS) {
      target.url = `https://${host}/doc/1/report`;
      delete target.copyOf;
      const bad = validateDataset({ providers, inspections: readJson("data/inspections.json") });
      expect(bad.ok).toBe(false);
      if (!bad.ok) {
        expect(bad.issues[0]?.message).toMatch(/mirror or staging host/);
        expect(bad.issues[0]?.path).toEqual([0, "evidence", 0, "copyOf"]);
      }
      target.copyOf = { publisher: "HM Inspectorate of Probation" };
      expect(validateDataset({ providers, inspections: readJson("data/inspections.json") }).ok).toBe(true);
    }
  });
});
