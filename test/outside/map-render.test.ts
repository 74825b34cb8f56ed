// The tile map as a reader sees it (issue 20): rendered by Chromium at 600 px wide, for every round and kind, every
// tile's labels sit inside its square at a readable size and nothing is drawn outside the picture.
// test/chart/ratingsTileMapSvg.test.ts checks the SVG's structure on Node alone.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ratingsTileMapSvg } from "../../src/chart/ratingsTileMapSvg.js";
import { areaCoverage, inspections, policeForceAreas, providers } from "../../src/data/index.js";
import { PROVIDER_KINDS, ROUNDS } from "../../src/standards/catalogue.js";
import { launchChromium } from "./chromium.js";

interface Layout {
  readonly width: number;
  readonly tiles: number;
  readonly problems: readonly string[];
}

describe("the tile map rendered by Chromium at 600 px", () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Renders the SVG on a 600 px page, takes a PNG, and measures every tile's and every text's box. */
  async function render(svg: string): Promise<{ png: Buffer; layout: Layout }> {
    const page = await (browser as Browser).newPage({ viewport: { width: 600, height: 800 } });
    await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
    const layout = await page.evaluate((): Layout => {
      const root = document.querySelector("svg") as SVGSVGElement;
      const outer = root.getBoundingClientRect();
      const problems: string[] = [];
      const tiles = [...root.querySelectorAll("g.tile")];
      for (const tile of tiles) {
        const square = (tile.querySelector("rect") as SVGRectElement).getBoundingClientRect();
        const texts = [...tile.querySelectorAll("text")];
        if (texts.length === 0) problems.push(`${tile.getAttribute("data-area")}: no label`);
        for (const text of texts) {
          const box = text.getBoundingClientRect();
          const size = Number.parseFloat(getComputedStyle(text).fontSize);
          const inside =
            box.left >= square.left - 0.5 &&
            box.right <= square.right + 0.5 &&
            box.top >= square.top - 0.5 &&
            box.bottom <= square.bottom + 0.5;
          if (!inside)
            problems.push(`${tile.getAttribute("data-area")}: "${text.textContent}" leaves its tile`);
          if (size < 11)
            problems.push(`${tile.getAttribute("data-area")}: "${text.textContent}" at ${size} px`);
        }
      }
      for (const text of root.querySelectorAll("text")) {
        const box = text.getBoundingClientRect();
        if (box.left < outer.left - 0.5 || box.right > outer.right + 0.5 || box.bottom > outer.bottom + 0.5)
          problems.push(`"${text.textContent}" is cut off at the edge`);
      }
      return { width: outer.width, tiles: tiles.length, problems };
    });
    const png = await page.screenshot({ fullPage: true, type: "png" });
    await page.close();
    return { png, layout };
  }

  test("the check can fail: a label wider than its tile is found", async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="100"><g class="tile" data-area="X">' +
      '<rect x="0" y="0" width="60" height="60"/><text x="5" y="20" font-size="11">a label far too wide</text></g></svg>';
    const { layout } = await render(svg);
    expect(layout.problems).toEqual(['X: "a label far too wide" leaves its tile']);
  });

  for (const round of ROUNDS) {
    for (const kind of PROVIDER_KINDS) {
      test(`${round} ${kind}: 600 px wide, 43 tiles, every label inside its tile at 11 px or more`, async () => {
        const svg = ratingsTileMapSvg(inspections, {
          areas: policeForceAreas,
          coverage: areaCoverage,
          providers,
          round,
          kind,
        });
        const { png, layout } = await render(svg);
        expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
        expect(png.readUInt32BE(16)).toBe(600); // the PNG's IHDR width
        expect(layout.width).toBe(600);
        expect(layout.tiles).toBe(policeForceAreas.length);
        expect(layout.problems).toEqual([]);
      });
    }
  }
});
