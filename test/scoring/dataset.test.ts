// Checks of the scoring functions against the curated dataset (data/). These fail, on purpose, when the records
// they need are missing.
import { describe, expect, test } from "vitest";
import { possibleOverallRatings, scoreInspection } from "../../src/index.js";
import { inspectionOf, inspections } from "./loadDataset.js";

describe("scoring the dataset", () => {
  test("has inspections to score", () => {
    expect(inspections.length).toBeGreaterThan(0);
  });

  test("Cumbria and Lancashire CRC 2018/19 scores exactly 7", () => {
    expect(scoreInspection(inspectionOf(/Cumbria and Lancashire/, "2018/19")).exact).toBe(7);
  });

  test("London CRC 2018/19 scores exactly 15, from its rating counts", () => {
    const london = inspectionOf(/^London/, "2018/19");
    expect(london.ratingCounts).toBeDefined();
    expect(scoreInspection(london).exact).toBe(15);
  });

  test("every published overall rating is among the ratings its known standards allow", () => {
    const misfits = inspections
      .filter((i) => typeof i.overall === "string" && i.overall !== "not-rated")
      .filter((i) => !possibleOverallRatings(i).includes(i.overall as never))
      .map((i) => `${i.id}: ${i.overall} not in ${possibleOverallRatings(i).join(", ")}`);
    expect(misfits).toEqual([]);
  });

  test("every record scores without error, with min ≤ max", () => {
    for (const inspection of inspections) {
      const s = scoreInspection(inspection);
      expect(s.min).toBeLessThanOrEqual(s.max);
    }
  });
});
