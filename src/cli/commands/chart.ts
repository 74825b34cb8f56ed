import { ratingsHeatmapSvg } from "../../chart/ratingsHeatmapSvg.js";
import { ratingsTileMapSvg } from "../../chart/ratingsTileMapSvg.js";
import { areaCoverage, policeForceAreas } from "../../data/areas.js";
import { expectPositionals, kindOption, parseCommandArgs, roundOption } from "../args.js";
import type { Command } from "../command.js";
import { UsageError } from "../errors.js";
import { loadDataset } from "../load.js";

const HELP = `Usage: crc-inspections chart [--map] [--round 2018/19|2019/20|2020/21] [--kind crc|nps] [--title TEXT] [--data FILE]

Writes an SVG heat map to stdout: providers down the side, standards across, the
overall rating in its own column; colour-blind-safe colours with letters (O, G, RI, I),
hatched grey for ratings no source states yet, "n/a" where a standard does not apply.
With --map, a tile map instead: one tile per police force area of England and Wales,
coloured by the overall rating of the provider covering it in one round; areas whose
provider no source settles are drawn as gaps. --map needs --round and --kind.

Options:
  --map          draw the tile map of police force areas (with --round and --kind)
  --round ROUND  only this round: 2018/19, 2019/20 or 2020/21 (default: all)
  --kind KIND    only CRCs (crc) or NPS divisions (nps) (default: both)
  --title TEXT   the chart's title
  --data FILE    use your own JSON (validated first) instead of the embedded dataset
  -h, --help     show this help

Examples: crc-inspections chart --round 2018/19 --kind crc > crcs.svg
          crc-inspections chart --map --round 2018/19 --kind crc > map.svg
`;

export const chart: Command = {
  name: "chart",
  summary: "an SVG heat map of the ratings, or with --map a tile map of police force areas, to stdout",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      round: { type: "string" },
      kind: { type: "string" },
      title: { type: "string" },
      data: { type: "string" },
      map: { type: "boolean" },
    });
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    expectPositionals(positionals, 0, 0, "");
    const round = roundOption(values.round);
    const kind = kindOption(values.kind);
    if (values.map && (round === undefined || kind === undefined)) {
      throw new UsageError("chart --map needs --round and --kind (one map per round and kind of provider)");
    }
    const { providers, inspections } = await loadDataset(values.data, io.stdin);
    if (values.map && round !== undefined && kind !== undefined) {
      io.stdout(
        ratingsTileMapSvg(inspections, {
          areas: policeForceAreas,
          coverage: areaCoverage,
          providers,
          round,
          kind,
          title: values.title,
        }),
      );
      return 0;
    }
    io.stdout(ratingsHeatmapSvg(inspections, { round, kind, providers, title: values.title }));
    return 0;
  },
};
