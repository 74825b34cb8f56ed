// Builds every generated file from data/providers.json and data/inspections.json.
// Pure apart from reading the inputs: returns the files as a map from path to content,
// so `generate` can write them and the tests can check that the committed copies are fresh.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { ratingsHeatmapSvg } from "../../src/chart/ratingsHeatmapSvg.js";
import { ratingsTileMapSvg } from "../../src/chart/ratingsTileMapSvg.js";
import { csvTable, markdownCell } from "../../src/cli/output.js";
import { compareTimeline } from "../../src/internal/chronology.js";
import { partialCountText } from "../../src/internal/partialCountText.js";
import { RATINGS } from "../../src/ratings/RATINGS.js";
import { ratingLabel } from "../../src/ratings/ratingLabel.js";
import {
  AreaCoverage,
  AreasFile,
  type DatasetIssue,
  formatPath,
  type Inspection,
  Inspections,
  type Owner,
  Owners,
  type Provider,
  Providers,
  validateDataset,
} from "../../src/schema/index.js";
import { ROUND_WINDOWS, SCHEMA_LIMITS } from "../../src/schema/limits.js";
import { ROUNDS, STANDARD_CATALOGUE } from "../../src/standards/catalogue.js";
import { standardsFor } from "../../src/standards/standardsFor.js";
import { areaCoverageReport, readAreas } from "./areas.js";
import { areaRatingsTable, areasTable, providerAreasTable } from "./areaTables.js";
import { inspectionsTable, ownersTable, providersTable, ratingsTable, type Table, VIEWS } from "./tables.js";
import { parquetFile, sqliteDatabase } from "./typed.js";
import { recordTypesModule } from "./types.js";

/** The heat maps committed to docs/, drawn by the package's own ratingsHeatmapSvg. */
export const CHARTS = [
  { file: "docs/heatmap-2018-19-crc.svg", round: "2018/19", kind: "crc" },
  { file: "docs/heatmap-2018-19-nps.svg", round: "2018/19", kind: "nps" },
  { file: "docs/heatmap-2019-20.svg", round: "2019/20", kind: undefined },
  { file: "docs/heatmap-2020-21.svg", round: "2020/21", kind: undefined },
] as const;

/** The tile maps committed to docs/, drawn by the package's own ratingsTileMapSvg. */
export const MAPS = [
  { file: "docs/map-2018-19-crc.svg", round: "2018/19", kind: "crc" },
  { file: "docs/map-2018-19-nps.svg", round: "2018/19", kind: "nps" },
  { file: "docs/map-2019-20-crc.svg", round: "2019/20", kind: "crc" },
] as const;

export interface BuildResult {
  /** Each generated file's path and content: text, or bytes for the SQLite and Parquet files. */
  readonly files: ReadonlyMap<string, string | Uint8Array>;
  readonly issues: readonly string[];
  /** The published tables (empty when data/ has problems). */
  readonly tables: readonly Table<unknown>[];
}

/** The SQLite database of every table. */
export const DATABASE = "data/crc-inspections.db";
/** The Parquet file of a table. */
export const parquetPath = (table: { readonly name: string }): string => `data/${table.name}.parquet`;

/**
 * Publication order: by round (unrated Quality & Impact first), then by publication date
 * (a month-precision date sorts before the days of that month; undated records last in their
 * round), then by id — the package's own timeline order.
 */
