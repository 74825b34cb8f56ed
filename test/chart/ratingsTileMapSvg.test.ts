import { describe, expect, test } from "vitest";
import { ratingsHeatmapSvg } from "../../src/chart/ratingsHeatmapSvg.js";
import { ratingsTileMapSvg } from "../../src/chart/ratingsTileMapSvg.js";
import { areaCoverage, inspections, policeForceAreas, providers } from "../../src/data/index.js";
import { PROVIDER_KINDS, ROUNDS } from "../../src/standards/catalogue.js";
import { HOSTILE, xmlProblem } from "../hostile/strings.js";
import { count, wellFormed } from "./svg.js";

const shipped = { areas: policeForceAreas, coverage: areaCoverage, providers };
const fills = (svg: string): Set<string> =>
  new Set([...svg.matchAll(/fill="(#[0-9A-F]{6})"/g)].map((m) => m[1] as string));

/** Two made-up CRCs over Cumbria (E23000002) and Lancashire (E23000003), and Durham (E23000008) alone. */
const mini = {
  areas: [
    { code: "E23000002", name: "Cumbria" },
    { code: "E23000003", name: "Lancashire" },
    { code: "E23000008", name: "Durham" },
    { code: "E23000013", name: "Cleveland" },
  ],
  coverage: [
    { providerId: "a-crc", areaCode: "E23000002" },
    { providerId: "a-crc", areaCode: "E23000003" },
    { providerId: "b-crc", areaCode: "E23000008" },
  ],
  providers: [
    { id: "a-crc", name: "A CRC", kind: "crc" as const },
    { id: "b-crc", name: "B CRC", kind: "crc" as const },
  ],
  round: "2018/19" as const,
  kind: "crc" as const,
};
const rated = (providerId: string, overall: "good" | "inadequate" | "not-rated" | undefined) => ({
  id: `${providerId}-2018-19`,
  providerId,
  framework: "hmip-2018",
  round: "2018/19" as const,
  overall,
});

