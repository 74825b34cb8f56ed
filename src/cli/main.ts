import pkg from "../../package.json" with { type: "json" };
import { parseCommandArgs } from "./args.js";
import type { Command, Io } from "./command.js";
import { chart } from "./commands/chart.js";
import { deltas } from "./commands/deltas.js";
import { exportCommand } from "./commands/export.js";
import { league } from "./commands/league.js";
import { owners } from "./commands/owners.js";
import { ratings } from "./commands/ratings.js";
import { show } from "./commands/show.js";
import { validate } from "./commands/validate.js";
import { DataError, MAX_PROBLEM_LINES, UsageError } from "./errors.js";
import { escapeLine } from "./escape.js";
import { MAX_INPUT_TEXT } from "./read.js";

export type { Io } from "./command.js";

/** The commands, in the order the usage lists them. */
export const COMMANDS: readonly Command[] = [
  league,
  owners,
  show,
  ratings,
  deltas,
  exportCommand,
  validate,
  chart,
];

export const USAGE = `Usage: crc-inspections <command> [options]

HM Inspectorate of Probation inspections of the 21 CRCs and the NPS divisions, 2016–2021,
from the dataset embedded in this package (or your own JSON with --data FILE).

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join("\n")}
  help CMD   the help of a command (or: crc-inspections CMD --help)

Options:
  -h, --help     show this help
  -v, --version  show the version

Input: a FILE of JSON (UTF-8, at most ${MAX_INPUT_TEXT}; - reads standard input). Problems are listed
one per line, at most ${MAX_PROBLEM_LINES}, then a count of the rest.

Exit codes: 0 ok, 1 invalid or unreadable data, 2 bad arguments.
`;

/** The lines of a {@link DataError} for stderr: at most {@link MAX_PROBLEM_LINES} problems, then a count of the rest. */
function dataErrorText(error: DataError): string {
  const shown = error.lines.slice(0, MAX_PROBLEM_LINES);
  const rest = error.lines.length - shown.length + error.omitted;
  const lines = [...shown.map((line) => escapeLine(line))];
  if (rest > 0) lines.push(`… and ${rest.toLocaleString("en-GB")} more not shown`);
  lines.push(`crc-inspections: ${escapeLine(error.message)}`);
  return lines.map((line) => `${line}\n`).join("");
}

/**
 * Runs the command line with the given arguments and resolves to the exit code:
 * 0 on success, 1 on invalid data, 2 on bad arguments. Never rejects: every error is one line on stderr,
 * prefixed `crc-inspections:`, with whatever the user gave escaped.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let command: Command | undefined;
  try {
    const first = argv[0];
    if (first === undefined || first.startsWith("-")) {
      const { values, positionals } = parseCommandArgs(argv, { version: { type: "boolean", short: "v" } });
      if (values.version) {
        io.stdout(`${pkg.version}\n`);
        return 0;
      }
      if (positionals.length > 0 && values.help) return main(["help", ...positionals], io);
      if (positionals.length > 0) throw new UsageError("options go after the command");
      io.stdout(USAGE);
      return 0;
    }
    if (first === "help") {
      const [topic, ...rest] = argv.slice(1);
      if (rest.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(rest[0])}`);
      if (topic === undefined) {
        io.stdout(USAGE);
        return 0;
      }
      const found = COMMANDS.find((c) => c.name === topic);
      if (found === undefined) throw new UsageError(`unknown command ${JSON.stringify(topic)}`);
      io.stdout(found.help);
      return 0;
    }
    command = COMMANDS.find((c) => c.name === first);
    if (command === undefined) throw new UsageError(`unknown command ${JSON.stringify(first)}`);
    return await command.run(argv.slice(1), io);
  } catch (error) {
    if (error instanceof UsageError) {
      const usage =
        error.usage ??
        (command === undefined
          ? USAGE
          : `${command.help.split("\n\n")[0]}\nRun 'crc-inspections ${command.name} --help' for more.\n`);
      io.stderr(`crc-inspections: ${escapeLine(error.message)}\n\n${usage}`);
      return 2;
    }
    if (error instanceof DataError) {
      io.stderr(dataErrorText(error));
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`crc-inspections: ${escapeLine(message)}\n`);
    return 1;
  }
}