export function publicationOrder(a: Inspection, b: Inspection): number {
  return compareTimeline(a, b);
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
const sha256 = (content: string | Uint8Array): string =>
  createHash("sha256")
    .update(typeof content === "string" ? Buffer.from(content, "utf8") : content)
    .digest("hex");

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
      ...(c.type === "date" ? { format: "default" } : {}),
      ...(c.required || c.enum || c.pattern || c.minimum !== undefined || c.maximum !== undefined
        ? {
            constraints: {
              ...(c.required ? { required: true } : {}),
              ...(c.enum ? { enum: [...c.enum] } : {}),
              ...(c.pattern ? { pattern: c.pattern } : {}),
              ...(c.minimum !== undefined ? { minimum: c.minimum } : {}),
              ...(c.maximum !== undefined ? { maximum: c.maximum } : {}),
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
  files: Map<string, string | Uint8Array>,
): string {
  const resource = (path: string) => {
    const content = files.get(path) ?? "";
    return {
      path,
      bytes: typeof content === "string" ? Buffer.byteLength(content, "utf8") : content.byteLength,
      hash: `sha256:${sha256(content)}`,
    };
  };
  return json({
    $schema: "https://datapackage.org/profiles/2.0/datapackage.json",
    name: pkg.name,
    title: "HMI Probation inspections of CRCs and NPS divisions, 2016–2021",
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
      ...["inspections", "providers", "owners", "areas"].map((name) => ({
        name: `${name}-json`,
        ...resource(`data/${name}.json`),
        title: `${name[0]?.toUpperCase()}${name.slice(1)} (JSON, with evidence per field)`,
        format: "json",
        mediatype: "application/json",
        encoding: "utf-8",
        description: `The curated source of truth; its JSON Schema is data/schema/${name}.schema.json.`,
      })),
      ...tables.map((t) => ({
        name: `${t.name}-parquet`,
        type: "table",
        ...resource(parquetPath(t)),
        title: `${t.title} (Parquet)`,
        description: `${t.description} The same rows and columns as data/${t.name}.csv, typed, with null for every empty cell.`,
        format: "parquet",
        mediatype: "application/vnd.apache.parquet",
        schema: { ...tableSchema(t), missingValues: [] },
      })),
      {
        name: "crc-inspections-sqlite",
        ...resource(DATABASE),
        title: "Every table as one SQLite database",
        description: `The tables ${tables.map((t) => t.name).join(", ")} with declared column types, NULL for every empty cell, primary and foreign keys; a codebook table (what NULL means in each column); and the views ${VIEWS.map((v) => v.name).join(" and ")}.`,
        format: "sqlite",
        mediatype: "application/vnd.sqlite3",
      },
    ],
  });
}

function codebook(
  inspectionSchema: Record<string, unknown>,
  providerSchema: Record<string, unknown>,
  ownerSchema: Record<string, unknown>,
  tables: readonly Table<unknown>[],
  coverageSchema: Record<string, unknown>,
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
    "What every field and column means. The JSON files are the source of truth; the CSV files, the Parquet files and the SQLite database are flat views of them, with the same tables and columns.",
    "Unknown values are empty (CSV), NULL (Parquet, SQLite) or absent (JSON), never zero. Dates are ISO 8601 with day (`2019-10-28`) or month (`2019-10`) precision, as precise as the source.",
    "",
    ...EMPTY_SECTION,
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
    ["data/owners.json", ownerSchema],
    ["data/areas.json: each row of coverage", coverageSchema],
  ] as const) {
    lines.push(`## ${title}`, "", row(["field", "required", "meaning"]), row(["---", "---", "---"]));
    const req = required(schema);
    for (const [name, p] of props(schema))
      lines.push(row([`\`${name}\``, req.has(name) ? "yes" : "no", p.description ?? ""]));
    lines.push("");
  }
  lines.push(...EVIDENCE_SECTION);
  const n = (value: number): string => value.toLocaleString("en-GB");
  lines.push(
    "## Limits",
    "",
    "The schema refuses records bigger than any real one could be, so that a dataset it accepts cannot make a reader copy megabytes into every row. Each limit is far above the longest value in the shipped data.",
    "",
    row(["what", "at most"]),
    row(["---", "---"]),
    row([
      "names, areas, owners, members, publishers, titles, aliases, the Chief Inspector",
      `${n(SCHEMA_LIMITS.name)} characters`,
    ]),
    row(["ids and provider ids", `${n(SCHEMA_LIMITS.id)} characters`]),
    row(["URLs", `${n(SCHEMA_LIMITS.url)} characters`]),
    row(["`notes`, `notRatedReason`", `${n(SCHEMA_LIMITS.text)} characters`]),
    row([
      "items in any one list of a record (evidence, a source's fields, aliases, areas, owners, members, partial counts), keys in any one object",
      n(SCHEMA_LIMITS.list),
    ]),
    row(["records in a file (and in an array any function takes)", n(SCHEMA_LIMITS.records)]),
    "",
    "Text is never blank and has no space at either end. Dates are from the year 2000 on.",
    "",
    "## Date windows",
    "",
    "When each round's fieldwork can start and its reports can be published, by month, inclusive; the schema refuses dates outside, since the sources say the round ran then.",
    "",
    row(["round", "fieldworkStart", "published", "why"]),
    row(["---", "---", "---", "---"]),
    ...ROUND_WINDOWS.map((w) =>
      row([
        w.round ?? "none (Quality & Impact)",
        `${w.fieldwork[0]} to ${w.fieldwork[1]}`,
        `${w.published[0]} to ${w.published[1]}`,
        w.why,
      ]),
    ),
    "",
  );
  for (const t of tables) {
    lines.push(
      `## data/${t.name}.csv`,
      "",
      `${t.description} The same table is data/${t.name}.parquet and the table \`${t.name}\` of data/crc-inspections.db, where every empty cell is NULL. Primary key: ${t.primaryKey.map((k) => `\`${k}\``).join(", ")}${(t.foreignKeys ?? []).map((fk) => `; \`${fk.fields.join(", ")}\` references ${fk.reference.resource} (\`${fk.reference.fields.join(", ")}\`)`).join("")}.`,
      "",
      row(["column", "type", "empty means", "meaning"]),
      row(["---", "---", "---", "---"]),
    );
    for (const c of t.columns)
      lines.push(
        row([`\`${c.name}\``, c.type, c.required ? "(never empty)" : (c.empty ?? ""), c.description]),
      );
    lines.push("");
  }
  lines.push(
    "## data/crc-inspections.db: views",
    "",
    "Besides the tables above and a `codebook` table (this page's column tables, with `null_means`), the database has these views:",
    "",
    row(["view", "what it answers"]),
    row(["---", "---"]),
    ...VIEWS.map((v) => row([`\`${v.name}\``, v.description])),
    "",
  );
  lines.push(...CLIENTS_SECTION);
  return lines.join("\n");
}

