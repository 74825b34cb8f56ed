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

/** What to say when Deno refuses to read a file: the permission it needs, by name. */
export const DENO_READ =
  "Deno needs the --allow-read permission to read files (deno run --allow-read …, or -A)";

/**
 * Whether an error is Deno's refusal to read without --allow-read (`NotCapable` in Deno 2, `PermissionDenied`
 * before), whose message Node's error codes do not cover.
 */
export function denoNeedsRead(error: unknown): boolean {
  const e = error as { name?: unknown; message?: unknown } | null;
  if (e === null || typeof e !== "object") return false;
  return (
    e.name === "NotCapable" ||
    e.name === "PermissionDenied" ||
    (typeof e.message === "string" && e.message.includes("--allow-read"))
  );
}