describe("ratingsTileMapSvg", () => {
  test.each(ROUNDS.flatMap((round) => PROVIDER_KINDS.map((kind) => [round, kind] as const)))(
    "draws the shipped %s %s map: well-formed, one labelled tile per police force area",
    (round, kind) => {
      const svg = ratingsTileMapSvg(inspections, { ...shipped, round, kind });
      expect(svg.startsWith("<svg")).toBe(true);
      expect(wellFormed(svg)).toBe(true);
      expect(count(svg, '<g class="tile ')).toBe(43);
      for (const area of policeForceAreas) {
        const tile = new RegExp(
          `<g class="tile [a-z-]+" data-area="${area.code}"><title>([^<]*)</title>`,
        ).exec(svg);
        expect(tile?.[1], area.code).toContain(`${area.name.replaceAll("&", "&amp;")} (${area.code})`);
      }
      expect(svg).toContain(
        "Contains public sector information licensed under the Open Government Licence v3.0.",
      );
      expect(svg).toContain("Source: crc-inspections");
    },
  );

  test("uses the heat map's palette: every colour of a rated tile is one the heat map draws", () => {
    const heat = fills(ratingsHeatmapSvg(inspections, { providers, round: "2018/19" }));
    const map = ratingsTileMapSvg(inspections, { ...shipped, round: "2018/19", kind: "crc" });
    const neutral = new Set(["#FFFFFF", "#E6E6E6", "#F2F2F2", "#1A1A1A", "#4D4D4D", "#333333", "#000000"]);
    for (const colour of fills(map)) expect(heat.has(colour) || neutral.has(colour), colour).toBe(true);
    expect(fills(map).has("#E69F00")).toBe(true); // Requires improvement, as in the heat map
    expect(map).toContain('<pattern id="unknown-hatch"');
  });

  test("colours each tile by its provider's overall rating, with the heat map's letters", () => {
    const svg = ratingsTileMapSvg([rated("a-crc", "good"), rated("b-crc", "inadequate")], mini);
    expect(svg).toContain(
      '<g class="tile good" data-area="E23000002"><title>Cumbria (E23000002): A CRC: Good (a-crc-2018-19)</title>',
    );
    expect(svg).toContain('<g class="tile inadequate" data-area="E23000008">');
    expect(count(svg, '<g class="tile good"')).toBe(2);
  });

  test("draws an area no source settles as a gap, with a legend entry, never a guess", () => {
    const svg = ratingsTileMapSvg([rated("a-crc", "good")], mini);
    expect(svg).toContain(
      '<g class="tile no-settled-provider" data-area="E23000013"><title>Cleveland (E23000013): Gap: no source settles the provider</title>',
    );
    expect(svg).toContain('<g class="legend-item no-settled-provider">');
    expect(svg).toContain(
      '<g class="tile not-inspected" data-area="E23000008"><title>Durham (E23000008): B CRC: Not inspected in this round</title>',
    );
  });

  test("hatches a rating no source states and dashes one HMI Probation did not give", () => {
    const unknown = ratingsTileMapSvg([rated("a-crc", undefined)], mini);
    expect(unknown).toContain('<g class="tile unknown" data-area="E23000002">');
    expect(unknown).toContain('fill="url(#unknown-hatch)"');
    const notRated = ratingsTileMapSvg([rated("a-crc", "not-rated")], mini);
    expect(notRated).toContain('<g class="tile not-rated" data-area="E23000002">');
  });

  test("groups a provider's tiles: no outline between two of its areas, an outline between two providers", () => {
    const svg = ratingsTileMapSvg([], mini);
    const outline = /class="provider-outlines" d="([^"]*)"/.exec(svg)?.[1] ?? "";
    // Tiles are 60 px on a 66 px grid from (39, 100); outlines run along the grid lines, 3 px outside each tile.
    // Cumbria (column 3, row 1) sits above Lancashire (3, 2): their shared edge, from x 234 to 300 at y 229.
    expect(outline).not.toContain("M234 229H300");
    expect(outline).toContain("M234 163H300"); // Cumbria's top edge: nothing above it
    // Durham (4, 1) and Cleveland (5, 1) differ (b-crc, and a gap): an outline between them at x 366.
    expect(outline).toContain("M366 163V229");
  });

  test("marks an area two inspected providers of one kind both claim as ambiguous", () => {
    const svg = ratingsTileMapSvg([rated("a-crc", "good"), rated("b-crc", "good")], {
      ...mini,
      coverage: [...mini.coverage, { providerId: "b-crc", areaCode: "E23000002" }],
    });
    expect(svg).toContain('<g class="tile ambiguous" data-area="E23000002">');
    expect(svg).toContain('<g class="legend-item ambiguous">');
  });

  test("respects a coverage row's dates: a row that ended before the round does not count", () => {
    const svg = ratingsTileMapSvg([rated("a-crc", "good")], {
      ...mini,
      coverage: [{ providerId: "a-crc", areaCode: "E23000002", to: "2017-12" }],
    });
    expect(svg).toContain('<g class="tile no-settled-provider" data-area="E23000002">');
  });

  test("escapes hostile names and cuts long ones visibly", () => {
    const svg = ratingsTileMapSvg([rated("a-crc", "good")], {
      ...mini,
      areas: [{ code: "E23000002", name: `<script>alert("x")</script>&${"x".repeat(200)}` }],
      providers: [{ id: "a-crc", name: "A & <b>", kind: "crc" }],
      title: `<title>${"T".repeat(100)}`,
    });
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;");
    expect(svg).toContain("A &amp; &lt;b&gt;");
    expect(svg).toContain("…");
    expect(svg).not.toContain("x".repeat(100));
    expect(wellFormed(svg)).toBe(true);
  });

  test("every hostile string in a name, an area or the title leaves well-formed XML (the heat map's escape)", () => {
    for (const [label, text] of HOSTILE) {
      const svg = ratingsTileMapSvg([rated("a-crc", "good")], {
        ...mini,
        areas: [{ code: "E23000002", name: `Cumbria ${text}` }, ...mini.areas.slice(1)],
        providers: [{ id: "a-crc", name: `A ${text}`, kind: "crc" }],
        title: `Map ${text}`,
      });
      expect(xmlProblem(svg), label).toBe("");
    }
  });

  test("throws a TypeError or RangeError that names the function on bad arguments", () => {
    const call = (inspectionsArg: unknown, options: unknown) => () =>
      ratingsTileMapSvg(inspectionsArg as never, options as never);
    expect(call("x", mini)).toThrow(/^ratingsTileMapSvg: /);
    expect(call("x", mini)).toThrow(TypeError);
    expect(call([], undefined)).toThrow(TypeError);
    expect(call([], { ...mini, round: "2017/18" })).toThrow(RangeError);
    expect(call([], { ...mini, kind: "prison" })).toThrow(/^ratingsTileMapSvg: unknown provider kind/);
    expect(call([], { ...mini, colour: "red" })).toThrow(RangeError);
    expect(call([], { ...mini, areas: [{ code: "S23000009", name: "Scotland" }] })).toThrow(
      /^ratingsTileMapSvg: options\.areas\[0\]\.code "S23000009" is not a police force area with a tile/,
    );
    expect(call([], { ...mini, areas: [mini.areas[0], mini.areas[0]] })).toThrow(/given twice/);
    expect(call([], { ...mini, providers: [{ id: "a", name: "A", kind: "prison" }] })).toThrow(RangeError);
    expect(call([1], mini)).toThrow(TypeError);
    expect(call([{ ...rated("a-crc", "good"), overall: "fine" }], mini)).toThrow(/is not a rating key/);
    expect(call([{ ...rated("a-crc", "good"), overall: null }], mini)).toThrow(/is not a rating key/);
    expect(call([], { ...mini, coverage: [{ providerId: 1, areaCode: "E23000002" }] })).toThrow(TypeError);
    expect(call([], { ...mini, title: 5 })).toThrow(TypeError);
  });
});
