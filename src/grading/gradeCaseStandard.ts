import { describeItem, guard, ownItem, requireArray } from "../internal/args.js";
import { describe } from "../internal/describe.js";
import { checkScheme } from "../internal/scheme.js";
import { HMIP_2018_SCHEME } from "../ratings/HMIP_2018_SCHEME.js";
import type { Rating } from "../ratings/RATINGS.js";
import type { Scheme } from "../ratings/Scheme.js";

const FN = "gradeCaseStandard";

/**
 * Grades a case-assessed standard from the percentage of cases meeting each of its key questions: the lowest
 * key question drives the rating.
 *
 * Under the default {@link HMIP_2018_SCHEME} (unverified; see its provenance) the lowest percentage grades
 * Outstanding at 80 or more, Good at 65 or more, Requires improvement at 50 or more and Inadequate below 50.
 * A threshold is inclusive (`65` is Good) and percentages are not rounded (`64.9` is Requires improvement):
 * round them first if the report rounds.
 *
 * @param keyQuestionPercentages - One percentage (0–100, fractions allowed) per key question; order does not
 *   matter. Not mutated.
 * @returns The rating of the first threshold, best first, that the lowest percentage reaches. There is no
 *   empty case: an empty list is an error.
 * @throws `TypeError` when the argument is not an array (an array-like is not one) or an item is not a number (a
 *   hole in a sparse array included); `RangeError` when the array is empty or longer than 1,048,576 items, or an
 *   item (named, with its index) is outside 0–100 or `NaN`; `TypeError`/`RangeError` when
 *   `scheme` is not a valid scheme.
 * @example
 * ```ts
 * gradeCaseStandard([90, 70, 85]);
 * //=> "good"
 * gradeCaseStandard([80, 95]);
 * //=> "outstanding"
 * ```
 *
 * @category Grading
 */
export function gradeCaseStandard(
  keyQuestionPercentages: readonly number[],
  scheme: Scheme = HMIP_2018_SCHEME,
): Rating {
  return guard(FN, () => {
    const checked = checkScheme(scheme, FN);
    const list = requireArray(keyQuestionPercentages, FN, "percentages");
    if (list.length === 0) {
      throw new RangeError(`${FN}: expected at least one key question percentage, got []`);
    }
    let lowest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < list.length; i++) {
      const p = ownItem(list, i);
      if (typeof p !== "number") {
        throw new TypeError(`${FN}: percentage [${i}] must be a number, got ${describeItem(list, i)}`);
      }
      if (!(p >= 0 && p <= 100))
        throw new RangeError(`${FN}: percentage [${i}] ${describe(p)} is outside 0–100`);
      if (p < lowest) lowest = p;
    }
    return gradeLowest(lowest, checked);
  });
}

/** The rating of the first threshold, best first, that the lowest percentage reaches. */
function gradeLowest(lowest: number, checked: Scheme): Rating {
  const threshold = checked.caseThresholds.find((t) => lowest >= t.min);
  /* v8 ignore next -- a checked scheme's last threshold is 0 */
  if (threshold === undefined) throw new RangeError(`${FN}: no threshold grades ${lowest}`);
  return threshold.rating;
}
