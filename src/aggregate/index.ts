export { countRatings } from "./countRatings.js";
export { ratingDistribution } from "./ratingDistribution.js";
export type { CountableInspection, RatingDistributionRow, RatingGroupBy, RatingTally } from "./types.js";