/**
 * One Quality & Impact area inspection covered a CRC and an NPS division at once, and is recorded once per
 * provider: this key groups a provider's records into inspections (the area named in the id and the publication
 * date, or the year in the id where the date is unknown).
 */
export function areaInspectionKey(i: Inspection): string {
  // The id names the area (`<provider>-<year>-<area>-qi`) also when `area` is absent because the inspection
  // covered the whole of a one-area provider (South Yorkshire CRC's 2017 record beside NPS North East's).
  const qi = /-(\d{4})-([a-z0-9-]+)-qi$/.exec(i.id);
  const year = qi?.[1] ?? /-(\d{4})-/.exec(i.id)?.[1] ?? "";
  return `${qi?.[2] ?? i.area ?? i.id}|${i.published ?? year}`;
}

/**
 * What sources say existed, programme by programme, for the coverage report: editorial statements, each with
 * the source that makes it. The dataset's own counts are set beside them.
 */
const PROGRAMMES = [
  {
    name: "Quality & Impact area inspections (2016–2018, no ratings)",
    select: (i: Inspection) => i.framework === "quality-and-impact",
    existed:
      "At least 16: the 15 identified, and the second area inspection of 2016, which is unidentified. Russell Webster numbers Durham the first, Derbyshire the third, Kent the fourth (http://www.russellwebster.com/private-probation-kent-impressive-nps-struggling/) and north of London the fifth (http://www.russellwebster.com/poor-private-probation-performance-leaves-londoners-at-risk/).",
  },
  {
    name: "2018/19",
    select: (i: Inspection) => i.round === "2018/19",
    existed:
      "28: all 21 CRCs and the 7 NPS divisions, rated 0 Outstanding, 6 Good, 21 Requires improvement, 1 Inadequate (HMI Probation, October 2019, https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2019/10/ic1/).",
  },
  {
    name: "2019/20",
    select: (i: Inspection) => i.round === "2019/20",
    existed:
      "11: 10 CRCs and 1 NPS division before the March 2020 suspension, 10 of them rated (0 Outstanding, 4 Good, 6 Requires improvement, 0 Inadequate) (HMI Probation, 3 December 2020, https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2020/12/par2020/).",
  },
  {
    name: "2020/21",
    select: (i: Inspection) => i.round === "2020/21",
    existed:
      "At least 3: BGSW CRC and NPS South West, inspected by video link in February 2021 (Chief Inspector's blog post of 1 March 2021, read in a copy on HMI Probation's staging host, https://inspectorates-staging.bang-on.net/hmiprobation/blog; the stored pages have no public address for it), and a pilot of the new methodology on NPS Wales in December 2020 (https://hmiprobation.justiceinspectorates.gov.uk/consultation/consultation-on-the-future-of-adult-inspections-part-two). NPS South West's was HMI Probation's final NPS inspection (https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2021/07/south-west-nps/).",
  },
] as const;

