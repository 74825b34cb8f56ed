// Builds every generated file from data/providers.json and data/inspections.json.
// Pure apart from reading the inputs: returns the files as a map from path to content,
// so `generate` can write them and the tests can check that the committed copies are fresh.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { ratingsHeatmapSvg } from "../../src/chart/ratingsHeatmapSvg.js";
import { csvTable } from "../../src/cli/output.js";
import { partialCountText } from "../../src/internal/partialCountText.js";
import { RATINGS } from "../../src/ratings/RATINGS.js";
import { ratingLabel } from "../../src/ratings/ratingLabel.js";
import {
  type DatasetIssue,
  formatPath,
  type Inspection,
  Inspections,
  type Provider,
  Providers,
  validateDataset,
} from "../../src/schema/index.js";
import { ROUNDS, STANDARD_CATALOGUE } from "../../src/standards/catalogue.js";
import { standardsFor } from "../../src/standards/standardsFor.js";
import { inspectionsTable, providersTable, ratingsTable, type Table } from "./tables.js";
import { recordTypesModule } from "./types.js";

/** The heat maps committed to docs/, drawn by the package's own ratingsHeatmapSvg. */
export const CHARTS = [
  { file: "docs/heatmap-2018-19-crc.svg", round: "2018/19", kind: "crc" },
  { file: "docs/heatmap-2018-19-nps.svg", round: "2018/19", kind: "nps" },
  { file: "docs/heatmap-2019-20.svg", round: "2019/20", kind: undefined },
  { file: "docs/heatmap-2020-21.svg", round: "2020/21", kind: undefined },
] as const;

export interface BuildResult {
  readonly files: ReadonlyMap<string, string>;
  readonly issues: readonly string[];
}

const ROUND_ORDER = new Map<string | null, number>([[null, 0], ...ROUNDS.map((r, i) => [r, i + 1] as const)]);

/**
 * Publication order: by round (unrated Quality & Impact first), then by publication date
 * (a month-precision date sorts before the days of that month; undated records last in their
 * round), then by id.
 */
export function publicationOrder(a: Inspection, b: Inspection): number {
  const r = (ROUND_ORDER.get(a.round) ?? 9) - (ROUND_ORDER.get(b.round) ?? 9);
  if (r !== 0) return r;
  const pa = a.published ?? "9999";
  const pb = b.published ?? "9999";
  if (pa !== pb) return pa < pb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
const sha256 = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

function jsonSchema(schema: z.ZodType, id: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" }),
    $id: `https://unpkg.com/crc-inspections/data/schema/${id}`,
  } as Record<string, unknown>;
}

/** Descriptions of an object schema's properties, from its JSON Schema. */
function describer(schema: Record<string, unknown>): (field: string) => string {
  const items = (schema.items ?? schema) as { properties?: Record<string, { description?: string }> };
  return (field) => {
    const description = items.properties?.[field]?.description;
    if (description === undefined) throw new Error(`no description for ${field} in the schema metadata`);
    return description;
  };
}

function tableSchema<T>(table: Table<T>): Record<string, unknown> {
  return {
    fields: table.columns.map((c) => ({
      name: c.name,
      type: c.type,
      description: c.description,
      ...(c.required || c.enum || c.pattern
        ? {
            constraints: {
              ...(c.required ? { required: true } : {}),
              ...(c.enum ? { enum: [...c.enum] } : {}),
              ...(c.pattern ? { pattern: c.pattern } : {}),
            },
          }
        : {}),
    })),
    missingValues: [""],
    primaryKey: [...table.primaryKey],
    ...(table.foreignKeys ? { foreignKeys: table.foreignKeys } : {}),
  };
}

