import type { Stdin } from "./read.js";

/** Where the command reads and writes; injected so tests can capture output. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Standard input, read for the file name `-`; absent: `-` is an error. */
  readonly stdin?: Stdin;
}

/** A subcommand of `crc-inspections`. */
export interface Command {
  /** The word that runs it. */
  readonly name: string;
  /** One line for the main usage. */
  readonly summary: string;
  /** The full help text, ending in a newline. */
  readonly help: string;
  /** Runs it with the arguments after its name; returns the exit code. Throws `UsageError` or `DataError`. */
  readonly run: (args: readonly string[], io: Io) => number | Promise<number>;
}
