import { type AreaCell, type AreaStatus, areaJoin, type JoinInspection } from "../internal/areaJoin.js";
import { describeItem, guard, isPlainObject, own, requireArray, requireOptions } from "../internal/args.js";
import { describe } from "../internal/describe.js";
import { recordEdition } from "../internal/recordEdition.js";
import { itemAt } from "../internal/tally.js";
import { NOT_RATED, type NotRated } from "../ratings/NOT_RATED.js";
import { RATINGS, type Rating } from "../ratings/RATINGS.js";
import { ratingLabel } from "../ratings/ratingLabel.js";
import { PROVIDER_KINDS, type ProviderKind, ROUNDS, type Round } from "../standards/catalogue.js";
import { FILL, FONT, HATCH_PATTERN, OGL_NOTE } from "./palette.js";
import { escapeXml } from "./xml.js";

const FN = "ratingsTileMapSvg";
/** The most records of each kind one map reads: far more than England and Wales ever had. */
const MAX_RECORDS = 100_000;
const MAX_NAME = 60;

/**
 * Where each police force area's tile sits (column, row) and its short label: a grid that keeps England and Wales
 * recognisable (Northumbria at the top, Devon & Cornwall bottom left, Kent bottom right, Wales to the west) and
 * puts each CRC's areas on touching tiles. Keyed by ONS code.
 */
const TILES: Readonly<Record<string, readonly [col: number, row: number, label: string]>> = {
  E23000007: [4, 0, "NBR"],
  E23000002: [3, 1, "CUM"],
  E23000008: [4, 1, "DUR"],
  E23000013: [5, 1, "CLE"],
  E23000003: [3, 2, "LAN"],
  E23000009: [4, 2, "NYK"],
  E23000012: [5, 2, "HUM"],
  E23000004: [2, 3, "MER"],
  E23000005: [3, 3, "MAN"],
  E23000010: [4, 3, "WYK"],
  E23000020: [5, 3, "LIN"],
  W15000001: [1, 4, "NWA"],
  E23000006: [3, 4, "CHE"],
  E23000011: [4, 4, "SYK"],
  E23000019: [5, 4, "NOT"],
  W15000004: [1, 5, "DYP"],
  E23000016: [2, 5, "WME"],
  E23000015: [3, 5, "STA"],
  E23000018: [4, 5, "DER"],
  E23000021: [5, 5, "LEI"],
  E23000024: [6, 5, "NFK"],
  E23000025: [7, 5, "SFK"],
  W15000003: [0, 6, "SWA"],
  W15000002: [1, 6, "GWE"],
  E23000017: [2, 6, "WAR"],
  E23000014: [3, 6, "WMI"],
  E23000022: [5, 6, "NTH"],
  E23000023: [6, 6, "CAM"],
  E23000036: [1, 7, "A&S"],
  E23000037: [2, 7, "GLO"],
  E23000038: [3, 7, "WIL"],
  E23000029: [4, 7, "TV"],
  E23000026: [5, 7, "BED"],
  E23000027: [6, 7, "HRT"],
  E23000028: [7, 7, "ESX"],
  E23000035: [1, 8, "D&C"],
  E23000039: [2, 8, "DOR"],
  E23000030: [3, 8, "HAM"],
  E23000001: [5, 8, "MET"],
  E23000034: [6, 8, "CoL"],
  E23000031: [5, 9, "SUR"],
  E23000033: [6, 9, "SSX"],
  E23000032: [7, 9, "KEN"],
};

/**
 * A police force area for {@link ratingsTileMapSvg}: its ONS code and name (the records of `policeForceAreas`
 * from `crc-inspections/data`, or your own).
 *
 * @category Chart
 */
export interface TileMapArea {
  readonly code: string;
  readonly name: string;
}

/**
 * One provider–area row for {@link ratingsTileMapSvg} (the records of `areaCoverage`, or your own): `from` and
 * `to`, where given, limit the rounds the row applies to.
 *
 * @category Chart
 */
