import { z } from "zod";
import { HttpUrl, PartialDate, Slug } from "./primitives.js";

/** An ONS police force area code of England (`E23…`) or Wales (`W15…`). @category Schema */
export const AreaCode = z
  .string()
  .regex(/^(E23|W15)\d{6}$/, { message: "expected an ONS police force area code (E23… or W15…)" })
  .meta({
    title: "Police force area code",
    description:
      "The ONS (GSS) code of a police force area of England (E23 and six digits) or Wales (W15 and six digits).",
    examples: ["E23000013", "W15000004"],
  });
/** @category Schema */
export type AreaCode = z.infer<typeof AreaCode>;

/** A police force area of England and Wales as the ONS code list names it. @category Schema */
export const PoliceForceArea = z
  .object({
    code: AreaCode,
    name: z.string().min(1).max(80).meta({ description: "The area's name as the ONS code list writes it." }),
  })
  .strict()
  .readonly()
  .meta({
    title: "Police force area",
    description: "One police force area: its ONS code and official name.",
  });
/** @category Schema */
export type PoliceForceArea = z.infer<typeof PoliceForceArea>;

/** The ONS code list the areas' codes and names are read from. @category Schema */
export const AreaCodeList = z
  .object({
    name: z.string().min(1).max(200).meta({ description: "The code list's title, as ONS publishes it." }),
    publisher: z.string().min(1).max(200).meta({ description: "Who publishes the code list." }),
    year: z.number().int().min(2000).max(2100).meta({ description: "The year the code list is dated." }),
    onsItem: z
      .string()
      .regex(/^[0-9a-f]{32}$/)
      .optional()
      .meta({ description: "The list's item id on the ONS Open Geography Portal, where a source gives it." }),
    readAt: HttpUrl.meta({
      description: "Where the list was read: the copy the dataset's values come from.",
    }),
    licence: z.string().min(1).max(200).meta({ description: "The licence the list is published under." }),
  })
  .strict()
  .readonly()
  .meta({
    title: "Code list",
    description: "The code list the police force areas' codes and names come from.",
  });
/** @category Schema */
export type AreaCodeList = z.infer<typeof AreaCodeList>;

/** One source for a row of area coverage. @category Schema */
export const AreaEvidence = z
  .object({
    url: HttpUrl.meta({ description: "Where the source can be read." }),
    publisher: z.string().min(1).max(200).meta({ description: "Who published the source." }),
    kind: z.enum(["primary", "secondary"]).meta({
      description:
        "primary: HMI Probation's or the government's own publication; secondary: news reports, commentary and partners' pages.",
    }),
    date: PartialDate.optional().meta({
      description: "The source's own publication date, where it shows one.",
    }),
  })
  .strict()
  .readonly()
  .meta({ title: "Area evidence", description: "A source for one row of area coverage." });
/** @category Schema */
export type AreaEvidence = z.infer<typeof AreaEvidence>;

/**
 * The rules a coverage row can rest on:
 * - `provider-name`: the provider's own name (as a source writes it) contains the area's official name, and that
 *   name denotes no other police force area; the evidence is the source of the provider's name.
 * - `source-names-area`: a source names the areas the provider covered, in words that are the areas' official
 *   names.
 *
 * @category Schema
 */
export const COVERAGE_RULES = ["provider-name", "source-names-area"] as const;

/** Which police force area a provider covered, with the rule and the sources that settle it. @category Schema */
export const AreaCoverage = z
  .object({
    providerId: Slug.meta({ description: "The provider (providers.json id)." }),
    areaCode: AreaCode,
    rule: z.enum(COVERAGE_RULES).meta({
      description:
        "What the row rests on: provider-name (the provider's own name contains the area's official name, which names no other area) or source-names-area (a source names the areas the provider covered).",
    }),
    note: z.string().min(1).max(500).optional().meta({
      description: "How the rule applies to this row: which words matched, or what the source says.",
    }),
    from: PartialDate.optional().meta({ description: "When the coverage began, where a source states it." }),
    to: PartialDate.optional().meta({ description: "When it ended, where a source states it." }),
    evidence: z.array(AreaEvidence).min(1).max(20).readonly(),
  })
  .strict()
  .readonly()
  .meta({
    title: "Area coverage",
    description:
      "One provider and one police force area it covered, with the rule and sources that settle it.",
  });
/** @category Schema */
export type AreaCoverage = z.infer<typeof AreaCoverage>;

/** A provider whose areas no source read so far settles, in whole or in part. @category Schema */
export const AreaGap = z
  .object({
    providerId: Slug.meta({ description: "The provider (providers.json id)." }),
    note: z.string().min(1).max(500).meta({ description: "What is not settled, and why." }),
  })
  .strict()
  .readonly()
  .meta({ title: "Area gap", description: "What is not known about a provider's police force areas." });
/** @category Schema */
export type AreaGap = z.infer<typeof AreaGap>;

/**
 * The areas file, `data/areas.json`: the police force areas, which of them each provider covered, and the gaps.
 * Cross-checks: codes and names unique; coverage rows name known areas and no provider–area pair twice; `from`
 * no later than `to`.
 *
 * @category Schema
 */
export const AreasFile = z
  .object({
    codeList: AreaCodeList,
    areas: z.array(PoliceForceArea).min(1).max(100).readonly(),
    coverage: z.array(AreaCoverage).max(2000).readonly(),
    gaps: z.array(AreaGap).max(200).readonly(),
  })
  .strict()
  .superRefine((file, ctx) => {
    const codes = new Set<string>();
    const names = new Set<string>();
    file.areas.forEach((a, i) => {
      if (codes.has(a.code))
        ctx.addIssue({ code: "custom", path: ["areas", i, "code"], message: `duplicate code ${a.code}` });
      if (names.has(a.name))
        ctx.addIssue({ code: "custom", path: ["areas", i, "name"], message: `duplicate name ${a.name}` });
      codes.add(a.code);
      names.add(a.name);
    });
    const pairs = new Set<string>();
    file.coverage.forEach((row, i) => {
      if (!codes.has(row.areaCode)) {
        ctx.addIssue({
          code: "custom",
          path: ["coverage", i, "areaCode"],
          message: `no area ${row.areaCode} in areas`,
        });
      }
      const key = `${row.providerId} ${row.areaCode}`;
      if (pairs.has(key)) {
        ctx.addIssue({
          code: "custom",
          path: ["coverage", i],
          message: `${row.providerId} covers ${row.areaCode} twice`,
        });
      }
      pairs.add(key);
      if (row.from !== undefined && row.to !== undefined && row.from > row.to) {
        ctx.addIssue({
          code: "custom",
          path: ["coverage", i, "to"],
          message: `ends (${row.to}) before it starts (${row.from})`,
        });
      }
    });
  })
  .readonly()
  .meta({
    title: "Police force areas",
    description:
      "The police force areas of England and Wales from an ONS code list, and which of them each provider covered.",
  });
/** @category Schema */
export type AreasFile = z.infer<typeof AreasFile>;
