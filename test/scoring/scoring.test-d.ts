import { describe, expectTypeOf, test } from "vitest";
import {
  type InspectionScore,
  possibleOverallRatings,
  type Rating,
  type ScorableInspection,
  scoreInspection,
} from "../../src/index.js";
import type { Inspection } from "../../src/schema/index.js";

describe("scoring types", () => {
  test("accepts whole inspections and partial records", () => {
    expectTypeOf<Inspection>().toExtend<ScorableInspection>();
    expectTypeOf(scoreInspection).toBeCallableWith({
      framework: "hmip-2018",
      providerKind: "crc",
      round: "2018/19",
      standards: { leadership: "good" },
    });
    // @ts-expect-error the standards map is required
    scoreInspection({ framework: "hmip-2018", providerKind: "crc", round: "2018/19" });
  });

  test("returns a score range and readonly ratings", () => {
    expectTypeOf(scoreInspection).returns.toEqualTypeOf<InspectionScore>();
    expectTypeOf<InspectionScore["exact"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf(possibleOverallRatings).returns.toEqualTypeOf<readonly Rating[]>();
  });
});
