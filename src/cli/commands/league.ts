import { leagueTable } from "../../league/leagueTable.js";
import { leagueTableLeftOut } from "../../league/leagueTableLeftOut.js";
import type { LeagueTableLeftOut, LeagueTableRow } from "../../league/types.js";
import { ratingLabel } from "../../ratings/ratingLabel.js";
import {
  choiceOption,
  expectPositionals,
  kindOption,
  ownerOption,
  parseCommandArgs,
  roundOption,
} from "../args.js";
import type { Command } from "../command.js";
import { loadDataset } from "../load.js";
import {
  type CsvColumn,
  FORMATS,
  groupDigits,
  scoreText,
  shortName,
  type TextColumn,
  terminalCell,
  writeRows,
} from "../output.js";

const HELP = `Usage: crc-inspections league [--round 2018/19|2019/20|2020/21] [--kind crc|nps] [--owner ID] [--ids] [--format table|csv|json|md] [--data FILE]

The unofficial league table of rated inspections: best overall rating first, then the
score (points 0-3 per standard under the default scheme, which is unverified). A score
known only as a range (6–25) means some standards' ratings are not sourced yet; ranks
are shared (1224) by rows that cannot be told apart. The score is narrowed by all the
evidence, the published overall rating included. Inspections without a known overall
rating are left out, and the table says how many and why.

Options:
  --round ROUND    only this round: 2018/19, 2019/20 or 2020/21 (default: all)
  --kind KIND      only CRCs (crc) or NPS divisions (nps) (default: both)
  --owner ID       only inspections of providers this owner owned at the time, ranked among
                   themselves (ids: crc-inspections owners; inspections whose owner is unknown are left out)
  --ids            add the provider's id (what \`show\` takes) to the table and md formats
                   (csv and json always have it)
  --format FORMAT  table (default), csv, json or md
  --data FILE      use your own JSON (validated first) instead of the embedded dataset
  -h, --help       show this help
`;

const KIND_LABEL = { crc: "CRC", nps: "NPS" } as const;

const TEXT: readonly TextColumn<LeagueTableRow>[] = [
  { header: "Rank", align: "right", cell: (r) => String(r.rank) },
  { header: "Provider", cell: (r) => shortName(r.name) },
  { header: "Kind", cell: (r) => KIND_LABEL[r.kind] },
  { header: "Round", cell: (r) => r.round ?? "" },
  { header: "Overall", cell: (r) => ratingLabel(r.overall) },
  {
    header: "Score",
    align: "right",
    cell: (r) => `${r.contradiction ? "!" : ""}${scoreText(r.score)}`,
  },
  { header: "Complete", cell: (r) => (r.complete ? "yes" : "no") },
];

/** The text columns with the provider's id after its name. */
const TEXT_WITH_IDS: readonly TextColumn<LeagueTableRow>[] = [
  ...TEXT.slice(0, 2),
  { header: "Id", cell: (r) => r.providerId },
  ...TEXT.slice(2),
];

const CSV: readonly CsvColumn<LeagueTableRow>[] = [
  { name: "rank", value: (r) => r.rank },
  { name: "inspection_id", value: (r) => r.id },
  { name: "provider_id", value: (r) => r.providerId },
  { name: "provider_name", value: (r) => r.name },
  { name: "provider_kind", value: (r) => r.kind },
  { name: "round", value: (r) => r.round },
  { name: "overall", value: (r) => r.overall },
  { name: "overall_label", value: (r) => ratingLabel(r.overall) },
  { name: "score_min", value: (r) => r.score.min },
  { name: "score_max", value: (r) => r.score.max },
  { name: "score_exact", value: (r) => r.score.exact },
  { name: "complete", value: (r) => r.complete },
  { name: "contradiction", value: (r) => r.contradiction },
];

const REASON = {
  "not-rated": "not rated overall by HMI Probation",
  "overall-unknown": "overall rating not yet sourced",
} as const;

/** The most left-out ids the table's note names for each reason; a count of the rest follows. */
const MAX_LEFT_OUT = 10;

/** "Left out: 2 inspections (1 not rated overall by HMI Probation: x; 1 overall rating not yet sourced: y)." */
function leftOutText(leftOut: readonly LeagueTableLeftOut[]): string {
  if (leftOut.length === 0) return "";
  const parts = (Object.keys(REASON) as (keyof typeof REASON)[])
    .map((reason) => {
      const ids = leftOut.filter((e) => e.reason === reason).map((e) => e.id);
      // At most MAX_LEFT_OUT ids, each cut to a cell's width: a file of 100,000 unrated records says so in a line.
      const shown = ids.slice(0, MAX_LEFT_OUT).map(terminalCell);
      const more = ids.length - shown.length;
      const list = more > 0 ? `${shown.join(", ")} and ${groupDigits(more)} more` : shown.join(", ");
      return ids.length === 0 ? "" : `${groupDigits(ids.length)} ${REASON[reason]}: ${list}`;
    })
    .filter((p) => p !== "");
  return `Left out: ${groupDigits(leftOut.length)} inspection${leftOut.length === 1 ? "" : "s"} (${parts.join("; ")}).`;
}

export const league: Command = {
  name: "league",
  summary: "the unofficial league table (--round, --kind, --owner, --format)",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      round: { type: "string" },
      kind: { type: "string" },
      owner: { type: "string" },
      format: { type: "string", short: "f" },
      ids: { type: "boolean" },
      data: { type: "string" },
    });
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    expectPositionals(positionals, 0, 0, "");
    const round = roundOption(values.round);
    const kind = kindOption(values.kind);
    const format = choiceOption("format", values.format, FORMATS, "table");
    const { providers, inspections, owners } = await loadDataset(values.data, io.stdin);
    const owner = ownerOption(values.owner, owners);
    const rows = leagueTable(inspections, { round, kind, owner, providers });
    writeRows(io.stdout, format, rows, {
      csv: CSV,
      text: values.ids === true ? TEXT_WITH_IDS : TEXT,
      empty: "No rated inspections match.\n",
      notes: () =>
        `${[
          rows.some((r) => !r.complete)
            ? "A score shown as a range is incomplete: not every standard's rating is sourced yet."
            : "",
          leftOutText(leagueTableLeftOut(inspections, { round, kind, owner })),
          rows.some((r) => r.contradiction)
            ? "A score marked ! rests on standards that contradict the published overall rating under the scheme."
            : "",
          "Unofficial: HMI Probation published ratings, not a table; scores use the unverified HMIP_2018_SCHEME.",
        ]
          .filter((n) => n !== "")
          .join("\n")}\n`,
    });
    return 0;
  },
};
