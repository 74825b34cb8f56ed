import { describe, expect, test } from "vitest";
import { formatPath, validateDataset } from "../../src/schema/index.js";
import { validInspections, validOwners, validProviders } from "./fixtures.js";

// biome-ignore lint/suspicious/noExplicitAny: the fixtures are broken on purpose, field by field
type Json = { [k: string]: any };

interface Case {
  readonly name: string;
  readonly break: (data: { providers: Json[]; inspections: Json[] }) => void;
  readonly file: "providers.json" | "inspections.json";
  readonly path: string;
  readonly message: RegExp;
}

const first = (d: { inspections: Json[] }): Json => d.inspections[0] as Json;

const cases: Case[] = [
  {
    name: "a partial count that contradicts the rating counts",
    break: (d) => {
      first(d).partialCounts = [{ ratings: ["outstanding"], min: 1 }];
      first(d).evidence[1].fields.push("partialCounts.0");
    },
    file: "inspections.json",
    path: "[0].partialCounts",
    message: /contradict ratingCounts/,
  },
  {
    name: "partial counts that cannot hold with the named standards",
    break: (d) => {
      delete first(d).ratingCounts;
      first(d).evidence[1].fields = ["partialCounts.0"];
      first(d).partialCounts = [{ ratings: ["good"], max: 1 }];
    },
    file: "inspections.json",
    path: "[0].partialCounts",
    message: /cannot all hold with the named standards/,
  },
  {
    name: "a partial count above the framework's standard count",
    break: (d) => {
      first(d).partialCounts = [{ ratings: ["good", "requires-improvement"], min: 11 }];
      first(d).evidence[1].fields.push("partialCounts.0");
    },
    file: "inspections.json",
    path: "[0].partialCounts[0].min",
    message: /above the framework's 10 standards/,
  },
  {
    name: "a partial count whose min is above its max",
    break: (d) => {
      first(d).partialCounts = [{ ratings: ["good"], min: 3, max: 2 }];
      first(d).evidence[1].fields.push("partialCounts.0");
    },
    file: "inspections.json",
    path: "[0].partialCounts[0]",
    message: /min must not be above max/,
  },
  {
    name: "a partial count with no bound",
    break: (d) => {
      first(d).partialCounts = [{ ratings: ["good"] }];
      first(d).evidence[1].fields.push("partialCounts.0");
    },
    file: "inspections.json",
    path: "[0].partialCounts[0]",
    message: /give a min, a max or both/,
  },
  {
    name: "a partial count that repeats a rating",
    break: (d) => {
      first(d).partialCounts = [{ ratings: ["good", "good"], min: 3 }];
      first(d).evidence[1].fields.push("partialCounts.0");
    },
    file: "inspections.json",
    path: "[0].partialCounts[0].ratings",
    message: /must not repeat/,
  },
  {
    name: "a partial count no evidence names",
    break: (d) => {
      first(d).partialCounts = [{ ratings: ["good"], min: 3 }];
    },
    file: "inspections.json",
    path: "[0].partialCounts[0]",
    message: /partialCounts.0 is present but no evidence names it/,
  },
  {
    name: "evidence naming a partial count the record does not have",
    break: (d) => {
      first(d).evidence[1].fields.push("partialCounts.0");
    },
    file: "inspections.json",
    path: "[0].evidence[1].fields[1]",
    message: /evidence names partialCounts.0, which the record does not have/,
  },
  {
    name: "an unknown overall rating",
    break: (d) => {
      first(d).overall = "excellent";
    },
    file: "inspections.json",
    path: "[0].overall",
    message: /invalid/i,
  },
  {
    name: "an unknown standard rating",
    break: (d) => {
      first(d).standards.leadership = "great";
    },
    file: "inspections.json",
    path: "[0].standards.leadership",
    message: /invalid/i,
  },
  {
    name: "an unknown standard key",
    break: (d) => {
      first(d).standards.leadershp = "good";
    },
    file: "inspections.json",
    path: "[0].standards",
    message: /leadershp|key/i,
  },
  {
    name: "a date in a bad format",
    break: (d) => {
      first(d).published = "8 May 2019";
    },
    file: "inspections.json",
    path: "[0].published",
    message: /ISO 8601/,
  },
  {
    name: "a month that does not exist",
    break: (d) => {
      first(d).published = "2019-13";
    },
    file: "inspections.json",
    path: "[0].published",
    message: /ISO 8601/,
  },
  {
    name: "a day that does not exist",
    break: (d) => {
      first(d).published = "2019-02-29";
    },
    file: "inspections.json",
    path: "[0].published",
    message: /no such day/,
  },
  {
    name: "fieldwork after publication",
    break: (d) => {
      first(d).fieldworkStart = "2019-06";
    },
    file: "inspections.json",
    path: "[0].fieldworkStart",
    message: /after published/,
  },
  {
    name: "a standard outside the framework's kind",
    break: (d) => {
      first(d).standards["statutory-victim-work"] = "good";
      first(d).evidence[0].fields.push("standards.statutory-victim-work");
    },
    file: "inspections.json",
    path: "[0].standards.statutory-victim-work",
    message: /not a standard of a hmip-2018 crc/,
  },
  {
    name: "a standard on an unrated Quality & Impact record",
    break: (d) => {
      (d.inspections[2] as Json).standards.leadership = "good";
      (d.inspections[2] as Json).evidence[0].fields.push("standards.leadership");
    },
    file: "inspections.json",
    path: "[2].standards.leadership",
    message: /rate no standards/,
  },
  {
    name: "counts that do not sum to the framework's standards",
    break: (d) => {
      first(d).ratingCounts.good = 4;
    },
    file: "inspections.json",
    path: "[0].ratingCounts",
    message: /sum to 11/,
  },
  {
    name: "counts that contradict the known standards",
    break: (d) => {
      first(d).ratingCounts = { outstanding: 0, good: 1, "requires-improvement": 9, inadequate: 0 };
    },
    file: "inspections.json",
    path: "[0].ratingCounts.good",
    message: /standards name 2/,
  },
  {
    name: "a negative count",
    break: (d) => {
      first(d).ratingCounts.outstanding = -1;
      first(d).ratingCounts.good = 4;
    },
    file: "inspections.json",
    path: "[0].ratingCounts.outstanding",
    message: />=0|too small/i,
  },
  {
    name: "a duplicate inspection id",
    break: (d) => {
      (d.inspections[1] as Json).id = "example-crc-2018-19";
    },
    file: "inspections.json",
    path: "[1].id",
    message: /duplicate inspection id/,
  },
  {
    name: "a dangling provider reference",
    break: (d) => {
      first(d).providerId = "nowhere-crc";
    },
    file: "inspections.json",
    path: "[0].providerId",
    message: /no provider has the id nowhere-crc/,
  },
  {
    name: "a provider kind that disagrees with the provider",
    break: (d) => {
      const i = d.inspections[1] as Json;
      i.providerKind = "nps";
    },
    file: "inspections.json",
    path: "[1].providerKind",
    message: /provider example-crc is crc/,
  },
  {
    name: "two inspections of one provider in one round",
    break: (d) => {
      const i = d.inspections[1] as Json;
      i.round = "2018/19";
      i.id = "example-crc-2018-19-bis";
    },
    file: "inspections.json",
    path: "[1].round",
    message: /already the 2018\/19 inspection/,
  },
  {
    name: "evidence for a field the record does not have",
    break: (d) => {
      (d.inspections[1] as Json).evidence[0].fields.push("caseload");
    },
    file: "inspections.json",
    path: "[1].evidence[0].fields[1]",
    message: /does not have/,
  },
  {
    name: "evidence naming a field that does not exist at all",
    break: (d) => {
      first(d).evidence[0].fields.push("rating");
    },
    file: "inspections.json",
    path: "[0].evidence[0].fields[9]",
    message: /invalid/i,
  },
  {
    name: "a present field without evidence",
    break: (d) => {
      first(d).evidence[0].fields = first(d).evidence[0].fields.filter((f: string) => f !== "caseload");
    },
    file: "inspections.json",
    path: "[0].caseload",
    message: /no evidence names it/,
  },
  {
    name: "a standard rating without evidence",
    break: (d) => {
      first(d).evidence[0].fields = first(d).evidence[0].fields.filter(
        (f: string) => f !== "standards.leadership",
      );
    },
    file: "inspections.json",
    path: "[0].standards.leadership",
    message: /no evidence names it/,
  },
  {
    name: "a record with no evidence at all",
    break: (d) => {
      (d.inspections[1] as Json).evidence = [];
    },
    file: "inspections.json",
    path: "[1].evidence",
    message: />=1|too small/i,
  },
  {
    // 0.1's encoding of "not rated": dataframe readers of the JSON read it as the same missing value as unknown.
    name: "a null overall rating, where 'not-rated' is meant",
    break: (d) => {
      (d.inspections[1] as Json).overall = null;
    },
    file: "inspections.json",
    path: "[1].overall",
    message: /not-rated|invalid/i,
  },
  {
    name: "no rating without a reason",
    break: (d) => {
      const i = d.inspections[1] as Json;
      delete i.notRatedReason;
      i.evidence[0].fields = ["notRatedReason"];
    },
    file: "inspections.json",
    path: "[1].notRatedReason",
    message: /must say why/,
  },
  {
    name: "a reason beside a rating",
    break: (d) => {
      first(d).notRatedReason = "x";
      first(d).evidence[0].fields.push("notRatedReason");
    },
    file: "inspections.json",
    path: "[0].notRatedReason",
    message: /only for records whose overall is 'not-rated'/,
  },
  {
    name: "an area that no evidence names",
    break: (d) => {
      (d.inspections[2] as Json).area = "Example";
    },
    file: "inspections.json",
    path: "[2].area",
    message: /area is present but no evidence names it/,
  },
  {
    name: "an empty area",
    break: (d) => {
      const i = d.inspections[2] as Json;
      i.area = "";
      i.evidence[0].fields.push("area");
    },
    file: "inspections.json",
    path: "[2].area",
    message: /too small|at least/i,
  },
  {
    name: "a round that does not exist",
    break: (d) => {
      (d.inspections[1] as Json).round = "2021/22";
    },
    file: "inspections.json",
    path: "[1].round",
    message: /invalid/i,
  },
  {
    name: "a CRC-only standard on a 2020/21 NPS record",
    break: (d) => {
      const i = d.inspections[2] as Json;
      Object.assign(i, { framework: "hmip-2018", round: "2020/21", overall: "good" });
      delete i.notRatedReason;
      i.standards = { "unpaid-work": "good" };
      i.evidence[0].fields = ["published", "overall", "standards.unpaid-work"];
    },
    file: "inspections.json",
    path: "[2].standards.unpaid-work",
    message: /not a standard of a hmip-2018 nps inspection/,
  },
  {
    name: "a rated-framework record without a round",
    break: (d) => {
      first(d).round = null;
    },
    file: "inspections.json",
    path: "[0].round",
    message: /needs its round/,
  },
  {
    name: "a Quality & Impact record with a round",
    break: (d) => {
      (d.inspections[2] as Json).round = "2018/19";
    },
    file: "inspections.json",
    path: "[2].round",
    message: /no rated round/,
  },
  {
    name: "a Quality & Impact record with a rating",
    break: (d) => {
      const i = d.inspections[2] as Json;
      i.overall = "good";
      delete i.notRatedReason;
      i.evidence[0].fields = ["published", "overall"];
    },
    file: "inspections.json",
    path: "[2].overall",
    message: /gave no ratings/,
  },
  {
    name: "a caseload that is not a positive integer",
    break: (d) => {
      first(d).caseload.value = 2.5;
    },
    file: "inspections.json",
    path: "[0].caseload.value",
    message: /int/i,
  },
  {
    name: "an unknown caseload qualifier",
    break: (d) => {
      first(d).caseload.qualifier = "roughly";
    },
    file: "inspections.json",
    path: "[0].caseload.qualifier",
    message: /invalid/i,
  },
  {
    name: "a source URL that is not http(s)",
    break: (d) => {
      first(d).evidence[0].url = "file:///tmp/report.pdf";
    },
    file: "inspections.json",
    path: "[0].evidence[0].url",
    message: /http/,
  },
  {
    name: "an unknown evidence kind",
    break: (d) => {
      first(d).evidence[1].kind = "tertiary";
    },
    file: "inspections.json",
    path: "[0].evidence[1].kind",
    message: /invalid/i,
  },
  {
    name: "an unknown property",
    break: (d) => {
      first(d).score = 15;
    },
    file: "inspections.json",
    path: "[0]",
    message: /unrecognized key/i,
  },
  {
    name: "an area that is the whole of the provider's area (absent means the whole provider)",
    break: (d) => {
      const qi = d.inspections[2] as Json;
      qi.area = "Example";
      qi.evidence[0].fields.push("area");
    },
    file: "inspections.json",
    path: "[2].area",
    message: /is the whole of provider nps-example's area: leave it out/,
  },
  {
    name: "an id that is not a slug",
    break: (d) => {
      first(d).id = "Example CRC 2018";
    },
    file: "inspections.json",
    path: "[0].id",
    message: /lower-case/,
  },
  {
    name: "a provider owner without evidence",
    break: (d) => {
      (d.providers[0] as Json).owners.push({ ownerId: "later-owner" });
    },
    file: "providers.json",
    path: "[0].owners[1]",
    message: /no evidence names it/,
  },
  {
    name: "a provider alias that names another provider",
    break: (d) => {
      (d.providers[1] as Json).aliases.push("ex");
    },
    file: "providers.json",
    path: "[1].aliases[0]",
    message: /already names provider example-crc/,
  },
  {
    name: "a duplicate provider id",
    break: (d) => {
      (d.providers[1] as Json).id = "example-crc";
      (d.providers[1] as Json).kind = "crc";
    },
    file: "providers.json",
    path: "[1].id",
    message: /duplicate provider id/,
  },
  {
    name: "an unknown provider kind",
    break: (d) => {
      (d.providers[1] as Json).kind = "yos";
    },
    file: "providers.json",
    path: "[1].kind",
    message: /invalid/i,
  },
];

