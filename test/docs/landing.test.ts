// The API docs' landing page (docs/typedoc/index.md, typedoc's readme): its task table lists every value the root
// entry exports, it points to what the API pages do not show (the data files, the command line, the notebooks),
// and it does not repeat the title typedoc already prints.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import * as api from "../../src/index.js";

const landing = readFileSync(new URL("../../docs/typedoc/index.md", import.meta.url), "utf8");
const section = (heading: string): string =>
  landing.split(/^## /m).find((s) => s.startsWith(`${heading}\n`)) ?? "";

describe("docs/typedoc/index.md", () => {
  test("the task table links every value the root entry exports, each once", () => {
    const table = section("Functions by task");
    const linked = [...table.matchAll(/\{@link crc-inspections!(\w+) \|/g)].map((m) => m[1] as string);
    const exported = Object.keys(api).sort();
    expect(exported.length).toBeGreaterThan(20);
    expect(exported.filter((name) => !linked.includes(name))).toEqual([]);
    expect(linked.filter((name) => !exported.includes(name))).toEqual([]);
    expect(linked.length).toBe(new Set(linked).size);
  });

  test("does not print the title typedoc already prints", () => {
    expect(landing).not.toMatch(/^# /m);
  });

  test("points to the data files, the command line and the notebooks", () => {
    for (const file of ["data/inspections.csv", "data/ratings.csv", "datapackage.json", "docs/codebook.md"])
      expect(section("Data files")).toContain(file);
    for (const command of ["league", "show", "ratings", "deltas", "export", "validate", "chart"])
      expect(section("Command line")).toContain(`crc-inspections ${command}`);
    expect(section("Notebooks")).toContain("docs/notebooks.md");
  });
});