/** What is known to exist but is not (or not wholly) in the dataset, and why. */
const KNOWN_UNKNOWNS: readonly string[] = [
  "**The second Quality & Impact area inspection of 2016**, between Durham (August) and Derbyshire (September): Russell Webster's numbering implies it, no source read names it. Searched again on 3 December 2026 (the stored pages, for Quality & Impact inspections of 2016 and the area inspection after Durham): nothing new.",
  "**NPS divisions of four Quality & Impact inspections**: the stored pages on Durham (2016), Greater Manchester (2017), Northamptonshire (2017) and Suffolk (2017) say \"the NPS\" without naming the division, and the dataset's NPS providers have only their division names as sourced areas (no source read lists the counties each division covered), so the area rule (docs/corrections.md, rule 9) identifies no division and those inspections have a CRC record only. The same rule gives Kent's 2016 inspection its CRC record (Kent, Surrey and Sussex CRC, the only CRC whose sourced areas include Kent).",
  "**The tenth CRC inspected in 2019/20** (the third rated Good) is not named by any source read so far, so it is left out rather than guessed. Searched again on 3 December 2026 (HMI Probation's 2020 releases and blog posts, CRCs rated Good in 2020): only the nine in the dataset were found.",
  "**Thames Valley CRC's 2019/20 rating**: HMI Probation rated it, but no source read so far states the rating (by elimination it is probably Good; a deduction, not recorded).",
  '**Hampshire and Isle of Wight CRC\'s 2019/20 publication day**: the month is July 2020 (the Chief Inspector\'s blog of 3 August 2020, read in a copy on HMI Probation\'s staging host); the reports of it say "today" and "yesterday" on pages that show no date of their own, so the day is not known.',
  "**Northumbria CRC's owner in 2019/20**: HMI Probation's release of November 2018 says Sodexo owned it, but that is fifteen months before the February 2020 report, outside rule 4's twelve months; no source read within the window names the owner, so `owner` stays absent.",
  "**Bristol, Gloucestershire, Somerset and Wiltshire CRC, February 2021**: inspected by video link (Chief Inspector's blog of 1 March 2021, read in a copy on HMI Probation's staging host); no report, date or rating found, so no record. Searched again on 3 December 2026 (BGSW CRC inspection 2021, report and rating): only later (2022 onwards) probation-delivery-unit inspections of the area were found.",
  "**NPS Wales, December 2020**: a pilot inspection of the new methodology (consultation on the future of adult inspections, part two); whether a report or rating was published is unknown, so no record. Searched again on 3 December 2026 (NPS Wales pilot inspection, new methodology, December 2020): nothing found.",
  "**NPS South West, 2021**: the publication day and eight of its ten standards (the press release names Leadership as rated Good; its other judgements are wording, not ratings).",
  "**Most standard-level ratings**: the reports' ratings pages were not readable to the research so far; a source that states them is added as a data correction (see corrections.md).",
];

/** What every evidence entry holds, and how a copy is told from an original. */
const EVIDENCE_SECTION: readonly string[] = [
  "## Evidence: originals and copies",
  "",
  "Every record's `evidence` lists its sources, each with `url`, `publisher`, `kind`, `date` (where the source shows one), `fields` and, for a copy, `copyOf`:",
  "",
  "- `url` is where the value was read, and `publisher` who published what is there. When that is a copy of someone else's document (a document-mirror site such as docslib, dokumen.tips, vdocuments, fdocuments or readkong; the inspectorate's staging host `inspectorates-staging.bang-on.net`; a newsletter archive; a page reproducing a press release or a news agency story), `publisher` names the site that holds the copy and `copyOf` names the original: its `publisher`, and its `title` and `url` where known. Cite the original where `copyOf.url` gives it; otherwise cite the original's publisher and title, and the copy as where it was read.",
  "- `kind` is the kind of the document itself: `primary` for HMI Probation's own report or press release, also when read in a copy; `secondary` for news, commentary and campaign pages.",
  "- Evidence whose `url` is on a known mirror or staging host without `copyOf` is invalid (the schema rejects it).",
  "- In the CSV `sources` columns, sources are separated by `; ` and a copy is written `<url> (copy of <publisher>[: <title>][, original <url>])`.",
  "",
];

