// Text that reaches a terminal: whatever the user gave us (file names, keys, values, bytes of a bad
// file) is shown escaped, so it cannot move the cursor, change colours, reorder the line (bidi
// controls) or break the one-line-per-problem promise.

/**
 * C0 and C1 controls, DEL, line and paragraph separators, the bidi embedding, override and isolate
 * controls, the BOM / zero-width no-break space, and lone surrogates.
 */
const UNSAFE = new RegExp(
  "[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069\\ufeff]" +
    "|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]",
  "g",
);

const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** Escapes the characters a terminal would act on as `\n`, `\t`, `\r`, `\xNN` or `\uNNNN`. */
export function escapeText(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const named = NAMED[c];
    if (named !== undefined) return named;
    const code = c.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, "0")}`
      : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** The longest line the CLI prints about the user's input, in characters (a longer one is cut with `…`). */
export const MAX_LINE = 300;

/** One line for a terminal: escaped, and cut to {@link MAX_LINE} characters (ending in `…` when cut). */
export function escapeLine(text: string, max = MAX_LINE): string {
  // Character by character up to the limit, so a 10 MB message costs no more than a short one.
  let out = "";
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    const piece = escapeText(text.slice(i, i + width));
    if (out.length + piece.length > max - (i + width < text.length ? 1 : 0)) return `${out}…`;
    out += piece;
    i += width;
  }
  return out;
}

/** A user-given string quoted for a message: JSON-style quotes, escaped, at most 80 characters inside. */
export function quote(text: string): string {
  return `"${escapeLine(text.replaceAll("\\", "\\\\").replaceAll('"', '\\"'), 80)}"`;
}
