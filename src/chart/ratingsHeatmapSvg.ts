import {
  describeItem,
  guard,
  isPlainObject,
  own,
  ownItem,
  requireArray,
  requireOptions,
} from "../internal/args.js";
import { describe } from "../internal/describe.js";
import { type Assessment, assess, type EvidenceInput } from "../internal/evidence.js";
import { partialCountText } from "../internal/partialCountText.js";
import { recordEdition } from "../internal/recordEdition.js";
import { itemAt } from "../internal/tally.js";
import { HMIP_2018_SCHEME } from "../ratings/HMIP_2018_SCHEME.js";
import { NOT_RATED, type NotRated } from "../ratings/NOT_RATED.js";
import { RATINGS, type Rating } from "../ratings/RATINGS.js";
import { ratingLabel } from "../ratings/ratingLabel.js";
import type { Inspection } from "../records.generated.js";
import {
  PROVIDER_KINDS,
  type ProviderKind,
  ROUNDS,
  type Round,
  STANDARD_CATALOGUE,
  STANDARD_IDS,
  type StandardId,
} from "../standards/catalogue.js";
import { FILL, FONT, HATCH_PATTERN, OGL_NOTE } from "./palette.js";
import { escapeXml } from "./xml.js";

const FN = "ratingsHeatmapSvg";
/** The most inspections one chart draws: 10,000 rows are already a 280,000-pixel-tall SVG of some 30 MB. */
const MAX_ROWS = 10_000;

/**
 * The fields of an `Inspection` (from `crc-inspections/schema`) that {@link ratingsHeatmapSvg} reads; whole records work.
 *
 * @category Chart
 */
export type HeatmapInspection = Pick<
  Inspection,
  "id" | "providerId" | "providerKind" | "framework" | "round" | "standards"
> & {
  readonly overall?: Rating | NotRated | undefined;
  readonly ratingCounts?: Inspection["ratingCounts"] | undefined;
  readonly partialCounts?: Inspection["partialCounts"] | undefined;
};

/**
 * Options of {@link ratingsHeatmapSvg}.
 *
 * @category Chart
 */
export interface RatingsHeatmapOptions {
  /** Providers to take row labels from (their `name`); without them rows are labelled by `providerId`. */
  readonly providers?: readonly { readonly id: string; readonly name: string }[] | undefined;
  /** Only inspections of this round (`"2018/19"`, `"2019/20"` or `"2020/21"`). */
  readonly round?: Round | undefined;
  /** Only inspections of this kind of provider (`"crc"` or `"nps"`). */
  readonly kind?: ProviderKind | undefined;
  /** The title drawn above the chart; a title naming the round and kind by default. */
  readonly title?: string | undefined;
}

const CELL_W = 58;
const CELL_H = 26;
const GAP = 2;
const OVERALL_GAP = 14;
const OVERALL_W = 92;
const PAD = 20;
const LABEL_FONT = 12;
const HEADER_FONT = 12;
const MAX_LABEL = 72;
const COUNTS_W = 120;
const SUBTITLE =
  "One row per inspection, one column per standard, then the overall rating. O Outstanding, G Good, RI Requires improvement, I Inadequate.";
const SOURCE_NOTE =
  "Source: crc-inspections, from HM Inspectorate of Probation reports and press releases. Hatched cells are not yet sourced: unknown, never zero.";

/** The longest title drawn; a longer one is cut and ends in `…`. */
const MAX_TITLE = 200;
/** The longest provider name or id a tooltip repeats; a longer one is cut and ends in `…`. */
const MAX_TIP = 120;
/** How much of a row's label and id the sort reads: rows that agree that far keep their input order. */
const MAX_SORT_KEY = 200;

/** A generous estimate of a sans-serif text's width, so labels are never clipped. */
const textWidth = (text: string, size: number): number => Math.ceil(text.length * size * 0.6);
/** A closer estimate for long running text, whose end may fall short without harm. */
const proseWidth = (text: string, size: number): number => Math.ceil(text.length * size * 0.56);

