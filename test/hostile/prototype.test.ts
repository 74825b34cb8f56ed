// Issue 17, findings 3 and 13: no result depends on what Object.prototype or Array.prototype holds, for every key
// the code reads, its own intermediate objects included, and for the optional keys a caller reads from a result
// (`exact`, `contradiction`). The keys are every property name and string the source mentions, found by reading
// src/, so a key read by new code is covered without editing this file.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
  countRatings,
  gradeCaseStandard,
  HMIP_2018_SCHEME,
  inspectionDelta,
  inspections,
  latestInspection,
  leagueTable,
  leagueTableLeftOut,
  possibleOverallRatings,
  possibleStandardRatings,
  providers,
  ratingDistribution,
  scoreInspection,
  validateScheme,
  yearOnYearDeltas,
} from "../../src/index.js";
import { validateDataset } from "../../src/schema/index.js";

const byId = (id: string) => {
  const found = inspections.find((i) => i.id === id);
  if (found === undefined) throw new Error(`the dataset lost ${id}`);
  return found;
};
const merseyside = byId("merseyside-crc-2018-19");

/** Every property name and quoted word in src/ (the command line aside): the keys the code can read. */
function keysRead(): string[] {
  const keys = new Set<string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== "cli") walk(path);
      } else if (name.endsWith(".ts") && !name.includes(".generated.")) {
        const code = readFileSync(path, "utf8").replace(/\/\/.*|\/\*[\s\S]*?\*\//g, "");
        for (const m of code.matchAll(/\.([A-Za-z_$][\w$]*)/g)) keys.add(m[1] as string);
        for (const m of code.matchAll(/"([A-Za-z][\w.-]*)"/g)) keys.add(m[1] as string);
      }
    }
  };
  walk(join(import.meta.dirname, "../../src"));
  // Keys Object.prototype already has are built-ins to replace, not keys to add: out of scope (see SECURITY.md).
  return [...keys].filter((key) => !(key in Object.prototype)).sort();
}

/**
 * The timelines of a few providers, chosen for what their records hold (rating counts, partial counts, not rated,
 * Quality & Impact, 2020/21, two rated rounds), so that hundreds of polluted runs take seconds.
 */
const SAMPLE = (() => {
  const picks = [
    (i: (typeof inspections)[number]) => i.ratingCounts !== undefined,
    (i: (typeof inspections)[number]) => i.partialCounts !== undefined,
    (i: (typeof inspections)[number]) => i.overall === "not-rated" && i.framework === "hmip-2018",
    (i: (typeof inspections)[number]) => i.framework === "quality-and-impact",
    (i: (typeof inspections)[number]) => i.round === "2020/21",
    (i: (typeof inspections)[number]) => i.providerId === "merseyside-crc",
    (i: (typeof inspections)[number]) => i.providerKind === "nps" && i.overall === "good",
  ];
  const chosen = new Set(picks.map((pick) => inspections.find(pick)?.providerId));
  return inspections.filter((i) => chosen.has(i.providerId));
})();

/** What a caller gets and reads: the results, and the optional keys read from them. */
function everything(inspections: readonly (typeof SAMPLE)[number][] = SAMPLE): unknown {
  const scores = inspections.map((i) => scoreInspection(i));
  const table = leagueTable(inspections, { providers });
  const deltas = yearOnYearDeltas(inspections);
  return {
    countRatings: countRatings(inspections),
    byStandard: countRatings(inspections, { standard: "leadership" }),
    byRound: ratingDistribution(inspections, "round"),
    byOwner: ratingDistribution(inspections, "owner"),
    byStandardRows: ratingDistribution(inspections, "standard"),
    scores,
    scoreReads: scores.map((s) => [s.exact, s.contradiction, s.withoutOverall.exact]),
    possible: inspections.map((i) => possibleOverallRatings(i)),
    possibleStandards: inspections.map((i) => possibleStandardRatings(i)),
    table,
    tableReads: table.map((row) => [row.score.exact, row.complete, row.contradiction]),
    leftOut: leagueTableLeftOut(inspections),
    deltas,
    deltaReads: deltas.map((d) => [d.elapsed?.days.exact, d.score.change?.exact, d.score.to.exact]),
    latest: [...new Set(inspections.map((i) => i.providerId))].map((id) => [
      latestInspection(id)?.id,
      latestInspection(id, { rated: true })?.id,
    ]),
    graded: gradeCaseStandard([70, 80]),
    scheme: validateScheme(JSON.parse(JSON.stringify(HMIP_2018_SCHEME))),
    delta: inspectionDelta(byId("merseyside-crc-2019-20"), merseyside),
  };
}

/** `everything()` with `key` set to `value` on `target`, the pollution removed before anything is compared. */
function pollutedWith(target: object, key: string, value: unknown): string {
  const place = target as Record<string, unknown>;
  place[key] = value;
  let result: unknown;
  try {
    result = everything();
  } catch (error) {
    result = `threw ${String(error)}`;
  } finally {
    delete place[key];
  }
  return JSON.stringify(result, (_k, v) => (v === undefined ? "(undefined)" : v));
}

const clean = pollutedWith({}, "unused", 0);
const allInspections = inspections;
const cleanAll = JSON.stringify(everything(allInspections), (_k, v) => (v === undefined ? "(undefined)" : v));