/** The three kinds of empty and how each file carries them; the decisions on the JSON files. */
const EMPTY_SECTION: readonly string[] = [
  "## Three kinds of empty",
  "",
  "An empty value means one of three things, and each column below says which one it can mean:",
  "",
  "- **unknown**: the value exists (HMI Probation gave a rating, a report has a publication day) but no source read so far states it;",
  "- **not applicable**: the column does not apply to the row (a `round` for a Quality & Impact inspection, a `not_rated_reason` for a rated one);",
  "- **none**: there is nothing to give (no `notes`, no partial counts, no source for an unknown rating).",
  "",
  'A fourth case is not an empty at all: **not rated**, when HMI Probation gave no overall rating, is the value `not-rated` in `overall`, in every file. So "not rated" and "unknown" never read alike, whatever the tool.',
  "",
  "| file | unknown | not applicable / none | not rated |",
  "| --- | --- | --- | --- |",
  '| data/inspections.json, data/providers.json | the key is absent | the key is absent (`round`: `null`; `caseload`: `null` when unknown) | `"overall": "not-rated"` |',
  "| data/*.csv | empty cell | empty cell | `not-rated` |",
  "| data/*.parquet | null | null | `not-rated` |",
  "| data/crc-inspections.db | NULL | NULL | `'not-rated'` |",
  "",
  '**The JSON files and dataframe readers.** pandas (`read_json`), polars, R\'s jsonlite and DuckDB (`read_json`) read an absent key and `null` as the same missing value. So the JSON never uses `null` for "not rated": `overall` is `"not-rated"`, and an unknown overall rating is absent (missing in the dataframe). Until version 0.1.0 `overall` was `null` when not rated; the change is a major one (see CHANGELOG).',
  "",
  "**Readers that take columns from the first record** (arquero's `from` and `loadJSON`, Danfo's `DataFrame`) miss every key the first record lacks (`fieldworkStart`, `ratingCounts`, `partialCounts`, …): in the JSON a key is absent when its value is unknown or does not apply, and no record has them all. This is by design (the JSON is the nested, evidenced record form, not a table). For a table, read data/inspections.parquet or data/inspections.csv, whose every row has every column; or give the reader the full column list, the union of the records' keys (`[...new Set(records.flatMap(Object.keys))]` in JavaScript).",
  "",
  "**Plain text.** Every text file the package ships (JSON, CSV, Markdown, SVG, JavaScript, the type declarations) is UTF-8 without a byte-order mark, and test/repo/plain-text.test.ts keeps it so. Today the data files are pure ASCII, so even a reader that assumes Windows-1252 (Excel opening a CSV by double-click) cannot garble them.",
  "",
];

/**
 * How the tools people load data with read the CSV files, with no options beyond those shown. Every cell is
 * asserted by test/clients/data-types.test.ts, which runs each tool on the packed tarball's files.
 */
