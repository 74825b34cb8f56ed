// A strict XML parser's verdict on the heat map (issue 17, finding 7): Chromium's DOMParser, which reports any
// well-formedness error as a <parsererror>, reads the SVG of every hostile string (as a provider's name and as the
// title) and of the CLI's chart of the hostile dataset. test/cli/output.test.ts runs the quick check on Node alone.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ratingsHeatmapSvg } from "../../src/chart/ratingsHeatmapSvg.js";
import { cli } from "../cli/run.js";
import { HOSTILE } from "../hostile/strings.js";
import { launchChromium } from "./chromium.js";

const record = {
  id: "x-crc-2018-19",
  providerId: "x-crc",
  providerKind: "crc",
  framework: "hmip-2018",
  round: "2018/19",
  overall: "good",
  standards: {},
} as const;

describe("the heat map in a strict XML parser (Chromium's DOMParser)", () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** The parser's error for each document, "" when it is well-formed XML with an <svg> root. */
  async function verdicts(documents: readonly string[]): Promise<string[]> {
    const page = await (browser as Browser).newPage();
    const out = await page.evaluate((docs) => {
      return docs.map((text) => {
        const doc = new DOMParser().parseFromString(text, "image/svg+xml");
        const error = doc.getElementsByTagName("parsererror")[0];
        if (error !== undefined) return error.textContent ?? "parsererror";
        return doc.documentElement.nodeName === "svg" ? "" : `root <${doc.documentElement.nodeName}>`;
      });
    }, documents as string[]);
    await page.close();
    return out;
  }

  test("the parser refuses what XML forbids (the check can fail)", async () => {
    const [bad, good] = await verdicts([
      '<svg xmlns="http://www.w3.org/2000/svg"><title>\u0001</title></svg>',
      "<svg/>",
    ]);
    expect(bad).not.toBe("");
    expect(good).toBe("");
  });

  test("every hostile string, as a provider's name and as the title, gives well-formed XML", async () => {
    const documents = HOSTILE.map(([, text]) =>
      ratingsHeatmapSvg([record], { providers: [{ id: "x-crc", name: text }], title: text }),
    );
    const found = await verdicts(documents);
    expect(found.map((v, i) => (v === "" ? "" : `${HOSTILE[i]?.[0]}: ${v}`)).filter(Boolean)).toEqual([]);
  });

  test("before the fix, a control character in a name made the chart unreadable: the old escaping fails", async () => {
    const old = (text: string): string =>
      text.replace(
        /[&<>"']/g,
        (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] ?? c,
      );
    const [verdict] = await verdicts([
      `<svg xmlns="http://www.w3.org/2000/svg"><title>${old("a\u0001\uffff")}</title></svg>`,
    ]);
    expect(verdict).not.toBe("");
  });

  test("the CLI's chart of the shipped data is well-formed", async () => {
    const run = await cli("chart");
    expect(run.code).toBe(0);
    expect(await verdicts([run.stdout])).toEqual([""]);
  });
});
