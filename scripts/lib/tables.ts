// The published tables: their columns, with Frictionless field types and descriptions.
// Descriptions of record fields come from the zod schema's metadata (via its JSON Schema).

import { parsePartialDate } from "../../src/internal/partialDate.js";
import { NOT_RATED } from "../../src/ratings/NOT_RATED.js";
import { RATINGS } from "../../src/ratings/RATINGS.js";
import { ratingLabel } from "../../src/ratings/ratingLabel.js";
import type { Evidence, Inspection, Owner, Provider } from "../../src/schema/index.js";
import { FRAMEWORKS, ROUNDS, STANDARD_CATALOGUE } from "../../src/standards/catalogue.js";
import { standardsFor } from "../../src/standards/standardsFor.js";

export type FieldType = "string" | "integer" | "boolean" | "date";

/**
 * What an empty cell (CSV ''; SQLite and Parquet NULL) means in a column: `unknown` (the value exists but no source
 * read so far states it), `not applicable` (the column does not apply to the row) or `none` (there is nothing:
 * no notes, no partial counts). A column that is never empty is `required` instead. "Not rated by HMI Probation"
 * is never an empty: it is the value `not-rated`.
 */
export type Empty = "unknown" | "not applicable" | "none";

/** A view of the SQLite database: a query over the tables, with what it answers. */
export interface View {
  readonly name: string;
  readonly description: string;
  readonly sql: string;
}

export interface Column<T> {
  readonly name: string;
  readonly type: FieldType;
  readonly description: string;
  readonly enum?: readonly string[];
  readonly pattern?: string;
  /** Never empty (Frictionless `required`; NOT NULL in SQLite, REQUIRED in Parquet). */
  readonly required?: boolean;
  /** What an empty cell means; every column that is not `required` says. */
  readonly empty?: Empty;
  /** Inclusive bounds of an integer column (Frictionless `minimum`/`maximum` constraints). */
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value: (row: T) => string | number | boolean | null | undefined;
}

