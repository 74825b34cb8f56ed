import { describe, expect, test } from "vitest";
import { compareRatings, isRating, parseRating, RATINGS, ratingLabel } from "../../src/index.js";

describe("RATINGS", () => {
  test("lists the four ratings best first", () => {
    expect(RATINGS).toEqual(["outstanding", "good", "requires-improvement", "inadequate"]);
    expect(RATINGS[0]).toBe("outstanding");
  });

  test("cannot be mutated", () => {
    expect(Object.isFrozen(RATINGS)).toBe(true);
    expect(() => (RATINGS as unknown as string[]).push("excellent")).toThrow(TypeError);
  });
});

describe("ratingLabel", () => {
  test("returns HMI Probation's wording for each rating", () => {
    expect(RATINGS.map(ratingLabel)).toEqual(["Outstanding", "Good", "Requires improvement", "Inadequate"]);
  });

  test("throws a RangeError naming a string that is not a key", () => {
    expect(() => ratingLabel("Good" as never)).toThrow(RangeError);
    expect(() => ratingLabel("Good" as never)).toThrow(/^ratingLabel: "Good"/);
  });

  test("throws a TypeError for a non-string", () => {
    expect(() => ratingLabel(3 as never)).toThrow(TypeError);
  });
});

describe("parseRating", () => {
  test.each([
    ["Outstanding", "outstanding"],
    ["Good", "good"],
    ["good", "good"],
    ["  GOOD ", "good"],
    ["'Good'", "good"],
    ["Requires improvement", "requires-improvement"],
    ["requires-improvement", "requires-improvement"],
    ["requires_improvement", "requires-improvement"],
    ["Requiring improvement", "requires-improvement"],
    ["RI", "requires-improvement"],
    ["ri", "requires-improvement"],
    ["Inadequate", "inadequate"],
    ["poor", "inadequate"],
  ])("reads %j as %s", (input, expected) => {
    expect(parseRating(input)).toBe(expected);
  });

  test.each([
    "",
    "excellent",
    "judged to be good",
    "good overall",
    "requires",
    "improvement",
    "R.I.",
    "outstandin",
  ])("rejects %j with a RangeError naming the input", (input) => {
    expect(() => parseRating(input)).toThrow(RangeError);
    expect(() => parseRating(input)).toThrow(`parseRating: ${JSON.stringify(input)}`);
  });

  test("rejects non-strings with a TypeError", () => {
    expect(() => parseRating(undefined as never)).toThrow(TypeError);
    expect(() => parseRating(null as never)).toThrow(/got null/);
    expect(() => parseRating(2 as never)).toThrow(TypeError);
  });
});

describe("isRating", () => {
  test("accepts only the exact keys", () => {
    expect(RATINGS.every(isRating)).toBe(true);
    expect(isRating("Good")).toBe(false);
    expect(isRating(undefined)).toBe(false);
    expect(isRating(["good"])).toBe(false);
  });
});

describe("compareRatings", () => {
  test("sorts best first", () => {
    const shuffled = ["inadequate", "good", "requires-improvement", "outstanding"] as const;
    expect([...shuffled].sort(compareRatings)).toEqual(RATINGS);
  });

  test("is antisymmetric and zero on equal ratings", () => {
    for (const a of RATINGS) {
      for (const b of RATINGS) {
        expect(compareRatings(a, b)).toBe(-compareRatings(b, a) || 0);
      }
      expect(compareRatings(a, a)).toBe(0);
    }
  });

  test("throws a RangeError naming a non-rating", () => {
    expect(() => compareRatings("good", "great" as never)).toThrow(/compareRatings: "great"/);
    expect(() => compareRatings("great" as never, "good")).toThrow(RangeError);
  });
});