function datapackage(
  pkg: { name: string; version: string; description: string },
  tables: readonly Table<unknown>[],
  files: Map<string, string>,
): string {
  const resource = (path: string) => ({
    path,
    bytes: Buffer.byteLength(files.get(path) ?? "", "utf8"),
    hash: `sha256:${sha256(files.get(path) ?? "")}`,
  });
  return json({
    $schema: "https://datapackage.org/profiles/2.0/datapackage.json",
    name: pkg.name,
    title: "HMI Probation inspections of CRCs and NPS divisions, 2017–2020",
    description: pkg.description,
    version: pkg.version,
    homepage: "https://www.npmjs.com/package/crc-inspections",
    keywords: [
      "probation",
      "HM Inspectorate of Probation",
      "Community Rehabilitation Company",
      "National Probation Service",
    ],
    licenses: [
      {
        name: "OGL-UK-3.0",
        path: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
        title:
          "Open Government Licence v3.0. Contains public sector information licensed under the Open Government Licence v3.0.",
      },
    ],
    sources: [
      {
        title: "HM Inspectorate of Probation: inspection reports and press releases",
        path: "https://www.justiceinspectorates.gov.uk/hmiprobation/",
      },
      {
        title: "News reports and Russell Webster's posts cited per field in data/inspections.json",
        path: "https://www.russellwebster.com/",
      },
    ],
    resources: [
      ...tables.map((t) => ({
        name: t.name,
        type: "table",
        ...resource(`data/${t.name}.csv`),
        title: t.title,
        description: t.description,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        dialect: { delimiter: ",", header: true, lineTerminator: "\n", quoteChar: '"', doubleQuote: true },
        schema: tableSchema(t),
      })),
      ...["inspections", "providers"].map((name) => ({
        name: `${name}-json`,
        ...resource(`data/${name}.json`),
        title: `${name[0]?.toUpperCase()}${name.slice(1)} (JSON, with evidence per field)`,
        format: "json",
        mediatype: "application/json",
        encoding: "utf-8",
        description: `The curated source of truth; its JSON Schema is data/schema/${name}.schema.json.`,
      })),
    ],
  });
}

function codebook(
  inspectionSchema: Record<string, unknown>,
  providerSchema: Record<string, unknown>,
  tables: readonly Table<unknown>[],
): string {
  const props = (s: Record<string, unknown>) =>
    Object.entries(((s.items ?? s) as { properties: Record<string, { description?: string }> }).properties);
  const required = (s: Record<string, unknown>) =>
    new Set(((s.items ?? s) as { required?: string[] }).required ?? []);
  const row = (cells: string[]) =>
    `| ${cells.map((c) => c.replaceAll("|", "\\|").replaceAll("\n", " ")).join(" | ")} |`;
  const lines: string[] = [
    "# Codebook",
    "",
    "<!-- Generated by scripts/generate.ts from the zod schema's metadata. Do not edit by hand. -->",
    "",
    "What every field and column means. The JSON files are the source of truth; the CSV files are flat views of them.",
    "Unknown values are empty (CSV) or absent (JSON), never zero. Dates are ISO 8601 with day (`2019-10-28`) or month (`2019-10`) precision, as precise as the source.",
    "",
    "## Ratings",
    "",
    row(["key", "label", "order"]),
    row(["---", "---", "---"]),
    ...RATINGS.map((r, i) => row([`\`${r}\``, ratingLabel(r), String(i + 1)])),
    "",
    "## Standards",
    "",
    row(["round", "kind", "number", "key", "name", "domain"]),
    row(["---", "---", "---", "---", "---", "---"]),
    ...STANDARD_CATALOGUE.flatMap((e) =>
      e.standards.map((s) =>
        row([e.round, e.kind, s.number ?? "(not verified)", `\`${s.id}\``, s.name, s.domain]),
      ),
    ),
    "",
  ];
  for (const [title, schema] of [
    ["data/inspections.json", inspectionSchema],
    ["data/providers.json", providerSchema],
  ] as const) {
    lines.push(`## ${title}`, "", row(["field", "required", "meaning"]), row(["---", "---", "---"]));
    const req = required(schema);
    for (const [name, p] of props(schema))
      lines.push(row([`\`${name}\``, req.has(name) ? "yes" : "no", p.description ?? ""]));
    lines.push("");
  }
  for (const t of tables) {
    lines.push(
      `## data/${t.name}.csv`,
      "",
      t.description,
      "",
      row(["column", "type", "meaning"]),
      row(["---", "---", "---"]),
    );
    for (const c of t.columns) lines.push(row([`\`${c.name}\``, c.type, c.description]));
    lines.push("");
  }
  return lines.join("\n");
}

