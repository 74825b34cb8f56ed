// The one rule for showing a dataset's text where a reader's screen would act on it (a terminal, a rendered
// Markdown table, an SVG label): every character that can move the cursor, change colours, open a hyperlink,
// reorder a line (bidi controls) or break it, and every character XML 1.0 forbids, is written as a visible escape.
// src/cli/escape.ts (terminal), src/cli/output.ts (CSV, Markdown) and src/chart (SVG) all use it.

/**
 * C0 and C1 controls, DEL, line and paragraph separators, the bidi marks, embeddings, overrides and isolates
 * (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), the BOM / zero-width no-break space, the
 * noncharacters U+FFFE and U+FFFF, and lone surrogates.
 */
const UNSAFE = /* @__PURE__ */ new RegExp(
  "[\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069\\ufeff\\ufffe\\uffff]" +
    "|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]",
  "g",
);

const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * Escapes the characters a terminal or a renderer would act on as `\n`, `\t`, `\r`, `\xNN` or `\uNNNN`; the rest
 * of the text is unchanged (a backslash included, so the escapes are for reading, not for decoding).
 */
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
