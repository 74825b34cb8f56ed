// Issue 17, findings 2 and 11, and the schema's limits: a problem list however big or deep the damage, never an
// internal error; and a schema that refuses what cannot be true.
import { describe, expect, test } from "vitest";
import {
  inspections as shippedInspections,
  owners as shippedOwners,
  providers as shippedProviders,
} from "../../src/data/index.js";
import {
  formatPath,
  Inspection,
  MAX_ISSUES,
  Provider,
  ROUND_WINDOWS,
  type RoundWindow,
  SCHEMA_LIMITS,
  validateDataset,
} from "../../src/schema/index.js";
import { validInspections, validProviders } from "../schema/fixtures.js";

// biome-ignore lint/suspicious/noExplicitAny: records broken on purpose
type Json = { [k: string]: any };

const data = (): Json => ({ providers: validProviders(), inspections: validInspections() });

/** The problems of a dataset as `file path: message` lines (the dataset must be invalid). */
function problems(input: unknown): string[] {
  const result = validateDataset(input as never);
  if (result.ok) throw new Error("the dataset was accepted");
  return result.issues.map((i) => `${i.file} ${formatPath(i.path)}: ${i.message}`);
}

describe("finding 2: a problem list however big the damage, never an internal error", () => {
  test("100,000 empty evidence objects in one record: one problem, not 'Maximum call stack size exceeded'", () => {
    const d = data();
    d.inspections[0].evidence = Array.from({ length: 100_000 }, () => ({}));
    expect(problems(d)).toEqual([
      `inspections.json [0].evidence: expected at most ${SCHEMA_LIMITS.list} items, got 100000`,
    ]);
  });

  test("the same damage anywhere in a record, providers included", () => {
    const d = data();
    d.inspections[1].evidence[0].fields = Array.from({ length: 200_000 }, () => 0);
    d.inspections[2].standards = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, 1]));
    d.providers[0].aliases = Array.from({ length: 100_000 }, () => "");
    d.providers[1].evidence = Array.from({ length: 100_000 }, () => ({}));
    expect(problems(d)).toEqual([
      `providers.json [0].aliases: expected at most ${SCHEMA_LIMITS.list} items, got 100000`,
      `providers.json [1].evidence: expected at most ${SCHEMA_LIMITS.list} items, got 100000`,
      `inspections.json [1].evidence[0].fields: expected at most ${SCHEMA_LIMITS.list} items, got 200000`,
      `inspections.json [2].standards: expected an object of at most ${SCHEMA_LIMITS.list} keys`,
    ]);
  });

  test("the record schemas alone measure first too (Inspection.safeParse does not throw)", () => {
    const record = { ...validInspections()[0], evidence: Array.from({ length: 100_000 }, () => ({})) };
    const result = Inspection.safeParse(record);
    expect(result.success).toBe(false);
    expect(result.error?.issues.length).toBe(1);
    const provider = { ...validProviders()[0], areas: Array.from({ length: 100_000 }, () => 1) };
    expect(Provider.safeParse(provider).error?.issues.length).toBe(1);
  });

  test("the problem list stops at MAX_ISSUES and says so", () => {
    const d = data();
    const bad = { ...d.inspections[0], id: "Not A Slug" };
    d.inspections = Array.from({ length: 5_000 }, () => bad);
    const found = problems(d);
    expect(found.length).toBe(MAX_ISSUES + 1);
    expect(found.at(-1)).toBe(
      `inspections.json (root): more problems not listed: stopped after ${MAX_ISSUES}`,
    );
  });

  test("a megabyte key or message is cut short in the problem list", () => {
    const d = data();
    d.inspections[0]["k".repeat(1e6)] = 1;
    const found = problems(d);
    expect(found.length).toBe(1);
    expect(found[0]?.length).toBeLessThan(1_000);
  });

  test.each([
    ["null", null],
    ["a string", "x"],
    ["an array", []],
    [
      "a Proxy whose traps throw",
      new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error("boom");
          },
        },
      ),
    ],
    [
      "a getter that throws",
      Object.defineProperty({ inspections: [] }, "providers", {
        get: () => {
          throw new Error("boom");
        },
        enumerable: true,
      }),
    ],
    ["a sparse array", { providers: validProviders(), inspections: new Array(3) }],
  ])("never throws, whatever the input: %s", (_what, input) => {
    expect(problems(input).length).toBeGreaterThan(0);
  });
});