export interface TileMapCoverage {
  readonly providerId: string;
  readonly areaCode: string;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/**
 * The fields of an inspection that {@link ratingsTileMapSvg} reads; whole records work.
 *
 * @category Chart
 */
export interface TileMapInspection {
  readonly id: string;
  readonly providerId: string;
  readonly framework: string;
  readonly round: Round | null;
  readonly overall?: Rating | NotRated | undefined;
}

/**
 * Options of {@link ratingsTileMapSvg}.
 *
 * @category Chart
 */
export interface RatingsTileMapOptions {
  /** The police force areas to draw, by ONS code (each must be one of the 43 of England and Wales). */
  readonly areas: readonly TileMapArea[];
  /** Which provider covered which area. */
  readonly coverage: readonly TileMapCoverage[];
  /** The providers: their `id`, `name` (for tooltips) and `kind`. */
  readonly providers: readonly { readonly id: string; readonly name: string; readonly kind: ProviderKind }[];
  /** The round whose ratings are drawn. */
  readonly round: Round;
  /** Which providers' ratings are drawn: the CRCs (`"crc"`) or the NPS divisions (`"nps"`). */
  readonly kind: ProviderKind;
  /** The title drawn above the map; a title naming the round and kind by default. */
  readonly title?: string | undefined;
}

const truncate = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

const WIDTH = 600;
const TILE = 60;
const STEP = 66;
const PAD = 20;
/** The grid is eight tiles wide, centred: (600 - 8 × 66 + 6) / 2. */
const MAP_X = 39;
const MAP_Y = 100;
/** The longest title that fits 600 pixels at 16 px. */
const MAX_TITLE = 56;
const LEGEND_W = 26;

type TileKind = Rating | Exclude<AreaStatus, "rated">;

const STATUS_TEXT: Readonly<Record<Exclude<AreaStatus, "rated">, string>> = {
  unknown: "Unknown: no source states it yet",
  "not-rated": "Not rated overall by HMI Probation",
  "not-inspected": "Not inspected in this round",
  "no-settled-provider": "Gap: no source settles the provider",
  ambiguous: "Several providers recorded",
};

/** A tile (or a legend swatch) of the given kind: its background shape and the mark drawn on it. */
function tile(
  x: number,
  y: number,
  size: number,
  kind: TileKind,
): { shape: string; mark: string; ink: string } {
  switch (kind) {
    case "unknown":
      return {
        shape: `<rect x="${x}" y="${y}" width="${size}" height="${size}" fill="url(#unknown-hatch)" stroke="#B0B0B0"/>`,
        mark: "?",
        ink: "#333333",
      };
    case "not-rated":
      return {
        shape: `<rect x="${x + 0.5}" y="${y + 0.5}" width="${size - 1}" height="${size - 1}" fill="#FFFFFF" stroke="#333333" stroke-dasharray="4 3"/>`,
        mark: "NR",
        ink: "#333333",
      };
    case "not-inspected":
      return {
        shape: `<rect x="${x}" y="${y}" width="${size}" height="${size}" fill="#E6E6E6"/>`,
        mark: "–",
        ink: "#4D4D4D",
      };
    case "no-settled-provider":
      return {
        shape: `<rect x="${x + 1}" y="${y + 1}" width="${size - 2}" height="${size - 2}" fill="#FFFFFF" stroke="#8C8C8C" stroke-width="2" stroke-dasharray="2 3"/>`,
        mark: "gap",
        ink: "#4D4D4D",
      };
    case "ambiguous":
      return {
        shape: `<rect x="${x + 1}" y="${y + 1}" width="${size - 2}" height="${size - 2}" fill="#FFFFFF" stroke="#8C8C8C" stroke-width="2"/>`,
        mark: "≠",
        ink: "#4D4D4D",
      };
    default:
      return {
        shape: `<rect x="${x}" y="${y}" width="${size}" height="${size}" fill="${FILL[kind].fill}"/>`,
        mark: FILL[kind].short,
        ink: FILL[kind].text,
      };
  }
}

/** A string field of a record (own properties only); `TypeError` when it is not a string. */
function text(record: object, key: string, where: string): string {
  const value = own(record, key);
  if (typeof value !== "string")
    throw new TypeError(`${FN}: ${where}.${key} must be a string, got ${describe(value)}`);
  return value;
}

/** An optional string field; `TypeError` when present and not a string. */
function optionalText(record: object, key: string, where: string): string | undefined {
  return own(record, key) === undefined ? undefined : text(record, key, where);
}

/** The objects of an array option, checked one by one with `read`. */
function readList<T>(given: object, key: string, read: (item: object, where: string) => T): T[] {
  const list = requireArray(own(given, key), FN, `options.${key}`);
  if (list.length > MAX_RECORDS) {
    throw new RangeError(`${FN}: options.${key} has more than ${MAX_RECORDS} items`);
  }
  const out: T[] = [];
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    const where = `options.${key}[${i}]`;
    if (!isPlainObject(item))
      throw new TypeError(`${FN}: ${where} must be an object, got ${describeItem(list, i)}`);
    out.push(read(item, where));
  }
  return out;
}

