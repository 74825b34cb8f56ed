import { ratingsHeatmapSvg } from "../../chart/ratingsHeatmapSvg.js";
import { expectPositionals, kindOption, parseCommandArgs, roundOption } from "../args.js";
import type { Command } from "../command.js";
import { loadDataset } from "../load.js";

const HELP = `Usage: crc-inspections chart [--round 2018/19|2019/20|2020/21] [--kind crc|nps] [--title TEXT] [--data FILE]

Writes an SVG heat map to stdout: providers down the side, standards across, the
overall rating in its own column; colour-blind-safe colours with letters (O, G, RI, I),
hatched grey for ratings no source states yet, "n/a" where a standard does not apply.

Options:
  --round ROUND  only this round: 2018/19, 2019/20 or 2020/21 (default: all)
  --kind KIND    only CRCs (crc) or NPS divisions (nps) (default: both)
  --title TEXT   the chart's title
  --data FILE    use your own JSON (validated first) instead of the embedded dataset
  -h, --help     show this help

Example: crc-inspections chart --round 2018/19 --kind crc > crcs.svg
`;

export const chart: Command = {
  name: "chart",
  summary: "an SVG heat map of the ratings to stdout (--round, --kind)",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      round: { type: "string" },
      kind: { type: "string" },
      title: { type: "string" },
      data: { type: "string" },
    });
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    expectPositionals(positionals, 0, 0, "");
    const round = roundOption(values.round);
    const kind = kindOption(values.kind);
    const { providers, inspections } = await loadDataset(values.data, io.stdin);
    io.stdout(ratingsHeatmapSvg(inspections, { round, kind, providers, title: values.title }));
    return 0;
  },
};