export interface Table<T> {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly columns: readonly Column<T>[];
  readonly rows: readonly T[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys?: readonly { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

type Describe = (field: string) => string;

/**
 * One date field of day or month precision as four columns, so that no client silently turns a month into the
 * 1st of that month (d3's autoType and date parsers read "2019-10" as 2019-10-01):
 * `<name>_date` holds an ISO date only when the source gives the day; `<name>_year` and `<name>_month` are
 * integers whenever the month is known; `<name>_precision` says which (`day`, `month`, or empty when unknown).
 */
function partialDateColumns(
  name: string,
  what: string,
  field: (i: Inspection) => string | undefined,
): Column<Inspection>[] {
  const parts = (i: Inspection) => parsePartialDate(field(i));
  return [
    {
      name: `${name}_date`,
      type: "date",
      empty: "unknown",
      description: `${what}, as an ISO 8601 date (YYYY-MM-DD), only when a source gives the day; empty when only the month is known (see ${name}_year, ${name}_month) or nothing is.`,
      value: (i) => (parts(i)?.day === undefined ? undefined : field(i)),
    },
    {
      name: `${name}_year`,
      type: "integer",
      minimum: 2000,
      maximum: 2100,
      empty: "unknown",
      description: `The year of ${what.toLowerCase()}, whenever at least the month is known; empty when unknown.`,
      value: (i) => parts(i)?.year,
    },
    {
      name: `${name}_month`,
      type: "integer",
      minimum: 1,
      maximum: 12,
      empty: "unknown",
      description: `The month (1–12) of ${what.toLowerCase()}, whenever it is known; empty when unknown.`,
      value: (i) => parts(i)?.month,
    },
    {
      name: `${name}_precision`,
      type: "string",
      enum: ["day", "month"],
      empty: "unknown",
      description: `How precisely a source states ${what.toLowerCase()}: day (${name}_date is filled) or month (only ${name}_year and ${name}_month are); empty when unknown.`,
      value: (i) => {
        const p = parts(i);
        return p === undefined ? undefined : p.day === undefined ? "month" : "day";
      },
    },
  ];
}

/**
 * One source as a CSV cell fragment: its URL, and for a copy whose document it copies, so that a reader sees
 * that it is a copy and can cite the original: "https://docslib.org/… (copy of HM Inspectorate of Probation)".
 */
export function sourceCell(e: Pick<Evidence, "url" | "copyOf">): string {
  if (e.copyOf === undefined) return e.url;
  const { publisher, title, url } = e.copyOf;
  return `${e.url} (copy of ${publisher}${title === undefined ? "" : `: ${title}`}${url === undefined ? "" : `, original ${url}`})`;
}

/** The sources of a record (those that state `field`, when given), each once, separated by "; ". */
export const sourcesFor = (
  record: {
    readonly evidence: readonly (Pick<Evidence, "url" | "copyOf"> & { readonly fields: readonly string[] })[];
  },
  field?: string,
): string =>
  [
    ...new Set(
      record.evidence.filter((e) => field === undefined || e.fields.includes(field)).map(sourceCell),
    ),
  ].join("; ");

const SOURCES_FORMAT =
  "separated by '; '; a copy (a document-mirror site, a staging host, a reproduction) is followed by '(copy of <publisher>[: <title>][, original <url>])', naming whose document it copies";

const PARTIAL_PATTERN =
  "^[a-z-]+(\\|[a-z-]+)*(>=\\d+|<=\\d+|=\\d+|:\\d+\\.\\.\\d+)(; [a-z-]+(\\|[a-z-]+)*(>=\\d+|<=\\d+|=\\d+|:\\d+\\.\\.\\d+))*$";

/** One partial count as a CSV cell fragment: "good|outstanding>=6", "inadequate<=1", "good=2", "good:2..4". */
function partialCountCell(p: NonNullable<Inspection["partialCounts"]>[number]): string {
  const which = p.ratings.join("|");
  if (p.min !== undefined && p.max !== undefined) {
    return p.min === p.max ? `${which}=${p.min}` : `${which}:${p.min}..${p.max}`;
  }
  return p.min !== undefined ? `${which}>=${p.min}` : `${which}<=${p.max}`;
}

export function inspectionsTable(
  inspections: readonly Inspection[],
  providers: readonly Provider[],
  describe: Describe,
  owners: readonly Owner[],
): Table<Inspection> {
  const names = new Map(providers.map((p) => [p.id, p.name]));
  const ownerNames = new Map(owners.map((o) => [o.id, o.name]));
  const count = (r: (typeof RATINGS)[number]): Column<Inspection> => ({
    name: `count_${r.replaceAll("-", "_")}`,
    type: "integer",
    empty: "not applicable",
    description: `Number of standards rated ${ratingLabel(r)}, where a source gives only counts (ratingCounts); empty otherwise.`,
    value: (i) => i.ratingCounts?.[r],
  });
  return {
    name: "inspections",
    title: "Inspections",
    description: "One row per inspection. Standard-level ratings are in ratings.csv.",
    primaryKey: ["id"],
    foreignKeys: [
      { fields: ["provider_id"], reference: { resource: "providers", fields: ["id"] } },
      { fields: ["owner_id"], reference: { resource: "owners", fields: ["id"] } },
    ],
    rows: inspections,
    columns: [
      { name: "id", type: "string", required: true, description: describe("id"), value: (i) => i.id },
      {
        name: "provider_id",
        type: "string",
        required: true,
        description: describe("providerId"),
        value: (i) => i.providerId,
      },
      {
        name: "provider_name",
        type: "string",
        required: true,
        description: "The provider's name as HMI Probation wrote it (from providers.csv).",
        value: (i) => names.get(i.providerId),
      },
      {
        name: "provider_kind",
        type: "string",
        enum: ["crc", "nps"],
        required: true,
        description: describe("providerKind"),
        value: (i) => i.providerKind,
      },
      {
        name: "framework",
        type: "string",
        enum: [...FRAMEWORKS],
        required: true,
        description: describe("framework"),
        value: (i) => i.framework,
      },
      {
        name: "round",
        type: "string",
        enum: [...ROUNDS],
        empty: "not applicable",
        description: describe("round"),
        value: (i) => i.round,
      },
      {
        name: "area",
        type: "string",
        empty: "not applicable",
        description: describe("area"),
        value: (i) => i.area,
      },
      ...partialDateColumns(
        "fieldwork_start",
        "The start of the inspection's fieldwork",
        (i) => i.fieldworkStart,
      ),
      ...partialDateColumns("published", "The report's publication", (i) => i.published),
      {
        name: "overall",
        type: "string",
        enum: [...RATINGS, NOT_RATED],
        empty: "unknown",
        description: `The overall rating as a key; '${NOT_RATED}' when HMI Probation gave no rating (see not_rated_reason); empty when a rating was given but no source read so far states it.`,
        value: (i) => i.overall,
      },
      {
        name: "overall_label",
        type: "string",
        empty: "unknown",
        description:
          "The overall rating in HMI Probation's wording; 'Not rated' when it gave none; empty when unknown.",
        value: (i) =>
          i.overall === NOT_RATED ? "Not rated" : i.overall ? ratingLabel(i.overall) : undefined,
      },
      {
        name: "not_rated_reason",
        type: "string",
        empty: "not applicable",
        description: describe("notRatedReason"),
        value: (i) => i.notRatedReason,
      },
      {
        name: "standards_known",
        type: "integer",
        required: true,
        description: "How many of the framework's standards have a sourced rating in ratings.csv.",
        value: (i) => Object.keys(i.standards).length,
      },
      {
        name: "standards_total",
        type: "integer",
        required: true,
        description:
          "How many standards the framework rates for this kind of provider (10; 0 for Quality & Impact).",
        value: (i) => standardsFor(i.framework, i.providerKind, i.round).length,
      },
      ...RATINGS.map(count),
      {
        name: "partial_counts",
        type: "string",
        pattern: PARTIAL_PATTERN,
        empty: "none",
        description:
          "Bounds on rating counts a source states without naming the standards (partialCounts), separated by '; ': the rating keys counted together joined by '|', then '>=N' (at least), '<=N' (at most), '=N' (exactly) or ':N..M' (from N to M). For example 'outstanding>=3; good|outstanding>=6'. Empty when there are none.",
        value: (i) => i.partialCounts?.map(partialCountCell).join("; "),
      },
      {
        name: "caseload",
        type: "integer",
        empty: "unknown",
        description: "People supervised, as the source put it (see caseload_qualifier); empty when unknown.",
        value: (i) => i.caseload?.value,
      },
      {
        name: "caseload_qualifier",
        type: "string",
        enum: ["exact", "more-than", "nearly", "around", "approximately"],
        empty: "not applicable",
        description: "How the source qualified the caseload figure; empty when the caseload is unknown.",
        value: (i) => i.caseload?.qualifier,
      },
      {
        name: "owner_id",
        type: "string",
        empty: "unknown",
        description: describe("owner"),
        value: (i) => i.owner,
      },
      {
        name: "owner_name",
        type: "string",
        empty: "unknown",
        description: "The owner's name (from owners.csv); empty when the owner is unknown.",
        value: (i) => (i.owner === undefined ? undefined : ownerNames.get(i.owner)),
      },
      {
        name: "owner_as_named",
        type: "string",
        empty: "unknown",
        description: describe("ownerAsNamed"),
        value: (i) => i.ownerAsNamed,
      },
      {
        name: "chief_inspector",
        type: "string",
        empty: "unknown",
        description: describe("chiefInspector"),
        value: (i) => i.chiefInspector,
      },
      {
        name: "report_url",
        type: "string",
        empty: "unknown",
        description: describe("reportUrl"),
        value: (i) => i.reportUrl,
      },
      {
        name: "sources",
        type: "string",
        required: true,
        description: `The URLs of every source of the record, ${SOURCES_FORMAT} (which fields each supports is in inspections.json).`,
        value: (i) => sourcesFor(i),
      },
      { name: "notes", type: "string", empty: "none", description: describe("notes"), value: (i) => i.notes },
    ],
  };
}

export interface RatingRow {
  readonly inspection: Inspection;
  readonly standard: (typeof STANDARD_CATALOGUE)[number]["standards"][number];
}

export function ratingsTable(inspections: readonly Inspection[]): Table<RatingRow> {
  const rows: RatingRow[] = [];
  for (const inspection of inspections) {
    const edition = STANDARD_CATALOGUE.find(
      (e) =>
        e.framework === inspection.framework &&
        e.kind === inspection.providerKind &&
        e.round === inspection.round,
    );
    for (const standard of edition?.standards ?? []) rows.push({ inspection, standard });
  }
  return {
    name: "ratings",
    title: "Standard ratings",
    description:
      "Tidy table: one row per inspection and standard of its framework, with the rating when a source states it and empty otherwise (known = false). Unknown is never zero.",
    primaryKey: ["inspection_id", "standard"],
    foreignKeys: [{ fields: ["inspection_id"], reference: { resource: "inspections", fields: ["id"] } }],
    rows,
    columns: [
      {
        name: "inspection_id",
        type: "string",
        required: true,
        description: "The inspection (inspections.csv id).",
        value: (r) => r.inspection.id,
      },
      {
        name: "provider_id",
        type: "string",
        required: true,
        description: "The provider (providers.csv id).",
        value: (r) => r.inspection.providerId,
      },
      {
        name: "provider_kind",
        type: "string",
        enum: ["crc", "nps"],
        required: true,
        description: "crc or nps.",
        value: (r) => r.inspection.providerKind,
      },
      {
        name: "round",
        type: "string",
        enum: [...ROUNDS],
        required: true,
        description: "The rated round.",
        value: (r) => r.inspection.round,
      },
      {
        name: "standard",
        type: "string",
        required: true,
        description: "The standard's key.",
        value: (r) => r.standard.id,
      },
      {
        name: "standard_heading",
        type: "string",
        empty: "unknown",
        description:
          "The standard's number and name as the report heads it (e.g. '4.1 Unpaid work'): a label, never a number (as a bare '4.1' it would be read as a decimal); empty where the numbering is not verified.",
        value: (r) => (r.standard.number === null ? undefined : `${r.standard.number} ${r.standard.name}`),
      },
      {
        name: "standard_name",
        type: "string",
        required: true,
        description: "The report's name for the standard.",
        value: (r) => r.standard.name,
      },
      {
        name: "rating",
        type: "string",
        enum: [...RATINGS],
        empty: "unknown",
        description: "The standard's rating as a key; empty when no source read so far states it.",
        value: (r) => r.inspection.standards[r.standard.id],
      },
      {
        name: "rating_label",
        type: "string",
        empty: "unknown",
        description: "The rating in HMI Probation's wording; empty when unknown.",
        value: (r) => {
          const rating = r.inspection.standards[r.standard.id];
          return rating ? ratingLabel(rating) : undefined;
        },
      },
      {
        name: "known",
        type: "boolean",
        required: true,
        description:
          "TRUE when a source states this standard's rating, FALSE otherwise (upper case, which base R's read.csv reads as logical).",
        value: (r) => (r.inspection.standards[r.standard.id] === undefined ? "FALSE" : "TRUE"),
      },
      {
        name: "sources",
        type: "string",
        empty: "none",
        description: `The URLs of the sources that state this rating, ${SOURCES_FORMAT}; empty when none does (the rating is unknown).`,
        value: (r) => sourcesFor(r.inspection, `standards.${r.standard.id}`),
      },
    ],
  };
}

export function providersTable(
  providers: readonly Provider[],
  describe: Describe,
  owners: readonly Owner[],
): Table<Provider> {
  const ownerNames = new Map(owners.map((o) => [o.id, o.name]));
  return {
    name: "providers",
    title: "Providers",
    description:
      "The 21 CRCs and the NPS divisions: the seven of 2015–2020 and the South West division HMI Probation inspected in 2021.",
    primaryKey: ["id"],
    rows: providers,
    columns: [
      { name: "id", type: "string", required: true, description: describe("id"), value: (p) => p.id },
      { name: "name", type: "string", required: true, description: describe("name"), value: (p) => p.name },
      {
        name: "kind",
        type: "string",
        enum: ["crc", "nps"],
        required: true,
        description: describe("kind"),
        value: (p) => p.kind,
      },
      {
        name: "aliases",
        type: "string",
        empty: "none",
        description: "Short names, separated by '; '.",
        value: (p) => p.aliases.join("; "),
      },
      {
        name: "areas",
        type: "string",
        empty: "unknown",
        description: "Areas covered, separated by '; '.",
        value: (p) => p.areas.join("; "),
      },
      {
        name: "owner_ids",
        type: "string",
        empty: "unknown",
        description:
          "Owners over time as owner ids (owners.csv), earliest first, separated by '; ', each with its dates in brackets where known.",
        value: (p) =>
          p.owners
            .map((o) => (o.from || o.to ? `${o.ownerId} (${o.from ?? "?"} to ${o.to ?? "?"})` : o.ownerId))
            .join("; "),
      },
      {
        name: "owner_names",
        type: "string",
        empty: "unknown",
        description: "The same owners by name (from owners.csv), separated by '; '.",
        value: (p) => p.owners.map((o) => ownerNames.get(o.ownerId) ?? o.ownerId).join("; "),
      },
      {
        name: "sources",
        type: "string",
        required: true,
        description: `The URLs of the provider record's sources, ${SOURCES_FORMAT}.`,
        value: (p) => sourcesFor(p),
      },
    ],
  };
}

export function ownersTable(
  owners: readonly Owner[],
  providers: readonly Provider[],
  inspections: readonly Inspection[],
  describe: Describe,
): Table<Owner> {
  const held = (o: Owner): string[] =>
    providers.filter((p) => p.owners.some((w) => w.ownerId === o.id)).map((p) => p.id);
  return {
    name: "owners",
    title: "Owners",
    description:
      "The companies, consortia and partnerships that owned or ran CRCs, one row per owner; providers.csv and inspections.csv refer to them by id.",
    primaryKey: ["id"],
    rows: owners,
    columns: [
      { name: "id", type: "string", required: true, description: describe("id"), value: (o) => o.id },
      { name: "name", type: "string", required: true, description: describe("name"), value: (o) => o.name },
      {
        name: "members",
        type: "string",
        empty: "unknown",
        description:
          "The companies or charities behind the owner as a source names them, separated by '; '; empty when no source read names them (unknown, not none).",
        value: (o) => o.members.join("; "),
      },
      {
        name: "provider_ids",
        type: "string",
        empty: "none",
        description:
          "The providers whose owners (providers.csv owner_ids) include this owner, separated by '; '.",
        value: (o) => held(o).join("; "),
      },
      {
        name: "inspections",
        type: "integer",
        required: true,
        description: "How many inspections in inspections.csv name this owner as the owner at the time.",
        value: (o) => inspections.filter((i) => i.owner === o.id).length,
      },
      {
        name: "sources",
        type: "string",
        required: true,
        description: `The URLs of the owner record's sources, ${SOURCES_FORMAT}.`,
        value: (o) => sourcesFor(o),
      },
      { name: "notes", type: "string", empty: "none", description: describe("notes"), value: (o) => o.notes },
    ],
  };
}

const RATING_ORDER = `CASE i.overall ${RATINGS.map((r, n) => `WHEN '${r}' THEN ${n + 1}`).join(" ")} END`;

/**
 * The views of the SQLite database (Parquet has none): the questions people ask first, over the tables above.
 */
export const VIEWS: readonly View[] = [
  {
    name: "league_tables",
    description:
      "The league table of each round and kind of provider by overall rating: one row per rated-framework inspection whose overall rating is known, ranked within its round and kind by that rating (standard competition ranking, 1224: equal ratings share a rank). Not-rated and unknown ratings are left out. The package's leagueTable() also breaks ties by the unofficial score, which this view does not compute.",
    sql: `SELECT i.round, i.provider_kind,
  RANK() OVER (PARTITION BY i.round, i.provider_kind ORDER BY ${RATING_ORDER}) AS rank,
  i.provider_id, i.provider_name, i.overall, i.overall_label, i.standards_known, i.standards_total,
  i.published_date, i.published_year, i.published_month, i.id AS inspection_id
FROM inspections AS i
WHERE i.framework = 'hmip-2018' AND i.overall IN (${RATINGS.map((r) => `'${r}'`).join(", ")})
ORDER BY i.round, i.provider_kind, rank, i.provider_name`,
  },
  {
    name: "provider_inspections",
    description:
      "Each provider's inspections over time: one row per inspection with its provider, in publication order within each provider (an unknown publication date last).",
    sql: `SELECT p.id AS provider_id, p.name AS provider_name, p.kind AS provider_kind,
  i.id AS inspection_id, i.framework, i.round, i.area,
  i.published_date, i.published_year, i.published_month, i.published_precision,
  i.overall, i.overall_label, i.not_rated_reason, i.standards_known, i.standards_total,
  i.caseload, i.caseload_qualifier, i.owner_id, i.owner_name, i.report_url
FROM providers AS p JOIN inspections AS i ON i.provider_id = p.id
ORDER BY p.id, i.published_year IS NULL, i.published_year, i.published_month, i.published_date IS NULL, i.published_date, i.id`,
  },
];