function readInspection(list: readonly unknown[], i: number): JoinInspection {
  const record = itemAt(list, i, FN);
  const where = `inspections[${i}]`;
  const { framework, round } = recordEdition(record, where, FN);
  const overall = own(record, "overall");
  if (overall !== undefined && overall !== NOT_RATED && !(RATINGS as readonly unknown[]).includes(overall)) {
    throw new RangeError(`${FN}: ${where}.overall ${describe(overall)} is not a rating key`);
  }
  return {
    id: text(record, "id", where),
    providerId: text(record, "providerId", where),
    framework,
    round,
    overall: overall as Rating | NotRated | undefined,
  };
}

/**
 * Draws a tile map of HMI Probation's overall ratings for one round and kind of provider as a standalone SVG
 * document: one square tile per police force area of England and Wales, laid out on a grid that keeps the two
 * countries recognisable, each coloured by the overall rating of the provider that covered it. A thick outline
 * runs round each provider's group of tiles, so a CRC's or division's areas read as one block. Colours, letters
 * (O, G, RI, I) and the grey hatching of unknown ratings are the heat map's ({@link ratingsHeatmapSvg}): Okabe–Ito's
 * colour-blind-safe blue–orange, readable without colour. A tile whose provider no source settles is drawn as a
 * dashed "gap", never guessed; a provider not inspected in the round is a plain grey "–" tile; one HMI Probation did
 * not rate overall is dashed "NR". Every tile carries its short label and a `<title>` tooltip with the area's name
 * and code, the provider and its rating; a legend, a source line and the licence line close the map. The output is
 * a pure function of the arguments, 600 pixels wide, all text XML-escaped and long names truncated with "…".
 *
 * @param inspections - The inspections whose overall ratings are drawn (records from the dataset or your own).
 *   Only rated-framework inspections of the chosen round count. Not mutated.
 * @param options - `areas`, `coverage` and `providers` (from `crc-inspections/data`, or your own), the `round`
 *   and `kind` to draw, and a `title`.
 * @returns An SVG document as a string, starting with `<svg`: one tile per area given. A title longer than 56
 *   characters is cut with "…".
 * @throws `TypeError` when `inspections` or one of the list options is not an array or holds a non-object, when
 *   `options` is missing or not an object or a record's string field is not a string; `RangeError` naming the value for an
 *   unknown option, a missing or unknown `round` or `kind`, an area code with no tile (not one of the 43), an area
 *   given twice, a provider kind, framework, round or rating that is not one, or a list of more than 100,000
 *   items. Records are read as own properties only.
 * @example
 * ```ts
 * // The shipped dataset: the CRCs of 2018/19.
 * const svg = ratingsTileMapSvg(inspections, {
 *   areas: policeForceAreas, coverage: areaCoverage, providers, round: "2018/19", kind: "crc",
 * });
 * [svg.startsWith("<svg"), svg.includes("Cleveland (E23000013)")];
 * //=> [true, true]
 * ```
 *
 * @category Chart
 */
export function ratingsTileMapSvg(
  inspections: readonly TileMapInspection[],
  options: RatingsTileMapOptions,
): string {
  return guard(FN, () => draw(inspections, options));
}

