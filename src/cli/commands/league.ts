import { leagueTable } from "../../league/leagueTable.js";
import type { LeagueTableRow } from "../../league/types.js";
import { ratingLabel } from "../../ratings/ratingLabel.js";
import { choiceOption, expectPositionals, kindOption, parseCommandArgs, roundOption } from "../args.js";
import type { Command } from "../command.js";
import { loadDataset } from "../load.js";
import {
  type CsvColumn,
  csvTable,
  FORMATS,
  json,
  markdownTable,
  scoreText,
  shortName,
  type TextColumn,
  textTable,
} from "../output.js";

const HELP = `Usage: crc-inspections league [--round 2018/19|2019/20|2020/21] [--kind crc|nps] [--format table|csv|json|md] [--data FILE]

The unofficial league table of rated inspections: best overall rating first, then the
score (points 0-3 per standard under the default scheme, which is unverified). A score
known only as a range (6–25) means some standards' ratings are not sourced yet; ranks
are shared (1224) by rows that cannot be told apart. Inspections without a known
overall rating are left out.

Options:
  --round ROUND    only this round: 2018/19, 2019/20 or 2020/21 (default: all)
  --kind KIND      only CRCs (crc) or NPS divisions (nps) (default: both)
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
  { header: "Score", align: "right", cell: (r) => scoreText(r.score) },
  { header: "Complete", cell: (r) => (r.complete ? "yes" : "no") },
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
];

export const league: Command = {
  name: "league",
  summary: "the unofficial league table (--round, --kind, --format)",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
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
    const round = roundOption(values.round);
    const kind = kindOption(values.kind);
    const format = choiceOption("format", values.format, FORMATS, "table");
    const { providers, inspections } = await loadDataset(values.data, io.stdin);
    const rows = leagueTable(inspections, { round, kind, providers });
    switch (format) {
      case "json":
        io.stdout(json(rows));
        break;
      case "csv":
        io.stdout(csvTable(CSV, rows));
        break;
      case "md":
        io.stdout(markdownTable(TEXT, rows));
        break;
      default: {
        const considered = inspections.filter(
          (i) =>
            i.framework === "hmip-2018" &&
            (round === undefined || i.round === round) &&
            (kind === undefined || i.providerKind === kind),
        );
        const left = considered.length - rows.length;
        const notes = [
          rows.some((r) => !r.complete)
            ? "A score shown as a range is incomplete: not every standard's rating is sourced yet."
            : "",
          left > 0
            ? `Left out: ${left} inspection${left === 1 ? "" : "s"} with no overall rating (not rated, or not yet sourced).`
            : "",
          "Unofficial: HMI Probation published ratings, not a table; scores use the unverified HMIP_2018_SCHEME.",
        ].filter((n) => n !== "");
        io.stdout(rows.length === 0 ? "No rated inspections match.\n" : textTable(TEXT, rows));
        io.stdout(`\n${notes.join("\n")}\n`);
      }
    }
    return 0;
  },
};
