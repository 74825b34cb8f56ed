export { possibleOverallRatings } from "./possibleOverallRatings.js";
export { possibleStandardRatings } from "./possibleStandardRatings.js";
export { scoreInspection } from "./scoreInspection.js";
export type {
  InspectionScore,
  ScorableInspection,
  ScoreContradiction,
  ScoreEvidence,
  ScoreRange,
} from "./types.js";
