// The police force area tables (issue 20): the areas, which provider covered which, and the per-area ratings
// join a newsroom pastes into a police-force-area base map. Registered with the other tables in build.ts.
import { areaJoin } from "../../src/internal/areaJoin.js";
import { NOT_RATED } from "../../src/ratings/NOT_RATED.js";
import { RATINGS } from "../../src/ratings/RATINGS.js";
import { ratingLabel } from "../../src/ratings/ratingLabel.js";
import type {
  AreaCoverage,
  AreasFile,
  Inspection,
  PoliceForceArea,
  Provider,
} from "../../src/schema/index.js";
import { COVERAGE_RULES } from "../../src/schema/index.js";
import { PROVIDER_KINDS, ROUNDS } from "../../src/standards/catalogue.js";
import type { Table } from "./tables.js";

type Describe = (field: string) => string;

export function areasTable(file: AreasFile): Table<PoliceForceArea> {
  const list = file.codeList;
  return {
    name: "areas",
    title: "Police force areas",
    description: `The police force areas of England and Wales, with their codes and names from ONS's "${list.name}" (read at ${list.readAt}).`,
    primaryKey: ["code"],
    rows: file.areas,
    columns: [
      {
        name: "code",
        type: "string",
        required: true,
        pattern: "^(E23|W15)\\d{6}$",
        description: "The area's ONS code: E23… in England, W15… in Wales.",
        value: (a) => a.code,
      },
      {
        name: "name",
        type: "string",
        required: true,
        description: "The area's name as the ONS code list writes it.",
        value: (a) => a.name,
      },
      {
        name: "code_list",
        type: "string",
        required: true,
        description: "The ONS code list the code and name come from.",
        value: () => list.name,
      },
      {
        name: "code_list_year",
        type: "integer",
        required: true,
        minimum: 2000,
        maximum: 2100,
        description: "The year the code list is dated.",
        value: () => list.year,
      },
    ],
  };
}

export function providerAreasTable(file: AreasFile, describe: Describe): Table<AreaCoverage> {
  const names = new Map(file.areas.map((a) => [a.code, a.name]));
  return {
    name: "provider_areas",
    title: "Provider areas",
    description:
      "Which police force areas each provider covered: one row per provider and area that a source settles, with the rule the row rests on. A provider's areas no source settles are absent here and listed in coverage.md.",
    primaryKey: ["provider_id", "area_code"],
    foreignKeys: [
      { fields: ["provider_id"], reference: { resource: "providers", fields: ["id"] } },
      { fields: ["area_code"], reference: { resource: "areas", fields: ["code"] } },
    ],
    rows: file.coverage,
    columns: [
      {
        name: "provider_id",
        type: "string",
        required: true,
        description: "The provider (providers.csv id).",
        value: (r) => r.providerId,
      },
      {
        name: "area_code",
        type: "string",
        required: true,
        pattern: "^(E23|W15)\\d{6}$",
        description: "The police force area (areas.csv code).",
        value: (r) => r.areaCode,
      },
      {
        name: "area_name",
        type: "string",
        required: true,
        description: "The area's ONS name (from areas.csv).",
        value: (r) => names.get(r.areaCode),
      },
      {
        name: "rule",
        type: "string",
        required: true,
        enum: [...COVERAGE_RULES],
        description: describe("rule"),
        value: (r) => r.rule,
      },
      { name: "note", type: "string", empty: "none", description: describe("note"), value: (r) => r.note },
      {
        name: "from",
        type: "string",
        empty: "unknown",
        description:
          "When the coverage began (YYYY-MM or YYYY-MM-DD), where a source states it; empty otherwise.",
        value: (r) => r.from,
      },
      {
        name: "to",
        type: "string",
        empty: "unknown",
        description: "When it ended (YYYY-MM or YYYY-MM-DD), where a source states it; empty otherwise.",
        value: (r) => r.to,
      },
      {
        name: "sources",
        type: "string",
        required: true,
        description: "The URLs of the row's sources, separated by spaces.",
        value: (r) => [...new Set(r.evidence.map((e) => e.url))].join(" "),
      },
    ],
  };
}

export interface AreaRatingRow {
  readonly area: PoliceForceArea;
  readonly round: (typeof ROUNDS)[number];
  readonly cells: Readonly<
    Record<
      (typeof PROVIDER_KINDS)[number],
      ReturnType<ReturnType<typeof areaJoin>["cell"]> & { readonly name?: string | undefined }
    >
  >;
}

