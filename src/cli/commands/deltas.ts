import type { InspectionDelta } from "../../deltas/types.js";
import { yearOnYearDeltas } from "../../deltas/yearOnYearDeltas.js";
import { NOT_RATED, type NotRated } from "../../ratings/NOT_RATED.js";
import type { Rating } from "../../ratings/RATINGS.js";
import { ratingLabel } from "../../ratings/ratingLabel.js";
import { choiceOption, expectPositionals, kindOption, parseCommandArgs } from "../args.js";
import type { Command } from "../command.js";
import { loadDataset } from "../load.js";
import { type CsvColumn, FORMATS, shortName, type TextColumn, writeRows } from "../output.js";

const HELP = `Usage: crc-inspections deltas [--kind crc|nps] [--format table|csv|json|md] [--data FILE]

Year-on-year changes: for each provider with two or more rated inspections (2018/19,
2019/20, 2020/21), how its overall rating, its standards and its (unofficial) score moved
from one rated inspection to the next, and the time between the publications. Rated
inspections only: Quality & Impact inspections and those HMI Probation did not rate are
passed over (see every inspection with: crc-inspections show PROVIDER). "unknown" means a
side is not known, or the score ranges overlap. Listed in the order the later reports
came out.

Options:
  --kind KIND      only CRCs (crc) or NPS divisions (nps) (default: both)
  --format FORMAT  table (default), csv, json or md
  --data FILE      use your own JSON (validated first) instead of the embedded dataset
  -h, --help       show this help
`;

interface Row {
  readonly delta: InspectionDelta;
  readonly name: string;
  readonly counts: Readonly<Record<"improved" | "declined" | "unchanged" | "unknown", number>>;
}

// yearOnYearDeltas skips inspections that were not rated overall, so a side is a rating or unknown.
const rating = (r: Rating | NotRated | undefined): string =>
  r === undefined || r === NOT_RATED ? "unknown" : r === "requires-improvement" ? "RI" : ratingLabel(r);
const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0");

function scoreChange({ delta }: Row): string {
  const c = delta.score.change;
  if (c === undefined) return "";
  if (c.exact !== undefined) return signed(c.exact);
  return `${signed(c.min)} to ${signed(c.max)}`;
}

const months = ({ delta }: Row): string =>
  delta.elapsed === undefined ? "" : String(delta.elapsed.calendarMonths);

const days = ({ delta }: Row): string => {
  const d = delta.elapsed?.days;
  if (d === undefined) return "";
  return d.exact !== undefined ? String(d.exact) : `${d.min}–${d.max}`;
};

const TEXT: readonly TextColumn<Row>[] = [
  { header: "Provider", cell: (r) => shortName(r.name) },
  { header: "Kind", cell: (r) => r.delta.providerKind.toUpperCase() },
  { header: "Rounds", cell: (r) => `${r.delta.earlierRound ?? "?"} → ${r.delta.laterRound ?? "?"}` },
  { header: "Overall", cell: (r) => `${rating(r.delta.overall.from)} → ${rating(r.delta.overall.to)}` },
  { header: "Change", cell: (r) => r.delta.overall.direction },
  {
    header: "Standards",
    cell: (r) => `↑${r.counts.improved} ↓${r.counts.declined} =${r.counts.unchanged} ?${r.counts.unknown}`,
  },
  { header: "Score change", align: "right", cell: scoreChange },
  { header: "Months", align: "right", cell: months },
  { header: "Days", align: "right", cell: days },
];

const CSV: readonly CsvColumn<Row>[] = [
  { name: "provider_id", value: (r) => r.delta.providerId },
  { name: "provider_name", value: (r) => r.name },
  { name: "provider_kind", value: (r) => r.delta.providerKind },
  { name: "earlier_id", value: (r) => r.delta.earlierId },
  { name: "later_id", value: (r) => r.delta.laterId },
  { name: "earlier_round", value: (r) => r.delta.earlierRound },
  { name: "later_round", value: (r) => r.delta.laterRound },
  { name: "overall_from", value: (r) => r.delta.overall.from },
  { name: "overall_to", value: (r) => r.delta.overall.to },
  { name: "overall_direction", value: (r) => r.delta.overall.direction },
  { name: "standards_improved", value: (r) => r.counts.improved },
  { name: "standards_declined", value: (r) => r.counts.declined },
  { name: "standards_unchanged", value: (r) => r.counts.unchanged },
  { name: "standards_unknown", value: (r) => r.counts.unknown },
  { name: "score_change_min", value: (r) => r.delta.score.change?.min },
  { name: "score_change_max", value: (r) => r.delta.score.change?.max },
  { name: "score_change_exact", value: (r) => r.delta.score.change?.exact },
  { name: "score_direction", value: (r) => r.delta.score.direction },
  { name: "elapsed_calendar_months", value: (r) => r.delta.elapsed?.calendarMonths },
  { name: "elapsed_days_min", value: (r) => r.delta.elapsed?.days.min },
  { name: "elapsed_days_max", value: (r) => r.delta.elapsed?.days.max },
  { name: "dates_precision", value: (r) => r.delta.elapsed?.precision },
];

export const deltas: Command = {
  name: "deltas",
  summary: "year-on-year changes between each provider's inspections",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      kind: { type: "string" },
      format: { type: "string", short: "f" },
      data: { type: "string" },
    });
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    expectPositionals(positionals, 0, 0, "");
    const kind = kindOption(values.kind);
    const format = choiceOption("format", values.format, FORMATS, "table");
    const { providers, inspections } = await loadDataset(values.data, io.stdin);
    const chosen = inspections.filter((i) => kind === undefined || i.providerKind === kind);
    const found = yearOnYearDeltas(chosen);
    const names = new Map(providers.map((p) => [p.id, p.name]));
    const rows: Row[] = found.map((delta) => {
      const counts = { improved: 0, declined: 0, unchanged: 0, unknown: 0 };
      for (const s of delta.standards) counts[s.direction]++;
      return { delta, name: names.get(delta.providerId) ?? delta.providerId, counts };
    });
    writeRows(io.stdout, format, rows, {
      csv: CSV,
      text: TEXT,
      json: () => found,
      empty: "No provider has two rated inspections.\n",
      notes: () =>
        "RI: Requires improvement. Standards: how many improved (↑), declined (↓), stayed the same (=)\n" +
        "or cannot be compared (?).\n" +
        "Score change: later minus earlier, from each side's range given all the evidence (its overall\n" +
        "rating included), a range when not every rating is known (unofficial scheme).\n" +
        "Months: calendar months between the publications; Days: a range when a date is known only to the month.\n",
    });
    return 0;
  },
};
