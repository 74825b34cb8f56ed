import { describe, expectTypeOf, test } from "vitest";
import { compareRatings, parseRating, RATINGS, type Rating, ratingLabel } from "../../src/index.js";

describe("rating types", () => {
  test("Rating is the union of the four keys", () => {
    expectTypeOf<Rating>().toEqualTypeOf<"outstanding" | "good" | "requires-improvement" | "inadequate">();
  });

  test("RATINGS is a readonly tuple in order", () => {
    expectTypeOf(RATINGS).toEqualTypeOf<
      readonly ["outstanding", "good", "requires-improvement", "inadequate"]
    >();
  });

  test("functions take and return ratings", () => {
    expectTypeOf(parseRating).returns.toEqualTypeOf<Rating>();
    expectTypeOf(ratingLabel).parameter(0).toEqualTypeOf<Rating>();
    expectTypeOf(compareRatings).returns.toEqualTypeOf<-1 | 0 | 1>();
    // @ts-expect-error a plain string is not a rating
    ratingLabel("Good");
  });
});