const CLIENTS_SECTION: readonly string[] = [
  "## Reading the CSV files: what each tool makes of them",
  "",
  "The CSV columns are laid out so that the common tools, left to guess the types, guess right:",
  "",
  `- **Dates of month precision are never turned into a day.** Tools that detect dates (d3's \`autoType\`, readr, DuckDB, csvkit, pandas' \`parse_dates\`) would read \`2019-10\` as 1 October 2019. So a date is split: \`published_date\` holds an ISO day only when a source gives the day; \`published_year\` and \`published_month\` are integers whenever the month is known; \`published_precision\` is \`day\` or \`month\` (empty when unknown); likewise \`fieldwork_start_*\`. Splitting was chosen over keeping \`2019-10\` as text beside a precision column because d3's \`autoType\` turns any \`YYYY-MM\` text into a \`Date\` whatever another column says; whole numbers and a day-only date column are read the same way everywhere. The JSON files keep the single \`"2019-10"\` / \`"2019-10-28"\` form.`,
  '- **`known` is `TRUE`/`FALSE`.** Base R\'s `read.csv` reads only `TRUE`/`FALSE` (or `T`/`F`) as logical, d3\'s `autoType` only `true`/`false`: no spelling suits both. Upper case was chosen because R and spreadsheets are the CSV files\' main readers (JavaScript users have the typed JSON and the package itself), and readr, pandas, DuckDB and csvkit read it as a boolean too. In d3 it stays the text `"TRUE"`/`"FALSE"`, both truthy: compare with `"TRUE"` (or test `rating !== null`).',
  `- **"Not rated" is \`not-rated\`, unknown is empty.** \`none\`, \`NA\`, \`null\`, \`n/a\` and \`nan\` are read as missing by csvkit, pandas or R, which would merge the two.`,
  "- **No text cell starts a formula.** A text cell that would start with `=`, `+`, `-`, `@`, TAB or CR is written with a leading `'` (OWASP's rule against CSV injection), so a spreadsheet shows it as text instead of evaluating it; numbers are never prefixed. No value in the shipped files starts so; the rule guards the CSV the command line writes from a user's own data (`--format csv`), which also writes control and bidi characters as visible escapes (see SECURITY.md).",
  "- **Standard numbers are labels:** `standard_heading` is the report's heading, `4.1 Unpaid work`; a bare `4.1` is read as a decimal by all of them.",
  "",
  "| tool, as called | `known` | `published_date` (day known / not) | `published_year`, `published_month` | `overall`: unknown / not rated | `standard_heading` |",
  "| --- | --- | --- | --- | --- | --- |",
  '| base R `read.csv(file)` | logical | character / `""` | integer, `NA` when unknown | `""` / `"not-rated"` | character |',
  '| base R `read.csv(file, na.strings = "")` | logical | character / `NA` | integer | `NA` / `"not-rated"` | character |',
  '| readr `read_csv(file)` | logical | Date / `NA` | double | `NA` / `"not-rated"` | character |',
  '| pandas `read_csv(file)` | bool | object (str) / NaN; with `parse_dates=["published_date"]` datetime64 / NaT | int64, or float64 when some are unknown | NaN / `"not-rated"` | object (str) |',
  "| DuckDB `read_csv('file')` | BOOLEAN | DATE / NULL | BIGINT | NULL / `'not-rated'` | VARCHAR |",
  '| d3 `csvParse(text, autoType)` | string `"TRUE"`/`"FALSE"` | Date (UTC midnight) / null | number / null | null / `"not-rated"` | string |',
  '| csvkit (`csvsql`, `csvjson`, agate) | Boolean | Date / null | Number | null / `"not-rated"` | Text |',
  "",
  "One caveat: csvkit (agate) reads a whole-number column whose values are all `0`, `1` or empty as Boolean; the `count_*` columns can be such (for example `count_outstanding`, all zeros today). Give csvkit `--no-inference` and cast them, or read them with another tool.",
  "",
];

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
    `- Inspection records: ${inspections.length} (${rated.length} rated-framework, ${inspections.length - rated.length} Quality & Impact: one record per provider an inspection covered, so ${new Set(inspections.filter((i) => i.framework === "quality-and-impact").map(areaInspectionKey)).size} area inspections).`,
    `- Standard ratings sourced: **${known} of ${total}** (${pct(known, total)}). A further ${counted.length} inspection(s) have rating counts that cover all their standards without naming each one, and ${partial.length} have partial counts (bounds such as "at least three Outstanding") that narrow their scores: ${partial.map((i) => `\`${i.id}\``).join(", ")}.`,
    `- Overall ratings known: ${rated.filter((i) => i.overall !== undefined && i.overall !== "not-rated").length} of ${rated.length} rated-framework inspections (${rated.filter((i) => i.overall === "not-rated").length} not rated by HMI Probation, ${rated.filter((i) => i.overall === undefined).length} rated but not yet sourced).`,
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
        `| ${round} | ${kind} | ${group.length} | ${RATINGS.map(n).join(" | ")} | ${group.filter((i) => i.overall === "not-rated").length} | ${group.filter((i) => i.overall === undefined).length} | ${k} of ${group.length * 10} |`,
      );
    }
  }
  lines.push(
    "",
    "## By programme",
    "",
    "Inspections in the dataset against what sources say existed. A Quality & Impact inspection covered one area's CRC and NPS division at once and has a record for each provider a source names.",
    "",
    "| programme | records | inspections | CRC | NPS | what sources say existed |",
    "| --- | --- | --- | --- | --- | --- |",
    ...PROGRAMMES.map((p) => {
      const group = inspections.filter(p.select);
      const distinct = new Set(group.map((i) => (i.round === null ? areaInspectionKey(i) : i.id))).size;
      const crc = group.filter((i) => i.providerKind === "crc").length;
      return `| ${p.name} | ${group.length} | ${distinct} | ${crc} | ${group.length - crc} | ${p.existed} |`;
    }),
    "",
    "## Known unknowns",
    "",
    ...KNOWN_UNKNOWNS.map((k) => `- ${k}`),
    "",
    "## Each inspection",
    "",
    "| inspection | provider | published | fieldwork | overall | standards known | counts | partial counts | caseload | sources |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  );
  for (const i of inspections) {
    const n = standardsFor(i.framework, i.providerKind, i.round).length;
    lines.push(
      `| \`${i.id}\` | ${markdownCell(names.get(i.providerId) ?? i.providerId)} | ${i.published ?? "—"} | ${i.fieldworkStart ?? "—"} | ${
        i.overall === "not-rated" ? "not rated" : i.overall === undefined ? "unknown" : ratingLabel(i.overall)
      } | ${n === 0 ? "n/a" : `${Object.keys(i.standards).length} of ${n}`} | ${yes(i.ratingCounts)} | ${i.partialCounts === undefined ? "—" : i.partialCounts.map(partialCountText).join("; ")} | ${yes(i.caseload)} | ${i.evidence.length} |`,
    );
  }
  lines.push("");
  return lines.join("\n");
}