describe("finding 3: a key added to Object.prototype changes no result", () => {
  const keys = keysRead();

  test("the sample holds every kind of record the sweep needs", () => {
    expect(SAMPLE.length).toBeGreaterThanOrEqual(8);
    expect(SAMPLE.length).toBeLessThan(inspections.length / 2);
  });

  test("the keys read include those of the issue and of the code's own intermediate objects", () => {
    for (const key of [
      "exact",
      "contradiction",
      "day",
      "rated",
      "overall",
      "min",
      "max",
      "providers",
      "scheme",
    ]) {
      expect(keys).toContain(key);
    }
  });

  test.each([20, "good", true])("each of the keys read, set to %o", (value) => {
    const changed = keys.filter((key) => pollutedWith(Object.prototype, key, value) !== clean);
    expect(changed).toEqual([]);
  });

  test("the cases of the issue: exact, contradiction, day and rated", () => {
    const proto = Object.prototype as Record<string, unknown>;
    try {
      proto.exact = 20;
      const score = scoreInspection(merseyside);
      expect([score.min, score.max, score.exact]).toEqual([6, 15, undefined]);
      expect(leagueTable(inspections).filter((row) => row.complete).length).toBe(
        leagueTable(inspections).filter((row) => row.score.min === row.score.max).length,
      );
      delete proto.exact;
      proto.contradiction = 1;
      expect(leagueTable(inspections).some((row) => row.contradiction)).toBe(false);
      delete proto.contradiction;
      proto.rated = true;
      expect(latestInspection("hampshire-isle-of-wight-crc")?.id).toBe("hampshire-isle-of-wight-crc-2019-20");
    } finally {
      for (const key of ["exact", "contradiction", "rated"]) delete proto[key];
    }
  });

  test("Object.prototype.day = 1 does not turn month dates into days", () => {
    const before = JSON.stringify(yearOnYearDeltas(inspections));
    const proto = Object.prototype as Record<string, unknown>;
    let after: string;
    try {
      proto.day = 1;
      after = JSON.stringify(yearOnYearDeltas(inspections));
    } finally {
      delete proto.day;
    }
    expect(after).toBe(before);
  });
});

describe("validateDataset under a polluted Object.prototype", () => {
  /** Every key of the shipped records, at any depth, and one key no record has. */
  const recordKeys = (): string[] => {
    const keys = new Set<string>(["trimEnd"]);
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (typeof node === "object" && node !== null) {
        for (const [key, value] of Object.entries(node)) {
          keys.add(key);
          walk(value);
        }
      }
    };
    walk(providers);
    walk(inspections);
    return [...keys].sort();
  };
  // The sample's inspections and their providers: every kind of record, a few of each.
  const copy = () => ({
    providers: JSON.parse(JSON.stringify(providers.filter((p) => SAMPLE.some((i) => i.providerId === p.id)))),
    inspections: JSON.parse(JSON.stringify(SAMPLE)),
  });

  test("accepts the shipped data whatever key of a record is added (zod's for…in would list it as unknown)", () => {
    const proto = Object.prototype as Record<string, unknown>;
    const refused: string[] = [];
    for (const key of recordKeys()) {
      const data = copy();
      proto[key] = 20;
      let ok: boolean;
      try {
        ok = validateDataset(data).ok;
      } finally {
        delete proto[key];
      }
      if (!ok) refused.push(key);
    }
    expect(refused).toEqual([]);
  }, 30_000);
});

describe("findings 3 and 13: Array.prototype's indexes fill no hole and change no result", () => {
  test("Array.prototype[1] = record does not fill the hole in countRatings([a, , b])", () => {
    const proto = Array.prototype as unknown as Record<number, unknown>;
    let message = "";
    try {
      proto[1] = merseyside;
      // biome-ignore lint/suspicious/noSparseArray: the hole is the point
      countRatings([merseyside, , merseyside] as never);
    } catch (error) {
      message = (error as Error).message;
    } finally {
      delete proto[1];
    }
    expect(message).toBe(
      "countRatings: inspections[1] must be an inspection object, got an empty slot (the array is sparse)",
    );
  });

  test.each([
    ["leagueTable", (a: never) => leagueTable(a)],
    ["yearOnYearDeltas", (a: never) => yearOnYearDeltas(a)],
    ["ratingDistribution", (a: never) => ratingDistribution(a, "round")],
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    ["gradeCaseStandard", () => gradeCaseStandard([70, , 80] as never)],
  ])("%s refuses the hole too", (fn, run) => {
    const proto = Array.prototype as unknown as Record<number, unknown>;
    let message = "";
    try {
      proto[1] = fn === "gradeCaseStandard" ? 90 : merseyside;
      // biome-ignore lint/suspicious/noSparseArray: the hole is the point
      run([merseyside, , merseyside] as never);
    } catch (error) {
      message = (error as Error).message;
    } finally {
      delete proto[1];
    }
    expect(message).toMatch(new RegExp(`^${fn}: .*empty slot`));
  });

  test("indexes 0 to 20 of Array.prototype, set to a record, change no result", () => {
    const proto = Array.prototype as unknown as Record<number, unknown>;
    let result: string;
    try {
      for (let i = 0; i <= 20; i++) proto[i] = merseyside;
      result = JSON.stringify(everything(allInspections), (_k, v) => (v === undefined ? "(undefined)" : v));
    } finally {
      for (let i = 0; i <= 20; i++) delete proto[i];
    }
    expect(result).toBe(cleanAll);
  });
});
