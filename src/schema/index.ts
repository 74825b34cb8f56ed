/**
 * The zod schemas of `crc-inspections`: the single source of truth for the records' shapes.
 * This is the only entry point that loads zod.
 *
 * @module schema
 */

export {
  AreaCode,
  AreaCodeList,
  AreaCoverage,
  AreaEvidence,
  AreaGap,
  AreasFile,
  COVERAGE_RULES,
  PoliceForceArea,
} from "./area.js";
export {
  type DatasetIssue,
  type DatasetResult,
  formatPath,
  Inspections,
  MAX_ISSUES,
  Owners,
  Providers,
  validateDataset,
} from "./dataset.js";
export {
  CopyOf,
  Evidence,
  EvidenceField,
  OwnerEvidence,
  OwnerEvidenceField,
  ProviderEvidence,
  ProviderEvidenceField,
} from "./evidence.js";
export { Caseload, Inspection, PartialCount, RatingCounts } from "./inspection.js";
export { ROUND_WINDOWS, type RoundWindow, SCHEMA_LIMITS } from "./limits.js";
export { Owner } from "./owner.js";
export {
  Framework,
  HttpUrl,
  NotRated,
  PartialDate,
  ProviderKind,
  Rating,
  Round,
  StandardId,
} from "./primitives.js";
export { Ownership, Provider } from "./provider.js";
