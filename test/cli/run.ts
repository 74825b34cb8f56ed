import { main } from "../../src/cli/main.js";

/** What one run of the command line printed, and its exit code. */
export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `crc-inspections` in-process with the given arguments. */
export function cli(...argv: string[]): Run {
  let stdout = "";
  let stderr = "";
  const code = main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}
