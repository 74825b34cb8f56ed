import { describe, expect, test } from "vitest";
import { ratingIndex } from "../../src/internal/ratingIndex.js";
import { RATINGS } from "../../src/ratings/RATINGS.js";

describe("ratingIndex (the per-record stand-in for RATINGS.indexOf)", () => {
  test("agrees with RATINGS.indexOf on every rating key", () => {
    for (const r of RATINGS) expect(ratingIndex(r)).toBe(RATINGS.indexOf(r));
  });

  test.each([
    "not-rated",
    "Good",
    " good",
    "unknown",
    "",
    "toString",
    "__proto__",
    undefined,
    null,
    0,
    1,
    Number.NaN,
    {},
    ["good"],
    new String("good"),
    Symbol("good"),
  ])("is -1 for %s", (value) => {
    expect(ratingIndex(value)).toBe(-1);
  });
});
