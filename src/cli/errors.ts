/** A bad command line: the command exits 2 and prints the reason and the usage on stderr. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  /** The usage text to print after the reason; the command's own by default. */
  readonly usage: string | undefined;
  constructor(message: string, usage?: string) {
    super(message);
    this.usage = usage;
  }
}

/** The most problem lines the CLI prints; a count of the rest follows them. */
export const MAX_PROBLEM_LINES = 20;

/** Invalid or unreadable data: the command exits 1 and prints each line on stderr. */
export class DataError extends Error {
  override readonly name = "DataError";
  /** One `path: message` line per problem, printed before the message (at most {@link MAX_PROBLEM_LINES}). */
  readonly lines: readonly string[];
  /** Problems found beyond `lines`, counted but not kept. */
  readonly omitted: number;
  constructor(message: string, lines: readonly string[] = [], omitted = 0) {
    super(message);
    this.lines = lines;
    this.omitted = omitted;
  }
}