function coverage(inspections: readonly Inspection[], providers: readonly Provider[]): string {
  const names = new Map(providers.map((p) => [p.id, p.name]));
  const rated = inspections.filter((i) => i.framework === "hmip-2018");
  const total = rated.reduce((n, i) => n + standardsFor(i.framework, i.providerKind, i.round).length, 0);
  const known = rated.reduce((n, i) => n + Object.keys(i.standards).length, 0);
  const counted = rated.filter((i) => i.ratingCounts !== undefined);
  const partial = rated.filter((i) => i.partialCounts !== undefined);
  const pct = (a: number, b: number) => (b === 0 ? "0%" : `${((100 * a) / b).toFixed(1)}%`);
  const yes = (v: unknown, text?: string) => (v === undefined || v === null ? "—" : (text ?? "✓"));
  const lines = [
    "# Coverage",
    "",
    "<!-- Generated by scripts/generate.ts from data/. Do not edit by hand. -->",
    "",
    "What the dataset knows and what it does not. Every value present is sourced (see the evidence in data/inspections.json); everything else is unknown, never zero.",
    "",
    "## Totals",
    "",
    `- Inspections: ${inspections.length} (${rated.length} rated-framework, ${inspections.length - rated.length} Quality & Impact).`,
    `- Standard ratings sourced: **${known} of ${total}** (${pct(known, total)}). A further ${counted.length} inspection(s) have rating counts that cover all their standards without naming each one, and ${partial.length} have partial counts (bounds such as "at least three Outstanding") that narrow their scores: ${partial.map((i) => `\`${i.id}\``).join(", ")}.`,
    `- Overall ratings known: ${rated.filter((i) => i.overall !== undefined && i.overall !== null).length} of ${rated.length} rated-framework inspections (${rated.filter((i) => i.overall === null).length} not rated by HMI Probation, ${rated.filter((i) => i.overall === undefined).length} rated but not yet sourced).`,
    `- Publication day known: ${inspections.filter((i) => i.published?.length === 10).length}; month only: ${inspections.filter((i) => i.published?.length === 7).length}; unknown: ${inspections.filter((i) => i.published === undefined).length}.`,
    `- Fieldwork start known: ${inspections.filter((i) => i.fieldworkStart !== undefined).length} of ${inspections.length}.`,
    `- Caseload known: ${inspections.filter((i) => i.caseload !== null).length} of ${inspections.length}.`,
    "",
    "### By round and kind",
    "",
    "| round | kind | inspections | Outstanding | Good | Requires improvement | Inadequate | not rated | overall unknown | standards known |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const round of ROUNDS) {
    for (const kind of ["crc", "nps"] as const) {
      const group = rated.filter((i) => i.round === round && i.providerKind === kind);
      const n = (r: string) => group.filter((i) => i.overall === r).length;
      const k = group.reduce((s, i) => s + Object.keys(i.standards).length, 0);
      lines.push(
        `| ${round} | ${kind} | ${group.length} | ${RATINGS.map(n).join(" | ")} | ${group.filter((i) => i.overall === null).length} | ${group.filter((i) => i.overall === undefined).length} | ${k} of ${group.length * 10} |`,
      );
    }
  }
  lines.push(
    "",
    "## What is missing",
    "",
    "- Round two (2019/20): HMI Probation completed 10 CRC inspections and 1 NPS division inspection before the March 2020 suspension, and rated 10 of them (0 Outstanding, 4 Good: 3 CRCs and 1 NPS division; 6 Requires improvement; 0 Inadequate). " +
      `The dataset has ${rated.filter((i) => i.round === "2019/20" && i.providerKind === "crc").length} of the 10 CRC inspections. ` +
      "The tenth CRC inspected in the round (the third rated Good) is not named by any source read so far, so it is left out rather than guessed.",
    "- Most standard-level ratings: the reports' ratings pages were not readable to the research so far; a source that states them is added as a data correction (see corrections.md).",
    "",
    "## Each inspection",
    "",
    "| inspection | provider | published | fieldwork | overall | standards known | counts | partial counts | caseload | sources |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  );
  for (const i of inspections) {
    const n = standardsFor(i.framework, i.providerKind, i.round).length;
    lines.push(
      `| \`${i.id}\` | ${names.get(i.providerId) ?? i.providerId} | ${i.published ?? "—"} | ${i.fieldworkStart ?? "—"} | ${
        i.overall === null ? "not rated" : i.overall === undefined ? "unknown" : ratingLabel(i.overall)
      } | ${n === 0 ? "n/a" : `${Object.keys(i.standards).length} of ${n}`} | ${yes(i.ratingCounts)} | ${i.partialCounts === undefined ? "—" : i.partialCounts.map(partialCountText).join("; ")} | ${yes(i.caseload)} | ${i.evidence.length} |`,
    );
  }
  lines.push("");
  return lines.join("\n");
}

