/**
 * The zod schemas of `crc-inspections`: the single source of truth for the records' shapes.
 * This is the only entry point that loads zod.
 *
 * @module schema
 */
export {
  type DatasetIssue,
  type DatasetResult,
  formatPath,
  Inspections,
  Providers,
  validateDataset,
} from "./dataset.js";
export { Evidence, EvidenceField, ProviderEvidence, ProviderEvidenceField } from "./evidence.js";
export { Caseload, Inspection, PartialCount, RatingCounts } from "./inspection.js";
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
export { Owner, Provider } from "./provider.js";
