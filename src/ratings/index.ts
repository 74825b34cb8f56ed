export { compareRatings } from "./compareRatings.js";
export { isRating } from "./isRating.js";
export { NOT_RATED, type NotRated } from "./NOT_RATED.js";
export { parseRating } from "./parseRating.js";
export { RATINGS, type Rating } from "./RATINGS.js";
export { ratingLabel } from "./ratingLabel.js";