const shorten = (name: string): string =>
  name
    .replace(/\bCommunity Rehabilitation Company\b/, "CRC")
    .replace(/\bNational Probation Service\b/, "NPS");

/** `text` cut to `max` characters ending in `…` when longer (never between the halves of a surrogate pair). */
const truncate = (text: string, max: number): string => {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text.charAt(max - 2)) ? max - 2 : max - 1;
  return `${text.slice(0, end).trimEnd()}…`;
};

interface Column {
  readonly id: StandardId;
  readonly label: string;
  readonly kinds: readonly ProviderKind[];
}

function columnsFor(kinds: readonly ProviderKind[], rounds: readonly Round[]): Column[] {
  const editions = STANDARD_CATALOGUE.filter((e) => kinds.includes(e.kind) && rounds.includes(e.round));
  const columns = new Map<
    StandardId,
    { label: string; numbers: Set<string | null>; kinds: Set<ProviderKind> }
  >();
  for (const edition of editions) {
    for (const s of edition.standards) {
      const column = columns.get(s.id) ?? { label: s.name, numbers: new Set(), kinds: new Set() };
      column.numbers.add(s.number);
      column.kinds.add(edition.kind);
      columns.set(s.id, column);
    }
  }
  // Report order: shared, then CRC-only, then NPS-only (the catalogue's STANDARD_IDS order).
  const order = STANDARD_CATALOGUE.flatMap((e) => e.standards.map((s) => s.id));
  return [...columns.entries()]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([id, c]) => {
      const [number] = [...c.numbers];
      const label =
        c.numbers.size === 1 && number !== null && number !== undefined ? `${number} ${c.label}` : c.label;
      return { id, label, kinds: PROVIDER_KINDS.filter((k) => c.kinds.has(k)) };
    });
}

function defaultTitle(rounds: readonly Round[], kinds: readonly ProviderKind[]): string {
  const who =
    kinds.length === 1
      ? kinds[0] === "crc"
        ? "Community Rehabilitation Companies"
        : "National Probation Service divisions"
      : "CRCs and NPS divisions";
  const when =
    rounds.length < 2 ? (rounds[0] ?? "2018–2021") : `${rounds.slice(0, -1).join(", ")} and ${rounds.at(-1)}`;
  return `HMI Probation ratings: ${who}, ${when}`;
}

const hatchPattern = HATCH_PATTERN;

type CellKind = Rating | "unknown" | "n/a" | "not-rated";

function cell(x: number, y: number, w: number, kind: CellKind, tooltip: string): string {
  const title = `<title>${escapeXml(tooltip)}</title>`;
  const cx = x + w / 2;
  const ty = y + CELL_H / 2 + 4;
  const text = (label: string, fill: string, extra = ""): string =>
    `<text x="${cx}" y="${ty}" text-anchor="middle" fill="${fill}"${extra}>${label}</text>`;
  switch (kind) {
    case "unknown":
      return `<g class="cell unknown">${title}<rect x="${x}" y="${y}" width="${w}" height="${CELL_H}" fill="url(#unknown-hatch)" stroke="#B0B0B0"/>${text("?", "#4D4D4D")}</g>`;
    case "n/a":
      return `<g class="cell na">${title}<rect x="${x}" y="${y}" width="${w}" height="${CELL_H}" fill="#FFFFFF" stroke="#E0E0E0"/>${text("n/a", "#8C8C8C", ' font-size="10"')}</g>`;
    case "not-rated":
      return `<g class="cell not-rated">${title}<rect x="${x + 0.5}" y="${y + 0.5}" width="${w - 1}" height="${CELL_H - 1}" fill="#FFFFFF" stroke="#333333" stroke-dasharray="4 3"/>${text("not rated", "#333333", ' font-size="11" font-style="italic"')}</g>`;
    default: {
      const style = FILL[kind];
      return `<g class="cell ${kind}">${title}<rect x="${x}" y="${y}" width="${w}" height="${CELL_H}" fill="${style.fill}"/>${text(style.short, style.text, ' font-weight="600"')}</g>`;
    }
  }
}

