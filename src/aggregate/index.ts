export { countRatings } from "./countRatings.js";
export { ownerRatings } from "./ownerRatings.js";
export { ratingDistribution } from "./ratingDistribution.js";
export type {
  CountableInspection,
  OwnerRating,
  OwnerRatingsInspection,
  OwnerRatingsRow,
  RatingDistributionRow,
  RatingGroupBy,
  RatingTally,
} from "./types.js";
