// Checks of the league table against the curated dataset (data/). These fail, on purpose, when the records
// they need are missing.
import { describe, expect, test } from "vitest";
import { leagueTable } from "../../src/index.js";
import { inspections, providerNamed, providers } from "../scoring/loadDataset.js";

describe("the 2018/19 CRC league table", () => {
  const table = leagueTable(inspections, { round: "2018/19", kind: "crc", providers });

  test("has the 21 CRCs", () => {
    expect(table).toHaveLength(21);
  });

  test("has Hampshire and Isle of Wight first", () => {
    expect(table[0]?.providerId).toBe(providerNamed(/Hampshire and Isle of Wight/).id);
    expect(table[0]?.rank).toBe(1);
    expect(table[1]?.rank).toBeGreaterThan(1);
  });

  test("has Dorset, Devon and Cornwall last, at rank 21", () => {
    expect(table.at(-1)?.providerId).toBe(providerNamed(/Dorset, Devon and Cornwall/).id);
    expect(table.at(-1)?.rank).toBe(21);
  });

  test("names each row after its provider", () => {
    for (const row of table) expect(row.name).not.toBe(row.providerId);
  });
});
