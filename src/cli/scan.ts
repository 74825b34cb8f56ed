// A JSON scanner for untrusted input, run before JSON.parse: one linear pass with an explicit stack
// (no recursion), that checks the syntax (so JSON.parse's messages, which quote raw bytes, are never
// shown), bounds the nesting depth and the number of values (so JSON.parse cannot build millions of
// objects), and finds what JSON.parse would silently accept: duplicate keys (it keeps the last) and
// "__proto__" keys (which zod's object schemas skip).

import { escapeText } from "./escape.js";

/** The limits {@link scanJson} enforces. */
export interface ScanLimits {
  /** The most values (objects, arrays, strings, numbers, literals) a document may hold. */
  readonly maxValues: number;
  /** The deepest nesting of arrays and objects. */
  readonly maxDepth: number;
  /** The most key problems kept; the rest are only counted. */
  readonly maxProblems: number;
}

/** 500,000 values (the package's data holds about 40 per kilobyte) and 64 levels. */
export const SCAN_LIMITS: ScanLimits = { maxValues: 500_000, maxDepth: 64, maxProblems: 20 };

/** A key JSON.parse would accept but the data must not hold: where it is, and why. */
export interface KeyProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** What {@link scanJson} found: the first syntax or limit error, or the key problems (possibly none). */
export type Scan =
  | {
      readonly ok: true;
      readonly values: number;
      readonly problems: readonly KeyProblem[];
      /** Key problems beyond `maxProblems`, counted but not kept. */
      readonly moreProblems: number;
    }
  | { readonly ok: false; readonly message: string };

interface Frame {
  readonly array: boolean;
  index: number;
  key: string;
  readonly keys: Set<string> | undefined;
}

const Ch = {
  Tab: 9,
  Lf: 10,
  Cr: 13,
  Space: 32,
  Quote: 34,
  Plus: 43,
  Comma: 44,
  Minus: 45,
  Dot: 46,
  Slash: 47,
  Zero: 48,
  Nine: 57,
  Colon: 58,
  UpperE: 69,
  OpenBracket: 91,
  Backslash: 92,
  CloseBracket: 93,
  LowerE: 101,
  OpenBrace: 123,
  CloseBrace: 125,
} as const;

const isDigit = (c: number): boolean => c >= Ch.Zero && c <= Ch.Nine;
const isHex = (c: number): boolean =>
  (c >= Ch.Zero && c <= Ch.Nine) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const ESCAPES = new Set<number>([Ch.Quote, Ch.Backslash, Ch.Slash, 98, 102, 110, 114, 116]);

class ScanError extends Error {}

/** Line and column (1-based) of offset `at`, for messages. */
function where(text: string, at: number): string {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) {
    line += 1;
    start = i + 1;
  }
  return `line ${line}, column ${at - start + 1}`;
}

/**
 * Scans `text` as one JSON document (RFC 8259, as `JSON.parse` reads it).
 *
 * @returns `{ ok: false, message }` for the first syntax error or broken limit (the message escapes the
 *   character it shows), else `{ ok: true, values, problems, moreProblems }`.
 */