/**
 * Draws an inspection-by-standard heat map of ratings as a standalone SVG document: one row per inspection
 * (providers down the side), one column per standard in report order, and the overall rating in a column of its
 * own. Each rated cell carries its colour and a short label (O, G, RI, I), so it reads without colour too; the
 * palette is Okabe–Ito's colour-blind-safe blue–orange. A standard whose rating no source states is grey and
 * hatched with a "?"; a standard that does not apply to the provider's kind (when CRCs and NPS divisions are
 * mixed) is an "n/a" cell; an inspection HMI Probation did not rate overall has a dashed "not rated" cell.
 * Every cell has a `<title>` tooltip, and a legend explains the cells. The tooltips draw on the same model of
 * the evidence as {@link scoreInspection}: an unknown standard's says which ratings the evidence still allows it
 * ({@link possibleStandardRatings}), and the overall cell's gives the unofficial score range under the default
 * scheme, narrowed by all the evidence (partial counts and the overall rating included).
 *
 * Only inspections of the rated framework (`"hmip-2018"`) are drawn; Quality & Impact inspections rated no
 * standards and are skipped. Rows are sorted by label (provider name, then round). The columns are the ten
 * standards of the provider kind shown, or all twelve when both kinds are. The output is a pure function of the
 * arguments: no dates, no randomness, all text XML-escaped.
 *
 * @param inspections - The inspections to draw (records from the dataset or your own). Not mutated.
 * @param options - `providers` for row labels, `round` and `kind` filters, and a `title`.
 * @returns An SVG document as a string, starting with `<svg`. When no inspection is left to draw, a small SVG
 *   that says so.
 * @throws `TypeError` when `inspections` is not an array (an array-like is not one) or holds a non-object (a
 *   hole in a sparse array included), when `options` is not an object, `title` not a string or `providers` not an
 *   array of `{ id, name }` strings, or a drawn record's `id`, `providerId` or `standards` has the wrong type;
 *   `RangeError` naming the value for an unknown option, `round` or `kind`, a record's unknown framework, round or
 *   kind, a rating that is not a rating key, rating counts that are not non-negative integers, or more than 10,000
 *   inspections left to draw; and the errors of {@link scoreInspection} for a drawn record whose evidence does not
 *   hold together (partial counts included). Records are read as own properties only.
 * @example
 * ```ts
 * // The shipped dataset: the NPS divisions' 2018/19 ratings, one row per division.
 * const svg = ratingsHeatmapSvg(inspections, { providers, round: "2018/19", kind: "nps" });
 * [svg.startsWith("<svg"), svg.includes("NPS in Wales")];
 * //=> [true, true]
 * ```
 *
 * @example
 * ```ts
 * ratingsHeatmapSvg([]).startsWith("<svg");
 * //=> true
 * const svg = ratingsHeatmapSvg([{ id: "x-crc-2018-19", providerId: "x-crc", providerKind: "crc",
 *   framework: "hmip-2018", round: "2018/19", overall: "good", standards: { leadership: "good" } }]);
 * svg.includes("<title>x-crc, 2018/19: Leadership: Good</title>");
 * //=> true
 * ```
 *
 * @category Chart
 */
export function ratingsHeatmapSvg(
  inspections: readonly HeatmapInspection[],
  options: RatingsHeatmapOptions = {},
): string {
  return guard(FN, () => draw(inspections, options));
}

/** "; partial counts: at least 3 Outstanding, …" for a tooltip, or "" (read after `assess` has checked them). */
function partialTextOf(record: object): string {
  const given = own(record, "partialCounts");
  if (!Array.isArray(given)) return "";
  const text = given.map((p: object) =>
    partialCountText({
      ratings: [...(own(p, "ratings") as Rating[])],
      min: own(p, "min") as number | undefined,
      max: own(p, "max") as number | undefined,
    }),
  );
  return `; partial counts: ${text.join(", ")}`;
}

