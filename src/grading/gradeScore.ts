import { bandOf, scoreBounds } from "../internal/scheme.js";
import { isMarkedChecked } from "../internal/schemeBrand.js";
import { HMIP_2018_SCHEME } from "../ratings/HMIP_2018_SCHEME.js";
import type { Rating } from "../ratings/RATINGS.js";
import type { Scheme } from "../ratings/Scheme.js";

/**
 * Grades an overall score: the rating of the scheme's band that holds it.
 *
 * Under the default {@link HMIP_2018_SCHEME} (unverified; see its provenance) scores 0–5 are Inadequate,
 * 6–15 Requires improvement, 16–25 Good and 26–30 Outstanding. Only whole scores exist, so a fraction is an
 * error rather than rounded.
 *
 * @param score - An integer from `standardCount × points.inadequate` to `standardCount × points.outstanding`
 *   (0–30 by default).
 * @param scheme - The scheme to grade by; defaults to {@link HMIP_2018_SCHEME}.
 * @returns The band's rating. There is no empty or unknown case: for a partly known score use
 *   {@link possibleOverallRatings}.
 * @throws `TypeError` when `score` is not a number (a numeric string included); `RangeError` naming the value
 *   when it is not an integer (`2.5`, `NaN`) or is outside the scheme's range (`gradeScore: 31 is outside 0–30`);
 *   `TypeError` when `scheme` is not a built-in scheme or one returned by {@link validateScheme}: pass your own
 *   scheme through `validateScheme` first. (Unlike the other functions, `gradeScore` does not run the checks
 *   itself, so that importing it alone stays under 2 KB.)
 * @example
 * ```ts
 * gradeScore(15);
 * //=> "requires-improvement"
 * gradeScore(16);
 * //=> "good"
 * gradeScore(19, HMIP_2018_YOUTH_SCHEME);
 * //=> "good"
 * ```
 *
 * @category Grading
 */
export function gradeScore(score: number, scheme: Scheme = HMIP_2018_SCHEME): Rating {
  if (!isMarkedChecked(scheme)) {
    throw new TypeError(
      `gradeScore: expected a built-in scheme or one from validateScheme, got ${scheme === null ? "null" : typeof scheme}`,
    );
  }
  const checked = scheme;
  if (typeof score !== "number") {
    // Not describe(): it would cost gradeScore's bundle 300 bytes. A string is quoted, cut to 40 characters.
    throw new TypeError(
      `gradeScore: expected a number, got ${typeof score === "string" ? JSON.stringify((score as string).slice(0, 40)) : score === null ? "null" : typeof score}`,
    );
  }
  if (!Number.isInteger(score)) throw new RangeError(`gradeScore: ${score} is not an integer`);
  const { min, max } = scoreBounds(checked);
  if (score < min || score > max) throw new RangeError(`gradeScore: ${score} is outside ${min}–${max}`);
  return bandOf(score, checked);
}