describe("validateDataset", () => {
  test("accepts the valid fixture", () => {
    const result = validateDataset({ providers: validProviders(), inspections: validInspections() });
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  test("accepts a Quality & Impact record's evidenced area and a 2020/21 record", () => {
    const inspections = validInspections() as Json[];
    const qi = inspections[2] as Json;
    qi.area = "Example North";
    qi.evidence[0].fields.push("area");
    inspections.push({
      ...structuredClone(inspections[0]),
      id: "example-crc-2020-21",
      round: "2020/21",
      published: "2021-07",
      fieldworkStart: "2021-02",
    });
    const result = validateDataset({ providers: validProviders(), inspections });
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (!result.ok) return;
    expect(result.inspections[2]?.area).toBe("Example North");
    expect(result.inspections[3]?.round).toBe("2020/21");
  });

  test("checks owner ids against the owners when they are given, and returns the owners", () => {
    const data = { providers: validProviders(), inspections: validInspections(), owners: validOwners() };
    const ok = validateDataset(data);
    expect(ok.ok ? ok.owners?.map((o) => o.id) : ok.issues).toEqual(["example-owner"]);
    const dup = validateDataset({ ...data, owners: [...validOwners(), ...validOwners()] });
    expect(dup.ok ? [] : dup.issues).toContainEqual({
      file: "owners.json",
      path: [1, "id"],
      message: "duplicate owner id example-owner",
    });
    const none = validateDataset({ ...data, owners: [] });
    expect(none.ok ? [] : none.issues.map((i) => `${i.file} ${formatPath(i.path)}`)).toEqual([
      "providers.json [0].owners[0].ownerId",
      "inspections.json [0].owner",
    ]);
  });

  test("rejects an owner whose members no source names, and ownerAsNamed without an owner", () => {
    const owners = validOwners() as Json[];
    (owners[0] as Json).evidence[0].fields = ["name"];
    const inspections = validInspections() as Json[];
    delete (inspections[0] as Json).owner;
    (inspections[0] as Json).evidence[0].fields = (inspections[0] as Json).evidence[0].fields.filter(
      (f: string) => f !== "owner",
    );
    (inspections[0] as Json).ownerAsNamed = "Example Owner Ltd";
    const result = validateDataset({ providers: validProviders(), inspections, owners });
    const found = result.ok ? [] : result.issues.map((i) => `${i.file} ${formatPath(i.path)}: ${i.message}`);
    expect(found).toContain("owners.json [0].members: members is present but no evidence names it");
    expect(found).toContain(
      "inspections.json [0].ownerAsNamed: ownerAsNamed is only for records with an owner",
    );
  });

  test("returns frozen records", () => {
    const result = validateDataset({ providers: validProviders(), inspections: validInspections() });
    if (!result.ok) throw new Error("fixture should be valid");
    expect(Object.isFrozen(result.inspections[0])).toBe(true);
    expect(Object.isFrozen(result.inspections[0]?.standards)).toBe(true);
  });

  test("there are at least twenty broken-record cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  test.each(cases.map((c) => [c.name, c] as const))("rejects %s, naming the path", (_name, c) => {
    const data = { providers: validProviders() as Json[], inspections: validInspections() as Json[] };
    c.break(data);
    const result = validateDataset(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const found = result.issues.map((i) => ({ file: i.file, path: formatPath(i.path), message: i.message }));
    expect(found).toContainEqual({ file: c.file, path: c.path, message: expect.stringMatching(c.message) });
  });

  test("never throws on input that is not an array", () => {
    const result = validateDataset({ providers: {}, inspections: "nope" });
    expect(result.ok).toBe(false);
  });
});

describe("formatPath", () => {
  test("writes indexes in brackets and keys with dots", () => {
    expect(formatPath([3, "standards", "leadership"])).toBe("[3].standards.leadership");
    expect(formatPath([0, "evidence", 1, "fields", 2])).toBe("[0].evidence[1].fields[2]");
    expect(formatPath(["standards", "unpaid-work"])).toBe("standards.unpaid-work");
    expect(formatPath(["odd key"])).toBe('["odd key"]');
    expect(formatPath([])).toBe("(root)");
  });
});