/** An inspection to draw, read from a record's own properties and checked. */
interface Row {
  readonly id: string;
  readonly providerId: string;
  readonly providerKind: ProviderKind;
  readonly round: Round;
  readonly overall: Rating | NotRated | undefined;
  readonly standards: Readonly<Partial<Record<StandardId, Rating>>>;
  readonly ratingCounts: Readonly<Record<Rating, number>> | undefined;
  /** "; partial counts: at least 3 Outstanding", or "". */
  readonly partialText: string;
  /** What the evidence allows, from the one model that scoreInspection and possibleStandardRatings read. */
  readonly assessed: Assessment;
}

const isRatingKey = (value: unknown): value is Rating => (RATINGS as readonly unknown[]).includes(value);

/** A string field of a record (own properties only); `TypeError` when it is not a string. */
function text(record: object, key: string, where: string): string {
  const value = own(record, key);
  if (typeof value !== "string")
    throw new TypeError(`${FN}: ${where}.${key} must be a string, got ${describe(value)}`);
  return value;
}

/**
 * The row of `inspections[i]`, or `undefined` when it is not drawn (not of the rated framework, or filtered out by
 * round or kind). Only what is drawn is read, as own properties, and checked.
 */
function readRow(
  inspections: readonly unknown[],
  i: number,
  round: Round | undefined,
  kind: ProviderKind | undefined,
): Row | undefined {
  const record = itemAt(inspections, i, FN);
  const where = `inspections[${i}]`;
  const { framework, round: rowRound } = recordEdition(record, where, FN);
  const providerKind = own(record, "providerKind");
  if (!(PROVIDER_KINDS as readonly unknown[]).includes(providerKind)) {
    throw new RangeError(`${FN}: ${where}.providerKind ${describe(providerKind)} is not a provider kind`);
  }
  if (framework !== "hmip-2018" || rowRound === null) return undefined;
  if ((round !== undefined && rowRound !== round) || (kind !== undefined && providerKind !== kind))
    return undefined;
  const overall = own(record, "overall");
  if (overall !== undefined && overall !== NOT_RATED && !isRatingKey(overall)) {
    throw new RangeError(`${FN}: ${where}.overall ${describe(overall)} is not a rating key`);
  }
  const given = own(record, "standards") ?? {};
  if (typeof given !== "object" || given === null) {
    throw new TypeError(`${FN}: ${where}.standards must be an object, got ${describe(given)}`);
  }
  // Null prototype: the drawing code reads it with plain property access.
  const standards: Partial<Record<StandardId, Rating>> = Object.create(null);
  for (const id of STANDARD_IDS) {
    const rating = own(given, id);
    if (rating === undefined) continue;
    if (!isRatingKey(rating)) {
      throw new RangeError(`${FN}: ${where}.standards.${id} ${describe(rating)} is not a rating key`);
    }
    standards[id] = rating;
  }
  const counts = own(record, "ratingCounts");
  let ratingCounts: Record<Rating, number> | undefined;
  if (counts !== undefined) {
    if (typeof counts !== "object" || counts === null) {
      throw new TypeError(`${FN}: ${where}.ratingCounts must be an object, got ${describe(counts)}`);
    }
    ratingCounts = { outstanding: 0, good: 0, "requires-improvement": 0, inadequate: 0 };
    for (const r of RATINGS) {
      const n = own(counts, r);
      if (typeof n !== "number" || !Number.isInteger(n) || n < 0) {
        throw new RangeError(
          `${FN}: ${where}.ratingCounts.${r} ${describe(n)} is not a non-negative integer`,
        );
      }
      ratingCounts[r] = n;
    }
  }
  return {
    id: text(record, "id", where),
    providerId: text(record, "providerId", where),
    providerKind: providerKind as ProviderKind,
    round: rowRound as Round,
    overall,
    standards,
    ratingCounts,
    partialText: partialTextOf(record),
    // Checks the rest of the record (partial counts, counts against the standards) and scores it.
    assessed: assess(record as EvidenceInput, HMIP_2018_SCHEME, FN, where),
  };
}

