// Checks of the delta functions against the curated dataset (data/). These fail, on purpose, when the records
// they need are missing.
import { describe, expect, test } from "vitest";
import { inspectionDelta, yearOnYearDeltas } from "../../src/index.js";
import { inspectionOf, inspections, providerNamed } from "../scoring/loadDataset.js";

describe("deltas of the dataset", () => {
  test("West Yorkshire CRC is unchanged overall from 2018/19 to 2019/20", () => {
    const delta = inspectionDelta(
      inspectionOf(/West Yorkshire/, "2019/20"),
      inspectionOf(/West Yorkshire/, "2018/19"),
    );
    expect(delta.overall.direction).toBe("unchanged");
  });

  test("year-on-year deltas include West Yorkshire's, and are in publication order", () => {
    const deltas = yearOnYearDeltas(inspections);
    const westYorkshire = providerNamed(/West Yorkshire/).id;
    expect(deltas.some((d) => d.providerId === westYorkshire)).toBe(true);
    const published = deltas.map((d) => inspections.find((i) => i.id === d.laterId)?.published ?? "~");
    expect(published.map((p) => p.slice(0, 7))).toEqual([...published].map((p) => p.slice(0, 7)).sort());
  });
});