export function scanJson(text: string, limits: ScanLimits = SCAN_LIMITS): Scan {
  const n = text.length;
  let i = 0;
  let values = 0;
  let more = 0;
  const problems: KeyProblem[] = [];
  const stack: Frame[] = [];

  const fail = (what: string, at = i): never => {
    throw new ScanError(`${what} at ${where(text, at)}`);
  };
  const unexpected = (): never => {
    if (i >= n) return fail("unexpected end of input");
    const c = text.codePointAt(i) as number;
    return fail(`unexpected character "${escapeText(String.fromCodePoint(c))}"`);
  };
  const skipSpace = (): void => {
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c !== Ch.Space && c !== Ch.Lf && c !== Ch.Cr && c !== Ch.Tab) return;
    }
  };
  const path = (): (string | number)[] => stack.map((f) => (f.array ? f.index : f.key));
  const problem = (message: string): void => {
    if (problems.length < limits.maxProblems) problems.push({ path: path(), message });
    else more += 1;
  };

  /** Scans the string at `i` (which is a quote); returns its value when `decode`. */
  const string = (decode: boolean): string => {
    const start = i;
    let escaped = false;
    for (i += 1; ; i++) {
      if (i >= n) return fail("unterminated string", start);
      const c = text.charCodeAt(i);
      if (c === Ch.Quote) break;
      if (c < Ch.Space) return fail("a control character inside a string (escape it)");
      if (c === Ch.Backslash) {
        escaped = true;
        const e = text.charCodeAt(i + 1);
        if (e === 117) {
          for (let k = 2; k < 6; k++) if (!isHex(text.charCodeAt(i + k))) return fail("a bad \\u escape");
          i += 5;
        } else if (ESCAPES.has(e)) i += 1;
        else return fail("a bad escape in a string");
      }
    }
    i += 1;
    if (!decode) return "";
    return escaped ? (JSON.parse(text.slice(start, i)) as string) : text.slice(start + 1, i - 1);
  };

  const digits = (): void => {
    if (!isDigit(text.charCodeAt(i))) unexpected();
    while (isDigit(text.charCodeAt(i))) i++;
  };
  const number = (): void => {
    if (text.charCodeAt(i) === Ch.Minus) i++;
    if (text.charCodeAt(i) === Ch.Zero) i++;
    else digits();
    if (text.charCodeAt(i) === Ch.Dot) {
      i++;
      digits();
    }
    const e = text.charCodeAt(i);
    if (e === Ch.LowerE || e === Ch.UpperE) {
      i++;
      const sign = text.charCodeAt(i);
      if (sign === Ch.Plus || sign === Ch.Minus) i++;
      digits();
    }
  };

  /** Scans an object key and its colon; records duplicate and `__proto__` keys. */
  const key = (frame: Frame): void => {
    skipSpace();
    if (text.charCodeAt(i) !== Ch.Quote) {
      if (i < n) fail("expected a key in double quotes");
      unexpected();
    }
    const name = string(true);
    frame.key = name;
    if (name === "__proto__") problem('"__proto__" is not allowed as a key');
    else if (frame.keys?.has(name)) problem("duplicate key (JSON.parse would keep only the last)");
    frame.keys?.add(name);
    skipSpace();
    if (text.charCodeAt(i) !== Ch.Colon) unexpected();
    i += 1;
  };

  try {
    // Each turn scans one value; containers push a frame and continue with their first member.
    for (;;) {
      skipSpace();
      values += 1;
      if (values > limits.maxValues) {
        fail(`more than ${limits.maxValues.toLocaleString("en-GB")} values (the limit)`);
      }
      const c = text.charCodeAt(i);
      let opened = false;
      if (c === Ch.OpenBrace || c === Ch.OpenBracket) {
        if (stack.length >= limits.maxDepth)
          fail(`nesting deeper than ${limits.maxDepth} levels (the limit)`);
        const array = c === Ch.OpenBracket;
        const frame: Frame = { array, index: 0, key: "", keys: array ? undefined : new Set() };
        i += 1;
        skipSpace();
        if (text.charCodeAt(i) === (array ? Ch.CloseBracket : Ch.CloseBrace)) i += 1;
        else {
          stack.push(frame);
          if (!array) key(frame);
          opened = true;
        }
      } else if (c === Ch.Quote) string(false);
      else if (c === Ch.Minus || isDigit(c)) number();
      else if (text.startsWith("true", i)) i += 4;
      else if (text.startsWith("false", i)) i += 5;
      else if (text.startsWith("null", i)) i += 4;
      else unexpected();
      if (opened) continue;
      // The value is complete: close every container it completes, then expect a comma or the end.
      for (;;) {
        skipSpace();
        const frame = stack.at(-1);
        if (frame === undefined) {
          if (i < n) unexpected();
          return { ok: true, values, problems, moreProblems: more };
        }
        const d = text.charCodeAt(i);
        if (d === Ch.Comma) {
          i += 1;
          if (frame.array) frame.index += 1;
          else key(frame);
          break;
        }
        if (d === (frame.array ? Ch.CloseBracket : Ch.CloseBrace)) {
          i += 1;
          stack.pop();
          continue;
        }
        unexpected();
      }
    }
  } catch (error) {
    if (error instanceof ScanError) return { ok: false, message: error.message };
    throw error;
  }
}
