import { describe } from "../internal/describe.js";
import type { Rating } from "./RATINGS.js";

// Normalised wording (lower case, words separated by one space) → rating.
// HMI Probation's own labels, their kebab/snake forms, the abbreviation "RI",
// the participle "requiring improvement" used in press releases, and "poor",
// Russell Webster's word for the bottom band in his unofficial league table.
const WORDING: ReadonlyMap<string, Rating> = new Map<string, Rating>([
  ["outstanding", "outstanding"],
  ["good", "good"],
  ["requires improvement", "requires-improvement"],
  ["requires improvements", "requires-improvement"],
  ["requiring improvement", "requires-improvement"],
  ["ri", "requires-improvement"],
  ["inadequate", "inadequate"],
  ["poor", "inadequate"],
]);

/**
 * Reads a rating from HMI Probation's wording or a common variant.
 *
 * Case, surrounding quotes and whitespace are ignored, and hyphens or
 * underscores count as spaces. Accepted: "Outstanding"; "Good";
 * "Requires improvement", "Requiring improvement", "requires-improvement", "RI";
 * "Inadequate" and "poor" (Russell Webster's word for the bottom band).
 * Nothing else is guessed: a phrase that merely sounds like a rating is rejected.
 *
 * @param input - The wording to read.
 * @returns The rating key.
 * @throws `TypeError` when `input` is not a string; `RangeError`, naming the input,
 *   when it is not one of the accepted wordings (including the empty string).
 * @example
 * ```ts
 * parseRating("Requires improvement");
 * //=> "requires-improvement"
 * parseRating("poor");
 * //=> "inadequate"
 * ```
 *
 * @category Scale
 */
export function parseRating(input: string): Rating {
  if (typeof input !== "string") {
    throw new TypeError(`parseRating: expected a string, got ${describe(input)}`);
  }
  // No wording is longer than 40 characters, even quoted and padded: a longer string is refused unread. The curly
  // quotes are escaped: one non-ASCII character in a built file makes Node decode the whole file as two-byte text,
  // which cost about 1.5 ms of every cold import of the root (test/size/ascii.test.ts).
  const key = (input.length > 64 ? "" : input)
    .trim()
    .replace(/^['"\u2018\u2019\u201c\u201d]+|['"\u2018\u2019\u201c\u201d]+$/g, "")
    .toLowerCase()
    .replace(/[-_\s]+/g, " ")
    .trim();
  const rating = WORDING.get(key);
  if (rating === undefined) {
    throw new RangeError(`parseRating: ${describe(input)} is not a recognised rating`);
  }
  return rating;
}
