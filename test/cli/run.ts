import { main } from "../../src/cli/main.js";

/** What one run of the command line printed, and its exit code. */
export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `crc-inspections` in-process with the given arguments (`stdin`: what `-` reads). */
export async function cli(...argv: string[]): Promise<Run> {
  return cliWith({}, ...argv);
}

/** {@link cli} with standard input. */
export async function cliWith(
  options: { stdin?: AsyncIterable<Uint8Array> },
  ...argv: string[]
): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    ...options,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}
