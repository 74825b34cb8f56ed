// docs/notebooks.md shows exactly what the client tests execute (test/clients/notebooks.test.ts): each code
// block marked `<!-- run: FILE -->` (or `FILE#N`, the N-th code cell of a notebook) equals that file, and every
// example file and notebook cell is shown.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";

const DOC = readFileSync("docs/notebooks.md", "utf8");

/** The marked blocks of a Markdown text: marker target → the block's code. */
function markedBlocks(markdown: string): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const m of markdown.matchAll(/<!-- run: (\S+) -->\n```\w*\n([\s\S]*?)\n```/g)) {
    const [, target, code] = m as unknown as [string, string, string];
    if (blocks.has(target)) throw new Error(`${target} is shown twice`);
    blocks.set(target, code);
  }
  return blocks;
}

/** What each marker must show: every example file, and each code cell of each notebook. */
function examples(): Map<string, string> {
  const wanted = new Map<string, string>();
  for (const file of readdirSync("examples").sort()) {
    const text = readFileSync(`examples/${file}`, "utf8");
    if (file.endsWith(".ipynb")) {
      const cells = (JSON.parse(text) as { cells: { cell_type: string; source: string[] | string }[] }).cells
        .filter((c) => c.cell_type === "code")
        .map((c) => (Array.isArray(c.source) ? c.source.join("") : c.source));
      for (const [i, code] of cells.entries()) wanted.set(`examples/${file}#${i + 1}`, code);
    } else {
      wanted.set(`examples/${file}`, text.replace(/\n$/, ""));
    }
  }
  return wanted;
}

describe("docs/notebooks.md", () => {
  test("shows every example file and notebook cell exactly as the client tests run it", () => {
    const shown = markedBlocks(DOC);
    const wanted = examples();
    expect(wanted.size).toBeGreaterThanOrEqual(6);
    expect([...shown.keys()].sort()).toEqual([...wanted.keys()].sort());
    for (const [target, code] of wanted) expect(shown.get(target), target).toBe(code);
  });

  test("the check notices a block that differs from its file", () => {
    const changed = DOC.replace("crc.leagueTable(inspections", "crc.leagueTable(providers");
    expect(changed).not.toBe(DOC);
    expect(markedBlocks(changed).get("examples/observable.js")).not.toBe(
      examples().get("examples/observable.js"),
    );
  });

  test("says how to use the package before and after it is on npm", () => {
    expect(DOC).toContain("npm:crc-inspections@VERSION");
    expect(DOC).toMatch(/npm install \/path\/to\/crc-inspections-VERSION\.tgz/);
    expect(DOC).toContain("https://cdn.jsdelivr.net/npm/crc-inspections@VERSION/");
  });
});
