// Text that reaches a terminal: whatever the user gave us (file names, keys, values, bytes of a bad
// file) is shown escaped, so it cannot move the cursor, change colours, reorder the line (bidi
// controls) or break the one-line-per-problem promise. The rule itself is src/internal/escapeText.ts, shared
// with the writers of CSV, Markdown and SVG.
import { escapeText } from "../internal/escapeText.js";

export { escapeText };

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
