/**
 * `crc-inspections`: HMI Probation inspections of the CRCs and NPS divisions of
 * England and Wales, with pure functions over them.
 *
 * @packageDocumentation
 */
export * from "./ratings/index.js";
export * from "./standards/index.js";
export * from "./data/index.js";
