import { z } from "zod";
import { parsePartialDate } from "../internal/partialDate.js";
import { NOT_RATED } from "../ratings/NOT_RATED.js";
import { RATINGS } from "../ratings/RATINGS.js";
import { FRAMEWORKS, PROVIDER_KINDS, ROUNDS, STANDARD_IDS } from "../standards/catalogue.js";
import { SCHEMA_LIMITS } from "./limits.js";

/** A rating on HMI Probation's four-point scale. @category Schema */
export const Rating = z.enum(RATINGS).meta({
  title: "Rating",
  description:
    "HMI Probation's four-point scale as a kebab-case key, best first: outstanding, good, requires-improvement, inadequate.",
});
/** @category Schema */
export type Rating = z.infer<typeof Rating>;

/** The overall rating of an inspection HMI Probation did not rate: the value `"not-rated"`. @category Schema */
export const NotRated = z.literal(NOT_RATED).meta({
  title: "Not rated",
  description:
    "The value of overall when HMI Probation gave no overall rating (a value, not null, so that dataframe readers keep it apart from an unknown rating, which is absent).",
});
/** @category Schema */
export type NotRated = z.infer<typeof NotRated>;

/** A standard's key. @category Schema */
export const StandardId = z.enum(STANDARD_IDS).meta({
  title: "Standard",
  description:
    "A standard of the 2018–2021 framework as a kebab-case key: eight shared standards, two CRC-only (unpaid-work, through-the-gate) and two NPS-only (court-reports-and-allocation, statutory-victim-work).",
});
/** @category Schema */
export type StandardId = z.infer<typeof StandardId>;

/** An inspection framework. @category Schema */
export const Framework = z.enum(FRAMEWORKS).meta({
  title: "Framework",
  description:
    "hmip-2018: the rated programme of 2018–2021 (rounds 2018/19, 2019/20 and 2020/21); quality-and-impact: the earlier area inspections, which gave narrative judgements and no ratings.",
});
/** @category Schema */
export type Framework = z.infer<typeof Framework>;

/** A rated round. @category Schema */
export const Round = z.enum(ROUNDS).meta({
  title: "Round",
  description:
    "The rated inspection round, named by the business year (April to March) its fieldwork fell in: 2018/19, 2019/20 (stopped by Covid-19 in March 2020) or 2020/21 (the inspections by video link after the suspension, to June 2021).",
});
/** @category Schema */
export type Round = z.infer<typeof Round>;

/** A kind of provider. @category Schema */
export const ProviderKind = z.enum(PROVIDER_KINDS).meta({
  title: "Provider kind",
  description: "crc: a Community Rehabilitation Company; nps: a National Probation Service division.",
});
/** @category Schema */
export type ProviderKind = z.infer<typeof ProviderKind>;

/** An ISO 8601 calendar date of day (`2019-10-28`) or month (`2019-10`) precision. @category Schema */
export const PartialDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, {
    message: "expected an ISO 8601 date of day (YYYY-MM-DD) or month (YYYY-MM) precision",
  })
  .regex(/^[2-9]/, { message: "expected a year from 2000 on" })
  // A year before 2000 has its own message above.
  .refine((s) => !/^[2-9]/.test(s) || parsePartialDate(s) !== undefined, {
    message: "no such day in that month",
  })
  .meta({
    title: "Date",
    description:
      "An ISO 8601 date as precise as the source: YYYY-MM-DD when the day is known, YYYY-MM when only the month is. Years before 2000 are refused.",
    examples: ["2019-10-28", "2019-10"],
  });
/** @category Schema */
export type PartialDate = z.infer<typeof PartialDate>;

/** An http(s) URL. @category Schema */
export const HttpUrl = z
  .url({ protocol: /^https?$/, message: "expected an http(s) URL" })
  .max(SCHEMA_LIMITS.url, { message: `expected at most ${SCHEMA_LIMITS.url} characters` });

/** A slug: lower-case letters, digits and single hyphens. */
export const Slug = z
  .string()
  .max(SCHEMA_LIMITS.id, { message: `expected at most ${SCHEMA_LIMITS.id} characters` })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "expected lower-case letters, digits and hyphens" });

/**
 * Text of at most `max` characters that is not blank and has no space at either end (a name of three spaces, or
 * an alias `" dlnr "`, is refused).
 */
export const Text = (max: number = SCHEMA_LIMITS.name): z.ZodString =>
  z
    .string()
    .min(1)
    .max(max, { message: `expected at most ${max} characters` })
    .regex(/\S/, { message: "expected text, not blank" })
    .regex(/^(?! )[\s\S]*(?<! )$/, { message: "expected text without spaces at either end" });

/** A list of a record: at most {@link SCHEMA_LIMITS}.list items. */
export const LIST_MAX = SCHEMA_LIMITS.list;
/** The message of a list that is too long. */
export const LIST_MESSAGE = `expected at most ${SCHEMA_LIMITS.list} items`;