const STATUSES = [
  "rated",
  "not-rated",
  "unknown",
  "not-inspected",
  "no-settled-provider",
  "ambiguous",
] as const;

/**
 * The join a journalist pastes into a police-force-area base map: one row per area and rated round, with the CRC
 * and the NPS division that covered it and their overall ratings in that round.
 */
export function areaRatingsTable(
  file: AreasFile,
  providers: readonly Provider[],
  inspections: readonly Inspection[],
): Table<AreaRatingRow> {
  const join = areaJoin(file.coverage, new Map(providers.map((p) => [p.id, p.kind])), inspections);
  const names = new Map(providers.map((p) => [p.id, p.name]));
  const rows: AreaRatingRow[] = [];
  for (const round of ROUNDS) {
    for (const area of file.areas) {
      const cell = (kind: (typeof PROVIDER_KINDS)[number]) => {
        const c = join.cell(area.code, kind, round);
        return { ...c, name: c.providerId === undefined ? undefined : names.get(c.providerId) };
      };
      rows.push({ area, round, cells: { crc: cell("crc"), nps: cell("nps") } });
    }
  }
  const who = { crc: "CRC", nps: "NPS division" } as const;
  const columns = PROVIDER_KINDS.flatMap((kind) => [
    {
      name: `${kind}_id`,
      type: "string" as const,
      empty: "unknown" as const,
      description: `The ${who[kind]} that covered the area in the round (providers.csv id); empty when no source settles it (see ${kind}_status).`,
      value: (r: AreaRatingRow) => r.cells[kind].providerId,
    },
    {
      name: `${kind}_name`,
      type: "string" as const,
      empty: "unknown" as const,
      description: `That ${who[kind]}'s name as HMI Probation wrote it.`,
      value: (r: AreaRatingRow) => r.cells[kind].name,
    },
    {
      name: `${kind}_inspection_id`,
      type: "string" as const,
      empty: "none" as const,
      description: `Its inspection in the round (inspections.csv id); empty when it had none.`,
      value: (r: AreaRatingRow) => r.cells[kind].inspectionId,
    },
    {
      name: `${kind}_overall`,
      type: "string" as const,
      empty: "unknown" as const,
      enum: [...RATINGS, NOT_RATED],
      description: `The inspection's overall rating as a key; '${NOT_RATED}' when HMI Probation gave none; empty otherwise (why: ${kind}_status).`,
      value: (r: AreaRatingRow) => {
        const c = r.cells[kind];
        return c.status === "not-rated" ? NOT_RATED : c.overall;
      },
    },
    {
      name: `${kind}_overall_label`,
      type: "string" as const,
      empty: "unknown" as const,
      description:
        "The overall rating in HMI Probation's wording ('Not rated' when it gave none), for a map's colour key.",
      value: (r: AreaRatingRow) => {
        const c = r.cells[kind];
        return c.status === "not-rated"
          ? "Not rated"
          : c.overall === undefined
            ? undefined
            : ratingLabel(c.overall);
      },
    },
    {
      name: `${kind}_status`,
      type: "string" as const,
      required: true,
      enum: [...STATUSES],
      description:
        "What is known: rated; not-rated (HMI Probation gave no overall rating); unknown (rated, but no source read so far states it); not-inspected (the provider had no inspection in the round); no-settled-provider (no source settles which provider covered the area: see coverage.md); ambiguous (several providers recorded).",
      value: (r: AreaRatingRow) => r.cells[kind].status,
    },
  ]);
  return {
    name: "area_ratings",
    title: "Ratings by police force area",
    description:
      "One row per police force area and rated round: the CRC and the NPS division that covered the area and their overall ratings that round. Keyed by ONS code and name, so it drops into a police-force-area base map (Datawrapper's included); docs/notebooks.md shows the steps. Empty is unknown or not applicable, never zero: the status columns say which.",
    primaryKey: ["area_code", "round"],
    foreignKeys: [{ fields: ["area_code"], reference: { resource: "areas", fields: ["code"] } }],
    rows,
    columns: [
      {
        name: "area_code",
        type: "string",
        required: true,
        pattern: "^(E23|W15)\\d{6}$",
        description: "The police force area's ONS code (areas.csv).",
        value: (r) => r.area.code,
      },
      {
        name: "area_name",
        type: "string",
        required: true,
        description: "The area's ONS name.",
        value: (r) => r.area.name,
      },
      {
        name: "round",
        type: "string",
        required: true,
        enum: [...ROUNDS],
        description: "The rated round.",
        value: (r) => r.round,
      },
      ...columns,
    ],
  };
}
