export { compareRatings } from "./compareRatings.js";
export { isRating } from "./isRating.js";
export { parseRating } from "./parseRating.js";
export { RATINGS, type Rating } from "./RATINGS.js";
export { ratingLabel } from "./ratingLabel.js";
