export { possibleOverallRatings } from "./possibleOverallRatings.js";
export { scoreInspection } from "./scoreInspection.js";
export type { InspectionScore, ScorableInspection, ScoreRange } from "./types.js";
