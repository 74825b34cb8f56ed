import { z } from "zod";
import { STANDARD_IDS } from "../standards/catalogue.js";
import { HttpUrl, PartialDate } from "./primitives.js";

/** Inspection fields that must be backed by evidence when present. */
export const SOURCED_INSPECTION_FIELDS = /* @__PURE__ */ Object.freeze([
  "area",
  "fieldworkStart",
  "published",
  "overall",
  "notRatedReason",
  "ratingCounts",
  "caseload",
  "owner",
  "chiefInspector",
  "reportUrl",
] as const);

/** A field of an inspection record that a source can support. @category Schema */
export const EvidenceField = z
  .union([
    z.enum([...SOURCED_INSPECTION_FIELDS, ...STANDARD_IDS.map((id) => `standards.${id}` as const)]),
    z.templateLiteral(["partialCounts.", z.number().int().nonnegative()]),
  ])
  .meta({
    title: "Evidenced field",
    description:
      "A field of the inspection record that the source states: a top-level field name, standards.<standard> for one standard's rating, or partialCounts.<index> for one partial count.",
  });
/** @category Schema */
export type EvidenceField = z.infer<typeof EvidenceField>;

/** A provider field that a source can support: name, areas, or owners.<index>. @category Schema */
export const ProviderEvidenceField = z
  .string()
  .regex(/^(name|areas|owners\.\d+)$/, { message: "expected name, areas or owners.<index>" })
  .meta({
    title: "Evidenced provider field",
    description: "A provider field the source states: name, areas, or owners.<index> for one owner entry.",
  });

const evidenceShape = {
  url: HttpUrl.meta({ description: "Where the source can be read." }),
  publisher: z.string().min(1).meta({
    description: "Who published the source: HM Inspectorate of Probation, a newspaper, Russell Webster, …",
  }),
  kind: z.enum(["primary", "secondary"]).meta({
    description:
      "primary: HMI Probation's own report or press release (or an official answer quoting it); secondary: news reports, commentary and campaign pages.",
  }),
  date: PartialDate.optional().meta({
    description: "The source's own publication date, where it shows one.",
  }),
};

/** One source for an inspection record and the fields it supports. @category Schema */
export const Evidence = z
  .object({
    ...evidenceShape,
    fields: z
      .array(EvidenceField)
      .min(1)
      .readonly()
      .meta({ description: "The record's fields this source states." }),
  })
  .strict()
  .readonly()
  .meta({ title: "Evidence", description: "A source for an inspection record and the fields it supports." });
/** @category Schema */
export type Evidence = z.infer<typeof Evidence>;

/** One source for a provider record and the fields it supports. @category Schema */
export const ProviderEvidence = z
  .object({
    ...evidenceShape,
    fields: z
      .array(ProviderEvidenceField)
      .min(1)
      .readonly()
      .meta({ description: "The provider fields this source states." }),
  })
  .strict()
  .readonly()
  .meta({
    title: "Provider evidence",
    description: "A source for a provider record and the fields it supports.",
  });
/** @category Schema */
export type ProviderEvidence = z.infer<typeof ProviderEvidence>;
