// A rating key's place in RATINGS, for the paths that run once per record or per standard of a record (assess,
// leagueTable). A switch, not `RATINGS.indexOf`: on the frozen RATINGS array, V8 runs indexOf and includes about
// six times slower than a switch (docs/performance.md); they cost leagueTable ~6% of its instructions at 20,000
// records. test/ratings/ratingIndex.test.ts keeps the two in step.
import type { Rating } from "../ratings/RATINGS.js";

/** `RATINGS.indexOf(value)`: 0 for `"outstanding"` (the best) to 3 for `"inadequate"`; -1 for anything else. */
export function ratingIndex(value: unknown): -1 | 0 | 1 | 2 | 3 {
  switch (value as Rating) {
    case "outstanding":
      return 0;
    case "good":
      return 1;
    case "requires-improvement":
      return 2;
    case "inadequate":
      return 3;
  }
  return -1;
}