/** Reads and checks the options. */
function readOptions(options: unknown): {
  readonly round: Round | undefined;
  readonly kind: ProviderKind | undefined;
  readonly title: string | undefined;
  readonly names: ReadonlyMap<string, string>;
} {
  const given = requireOptions(options, FN, ["providers", "round", "kind", "title"]);
  const round = own(given, "round");
  if (round !== undefined && !(ROUNDS as readonly unknown[]).includes(round)) {
    throw new RangeError(`${FN}: unknown round ${describe(round)}`);
  }
  const kind = own(given, "kind");
  if (kind !== undefined && !(PROVIDER_KINDS as readonly unknown[]).includes(kind)) {
    throw new RangeError(`${FN}: unknown provider kind ${describe(kind)}`);
  }
  const title = own(given, "title");
  if (title !== undefined && typeof title !== "string") {
    throw new TypeError(`${FN}: options.title must be a string, got ${describe(title)}`);
  }
  const names = new Map<string, string>();
  const providers = own(given, "providers");
  if (providers !== undefined) {
    const list = requireArray(providers, FN, "providers");
    for (let i = 0; i < list.length; i++) {
      const provider = ownItem(list, i);
      if (!isPlainObject(provider)) {
        throw new TypeError(`${FN}: options.providers[${i}] must be an object, got ${describeItem(list, i)}`);
      }
      names.set(
        text(provider, "id", `options.providers[${i}]`),
        text(provider, "name", `options.providers[${i}]`),
      );
    }
  }
  return { round: round as Round | undefined, kind: kind as ProviderKind | undefined, title, names };
}

