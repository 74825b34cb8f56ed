import { parseArgs } from "node:util";
import pkg from "../../package.json" with { type: "json" };

/** Where the command writes; injected so tests can capture output. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export const USAGE = `Usage: crc-inspections <command> [options]

HM Inspectorate of Probation inspections of the CRCs and NPS divisions, 2018–2020.

Options:
  -h, --help     Show this help
  -v, --version  Show the version
`;

/**
 * Runs the command line with the given arguments and returns the exit code:
 * 0 on success, 1 on invalid data, 2 on bad arguments.
 */
export function main(argv: readonly string[], io: Io): number {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    io.stderr(`crc-inspections: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.values.version) {
    io.stdout(`${pkg.version}\n`);
    return 0;
  }
  const [command] = parsed.positionals;
  if (parsed.values.help || command === undefined || command === "help") {
    io.stdout(USAGE);
    return 0;
  }
  io.stderr(`crc-inspections: unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
  return 2;
}
