// The heat maps in docs/ are generated files: test/data/dataset.test.ts checks they are fresh.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import pkg from "../../package.json" with { type: "json" };

describe("docs/", () => {
  test("CITATION.cff is a CFF 1.2.0 dataset citation with the package's version and licences", () => {
    const cff = readFileSync(new URL("../../CITATION.cff", import.meta.url), "utf8");
    expect(cff).toMatch(/^cff-version: 1\.2\.0$/m);
    expect(cff).toMatch(/^type: dataset$/m);
    expect(cff).toMatch(new RegExp(`^version: ${pkg.version.replaceAll(".", "\\.")}$`, "m"));
    expect(cff).toMatch(/^license:\n {2}- MIT\n {2}- OGL-UK-3\.0$/m);
    expect(cff).toContain("HM Inspectorate of Probation");
  });
});
