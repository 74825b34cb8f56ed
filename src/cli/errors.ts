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

/** Invalid or unreadable data: the command exits 1 and prints each line on stderr. */
export class DataError extends Error {
  override readonly name = "DataError";
  /** One `path: message` line per problem, printed before the message. */
  readonly lines: readonly string[];
  constructor(message: string, lines: readonly string[] = []) {
    super(message);
    this.lines = lines;
  }
}
