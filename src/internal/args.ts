// Argument checks shared by the exported functions: every error is a TypeError or RangeError whose message starts
// with the name of the function the user called and stays short, whatever the argument.
import { MAX_RECORDS } from "../schema/limits.js";
import { describe } from "./describe.js";

/**
 * The most items an array argument may have, the same as the schema's most records in a file: a league table of
 * this many records fits in a default Node heap; past it, an array is more than any dataset, sparse, or a Proxy
 * that lies about its length.
 */
export const MAX_ITEMS: number = MAX_RECORDS;

/** The most characters of an error message taken from elsewhere (a getter's, a Proxy trap's). */
const MESSAGE_MAX = 300;

const hop = Object.prototype.hasOwnProperty;

/** An own property of an object, never one inherited (so a polluted `Object.prototype` changes nothing). */
export function own(object: object, key: PropertyKey): unknown {
  return hop.call(object, key) ? (object as Record<PropertyKey, unknown>)[key] : undefined;
}

/** Whether a value is a non-null object that is not an array (a record or an options object). */
export const isPlainObject = (value: unknown): value is object =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Checks that `value` is an array of at most {@link MAX_ITEMS} items; returns it. Array-likes that are not
 * arrays are refused (`Array.from` them first).
 */
export function requireArray(value: unknown, fn: string, what: string): readonly unknown[] {
  if (!Array.isArray(value)) {
    const like =
      isPlainObject(value) && typeof own(value, "length") === "number"
        ? " (an array-like, not an array)"
        : "";
    throw new TypeError(`${fn}: expected an array of ${what}, got ${describe(value)}${like}`);
  }
  const length: unknown = value.length;
  if (typeof length !== "number" || !(length <= MAX_ITEMS)) {
    throw new RangeError(`${fn}: ${what} has ${describe(length)} items, more than the ${MAX_ITEMS} accepted`);
  }
  return value;
}

/** "got undefined", or "got an empty slot" for a hole in a sparse array (never what Array.prototype holds there). */
export function describeItem(array: readonly unknown[], i: number): string {
  return hop.call(array, i) ? describe(array[i]) : "an empty slot (the array is sparse)";
}

/**
 * The item at `i` of an array, read as an own property: `undefined` for a hole, never a value that a polluted
 * `Array.prototype` holds at that index.
 */
export function ownItem(array: readonly unknown[], i: number): unknown {
  return hop.call(array, i) ? array[i] : undefined;
}

/**
 * Checks an options argument: `undefined` stands for `{}`; otherwise a non-null object that is not an array, whose
 * own keys are all in `keys`. Returns it.
 */
export function requireOptions(value: unknown, fn: string, keys: readonly string[]): object {
  if (value === undefined) return {};
  if (!isPlainObject(value)) {
    throw new TypeError(`${fn}: expected an options object, got ${describe(value)}`);
  }
  for (const key of Reflect.ownKeys(value)) {
    if (!keys.includes(key as string)) {
      throw new RangeError(
        `${fn}: unknown option ${typeof key === "string" ? describe(key) : "a symbol"} (expected ${keys.join(", ")})`,
      );
    }
  }
  return value;
}

/** Cuts a message to `MESSAGE_MAX` characters. */
const clip = (text: string): string => (text.length <= MESSAGE_MAX ? text : `${text.slice(0, MESSAGE_MAX)}…`);

/**
 * The error to throw from `fn` for anything thrown while it ran: its own TypeErrors and RangeErrors as they are;
 * those of another function of the package (`inspectionDelta: …` inside `yearOnYearDeltas`) relabelled; anything
 * else (a getter or a Proxy trap that threw, a stack overflow on a cyclic value) as a TypeError, or a RangeError
 * for a RangeError, naming `fn`, with the original as `cause`.
 */
export function named(error: unknown, fn: string): Error {
  // Every look at the thrown value is guarded: a Proxy's getPrototypeOf trap can throw from `instanceof`.
  let ours = false;
  let range = false;
  let text: string;
  try {
    range = error instanceof RangeError;
    ours = range || error instanceof TypeError;
    text = ours
      ? String((error as Error).message)
      : error instanceof Error
        ? `${error.name}: ${error.message}`
        : describe(error);
  } catch {
    text = "an error that cannot be read";
  }
  if (ours && text.startsWith(`${fn}: `) && text.length <= MESSAGE_MAX + fn.length + 2) return error as Error;
  const rest = ours
    ? text.replace(/^[A-Za-z]\w*: /, "")
    : `a getter, a Proxy trap or a callback threw ${text}`;
  const message = `${fn}: ${clip(rest)}`;
  return range ? new RangeError(message, { cause: error }) : new TypeError(message, { cause: error });
}

/** Runs `body`, turning anything it throws into an error of `fn` (see {@link named}). */
export function guard<T>(fn: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw named(error, fn);
  }
}
