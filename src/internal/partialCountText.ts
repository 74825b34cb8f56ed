import { ratingLabel } from "../ratings/ratingLabel.js";
import type { PartialCountInput } from "./evidence.js";

/** A partial count in words: "at least 3 Outstanding", "2–4 Good or Outstanding", "at most 1 Inadequate". */
export function partialCountText(p: PartialCountInput): string {
  const which = p.ratings.map(ratingLabel).join(" or ");
  if (p.min !== undefined && p.max !== undefined) {
    return `${p.min === p.max ? p.min : `${p.min}–${p.max}`} ${which}`;
  }
  return p.min !== undefined ? `at least ${p.min} ${which}` : `at most ${p.max} ${which}`;
}
