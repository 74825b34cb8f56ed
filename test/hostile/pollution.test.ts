// Issue 13, item 4: results do not depend on Object.prototype, and the checked-scheme mark cannot be forged.
import { afterEach, describe, expect, test } from "vitest";
import {
  countRatings,
  gradeCaseStandard,
  gradeScore,
  HMIP_2018_SCHEME,
  inspectionDelta,
  inspections,
  leagueTable,
  possibleOverallRatings,
  providers,
  ratingDistribution,
  ratingsHeatmapSvg,
  scoreInspection,
  validateScheme,
  yearOnYearDeltas,
} from "../../src/index.js";

const merseyside = inspections.find((i) => i.id === "merseyside-crc-2018-19");
if (merseyside === undefined) throw new Error("the dataset lost merseyside-crc-2018-19");

/** Every function that reads inspection records, over the whole dataset. */
const READERS: Readonly<Record<string, () => unknown>> = {
  countRatings: () => countRatings(inspections),
  "countRatings by standard": () => countRatings(inspections, { standard: "leadership" }),
  "ratingDistribution by round": () => ratingDistribution(inspections, "round"),
  "ratingDistribution by owner": () => ratingDistribution(inspections, "owner"),
  "ratingDistribution by standard": () => ratingDistribution(inspections, "standard"),
  leagueTable: () => leagueTable(inspections, { providers }),
  scoreInspection: () => inspections.map((i) => scoreInspection(i)),
  possibleOverallRatings: () => inspections.map((i) => possibleOverallRatings(i)),
  yearOnYearDeltas: () => yearOnYearDeltas(inspections),
  ratingsHeatmapSvg: () => ratingsHeatmapSvg(inspections, { providers }),
};

/** Keys an attacker (or a careless library) might add to Object.prototype, with the values of issue 13. */
const POLLUTION: ReadonlyArray<readonly [string, unknown]> = [
  ["overall", "outstanding"],
  ["ratingCounts", { outstanding: 10, good: 0, "requires-improvement": 0, inadequate: 0 }],
  ["leadership", "outstanding"],
  ["owner", "Polluted Ltd"],
  ["standard", "leadership"],
  ["scheme", { ...HMIP_2018_SCHEME, standardCount: 1 }],
  ["title", "polluted"],
];

const prototype = Object.prototype as Record<string, unknown>;
afterEach(() => {
  for (const [key] of POLLUTION) delete prototype[key];
});

describe("a polluted Object.prototype changes no result", () => {
  const clean = Object.fromEntries(
    Object.entries(READERS).map(([name, run]) => [name, JSON.stringify(run())]),
  );

  test.each(POLLUTION)("Object.prototype.%s", (key, value) => {
    prototype[key] = value;
    for (const [name, run] of Object.entries(READERS)) expect(JSON.stringify(run()), name).toBe(clean[name]);
  });

  test("the cases of issue 13: one Outstanding too many, and Merseyside 2018/19 scoring exactly 30", () => {
    const counted = countRatings(inspections).outstanding;
    const scored = scoreInspection(merseyside);
    prototype.overall = "outstanding";
    expect(countRatings(inspections).outstanding).toBe(counted);
    delete prototype.overall;
    prototype.ratingCounts = { outstanding: 10, good: 0, "requires-improvement": 0, inadequate: 0 };
    expect(scoreInspection(merseyside)).toEqual(scored);
    expect(scoreInspection(merseyside).exact).not.toBe(30);
  });
});

describe("the checked-scheme mark cannot be forged", () => {
  const forge = (change: (scheme: { points: Record<string, number> }) => void): object => {
    const scheme = JSON.parse(JSON.stringify(HMIP_2018_SCHEME));
    change(scheme);
    scheme[Symbol.for("crc-inspections.checked-scheme")] = true;
    return Object.freeze(scheme);
  };
  const nan = forge((s) => {
    s.points.good = Number.NaN;
  });

  test("a forged scheme with good: NaN is checked, and refused, by every function that takes a scheme", () => {
    expect(() => scoreInspection(merseyside, nan as never)).toThrow(
      new RangeError("scoreInspection: invalid scheme: points.good NaN is not a non-negative integer"),
    );
    expect(() => possibleOverallRatings(merseyside, nan as never)).toThrow(
      /^possibleOverallRatings: invalid scheme/,
    );
    expect(() => leagueTable(inspections, { scheme: nan as never })).toThrow(/^leagueTable: invalid scheme/);
    expect(() => yearOnYearDeltas(inspections, nan as never)).toThrow(/^yearOnYearDeltas: invalid scheme/);
    expect(() => gradeCaseStandard([70], nan as never)).toThrow(/^gradeCaseStandard: invalid scheme/);
    expect(() => validateScheme(nan)).toThrow(/^validateScheme: points.good/);
    expect(() => gradeScore(15, nan as never)).toThrow(/^gradeScore: expected a built-in scheme/);
  });

  test("a frozen copy of a built-in scheme is not taken for it by gradeScore until validateScheme returns it", () => {
    const copy = Object.freeze(JSON.parse(JSON.stringify(HMIP_2018_SCHEME)));
    expect(() => gradeScore(15, copy)).toThrow(TypeError);
    expect(gradeScore(15, validateScheme(copy))).toBe("requires-improvement");
  });

  test("a scheme's getters are never called, so it cannot answer one way when checked and another when used", () => {
    let reads = 0;
    const sly = JSON.parse(JSON.stringify(HMIP_2018_SCHEME));
    Object.defineProperty(sly.points, "good", {
      get: () => (reads++ === 0 ? 2 : Number.NaN),
      enumerable: true,
    });
    expect(() => scoreInspection(merseyside, sly)).toThrow(
      new TypeError("scoreInspection: invalid scheme: points.good must be a plain value, not a getter"),
    );
    expect(reads).toBe(0);
  });

  test("a scheme changed after a call is checked again at the next call", () => {
    const mine = JSON.parse(JSON.stringify(HMIP_2018_SCHEME));
    const before = scoreInspection(merseyside, mine);
    mine.points.good = Number.NaN;
    expect(() => scoreInspection(merseyside, mine)).toThrow(/points.good NaN is not a non-negative integer/);
    expect(before.min).toBeLessThanOrEqual(before.max);
  });

  test("inspectionDelta refuses the forged scheme too", () => {
    const [earlier, later] = inspections.filter(
      (i) => i.providerId === "merseyside-crc" && i.overall !== undefined && i.overall !== "not-rated",
    );
    if (earlier === undefined || later === undefined) throw new Error("Merseyside lost an inspection");
    expect(() => inspectionDelta(later, earlier, nan as never)).toThrow(/^inspectionDelta: invalid scheme/);
  });
});
