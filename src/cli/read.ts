import { open } from "node:fs/promises";
import { DataError, DENO_READ, denoNeedsRead } from "./errors.js";
import { quote } from "./escape.js";

/** The largest file (or standard input) the CLI reads: 10 MiB, about 150 times the package's own data. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** The size limit as `--help` states it. */
export const MAX_INPUT_TEXT = "10 MiB";

/** Where a command reads standard input from (`-` as a file name); `process.stdin` in the real CLI. */
export type Stdin = AsyncIterable<Uint8Array>;

const CHUNK = 64 * 1024;

/** How a file name is shown in messages: escaped and quoted when it holds anything unusual. */
export function showFile(file: string): string {
  return file === "-" ? "(stdin)" : /^[\w./@+,:=~-]+$/.test(file) && file.length <= 200 ? file : quote(file);
}

function tooLarge(file: string): DataError {
  return new DataError(`${showFile(file)} is larger than the ${MAX_INPUT_TEXT} limit`);
}

/** Joins the chunks read so far into one buffer. */
function join(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

async function readStream(stream: Stdin, file: string, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.byteLength;
    if (size > limit) throw tooLarge(file);
    chunks.push(chunk);
  }
  return join(chunks, size);
}

function cannotRead(file: string, error: unknown): DataError {
  const code = (error as { code?: string }).code;
  const why = denoNeedsRead(error)
    ? DENO_READ
    : code === "ENOENT"
      ? "no such file"
      : code === "EISDIR"
        ? "it is a directory"
        : code === "EACCES" || code === "EPERM"
          ? "permission denied"
          : code === "ENOTDIR"
            ? "a part of the path is not a directory"
            : code === "ENAMETOOLONG"
              ? "the name is too long"
              : (code ?? "read error");
  return new DataError(`cannot read ${showFile(file)}: ${why}`);
}

/**
 * Reads a file, or standard input for `-`, a chunk at a time, and stops with a one-line
 * {@link DataError} as soon as it passes `limit` bytes: `/dev/zero` or a 50 MB file costs at most
 * `limit` bytes of memory.
 */
export async function readLimited(
  file: string,
  stdin: Stdin | undefined,
  limit = MAX_INPUT_BYTES,
): Promise<Uint8Array> {
  if (file === "-") {
    if (stdin === undefined) throw new DataError("cannot read (stdin): no standard input");
    return readStream(stdin, file, limit);
  }
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, "r");
  } catch (error) {
    throw cannotRead(file, error);
  }
  try {
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const buffer = new Uint8Array(CHUNK);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      size += bytesRead;
      if (size > limit) throw tooLarge(file);
      chunks.push(bytesRead === CHUNK ? buffer : buffer.subarray(0, bytesRead));
    }
    return join(chunks, size);
  } catch (error) {
    throw error instanceof DataError ? error : cannotRead(file, error);
  } finally {
    await handle.close();
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * The text of a JSON file: UTF-8, a leading byte-order mark dropped. UTF-16 and UTF-32 (told by their
 * byte-order mark or by NUL bytes among the first characters) and bytes that are not UTF-8 are a one-line
 * {@link DataError}.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  const [a, b] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
    throw new DataError(`${showFile(file)} is UTF-16 or UTF-32 text; save it as UTF-8`);
  }
  const head = bytes.subarray(0, 4);
  if (head.length >= 2 && head.includes(0) && head.some((x) => x !== 0)) {
    throw new DataError(`${showFile(file)} looks like UTF-16 or UTF-32 text (NUL bytes); save it as UTF-8`);
  }
  try {
    // ignoreBOM: false drops a leading UTF-8 byte-order mark.
    return utf8.decode(bytes);
  } catch {
    throw new DataError(`${showFile(file)} is not UTF-8 text (binary, or another encoding)`);
  }
}