function draw(inspections: readonly TileMapInspection[], options: RatingsTileMapOptions): string {
  const list = requireArray(inspections, FN, "inspections");
  if (list.length > MAX_RECORDS) throw new RangeError(`${FN}: more than ${MAX_RECORDS} inspections`);
  if (options === undefined) {
    throw new TypeError(`${FN}: options are required: { areas, coverage, providers, round, kind }`);
  }
  const given = requireOptions(options, FN, ["areas", "coverage", "providers", "round", "kind", "title"]);
  const round = own(given, "round");
  if (!(ROUNDS as readonly unknown[]).includes(round))
    throw new RangeError(`${FN}: unknown round ${describe(round)}`);
  const kind = own(given, "kind");
  if (!(PROVIDER_KINDS as readonly unknown[]).includes(kind)) {
    throw new RangeError(`${FN}: unknown provider kind ${describe(kind)}`);
  }
  const givenTitle = own(given, "title");
  if (givenTitle !== undefined && typeof givenTitle !== "string") {
    throw new TypeError(`${FN}: options.title must be a string, got ${describe(givenTitle)}`);
  }
  const areas = readList(given, "areas", (a, where) => ({
    code: text(a, "code", where),
    name: text(a, "name", where),
  }));
  const seen = new Set<string>();
  areas.forEach((a, i) => {
    if (TILES[a.code] === undefined || !Object.hasOwn(TILES, a.code)) {
      throw new RangeError(
        `${FN}: options.areas[${i}].code ${describe(a.code)} is not a police force area with a tile`,
      );
    }
    if (seen.has(a.code))
      throw new RangeError(`${FN}: options.areas[${i}].code ${describe(a.code)} is given twice`);
    seen.add(a.code);
  });
  const coverage = readList(given, "coverage", (c, where) => ({
    providerId: text(c, "providerId", where),
    areaCode: text(c, "areaCode", where),
    from: optionalText(c, "from", where),
    to: optionalText(c, "to", where),
  }));
  const providers = readList(given, "providers", (p, where) => {
    const k = own(p, "kind");
    if (!(PROVIDER_KINDS as readonly unknown[]).includes(k)) {
      throw new RangeError(`${FN}: ${where}.kind ${describe(k)} is not a provider kind`);
    }
    return { id: text(p, "id", where), name: text(p, "name", where), kind: k as ProviderKind };
  });
  const records: JoinInspection[] = [];
  for (let i = 0; i < list.length; i++) records.push(readInspection(list, i));

  const names = new Map(providers.map((p) => [p.id, p.name]));
  const join = areaJoin(coverage, new Map(providers.map((p) => [p.id, p.kind])), records);
  const who = kind === "crc" ? "Community Rehabilitation Companies" : "National Probation Service divisions";
  const title = truncate(givenTitle ?? "HMI Probation overall ratings by police force area", MAX_TITLE);
  const subtitle = `${who}, ${round}`;

  const cells = new Map<string, AreaCell>(
    areas.map((a) => [a.code, join.cell(a.code, kind as ProviderKind, round as Round)]),
  );
  const kindOf = (cell: AreaCell): TileKind =>
    cell.status === "rated" ? (cell.overall as Rating) : cell.status;
  // Which tile stands at each grid point, and whose group it belongs to (a gap is a group of its own).
  const at = new Map<string, string>();
  for (const a of areas) {
    const [c, r] = TILES[a.code] as readonly [number, number, string];
    at.set(`${c},${r}`, a.code);
  }
  const groupOf = (code: string | undefined): string | undefined => {
    if (code === undefined) return undefined;
    return cells.get(code)?.providerId ?? `gap ${code}`;
  };

  const rows = Math.max(0, ...areas.map((a) => (TILES[a.code] as readonly [number, number, string])[1])) + 1;
  const mapBottom = MAP_Y + rows * STEP;
  const present = new Set<TileKind>(areas.map((a) => kindOf(cells.get(a.code) as AreaCell)));
  const legendItems: TileKind[] = [
    ...RATINGS,
    "unknown",
    "not-rated",
    "not-inspected",
    "no-settled-provider",
    ...(present.has("ambiguous") ? (["ambiguous"] as const) : []),
  ];
  const legendY = mapBottom + 14;
  const legendRowH = LEGEND_W + 8;
  const legendCols = 2;
  const legendRows = Math.ceil(legendItems.length / legendCols);
  const footY = legendY + legendRows * legendRowH + 18;
  const height = footY + 48;

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="map-title map-desc" font-family="${FONT}">`,
    `<title id="map-title">${escapeXml(title)}</title>`,
    `<desc id="map-desc">${escapeXml(
      `Tile map: one square per police force area of England and Wales (${areas.length} drawn), coloured by the overall rating of the ${kind === "crc" ? "CRC" : "NPS division"} that covered it in ${round}. Thick outlines group each provider's areas.`,
    )}</desc>`,
    `<defs>${HATCH_PATTERN}</defs>`,
    `<rect width="${WIDTH}" height="${height}" fill="#FFFFFF"/>`,
    `<text x="${PAD}" y="30" font-size="16" font-weight="600" fill="#1A1A1A">${escapeXml(title)}</text>`,
    `<text x="${PAD}" y="50" font-size="14" fill="#1A1A1A">${escapeXml(subtitle)}</text>`,
    `<text x="${PAD}" y="70" font-size="11" fill="#4D4D4D">One tile per police force area; thick outlines group each provider's areas.</text>`,
    `<text x="${PAD}" y="85" font-size="11" fill="#4D4D4D">O Outstanding, G Good, RI Requires improvement, I Inadequate. Hover a tile for its name.</text>`,
  ];

  out.push(`<g class="tiles">`);
  for (const a of [...areas].sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0))) {
    const [c, r, label] = TILES[a.code] as readonly [number, number, string];
    const x = MAP_X + c * STEP;
    const y = MAP_Y + r * STEP;
    const cell = cells.get(a.code) as AreaCell;
    const k = kindOf(cell);
    const { shape, mark, ink } = tile(x, y, TILE, k);
    const provider =
      cell.providerId === undefined
        ? undefined
        : truncate(names.get(cell.providerId) ?? cell.providerId, MAX_NAME);
    const what =
      cell.status === "rated"
        ? `${provider}: ${ratingLabel(cell.overall as Rating)} (${cell.inspectionId})`
        : cell.status === "no-settled-provider" || cell.status === "ambiguous"
          ? STATUS_TEXT[cell.status]
          : `${provider}: ${STATUS_TEXT[cell.status]}${cell.inspectionId === undefined ? "" : ` (${cell.inspectionId})`}`;
    const tip = `${truncate(a.name, MAX_NAME)} (${a.code}): ${what}`;
    out.push(
      `<g class="tile ${k}" data-area="${escapeXml(a.code)}"><title>${escapeXml(tip)}</title>${shape}`,
      `<text x="${x + TILE / 2}" y="${y + 16}" text-anchor="middle" font-size="11" fill="${ink}">${escapeXml(label)}</text>`,
      `<text x="${x + TILE / 2}" y="${y + 42}" text-anchor="middle" font-size="${mark.length > 2 ? 12 : 17}" font-weight="700" fill="${ink}">${escapeXml(mark)}</text></g>`,
    );
  }
  out.push(`</g>`);

  // Provider outlines: a thick edge wherever the tile on the other side belongs to another group (or is absent).
  const edges: string[] = [];
  const half = (STEP - TILE) / 2;
  for (const a of areas) {
    const [c, r] = TILES[a.code] as readonly [number, number, string];
    const group = groupOf(a.code);
    const x0 = MAP_X + c * STEP - half;
    const y0 = MAP_Y + r * STEP - half;
    const x1 = x0 + STEP;
    const y1 = y0 + STEP;
    const sides: readonly [number, number, string][] = [
      [0, -1, `M${x0} ${y0}H${x1}`],
      [0, 1, `M${x0} ${y1}H${x1}`],
      [-1, 0, `M${x0} ${y0}V${y1}`],
      [1, 0, `M${x1} ${y0}V${y1}`],
    ];
    for (const [dc, dr, d] of sides) {
      if (groupOf(at.get(`${c + dc},${r + dr}`)) !== group) edges.push(d);
    }
  }
  out.push(
    `<path class="provider-outlines" d="${edges.join("")}" fill="none" stroke="#1A1A1A" stroke-width="3" stroke-linecap="square"/>`,
  );

  out.push(`<g class="legend" font-size="11" fill="#1A1A1A">`);
  legendItems.forEach((item, i) => {
    const x = PAD + (i % legendCols) * ((WIDTH - 2 * PAD) / legendCols);
    const y = legendY + Math.floor(i / legendCols) * legendRowH;
    const { shape, mark, ink } = tile(x, y, LEGEND_W, item);
    const label =
      item in FILL ? ratingLabel(item as Rating) : STATUS_TEXT[item as Exclude<AreaStatus, "rated">];
    out.push(
      `<g class="legend-item ${item}">${shape}<text x="${x + LEGEND_W / 2}" y="${y + LEGEND_W / 2 + 4}" text-anchor="middle" font-size="${mark.length > 2 ? 8 : 11}" font-weight="700" fill="${ink}">${escapeXml(mark)}</text>`,
      `<text x="${x + LEGEND_W + 8}" y="${y + LEGEND_W / 2 + 4}">${escapeXml(label)}</text></g>`,
    );
  });
  out.push(`</g>`);
  out.push(
    `<text x="${PAD}" y="${footY}" font-size="10" fill="#4D4D4D">Source: crc-inspections, from HM Inspectorate of Probation reports and press releases;</text>`,
    `<text x="${PAD}" y="${footY + 14}" font-size="10" fill="#4D4D4D">police force areas and codes from ONS. Gaps and hatched tiles are unknown, never guessed.</text>`,
    `<text x="${PAD}" y="${footY + 28}" font-size="10" fill="#4D4D4D">${escapeXml(OGL_NOTE)}</text>`,
    `</svg>`,
    "",
  );
  return out.join("\n");
}