describe("finding 11: the schema refuses what cannot be true", () => {
  const one = (change: (d: Json) => void): string[] => {
    const d = data();
    change(d);
    return problems(d);
  };

  test("a 2019/20 inspection published in 2017", () => {
    expect(
      one((d) => {
        d.inspections[1].published = "2017-05";
        delete d.inspections[1].fieldworkStart;
      }),
    ).toContainEqual(
      expect.stringMatching(
        /\[1\]\.published: published 2017-05 is outside round 2019\/20' window, 2019-09 to 2020-12/,
      ),
    );
  });

  test("a 2018/19 inspection dated 2031", () => {
    expect(
      one((d) => {
        d.inspections[0].published = "2031-01-10";
      }),
    ).toContainEqual(
      expect.stringMatching(/\[0\]\.published: published 2031-01-10 is outside round 2018\/19/),
    );
  });

  test("fieldwork outside its round's window, and a Quality & Impact inspection after 2018", () => {
    expect(
      one((d) => {
        d.inspections[1].fieldworkStart = "2020-05";
        d.inspections[1].published = "2020-06";
      }),
    ).toContainEqual(
      expect.stringMatching(/fieldworkStart 2020-05 is outside round 2019\/20' window, 2019-09 to 2020-03/),
    );
    expect(
      one((d) => {
        d.inspections[2].published = "2019-02";
      }),
    ).toContainEqual(
      expect.stringMatching(/published 2019-02 is outside the Quality & Impact inspections' window/),
    );
  });

  test.each(["0099-01", "1999-12-31", "0000-01"])("a year before 2000: %s", (date) => {
    expect(
      one((d) => {
        d.providers[0].owners[0].from = date;
      }),
    ).toContainEqual("providers.json [0].owners[0].from: expected a year from 2000 on");
  });

  test("an unknown top-level key", () => {
    expect(
      one((d) => {
        (d as Json).extra = 1;
      }),
    ).toEqual(["dataset extra: unknown key: expected only providers, inspections and owners"]);
  });

  const BLANK = "expected text, not blank";
  const PADDED = "expected text without spaces at either end";
  test.each([
    [
      "a name of three spaces",
      (d: Json) => {
        d.providers[0].name = "   ";
      },
      "[0].name",
      BLANK,
    ],
    [
      "an alias with spaces around it",
      (d: Json) => {
        d.providers[0].aliases = [" dlnr "];
      },
      "[0].aliases[0]",
      PADDED,
    ],
    [
      "an area ending in a space",
      (d: Json) => {
        d.providers[0].areas = ["Example "];
      },
      "[0].areas[0]",
      PADDED,
    ],
    [
      "an owner's blank wording",
      (d: Json) => {
        d.providers[0].owners[0].asNamed = "\t";
      },
      "[0].owners[0].asNamed",
      BLANK,
    ],
  ])("%s", (_what, change, path, message) => {
    expect(one(change)).toContainEqual(`providers.json ${path}: ${message}`);
  });

  test("a publisher of spaces, and inspection text with spaces around it", () => {
    expect(
      one((d) => {
        d.inspections[0].evidence[0].publisher = "  ";
      }),
    ).toContainEqual(`inspections.json [0].evidence[0].publisher: ${BLANK}`);
    expect(
      one((d) => {
        d.inspections[0].notes = " note";
      }),
    ).toContainEqual(`inspections.json [0].notes: ${PADDED}`);
  });
});

describe("the limits: text far longer than any real one is refused", () => {
  test.each([
    [
      "a provider name",
      (d: Json) => {
        d.providers[0].name = "x".repeat(SCHEMA_LIMITS.name + 1);
      },
      "providers.json [0].name",
    ],
    [
      "an alias",
      (d: Json) => {
        d.providers[0].aliases = ["x".repeat(SCHEMA_LIMITS.name + 1)];
      },
      "providers.json [0].aliases[0]",
    ],
    [
      "notes",
      (d: Json) => {
        d.inspections[0].notes = "x".repeat(SCHEMA_LIMITS.text + 1);
      },
      "inspections.json [0].notes",
    ],
    [
      "a URL",
      (d: Json) => {
        d.inspections[0].evidence[0].url = `https://x.org/${"x".repeat(SCHEMA_LIMITS.url)}`;
      },
      "inspections.json [0].evidence[0].url",
    ],
    [
      "an id",
      (d: Json) => {
        d.providers[0].id = "x".repeat(SCHEMA_LIMITS.id + 1);
      },
      "providers.json [0].id",
    ],
  ])("%s", (_what, change, where) => {
    const d = data();
    change(d);
    expect(problems(d)).toContainEqual(
      expect.stringMatching(
        new RegExp(`^${where.replace(/[[\].]/g, "\\$&")}: expected at most \\d+ characters$`),
      ),
    );
  });

  test("a 9.5 MB name costs one problem", () => {
    const d = data();
    d.providers[0].name = "x".repeat(9_500_000);
    expect(problems(d)).toEqual([
      `providers.json [0].name: expected at most ${SCHEMA_LIMITS.name} characters`,
    ]);
  });

  test("a list of 101 sources is refused; 100 are measured and checked", () => {
    const d = data();
    const source = d.inspections[0].evidence[0];
    d.inspections[0].evidence = Array.from({ length: SCHEMA_LIMITS.list + 1 }, () => source);
    expect(problems(d)).toEqual([
      `inspections.json [0].evidence: expected at most ${SCHEMA_LIMITS.list} items, got ${SCHEMA_LIMITS.list + 1}`,
    ]);
  });

  test("the shipped data is within every limit and every window", () => {
    const result = validateDataset({
      providers: shippedProviders,
      inspections: shippedInspections,
      owners: shippedOwners,
    });
    expect(result.ok ? [] : result.issues).toEqual([]);
    for (const i of shippedInspections) {
      const w = ROUND_WINDOWS.find((x: RoundWindow) => x.round === i.round);
      expect(w, i.id).toBeDefined();
    }
  });
});
