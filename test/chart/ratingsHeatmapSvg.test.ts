import { describe, expect, test } from "vitest";
import { ratingsHeatmapSvg } from "../../src/chart/ratingsHeatmapSvg.js";
import { inspections, providers } from "../../src/data/dataset.js";
import { count, wellFormed } from "./svg.js";

const crc = { providerKind: "crc", framework: "hmip-2018", round: "2018/19" } as const;
const nps = { providerKind: "nps", framework: "hmip-2018", round: "2018/19" } as const;

describe("ratingsHeatmapSvg", () => {
  test("returns a small SVG that says so when nothing is left to draw", () => {
    const svg = ratingsHeatmapSvg([]);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("No rated inspections to show.");
    expect(wellFormed(svg)).toBe(true);
    const qi = ratingsHeatmapSvg([
      { ...crc, id: "q", providerId: "q-crc", framework: "quality-and-impact", round: null, standards: {} },
    ]);
    expect(qi).toContain("No rated inspections to show.");
  });

  test("draws one cell per standard and one overall cell per inspection, with tooltips", () => {
    const svg = ratingsHeatmapSvg([
      {
        ...crc,
        id: "a-2018-19",
        providerId: "a-crc",
        overall: "good",
        standards: { leadership: "outstanding" },
      },
      { ...crc, id: "b-2018-19", providerId: "b-crc", overall: "inadequate", standards: {} },
    ]);
    expect(count(svg, '<g class="cell ')).toBe(2 * 11 + 6); // 10 standards + overall per row, 6 legend cells
    expect(svg).toContain("<title>a-crc, 2018/19: Leadership: Outstanding</title>");
    expect(svg).toContain(
      "<title>b-crc, 2018/19: Leadership: unknown (no source read so far states it); the evidence allows: Outstanding, Good, Requires improvement, Inadequate</title>",
    );
    expect(svg).toContain("<title>b-crc, 2018/19: Overall: Inadequate; unofficial score 0–5 of 30</title>");
    expect(svg).toContain("4.2 Through the Gate");
    expect(svg).not.toContain("Statutory victim work");
    expect(svg).not.toContain("Does not apply");
    expect(wellFormed(svg)).toBe(true);
  });

  test("hatches unknown cells and explains them in a legend", () => {
    const svg = ratingsHeatmapSvg([{ ...crc, id: "a", providerId: "a-crc", standards: {} }]);
    expect(svg).toContain('<pattern id="unknown-hatch"');
    expect(count(svg, 'fill="url(#unknown-hatch)"')).toBe(10 + 1 + 1); // standards, overall, legend
    expect(svg).toContain("Unknown: no source read so far states it");
  });

  test("uses the Okabe–Ito colours with a letter in each rated cell", () => {
    const svg = ratingsHeatmapSvg([
      {
        ...crc,
        id: "a",
        providerId: "a-crc",
        overall: "requires-improvement",
        standards: {
          leadership: "outstanding",
          staff: "good",
          services: "requires-improvement",
          assessment: "inadequate",
        },
      },
    ]);
    for (const [fill, letter] of [
      ["#0072B2", "O"],
      ["#56B4E9", "G"],
      ["#E69F00", "RI"],
      ["#D55E00", "I"],
    ]) {
      expect(svg).toMatch(new RegExp(`fill="${fill}"/><text [^>]*>${letter}</text>`));
    }
  });

  test("says in the tooltips what the evidence allows, from the same model as scoreInspection", () => {
    const svg = ratingsHeatmapSvg([
      {
        ...crc,
        id: "o-2018-19",
        providerId: "o-crc",
        overall: "outstanding",
        standards: { leadership: "good", staff: "good", services: "good" },
        partialCounts: [{ ratings: ["outstanding"], min: 6 }],
      },
    ]);
    expect(svg).toContain(
      "<title>o-crc, 2018/19: Assessment: unknown (no source read so far states it); the evidence allows: Outstanding, Good</title>",
    );
    expect(svg).toContain(
      "<title>o-crc, 2018/19: Overall: Outstanding; partial counts: at least 6 Outstanding; unofficial score 26–27 of 30</title>",
    );
  });

  test("draws a dashed 'not rated' cell for an inspection without an overall rating", () => {
    const svg = ratingsHeatmapSvg([
      { ...crc, round: "2019/20", id: "h", providerId: "h-crc", overall: "not-rated", standards: {} },
    ]);
    expect(svg).toContain(
      "<title>h-crc, 2019/20: Overall: not rated by HMI Probation; unofficial score 0–30 of 30</title>",
    );
    expect(count(svg, 'class="cell not-rated"')).toBe(2); // the row and the legend
  });

  test("shows all twelve standards with n/a cells when CRCs and NPS divisions are mixed", () => {
    const svg = ratingsHeatmapSvg([
      { ...crc, id: "a", providerId: "a-crc", overall: "good", standards: {} },
      {
        ...nps,
        id: "b",
        providerId: "b-nps",
        overall: "good",
        standards: { "statutory-victim-work": "outstanding" },
      },
    ]);
    expect(svg).toContain("Statutory victim work");
    expect(svg).toContain("Unpaid work");
    expect(count(svg, 'class="cell na"')).toBe(2 + 2 + 1);
    expect(svg).toContain("<title>a-crc, 2018/19: Statutory victim work: does not apply</title>");
    expect(svg).toContain("Does not apply to this kind of provider");
    expect(svg).toContain("CRCs and NPS divisions, 2018/19");
    // CRCs first, then NPS divisions.
    expect(svg.indexOf('data-inspection="a"')).toBeLessThan(svg.indexOf('data-inspection="b"'));
  });

  test("labels rows with provider names, shortened, and adds the round when rounds are mixed", () => {
    const svg = ratingsHeatmapSvg(
      [
        { ...crc, id: "z-2019-20", providerId: "z", round: "2019/20", overall: "good", standards: {} },
        { ...crc, id: "z-2018-19", providerId: "z", overall: "good", standards: {} },
      ],
      { providers: [{ id: "z", name: "Zed Community Rehabilitation Company" }] },
    );
    expect(svg).toContain(">Zed CRC, 2018/19</text>");
    expect(svg).toContain(">Zed CRC, 2019/20</text>");
    expect(svg.indexOf("Zed CRC, 2018/19</text>")).toBeLessThan(svg.indexOf("Zed CRC, 2019/20</text>"));
    expect(svg).toContain("Community Rehabilitation Companies, 2018/19 and 2019/20</text>");
    // Standards whose numbering differs between the rounds are shown by name alone.
    expect(svg).toContain(">Unpaid work</text>");
    expect(svg).toContain(">1.1 Leadership</text>");
  });

  test("draws a 2020/21 inspection, filters to its round and names every round present in the title", () => {
    const later = {
      ...nps,
      id: "s-2020-21",
      providerId: "s",
      round: "2020/21",
      overall: "good",
      standards: { leadership: "good", "statutory-victim-work": "outstanding" },
    } as const;
    const earlier = { ...nps, id: "s-2018-19", providerId: "s", overall: "good", standards: {} } as const;
    const qi = {
      ...nps,
      id: "s-qi",
      providerId: "s",
      framework: "quality-and-impact",
      round: null,
      standards: {},
    } as const;
    const all = ratingsHeatmapSvg([later, earlier, qi]);
    expect(all).toContain(">s, 2020/21</text>");
    expect(all).toContain("<title>s, 2020/21: Statutory victim work: Outstanding</title>");
    expect(all).toContain("National Probation Service divisions, 2018/19 and 2020/21</text>");
    expect(all).not.toContain('data-inspection="s-qi"');
    const only = ratingsHeatmapSvg([later, earlier, qi], { round: "2020/21" });
    expect(only).toContain('data-inspection="s-2020-21"');
    expect(only).not.toContain('data-inspection="s-2018-19"');
    expect(only).toContain("National Probation Service divisions, 2020/21</text>");
    // The 2020/21 numbering is not verified, so the columns carry names alone.
    expect(only).toContain(">Leadership</text>");
    expect(only).not.toContain(">1.1 Leadership</text>");
  });

  test("truncates very long labels, keeping the full name in the tooltip", () => {
    const long = "A".repeat(100);
    const svg = ratingsHeatmapSvg([{ ...crc, id: "l", providerId: "l", standards: {} }], {
      providers: [{ id: "l", name: long }],
    });
    expect(svg).toContain(`${"A".repeat(71)}…</text>`);
    expect(svg).toContain(`<title>${long}, 2018/19 (l)</title>`);
  });

  test("shows rating counts where only counts are known", () => {
    const svg = ratingsHeatmapSvg([
      {
        ...crc,
        id: "c",
        providerId: "c-crc",
        overall: "requires-improvement",
        standards: {},
        ratingCounts: { outstanding: 0, good: 5, "requires-improvement": 5, inadequate: 0 },
      },
    ]);
    expect(svg).toContain(">5 G, 5 RI</text>");
    expect(svg).toContain("only as counts");
  });

  test("filters by round and kind, and takes a title", () => {
    const svg = ratingsHeatmapSvg(
      [
        { ...crc, id: "a", providerId: "a-crc", overall: "good", standards: {} },
        { ...nps, id: "b", providerId: "b-nps", overall: "good", standards: {} },
        { ...crc, round: "2019/20", id: "c", providerId: "c-crc", overall: "good", standards: {} },
      ],
      { round: "2018/19", kind: "nps", title: "Mine <& yours>" },
    );
    expect(svg).toContain('data-inspection="b"');
    expect(svg).not.toContain('data-inspection="a"');
    expect(svg).not.toContain('data-inspection="c"');
    expect(svg).toContain("Mine &lt;&amp; yours&gt;");
    expect(ratingsHeatmapSvg([], { kind: "nps", round: "2019/20" })).toContain(
      "National Probation Service divisions, 2019/20",
    );
  });

  test("escapes XML in names and ids", () => {
    const svg = ratingsHeatmapSvg([{ ...crc, id: "a\"'", providerId: "p", standards: {} }], {
      providers: [{ id: "p", name: "Tom & Jerry <CRC>" }],
    });
    expect(svg).toContain("Tom &amp; Jerry &lt;CRC&gt;");
    expect(svg).toContain('data-inspection="a&quot;&apos;"');
    expect(wellFormed(svg)).toBe(true);
  });

  test("is deterministic, does not mutate its input and draws the whole dataset", () => {
    const copy = JSON.stringify(inspections);
    const a = ratingsHeatmapSvg(inspections, { providers });
    expect(ratingsHeatmapSvg(inspections, { providers })).toBe(a);
    expect(JSON.stringify(inspections)).toBe(copy);
    const rated = inspections.filter((i) => i.framework === "hmip-2018");
    expect(count(a, 'class="row"')).toBe(rated.length);
    expect(wellFormed(a)).toBe(true);
  });

  test("throws on bad arguments, naming the function", () => {
    expect(() => ratingsHeatmapSvg("x" as never)).toThrow(
      new TypeError('ratingsHeatmapSvg: expected an array of inspections, got "x"'),
    );
    expect(() => ratingsHeatmapSvg([], { round: "2021/22" as never })).toThrow(RangeError);
    expect(() => ratingsHeatmapSvg([], { kind: "prison" as never })).toThrow(
      /^ratingsHeatmapSvg: unknown provider kind "prison"$/,
    );
  });
});

describe("ratingsHeatmapSvg and long names (issue 17, finding 8)", () => {
  test("500 rows named with a million characters each: no 'Invalid string length', names cut in tooltips", () => {
    const name = "N".repeat(1_000_000);
    // 500 rows × 12 tooltips × 1e6 characters: past V8's longest string had each tooltip copied the name.
    const rows = Array.from({ length: 500 }, (_, i) => ({
      ...crc,
      id: `p${i}-crc-2018-19`,
      providerId: `p${i}-crc`,
      overall: "good" as const,
      standards: {},
    }));
    const svg = ratingsHeatmapSvg(rows, { providers: rows.map((r) => ({ id: r.providerId, name })) });
    expect(svg.length).toBeLessThan(5_000_000);
    expect(svg).toContain(`<title>${"N".repeat(119)}…, 2018/19: Leadership: unknown`);
    expect(wellFormed(svg)).toBe(true);
  }, 60_000);

  test("a long title is cut to 200 characters, ending in …", () => {
    const svg = ratingsHeatmapSvg([], { title: "T".repeat(50_000) });
    expect(svg).toContain(`<title id="chart-title">${"T".repeat(199)}…</title>`);
  });
});
