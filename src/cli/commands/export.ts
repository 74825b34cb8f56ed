import { choiceOption, expectPositionals, parseCommandArgs, roundOption } from "../args.js";
import type { Command } from "../command.js";
import { UsageError } from "../errors.js";
import { packageFile } from "../files.js";
import { csvCell, json, parseCsv } from "../output.js";

const HELP = `Usage: crc-inspections export [--format csv|json] [--table TABLE] [--round ROUND]

Writes one of the package's data files to stdout, as shipped in its data/ folder:
  inspections     one row per inspection (data/inspections.csv, data/inspections.json)
  ratings         one row per inspection and standard, known or not (data/ratings.csv)
  providers       one row per provider (data/providers.csv, data/providers.json)
  owners          one row per owner (data/owners.csv, data/owners.json)
  areas           the police force areas: ONS code, name, code list (data/areas.csv;
                  as JSON, data/areas.json with every provider-area row and its evidence)
  provider_areas  which police force areas each provider covered, with the rule and
                  sources of each row (data/provider_areas.csv)
  area_ratings    one row per police force area and round: the CRC and NPS division
                  covering it and their overall ratings, ready for a police-force-area
                  map (data/area_ratings.csv)
An empty CSV cell means unknown, never zero. The JSON of inspections, providers,
owners and areas is the curated source; the JSON of the other tables is their CSV as an array of
objects, typed as datapackage.json describes (empty cells become null).

Options:
  --format FORMAT  csv (default) or json
  --table TABLE    inspections (default), ratings, providers, owners, areas,
                   provider_areas or area_ratings
  --round ROUND    with --table area_ratings, only this round's rows (one row per
                   police force area: what a map takes)
  -h, --help       show this help

Examples: crc-inspections export --table ratings > ratings.csv
          crc-inspections export --table area_ratings --round 2018/19 > map.csv
`;

type FieldType = "string" | "integer" | "boolean";

/** The rows of a shipped CSV as objects, typed by the datapackage.json schema of its resource. */
function csvAsJson(table: string): unknown[] {
  const [header = [], ...rows] = parseCsv(packageFile(`data/${table}.csv`));
  const resources = (
    JSON.parse(packageFile("datapackage.json")) as {
      resources?: { name: string; schema?: { fields: { name: string; type: FieldType }[] } }[];
    }
  ).resources;
  const types = new Map(
    (resources?.find((r) => r.name === table)?.schema?.fields ?? []).map((f) => [f.name, f.type]),
  );
  return rows.map((cells) =>
    Object.fromEntries(
      header.map((name, j) => {
        const text = cells[j] ?? "";
        const type = types.get(name) ?? "string";
        const value =
          text === ""
            ? null
            : type === "integer"
              ? Number(text)
              : type === "boolean"
                ? text === "TRUE"
                : text;
        return [name, value];
      }),
    ),
  );
}

export const exportCommand: Command = {
  name: "export",
  summary: "a data file to stdout (--format csv|json, --table inspections|ratings|providers|owners|areas|…)",
  help: HELP,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: "string", short: "f" },
      table: { type: "string" },
      round: { type: "string" },
    });
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    expectPositionals(positionals, 0, 0, "");
    const format = choiceOption("format", values.format, ["csv", "json"] as const, "csv");
    const table = choiceOption(
      "table",
      values.table,
      ["inspections", "ratings", "providers", "owners", "areas", "provider_areas", "area_ratings"] as const,
      "inspections",
    );
    const round = roundOption(values.round);
    if (round !== undefined && table !== "area_ratings") {
      throw new UsageError("export --round works with --table area_ratings only");
    }
    if (round !== undefined && format === "csv") {
      const [header = [], ...rows] = parseCsv(packageFile("data/area_ratings.csv"));
      const at = header.indexOf("round");
      const kept = rows.filter((cells) => cells[at] === round);
      io.stdout([header, ...kept].map((cells) => `${cells.map(csvCell).join(",")}\n`).join(""));
    } else if (round !== undefined) {
      io.stdout(json(csvAsJson(table).filter((row) => (row as { round?: unknown }).round === round)));
    } else if (format === "csv") io.stdout(packageFile(`data/${table}.csv`));
    else if (table === "ratings" || table === "provider_areas" || table === "area_ratings")
      io.stdout(json(csvAsJson(table)));
    else io.stdout(packageFile(`data/${table}.json`));
    return 0;
  },
};
