import { roundIndex } from "../../internal/chronology.js";
import { isRating } from "../../ratings/isRating.js";
import { parseRating } from "../../ratings/parseRating.js";
import type { Rating } from "../../ratings/RATINGS.js";
import { ratingLabel } from "../../ratings/ratingLabel.js";
import type { Inspection, Provider } from "../../schema/index.js";
import { STANDARD_CATALOGUE, STANDARD_IDS, type StandardId } from "../../standards/catalogue.js";
import { standardsFor } from "../../standards/standardsFor.js";
import {
  choiceOption,
  expectPositionals,
  kindOption,
  listOf,
  parseCommandArgs,
  roundOption,
} from "../args.js";
import type { Command } from "../command.js";
import { UsageError } from "../errors.js";
import { loadDataset } from "../load.js";
import { type CsvColumn, FORMATS, shortName, type TextColumn, writeRows } from "../output.js";

const HELP = `Usage: crc-inspections ratings [--rating RATING] [--standard STANDARD|overall] [--overall RATING]
                               [--round ROUND] [--kind crc|nps] [--format table|csv|json|md] [--data FILE]

Every known rating, one row per inspection and standard (and one for the overall rating), filtered:
say, every Inadequate rating (--rating inadequate), every overall rating of 2019/20
(--standard overall --round 2019/20), or the standards of the inspections rated Good overall
(--overall good). A rating no source states yet is not listed (crc-inspections show lists
them as unknown); neither is an inspection HMI Probation did not rate overall, as an overall row.

Options:
  --rating RATING      only this rating: outstanding, good, requires-improvement (or RI),
                       inadequate; HMI Probation's wording in any case works too
  --standard STANDARD  only this standard (its id, such as assessment), or overall
  --overall RATING     only inspections rated this overall
  --round ROUND        only this round: 2018/19, 2019/20 or 2020/21 (default: all)
  --kind KIND          only CRCs (crc) or NPS divisions (nps) (default: both)
  --format FORMAT      table (default), csv, json or md
  --data FILE          use your own JSON (validated first) instead of the embedded dataset
  -h, --help           show this help
`;

/** One known rating of one inspection: of a standard, or the overall rating. */
interface RatingRow {
  readonly inspectionId: string;
  readonly providerId: string;
  readonly providerName: string;
  readonly providerKind: Inspection["providerKind"];
  readonly round: string;
  /** A standard's id, or "overall". */
  readonly standard: StandardId | "overall";
  readonly standardName: string;
  readonly rating: Rating;
}

const KIND_LABEL = { crc: "CRC", nps: "NPS" } as const;

const TEXT: readonly TextColumn<RatingRow>[] = [
  { header: "Provider", cell: (r) => shortName(r.providerName) },
  { header: "Kind", cell: (r) => KIND_LABEL[r.providerKind] },
  { header: "Round", cell: (r) => r.round },
  { header: "Standard", cell: (r) => r.standardName },
  { header: "Rating", cell: (r) => ratingLabel(r.rating) },
];

const CSV: readonly CsvColumn<RatingRow>[] = [
  { name: "inspection_id", value: (r) => r.inspectionId },
  { name: "provider_id", value: (r) => r.providerId },
  { name: "provider_name", value: (r) => r.providerName },
  { name: "provider_kind", value: (r) => r.providerKind },
  { name: "round", value: (r) => r.round },
  { name: "standard", value: (r) => r.standard },
  { name: "standard_name", value: (r) => r.standardName },
  { name: "rating", value: (r) => r.rating },
  { name: "rating_label", value: (r) => ratingLabel(r.rating) },
];

function ratingOption(name: string, value: string | undefined): Rating | undefined {
  if (value === undefined) return undefined;
  try {
    return parseRating(value);
  } catch {
    throw new UsageError(
      `unknown ${name} ${JSON.stringify(value)} (expected outstanding, good, requires-improvement or inadequate)`,
    );
  }
}

function standardOption(value: string | undefined): StandardId | "overall" | undefined {
  if (value === undefined) return undefined;
  const key = value
    .trim()
    .toLowerCase()
    .replaceAll(/[\s_]+/g, "-");
  if (key === "overall" || (STANDARD_IDS as readonly string[]).includes(key))
    return key as StandardId | "overall";
  throw new UsageError(
    `unknown standard ${JSON.stringify(value)} (expected overall or ${listOf(STANDARD_IDS)})`,
  );
}

/** The report's number and name of a standard in an inspection's edition: "2.1 Assessment". */
function standardName(inspection: Inspection, id: StandardId): string {
  const s = STANDARD_CATALOGUE.find(
    (e) =>
      e.framework === inspection.framework &&
      e.kind === inspection.providerKind &&
      e.round === inspection.round,
  )?.standards.find((x) => x.id === id);
  if (s === undefined) return id;
  return s.number === null ? s.name : `${s.number} ${s.name}`;
}

/** The known ratings of an inspection: the overall rating first, then its standards in report order. */
function rowsOf(inspection: Inspection, name: string): RatingRow[] {
  if (inspection.round === null) return [];
  const base = {
    inspectionId: inspection.id,
    providerId: inspection.providerId,
    providerName: name,
    providerKind: inspection.providerKind,
    round: inspection.round,
  };
  const rows: RatingRow[] = [];
  if (isRating(inspection.overall)) {
    rows.push({ ...base, standard: "overall", standardName: "Overall", rating: inspection.overall });
  }
  for (const id of standardsFor(inspection.framework, inspection.providerKind, inspection.round)) {
    const rating = inspection.standards[id];
    if (rating !== undefined)
      rows.push({ ...base, standard: id, standardName: standardName(inspection, id), rating });
  }
  return rows;
}

export const ratings: Command = {
  name: "ratings",
  summary: "every known rating, filtered (--rating, --standard, --overall, --round, --kind)",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      rating: { type: "string" },
      standard: { type: "string" },
      overall: { type: "string" },
      round: { type: "string" },
      kind: { type: "string" },
      format: { type: "string", short: "f" },
      data: { type: "string" },
    });
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    expectPositionals(positionals, 0, 0, "");
    const rating = ratingOption("rating", values.rating);
    const standard = standardOption(values.standard);
    const overall = ratingOption("overall rating", values.overall);
    const round = roundOption(values.round);
    const kind = kindOption(values.kind);
    const format = choiceOption("format", values.format, FORMATS, "table");
    const { providers, inspections } = await loadDataset(values.data, io.stdin);
    const names = new Map<string, Provider>(providers.map((p) => [p.id, p]));
    const rows = inspections
      .filter(
        (i) =>
          (round === undefined || i.round === round) &&
          (kind === undefined || i.providerKind === kind) &&
          (overall === undefined || i.overall === overall),
      )
      .map((i) => ({ i, name: names.get(i.providerId)?.name ?? i.providerId }))
      .sort(
        (a, b) =>
          roundIndex(a.i.round) - roundIndex(b.i.round) ||
          (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
          (a.i.id < b.i.id ? -1 : a.i.id > b.i.id ? 1 : 0),
      )
      .flatMap(({ i, name }) => rowsOf(i, name))
      .filter(
        (r) =>
          (rating === undefined || r.rating === rating) &&
          (standard === undefined || r.standard === standard),
      );
    writeRows(io.stdout, format, rows, {
      csv: CSV,
      text: TEXT,
      empty: "No known rating matches.\n",
      notes: () =>
        rows.length === 0
          ? ""
          : `${rows.length} rating${rows.length === 1 ? "" : "s"}. Ratings no source states yet are not listed.\n`,
    });
    return 0;
  },
};
