import { escapeText } from "../internal/escapeText.js";

const XML_ENTITY: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/**
 * Text for SVG, the one escaping rule of the charts (SECURITY.md): the characters XML 1.0 forbids (C0 controls,
 * U+FFFE, U+FFFF, lone surrogates) and those a renderer acts on (C1, DEL, bidi controls, line separators) are
 * written as visible escapes (`\x1b`, `\u202e`), as on a terminal; then `& < > " '` become entities, so the text
 * is well-formed in element content and in attribute values alike.
 */
export const escapeXml = (text: string): string =>
  escapeText(text).replace(/[&<>"']/g, (c) => XML_ENTITY[c] ?? c);
