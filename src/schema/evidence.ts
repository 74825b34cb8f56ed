import { z } from "zod";
import { STANDARD_IDS } from "../standards/catalogue.js";
import { HttpUrl, LIST_MAX, LIST_MESSAGE, PartialDate, Text } from "./primitives.js";

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

/**
 * Hosts that only ever hold copies of other publishers' documents: document-mirror sites and the inspectorate's
 * staging host. Evidence read on one of them must say whose document it copies (`copyOf`).
 */
export const COPY_HOSTS = /* @__PURE__ */ Object.freeze([
  "inspectorates-staging.bang-on.net",
  "dokumen.tips",
  "docslib.org",
  "vdocuments.us",
  "vdocuments.mx",
  "vdocuments.net",
  "vdocuments.site",
  "vdocument.in",
  "fdocuments.in",
  "cupdf.com",
  "pdfslide.us",
  "readkong.com",
  "zbook.org",
] as const);

/** Whether a URL is on one of {@link COPY_HOSTS} (or a subdomain of one). */
export function isCopyHost(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return COPY_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

/** Whose document a copy reproduces. @category Schema */
export const CopyOf = z
  .object({
    publisher: Text().meta({
      description: "Who published the original document: HM Inspectorate of Probation, BBC News, …",
    }),
    title: Text().optional().meta({
      description: "The original document's title, where known.",
    }),
    url: HttpUrl.optional().meta({
      description:
        "The original's own address, where a source read shows it; absent when unknown (cite the copy then).",
    }),
  })
  .strict()
  .readonly()
  .meta({
    title: "Copy of",
    description:
      "The original document a copy reproduces: its publisher, and its title and address where known, so that a reader can cite the original.",
  });
/** @category Schema */
export type CopyOf = z.infer<typeof CopyOf>;

const evidenceShape = {
  url: HttpUrl.meta({
    description: "Where the value was read: the source itself, or the copy of it that was read (see copyOf).",
  }),
  publisher: Text().meta({
    description:
      "Who published what was read at url: HM Inspectorate of Probation, a newspaper, Russell Webster, or, for a copy, the site that holds it (vdocuments, docslib, …).",
  }),
  kind: z.enum(["primary", "secondary"]).meta({
    description:
      "primary: HMI Probation's own report or press release (or an official answer quoting it); secondary: news reports, commentary and campaign pages. For a copy, the kind of the original document.",
  }),
  date: PartialDate.optional().meta({
    description: "The source's own publication date, where it shows one.",
  }),
  copyOf: CopyOf.optional().meta({
    description:
      "Present when url holds a copy of another publisher's document (a document-mirror site, a staging host, a newsletter archive, a page reproducing a press release): whose document it is. Absent when url is the original.",
  }),
};

/** Evidence on a copy-only host must say whose document it copies. */
const copyMarked = <T extends { readonly url: string; readonly copyOf?: unknown }>(e: T): boolean =>
  // An own copyOf: zod's output objects inherit, and a copyOf added to Object.prototype must not pass for one.
  (Object.hasOwn(e, "copyOf") && e.copyOf !== undefined) || !isCopyHost(e.url);
const COPY_MESSAGE = {
  message: "url is on a document-mirror or staging host: say whose document it copies (copyOf)",
  path: ["copyOf"],
};

/** One source for an inspection record and the fields it supports. @category Schema */
export const Evidence = z
  .object({
    ...evidenceShape,
    fields: z
      .array(EvidenceField)
      .min(1)
      .max(LIST_MAX, { message: LIST_MESSAGE })
      .readonly()
      .meta({ description: "The record's fields this source states." }),
  })
  .strict()
  .refine(copyMarked, COPY_MESSAGE)
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
      .max(LIST_MAX, { message: LIST_MESSAGE })
      .readonly()
      .meta({ description: "The provider fields this source states." }),
  })
  .strict()
  .refine(copyMarked, COPY_MESSAGE)
  .readonly()
  .meta({
    title: "Provider evidence",
    description: "A source for a provider record and the fields it supports.",
  });
/** @category Schema */
export type ProviderEvidence = z.infer<typeof ProviderEvidence>;

/** An owner field that a source can support: name or members. @category Schema */
export const OwnerEvidenceField = z.enum(["name", "members"]).meta({
  title: "Evidenced owner field",
  description: "An owner field the source states: name, or members (the companies or charities behind it).",
});

/** One source for an owner record and the fields it supports. @category Schema */
export const OwnerEvidence = z
  .object({
    ...evidenceShape,
    fields: z
      .array(OwnerEvidenceField)
      .min(1)
      .max(LIST_MAX, { message: LIST_MESSAGE })
      .readonly()
      .meta({ description: "The owner fields this source states." }),
  })
  .strict()
  .refine(copyMarked, COPY_MESSAGE)
  .readonly()
  .meta({
    title: "Owner evidence",
    description: "A source for an owner record and the fields it supports.",
  });
/** @category Schema */
export type OwnerEvidence = z.infer<typeof OwnerEvidence>;