/** `"a" | "b" | …`: the ids as a literal union type, wrapped for a readable generated file. */
function idUnion(records: readonly { readonly id: string }[]): string {
  return records.map((r) => `\n  | ${JSON.stringify(r.id)}`).join("");
}

/**
 * The dataset module: each file's records as `JSON.parse` of one string literal, which V8 parses several
 * times faster than the same data written as an object literal, typed with the ids as literal unions (so
 * `ProviderId` and `InspectionId` complete in editors). src/data/dataset.ts freezes it.
 */
function generatedModule(
  providers: readonly Provider[],
  inspections: readonly Inspection[],
  owners: readonly Owner[],
): string {
  const literal = (records: readonly unknown[]): string => JSON.stringify(JSON.stringify(records));
  return [
    "// Generated by scripts/generate.ts from data/providers.json, data/inspections.json and data/owners.json. Do not edit.",
    "// The records as JSON.parse of a string (cheaper to load than an object literal), typed with literal ids;",
    "// src/data/dataset.ts freezes them.",
    'import type { Inspection, Owner, Provider } from "../records.generated.js";',
    "",
    `type OwnerIdLiteral =${idUnion(owners)};`,
    "",
    `type ProviderIdLiteral =${idUnion(providers)};`,
    "",
    `type InspectionIdLiteral =${idUnion(inspections)};`,
    "",
    "export const PROVIDERS: readonly (Provider & { readonly id: ProviderIdLiteral })[] =",
    `  /* @__PURE__ */ JSON.parse(${literal(providers)});`,
    "",
    "export const INSPECTIONS: readonly (Inspection & {",
    "  readonly id: InspectionIdLiteral;",
    "  readonly providerId: ProviderIdLiteral;",
    "})[] =",
    `  /* @__PURE__ */ JSON.parse(${literal(inspections)});`,
    "",
    "export const OWNERS: readonly (Owner & { readonly id: OwnerIdLiteral })[] =",
    `  /* @__PURE__ */ JSON.parse(${literal(owners)});`,
    "",
  ].join("\n");
}

/** The areas module: the police force areas and the coverage rows, as JSON.parse of a string. */
function areasModule(file: AreasFile): string {
  const literal = (value: unknown): string => JSON.stringify(JSON.stringify(value));
  return [
    "// Generated by scripts/generate.ts from data/areas.json. Do not edit.",
    'import type { AreaCodeList, AreaCoverage, PoliceForceArea } from "../records.generated.js";',
    "",
    `export const AREA_CODE_LIST: AreaCodeList = /* @__PURE__ */ JSON.parse(${literal(file.codeList)});`,
    "",
    `export const POLICE_FORCE_AREAS: readonly PoliceForceArea[] = /* @__PURE__ */ JSON.parse(${literal(file.areas)});`,
    "",
    `export const AREA_COVERAGE: readonly AreaCoverage[] = /* @__PURE__ */ JSON.parse(${literal(file.coverage)});`,
    "",
  ].join("\n");
}

const readJson = (root: string, path: string): unknown => JSON.parse(readFileSync(join(root, path), "utf8"));

