export { gradeCaseStandard } from "./gradeCaseStandard.js";
export { gradeScore } from "./gradeScore.js";
