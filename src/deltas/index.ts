export { inspectionDelta } from "./inspectionDelta.js";
export type {
  DeltaInspection,
  Direction,
  Elapsed,
  InspectionDelta,
  RatingChange,
  ScoreChange,
  StandardChange,
} from "./types.js";
export { yearOnYearDeltas } from "./yearOnYearDeltas.js";
