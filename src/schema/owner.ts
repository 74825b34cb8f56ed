import { z } from "zod";
import { bounded, ownCopy } from "./bounds.js";
import { OwnerEvidence } from "./evidence.js";
import { SCHEMA_LIMITS } from "./limits.js";
import { LIST_MAX, LIST_MESSAGE, Slug, Text } from "./primitives.js";

const ownerShape = z
  .object({
    id: Slug.meta({ description: "Stable identifier, e.g. purple-futures or sodexo-justice-services." }),
    name: Text().meta({ description: "The owner's name as a source writes it." }),
    members: z.array(Text()).max(LIST_MAX, { message: LIST_MESSAGE }).readonly().meta({
      description:
        "The companies or charities behind the owner, as a source names them; empty when no source read names them (unknown, not none).",
    }),
    evidence: z.array(OwnerEvidence).min(1).max(LIST_MAX, { message: LIST_MESSAGE }).readonly(),
    notes: Text(SCHEMA_LIMITS.text).optional().meta({
      description:
        "What is not known, and how the sources' wordings map to this owner, in the editors' words.",
    }),
  })
  .strict();

type OwnerShape = z.infer<typeof ownerShape>;

function checkOwner(record: OwnerShape, ctx: z.RefinementCtx): void {
  const present = new Set(["name", ...(record.members.length > 0 ? ["members"] : [])]);
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
        path: [field],
        message: `${field} is present but no evidence names it`,
      });
    }
  }
}

/**
 * An owner of CRCs: a company, a consortium or a partnership, with the members a source names. Providers'
 * ownerships and inspections' owners refer to it by id. @category Schema
 */
export const Owner = bounded(
  ownerShape.superRefine((record, ctx) => checkOwner(ownCopy(record), ctx)).readonly(),
).meta({
  title: "Owner",
  description:
    "A company, consortium or partnership that owned or ran CRCs, with the companies or charities behind it where a source names them.",
});
/** @category Schema */
export type Owner = z.infer<typeof Owner>;