/**
 * Reads and validates data/providers.json, data/inspections.json and data/owners.json under `root`: the
 * parsed records, or one `data/<file>: <path>: <message>` line per problem.
 */
export function readDataset(root: string):
  | {
      readonly ok: true;
      readonly providers: readonly Provider[];
      readonly inspections: readonly Inspection[];
      readonly owners: readonly Owner[];
    }
  | { readonly ok: false; readonly issues: readonly string[] } {
  const result = validateDataset({
    providers: readJson(root, "data/providers.json"),
    inspections: readJson(root, "data/inspections.json"),
    owners: readJson(root, "data/owners.json"),
  });
  return result.ok
    ? { ok: true, providers: result.providers, inspections: result.inspections, owners: result.owners ?? [] }
    : {
        ok: false,
        issues: result.issues.map((i: DatasetIssue) => `data/${i.file}: ${formatPath(i.path)}: ${i.message}`),
      };
}

/** Builds every generated file from the data files under `root`. */
export async function buildOutputs(root: string): Promise<BuildResult> {
  const pkg = readJson(root, "package.json") as { name: string; version: string; description: string };
  const data = readDataset(root);
  if (!data.ok) return { files: new Map(), issues: data.issues, tables: [] };
  // Canonical forms: the parsed records (key order as in the schema) in publication order.
  const { providers, owners } = data;
  const inspections = [...data.inspections].sort(publicationOrder);

  const inspectionSchema = jsonSchema(Inspections, "inspections.schema.json");
  const providerSchema = jsonSchema(Providers, "providers.schema.json");
  const ownerSchema = jsonSchema(Owners, "owners.schema.json");
  const tables = [
    inspectionsTable(inspections, providers, describer(inspectionSchema), owners),
    ratingsTable(inspections),
    providersTable(providers, describer(providerSchema), owners),
    ownersTable(owners, providers, inspections, describer(ownerSchema)),
  ] as readonly Table<unknown>[];

  const areaData = readAreas(root, providers);
  if (!areaData.ok) return { files: new Map(), issues: areaData.issues, tables: [] };
  const areas = areaData.file;
  const areasSchema = jsonSchema(AreasFile, "areas.schema.json");
  const coverageSchema = z.toJSONSchema(AreaCoverage, { io: "input", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  const allTables = [
    ...tables,
    areasTable(areas),
    providerAreasTable(areas, describer(coverageSchema)),
    areaRatingsTable(areas, providers, inspections),
  ] as readonly Table<unknown>[];

  const files = new Map<string, string | Uint8Array>();
  files.set("data/providers.json", json(providers));
  files.set("data/areas.json", json(areas));
  files.set("data/schema/areas.schema.json", json(areasSchema));
  files.set("data/inspections.json", json(inspections));
  files.set("data/owners.json", json(owners));
  files.set("data/schema/inspections.schema.json", json(inspectionSchema));
  files.set("data/schema/providers.schema.json", json(providerSchema));
  files.set("data/schema/owners.schema.json", json(ownerSchema));
  for (const t of allTables) files.set(`data/${t.name}.csv`, csvTable(t.columns, t.rows));
  for (const t of allTables) files.set(parquetPath(t), parquetFile(t));
  files.set(DATABASE, await sqliteDatabase(allTables, VIEWS));
  files.set("datapackage.json", datapackage(pkg, allTables, files));
  files.set(
    "docs/codebook.md",
    codebook(inspectionSchema, providerSchema, ownerSchema, allTables, coverageSchema),
  );
  files.set("docs/coverage.md", `${coverage(inspections, providers)}${areaCoverageReport(areas, providers)}`);
  files.set("src/data/areas.generated.ts", areasModule(areas));
  files.set("src/data/dataset.generated.ts", generatedModule(providers, inspections, owners));
  files.set("src/records.generated.ts", recordTypesModule());
  for (const chart of CHARTS) {
    files.set(
      chart.file,
      ratingsHeatmapSvg(inspections, { providers, round: chart.round, kind: chart.kind }),
    );
  }
  for (const map of MAPS) {
    files.set(
      map.file,
      ratingsTileMapSvg(inspections, {
        areas: areas.areas,
        coverage: areas.coverage,
        providers,
        round: map.round,
        kind: map.kind,
      }),
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
  return { files, issues: [], tables: allTables };
}
