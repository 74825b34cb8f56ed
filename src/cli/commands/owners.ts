import { ownerRatings } from "../../aggregate/ownerRatings.js";
import type { OwnerRatingsRow } from "../../aggregate/types.js";
import { RATINGS } from "../../ratings/RATINGS.js";
import { ratingLabel } from "../../ratings/ratingLabel.js";
import { choiceOption, expectPositionals, ownerOption, parseCommandArgs, roundOption } from "../args.js";
import type { Command } from "../command.js";
import { loadDataset } from "../load.js";
import { type CsvColumn, FORMATS, shortName, type TextColumn, writeRows } from "../output.js";

const HELP = `Usage: crc-inspections owners [--round 2018/19|2019/20|2020/21] [--owner ID] [--format table|csv|json|md] [--data FILE]

The owners of the CRCs, and the overall ratings of their CRCs round by round: one row per
owner and round, each CRC counted under the owner it had at the time of its inspection.
CRC inspections whose owner is not known are gathered in a last row, "owner not known",
so the rows together hold every rated CRC inspection. Quality & Impact inspections gave no
ratings and are left out. Owners' members and sources: crc-inspections export --table owners.

Options:
  --round ROUND    only this round: 2018/19, 2019/20 or 2020/21 (default: all)
  --owner ID       only this owner (an id such as purple-futures)
  --format FORMAT  table (default), csv, json or md
  --data FILE      use your own JSON (validated first) instead of the embedded dataset
  -h, --help       show this help
`;

type Row = OwnerRatingsRow & { readonly name: string; readonly providerNames: ReadonlyMap<string, string> };

const overallText = (overall: OwnerRatingsRow["ratings"][number]["overall"]): string =>
  overall === undefined ? "unknown" : overall === "not-rated" ? "not rated" : ratingLabel(overall);

const countsText = (r: OwnerRatingsRow): string =>
  [
    ...RATINGS.filter((k) => r.tally[k] > 0).map((k) => `${r.tally[k]} ${ratingLabel(k)}`),
    ...(r.tally.notRated > 0 ? [`${r.tally.notRated} not rated`] : []),
    ...(r.tally.unknown > 0 ? [`${r.tally.unknown} unknown`] : []),
  ].join(", ");

const TEXT: readonly TextColumn<Row>[] = [
  { header: "Owner", cell: (r) => r.name },
  { header: "Round", cell: (r) => r.round },
  { header: "CRCs", align: "right", cell: (r) => String(r.ratings.length) },
  { header: "Overall ratings", cell: countsText },
  {
    header: "CRC: rating",
    cell: (r) =>
      r.ratings
        .map(
          (x) => `${shortName(r.providerNames.get(x.providerId) ?? x.providerId)}: ${overallText(x.overall)}`,
        )
        .join("; "),
  },
];

const CSV: readonly CsvColumn<Row>[] = [
  { name: "owner_id", value: (r) => r.owner ?? undefined },
  { name: "owner_name", value: (r) => (r.owner === null ? undefined : r.name) },
  { name: "round", value: (r) => r.round },
  { name: "inspections", value: (r) => r.ratings.length },
  ...RATINGS.map((k) => ({ name: k.replaceAll("-", "_"), value: (r: Row) => r.tally[k] })),
  { name: "unknown", value: (r) => r.tally.unknown },
  { name: "not_rated", value: (r) => r.tally.notRated },
  {
    name: "ratings",
    value: (r) => r.ratings.map((x) => `${x.providerId}=${x.overall ?? "unknown"}`).join("; "),
  },
];

export const owners: Command = {
  name: "owners",
  summary: "the CRCs' owners and their CRCs' ratings by round (--round, --owner)",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      round: { type: "string" },
      owner: { type: "string" },
      format: { type: "string", short: "f" },
      data: { type: "string" },
    });
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    expectPositionals(positionals, 0, 0, "");
    const round = roundOption(values.round);
    const format = choiceOption("format", values.format, FORMATS, "table");
    const dataset = await loadDataset(values.data, io.stdin);
    const owner = ownerOption(values.owner, dataset.owners);
    const names = new Map(dataset.owners.map((o) => [o.id, o.name]));
    const providerNames = new Map(dataset.providers.map((p) => [p.id, p.name]));
    const crc = dataset.inspections.filter(
      (i) => i.providerKind === "crc" && (round === undefined || i.round === round),
    );
    const rows: Row[] = ownerRatings(crc)
      .filter((r) => owner === undefined || r.owner === owner)
      .map((r) => ({
        ...r,
        name: r.owner === null ? "owner not known" : (names.get(r.owner) ?? r.owner),
        providerNames,
      }));
    writeRows(io.stdout, format, rows, {
      csv: CSV,
      text: TEXT,
      json: () =>
        rows.map(({ providerNames: _, ...r }) => ({ ...r, name: r.owner === null ? null : r.name })),
      empty: "No rated CRC inspections match.\n",
      notes: () =>
        "Each CRC is counted under its owner at the time of the inspection, as a source states it (docs/corrections.md, rules 4 and 6).\n",
    });
    return 0;
  },
};
