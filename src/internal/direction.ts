import { NOT_RATED, type NotRated } from "../ratings/NOT_RATED.js";
import { RATINGS, type Rating } from "../ratings/RATINGS.js";

/** How a rating or a score moved from an earlier inspection to a later one. */
export type Direction = "improved" | "declined" | "unchanged" | "unknown";

/** The direction from `from` to `to`; `"unknown"` when either is not a rating (absent or null). */
export function ratingDirection(
  to: Rating | NotRated | undefined,
  from: Rating | NotRated | undefined,
): Direction {
  const i = to === undefined || to === NOT_RATED ? -1 : RATINGS.indexOf(to);
  const j = from === undefined || from === NOT_RATED ? -1 : RATINGS.indexOf(from);
  if (i < 0 || j < 0) return "unknown";
  return i < j ? "improved" : i > j ? "declined" : "unchanged";
}

/** The direction of a score change interval: improved when surely up, declined when surely down. */
export function scoreDirection(
  change: { readonly min: number; readonly max: number } | undefined,
): Direction {
  if (change === undefined) return "unknown";
  if (change.min > 0) return "improved";
  if (change.max < 0) return "declined";
  return change.min === 0 && change.max === 0 ? "unchanged" : "unknown";
}
