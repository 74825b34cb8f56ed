import { choiceOption, expectPositionals, parseCommandArgs } from "../args.js";
import type { Command } from "../command.js";
import { MAX_PROBLEM_LINES } from "../errors.js";
import { escapeLine } from "../escape.js";
import { checkData, FILE_SHAPES, invalid, readJson } from "../load.js";
import { MAX_INPUT_TEXT, showFile } from "../read.js";

const HELP = `Usage: crc-inspections validate FILE [--table inspections|providers|dataset]

Checks a JSON file against the package's schema and its cross-record rules, and prints
one "FILE: path: message" line on stderr per problem (exit 1), or "FILE: valid" (exit 0).
The file may hold:
  an array of inspections  like data/inspections.json; providers must be the package's
  an array of providers    like data/providers.json
  an object                { "providers": [...], "inspections": [...] }
The kind is detected from the content; --table says it outright. An empty array, records
of the other kind, duplicate keys and "__proto__" keys are problems too.

FILE is UTF-8 JSON of at most ${MAX_INPUT_TEXT} (- reads standard input). At most ${MAX_PROBLEM_LINES}
problems are listed, then a count of the rest.

Options:
  --table KIND  inspections, providers or dataset (default: detected)
  -h, --help    show this help
`;

export const validate: Command = {
  name: "validate",
  summary: "check your JSON against the schema (one 'path: message' line per problem)",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { table: { type: "string" } });
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    expectPositionals(positionals, 1, 1, "the FILE to validate");
    const file = positionals[0] as string;
    const shape =
      values.table === undefined ? undefined : choiceOption("table", values.table, FILE_SHAPES, "dataset");
    const checked = await checkData(await readJson(file, io.stdin), shape);
    if (!checked.ok) throw invalid(file, checked, (count) => `is not valid: ${count}`);
    const { providers, inspections } = checked.dataset;
    const what =
      checked.shape === "providers"
        ? `${providers.length} providers`
        : checked.shape === "inspections"
          ? `${inspections.length} inspections`
          : `${providers.length} providers, ${inspections.length} inspections`;
    io.stdout(`${escapeLine(showFile(file))}: valid (${what})\n`);
    return 0;
  },
};
