/**
 * `crc-inspections`: HMI Probation inspections of the CRCs and NPS divisions of
 * England and Wales, with pure functions over them: the functions by task (scale, schemes,
 * grading, scoring, deltas, league table, aggregation, data, standards, chart), then the
 * records' and results' types. Tree-shakable: importing a function does not pull in the dataset,
 * zod or date-fns.
 *
 * @module crc-inspections
 */

export * from "./aggregate/index.js";
export * from "./chart/index.js";
export * from "./data/index.js";
export * from "./deltas/index.js";
export * from "./grading/index.js";
export * from "./league/index.js";
export * from "./ratings/index.js";
export * from "./ratings/schemes.js";
export type {
  AreaCode,
  AreaCodeList,
  AreaCoverage,
  AreaEvidence,
  Caseload,
  CopyOf,
  Evidence,
  EvidenceField,
  Inspection,
  Owner,
  OwnerEvidence,
  OwnerEvidenceField,
  Ownership,
  PartialCount,
  PartialDate,
  PoliceForceArea,
  Provider,
  ProviderEvidence,
  ProviderEvidenceField,
  RatingCounts,
} from "./records.generated.js";
export * from "./scoring/index.js";
export * from "./standards/index.js";
