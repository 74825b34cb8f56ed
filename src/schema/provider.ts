import { z } from "zod";
import { bounded, ownCopy } from "./bounds.js";
import { ProviderEvidence } from "./evidence.js";
import { LIST_MAX, LIST_MESSAGE, PartialDate, ProviderKind, Slug, Text } from "./primitives.js";

/** Who owned a provider over a stretch of time, as an owner id. @category Schema */
export const Ownership = z
  .object({
    ownerId: Slug.meta({ description: "The owner's id (see owners.json)." }),
    asNamed: Text().optional().meta({
      description:
        "The owner as the source for this entry names it, quoted, where that wording differs from the owner's name in owners.json; not a key.",
    }),
    from: PartialDate.optional().meta({
      description: "When this ownership began, where a source states it.",
    }),
    to: PartialDate.optional().meta({ description: "When it ended, where a source states it." }),
  })
  .strict()
  .readonly()
  .meta({
    title: "Ownership",
    description: "Who owned or ran the provider (an owner id), with dates where a source gives them.",
  });
/** @category Schema */
export type Ownership = z.infer<typeof Ownership>;

const providerShape = z
  .object({
    id: Slug.meta({ description: "Stable identifier, e.g. west-yorkshire-crc or nps-midlands." }),
    name: Text().meta({ description: "The provider's name as HMI Probation wrote it." }),
    kind: ProviderKind,
    aliases: z.array(Text()).max(LIST_MAX, { message: LIST_MESSAGE }).readonly().meta({
      description: "Short names people use (BeNCH, DLNR, …) that lookups accept; not sourced data.",
    }),
    areas: z
      .array(Text())
      .min(1)
      .max(LIST_MAX, { message: LIST_MESSAGE })
      .readonly()
      .meta({ description: "The areas the provider covered." }),
    owners: z.array(Ownership).max(LIST_MAX, { message: LIST_MESSAGE }).readonly().meta({
      description: "Owners over time as owner ids, earliest first, as far as sources state them.",
    }),
    evidence: z.array(ProviderEvidence).min(1).max(LIST_MAX, { message: LIST_MESSAGE }).readonly(),
  })
  .strict();

type ProviderShape = z.infer<typeof providerShape>;

function checkProvider(record: ProviderShape, ctx: z.RefinementCtx): void {
  const present = new Set(["name", "areas", ...record.owners.map((_, i) => `owners.${i}`)]);
  const named = new Set<string>();
  record.evidence.forEach((source, i) => {
    source.fields.forEach((field, j) => {
      named.add(field);
      if (!present.has(field)) {
        ctx.addIssue({
          code: "custom",
          path: ["evidence", i, "fields", j],
          message: `evidence names ${field}, which the record does not have`,
        });
      }
    });
  });
  for (const field of present) {
    if (!named.has(field)) {
      ctx.addIssue({
        code: "custom",
        path: field.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
        message: `${field} is present but no evidence names it`,
      });
    }
  }
  record.owners.forEach((owner, i) => {
    if (owner.from !== undefined && owner.to !== undefined && owner.from > owner.to) {
      ctx.addIssue({
        code: "custom",
        path: ["owners", i, "to"],
        message: `owner ends (${owner.to}) before it starts (${owner.from})`,
      });
    }
  });
}

/** A probation provider: a CRC or an NPS division. @category Schema */
export const Provider = bounded(
  providerShape.superRefine((record, ctx) => checkProvider(ownCopy(record), ctx)).readonly(),
).meta({
  title: "Provider",
  description:
    "A probation provider inspected by HMI Probation: a Community Rehabilitation Company or an NPS division.",
});
/** @category Schema */
export type Provider = z.infer<typeof Provider>;