function draw(inspections: readonly HeatmapInspection[], options: RatingsHeatmapOptions): string {
  const list = requireArray(inspections, FN, "inspections");
  const { round, kind, names, title: givenTitle } = readOptions(options);
  const rows: Row[] = [];
  for (let i = 0; i < list.length; i++) {
    const row = readRow(list, i, round, kind);
    if (row === undefined) continue;
    if (rows.length === MAX_ROWS) {
      throw new RangeError(
        `${FN}: more than ${MAX_ROWS} inspections to draw, more than one chart can show (filter by round or kind)`,
      );
    }
    rows.push(row);
  }
  const rounds = ROUNDS.filter((r) => rows.some((i) => i.round === r));
  const kinds = PROVIDER_KINDS.filter((k) => rows.some((i) => i.providerKind === k));
  const title = truncate(
    givenTitle ?? defaultTitle(round !== undefined ? [round] : rounds, kind === undefined ? kinds : [kind]),
    MAX_TITLE,
  );

  if (rows.length === 0) {
    const width = Math.max(360, textWidth(title, 16) + 2 * PAD);
    return [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="80" viewBox="0 0 ${width} 80" role="img" aria-labelledby="chart-title">`,
      `<title id="chart-title">${escapeXml(title)}</title>`,
      `<rect width="${width}" height="80" fill="#FFFFFF"/>`,
      `<text x="${PAD}" y="32" font-family="${FONT}" font-size="16" font-weight="600" fill="#1A1A1A">${escapeXml(title)}</text>`,
      `<text x="${PAD}" y="58" font-family="${FONT}" font-size="12" fill="#4D4D4D">No rated inspections to show.</text>`,
      `</svg>`,
      "",
    ].join("\n");
  }

  const showRound = rounds.length > 1;
  // Names and ids are cut before they are repeated (a row's label, its dozen tooltips) or compared (the sort), so
  // a long name costs its length once, not once per cell or per comparison.
  const labelled = rows
    .map((i, index) => {
      const name = shorten(truncate(names.get(i.providerId) ?? i.providerId, MAX_TIP + 100));
      const full = showRound ? `${name}, ${i.round}` : name;
      const key = `${i.providerKind} ${full.slice(0, MAX_SORT_KEY).toLowerCase()} ${i.id.slice(0, MAX_SORT_KEY)}`;
      return { inspection: i, full, tip: `${truncate(name, MAX_TIP)}, ${i.round}`, key, index };
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index));
  const columns = columnsFor(kinds, rounds);

  const labelW = Math.max(...labelled.map((r) => textWidth(truncate(r.full, MAX_LABEL), LABEL_FONT)));
  const gridX = PAD + labelW + 10;
  const headerRise = Math.ceil(
    Math.max(...columns.map((c) => proseWidth(c.label, HEADER_FONT))) * Math.SQRT1_2,
  );
  const titleH = 58;
  const gridY = titleH + headerRise + 18;
  const overallX = gridX + columns.length * (CELL_W + GAP) + OVERALL_GAP;
  const gridBottom = gridY + labelled.length * (CELL_H + GAP);
  const showCounts = labelled.some((r) => r.inspection.ratingCounts !== undefined);
  const countsX = overallX + OVERALL_W + OVERALL_GAP;
  const legendY = gridBottom + 22;
  const legendItems: { kind: CellKind; label: string }[] = [
    ...RATINGS.map((r) => ({ kind: r, label: ratingLabel(r) })),
    { kind: "unknown", label: "Unknown: no source read so far states it" },
    ...(kinds.length > 1 ? [{ kind: "n/a" as const, label: "Does not apply to this kind of provider" }] : []),
    { kind: "not-rated", label: "Not rated overall by HMI Probation" },
  ];
  const gridRight = showCounts ? countsX + COUNTS_W : overallX + OVERALL_W;
  const lastHeaderReach = (showCounts ? countsX : overallX) + headerRise;
  const width = Math.ceil(
    Math.max(
      gridRight + PAD,
      lastHeaderReach + PAD,
      textWidth(title, 18) + 2 * PAD,
      proseWidth(SUBTITLE, 12) + 2 * PAD,
      proseWidth(SOURCE_NOTE, 11) + 2 * PAD,
    ),
  );
  // The legend wraps into rows that fit the chart's width.
  const legendRows: { kind: CellKind; label: string; x: number }[][] = [[]];
  let lx = PAD;
  for (const item of legendItems) {
    const w = (item.kind === "not-rated" ? OVERALL_W : CELL_W) + 8 + proseWidth(item.label, 11) + 22;
    const current = legendRows[legendRows.length - 1] as { kind: CellKind; label: string; x: number }[];
    if (lx + w > width - PAD && current.length > 0) {
      legendRows.push([]);
      lx = PAD;
    }
    (legendRows[legendRows.length - 1] as typeof current).push({ ...item, x: lx });
    lx += w;
  }
  const footY = legendY + legendRows.length * (CELL_H + 10) + 12;
  const height = footY + 34;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title chart-desc" font-family="${FONT}">`,
    `<title id="chart-title">${escapeXml(title)}</title>`,
    `<desc id="chart-desc">${escapeXml(
      `Heat map of HMI Probation ratings: ${labelled.length} inspection(s) down the side, ${columns.length} standards and the overall rating across. Hatched grey cells are ratings no source read so far states.`,
    )}</desc>`,
    `<defs>${hatchPattern}</defs>`,
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>`,
    `<text x="${PAD}" y="30" font-size="18" font-weight="600" fill="#1A1A1A">${escapeXml(title)}</text>`,
    `<text x="${PAD}" y="50" font-size="12" fill="#4D4D4D">${escapeXml(SUBTITLE)}</text>`,
  );

  // Column headers, rotated 45° up and to the right from the foot of each column.
  out.push(`<g class="column-headers" font-size="${HEADER_FONT}" fill="#1A1A1A">`);
  const headerAt = (x: number, label: string): string =>
    `<text transform="translate(${x} ${gridY - 8}) rotate(-45)">${escapeXml(label)}</text>`;
  columns.forEach((c, j) => {
    out.push(headerAt(gridX + j * (CELL_W + GAP) + CELL_W / 2 - 4, c.label));
  });
  out.push(
    `<text x="${overallX + OVERALL_W / 2}" y="${gridY - 8}" text-anchor="middle" font-weight="700">Overall</text>`,
  );
  if (showCounts) {
    out.push(
      `<text x="${countsX}" y="${gridY - 22}" font-size="11" fill="#4D4D4D">Standards known</text>`,
      `<text x="${countsX}" y="${gridY - 8}" font-size="11" fill="#4D4D4D">only as counts</text>`,
    );
  }
  out.push(`</g>`);

  // Rows.
  out.push(`<g class="rows" font-size="${LABEL_FONT}">`);
  labelled.forEach(({ inspection: i, full, tip }, r) => {
    const stillPossible = i.assessed.unknownRatings.map(ratingLabel).join(", ");
    const y = gridY + r * (CELL_H + GAP);
    const shown = truncate(full, MAX_LABEL);
    const counts =
      i.ratingCounts === undefined
        ? ""
        : `; rating counts: ${RATINGS.map((k) => `${i.ratingCounts?.[k] ?? 0} ${ratingLabel(k)}`).join(", ")}`;
    out.push(
      `<g class="row" data-inspection="${escapeXml(i.id)}">`,
      `<text x="${gridX - 10}" y="${y + CELL_H / 2 + 4}" text-anchor="end" fill="#1A1A1A"><title>${escapeXml(
        `${tip} (${truncate(i.id, MAX_TIP)})${counts}`,
      )}</title>${escapeXml(shown)}</text>`,
    );
    columns.forEach((c, j) => {
      const x = gridX + j * (CELL_W + GAP);
      const applies = c.kinds.includes(i.providerKind);
      const rating = i.standards[c.id];
      const kindOfCell: CellKind = !applies ? "n/a" : rating === undefined ? "unknown" : rating;
      const name = c.label.replace(/^[\d.]+ /, "");
      const what = !applies
        ? "does not apply"
        : rating === undefined
          ? `unknown (no source read so far states it); the evidence allows: ${stillPossible}`
          : ratingLabel(rating);
      out.push(cell(x, y, CELL_W, kindOfCell, `${tip}: ${name}: ${what}`));
    });
    const overall = i.overall;
    const overallKind: CellKind = overall === undefined ? "unknown" : overall;
    const overallWhat =
      overall === NOT_RATED
        ? "not rated by HMI Probation"
        : overall === undefined
          ? "unknown (no source read so far states it)"
          : ratingLabel(overall);
    const a = i.assessed;
    const score = `; unofficial score ${a.exact ?? `${a.min}–${a.max}`} of ${a.total * HMIP_2018_SCHEME.points.outstanding}${
      a.contradiction === undefined ? "" : ", which contradicts the overall rating under the scheme"
    }`;
    out.push(
      cell(
        overallX,
        y,
        OVERALL_W,
        overallKind,
        `${tip}: Overall: ${overallWhat}${counts}${i.partialText}${score}`,
      ),
    );
    if (showCounts && i.ratingCounts !== undefined) {
      const tally = i.ratingCounts;
      const short = RATINGS.filter((k) => tally[k] > 0)
        .map((k) => `${tally[k]} ${FILL[k].short}`)
        .join(", ");
      out.push(
        `<text x="${countsX}" y="${y + CELL_H / 2 + 4}" font-size="11" fill="#333333"><title>${escapeXml(
          `${tip}: the standards' ratings are known only as counts${counts.replace(/^; rating counts/, "")}`,
        )}</title>${escapeXml(short)}</text>`,
      );
    }
    out.push(`</g>`);
  });
  out.push(`</g>`);

  // Legend.
  out.push(`<g class="legend" font-size="11" fill="#1A1A1A">`);
  legendRows.forEach((items, k) => {
    const y = legendY + k * (CELL_H + 10);
    for (const item of items) {
      const w = item.kind === "not-rated" ? OVERALL_W : CELL_W;
      out.push(
        cell(item.x, y, w, item.kind, item.label),
        `<text x="${item.x + w + 8}" y="${y + CELL_H / 2 + 4}">${escapeXml(item.label)}</text>`,
      );
    }
  });
  out.push(`</g>`);
  out.push(
    `<text x="${PAD}" y="${footY}" font-size="11" fill="#4D4D4D">${escapeXml(SOURCE_NOTE)}</text>`,
    `<text x="${PAD}" y="${footY + 16}" font-size="11" fill="#4D4D4D">${escapeXml(OGL_NOTE)}</text>`,
    `</svg>`,
    "",
  );
  return out.join("\n");
}