function generatedModule(providers: readonly Provider[], inspections: readonly Inspection[]): string {
  return [
    "// Generated by scripts/generate.ts from data/providers.json and data/inspections.json. Do not edit.",
    "// The dataset as literal types; src/data/dataset.ts freezes it.",
    'import type { Inspection, Provider } from "../records.generated.js";',
    "",
    `export const PROVIDERS = ${JSON.stringify(providers, null, 2)} as const satisfies readonly Provider[];`,
    "",
    `export const INSPECTIONS = ${JSON.stringify(inspections, null, 2)} as const satisfies readonly Inspection[];`,
    "",
  ].join("\n");
}

const readJson = (root: string, path: string): unknown => JSON.parse(readFileSync(join(root, path), "utf8"));

/**
 * Reads and validates data/providers.json and data/inspections.json under `root`: the parsed records, or
 * one `data/<file>: <path>: <message>` line per problem.
 */
export function readDataset(root: string):
  | {
      readonly ok: true;
      readonly providers: readonly Provider[];
      readonly inspections: readonly Inspection[];
    }
  | { readonly ok: false; readonly issues: readonly string[] } {
  const result = validateDataset({
    providers: readJson(root, "data/providers.json"),
    inspections: readJson(root, "data/inspections.json"),
  });
  return result.ok
    ? result
    : {
        ok: false,
        issues: result.issues.map((i: DatasetIssue) => `data/${i.file}: ${formatPath(i.path)}: ${i.message}`),
      };
}

/** Builds every generated file from the data files under `root`. */
export function buildOutputs(root: string): BuildResult {
  const pkg = readJson(root, "package.json") as { name: string; version: string; description: string };
  const data = readDataset(root);
  if (!data.ok) return { files: new Map(), issues: data.issues };
  // Canonical forms: the parsed records (key order as in the schema) in publication order.
  const { providers } = data;
  const inspections = [...data.inspections].sort(publicationOrder);

  const inspectionSchema = jsonSchema(Inspections, "inspections.schema.json");
  const providerSchema = jsonSchema(Providers, "providers.schema.json");
  const tables = [
    inspectionsTable(inspections, providers, describer(inspectionSchema)),
    ratingsTable(inspections),
    providersTable(providers, describer(providerSchema)),
  ] as readonly Table<unknown>[];

  const files = new Map<string, string>();
  files.set("data/providers.json", json(providers));
  files.set("data/inspections.json", json(inspections));
  files.set("data/schema/inspections.schema.json", json(inspectionSchema));
  files.set("data/schema/providers.schema.json", json(providerSchema));
  for (const t of tables) files.set(`data/${t.name}.csv`, csvTable(t.columns, t.rows));
  files.set("datapackage.json", datapackage(pkg, tables, files));
  files.set("docs/codebook.md", codebook(inspectionSchema, providerSchema, tables));
  files.set("docs/coverage.md", coverage(inspections, providers));
  files.set("src/data/dataset.generated.ts", generatedModule(providers, inspections));
  files.set("src/records.generated.ts", recordTypesModule());
  for (const chart of CHARTS) {
    files.set(
      chart.file,
      ratingsHeatmapSvg(inspections, { providers, round: chart.round, kind: chart.kind }),
    );
  }
  // CITATION.cff is hand-written, but its version follows package.json (changeset version bumps it).
  const citation = readFileSync(join(root, "CITATION.cff"), "utf8");
  files.set("CITATION.cff", citation.replace(/^version: .*$/m, `version: ${pkg.version}`));
  // The README links the published copies of the files it names (relative links do not resolve on
  // npmjs.com), pinned to this version; `changeset version` bumps package.json, generate follows.
  const readme = readFileSync(join(root, "README.md"), "utf8");
  files.set(
    "README.md",
    readme.replace(/(https:\/\/unpkg\.com\/crc-inspections@)[^/\s)]+\//g, `$1${pkg.version}/`),
  );
  return { files, issues: [] };
}
