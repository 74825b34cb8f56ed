import { z } from "zod";
import { comparePartialDates, parsePartialDate } from "../internal/partialDate.js";
import { NOT_RATED } from "../ratings/NOT_RATED.js";
import { RATINGS } from "../ratings/RATINGS.js";
import { standardsFor } from "../standards/standardsFor.js";
import { bounded, ownCopy } from "./bounds.js";
import { Evidence, type EvidenceField, SOURCED_INSPECTION_FIELDS } from "./evidence.js";
import { ROUND_WINDOWS, SCHEMA_LIMITS } from "./limits.js";
import {
  Framework,
  HttpUrl,
  LIST_MAX,
  LIST_MESSAGE,
  NotRated,
  PartialDate,
  ProviderKind,
  Rating,
  Round,
  Slug,
  StandardId,
  Text,
} from "./primitives.js";

/** A caseload figure with the qualifier the source put on it. @category Schema */
export const Caseload = z
  .object({
    value: z.number().int().positive().meta({ description: "The number of people supervised." }),
    qualifier: z.enum(["exact", "more-than", "nearly", "around", "approximately"]).meta({
      description: "How the source qualified the number: exact, more than, nearly, around, approximately.",
    }),
  })
  .strict()
  .readonly()
  .meta({
    title: "Caseload",
    description: "People supervised at the time of the inspection, as the source put it.",
  });
/** @category Schema */
export type Caseload = z.infer<typeof Caseload>;

const count = z.number().int().nonnegative();

/** How many standards got each rating, where a source gives only counts. @category Schema */
export const RatingCounts = z
  .object({
    outstanding: count,
    good: count,
    "requires-improvement": count,
    inadequate: count,
  })
  .strict()
  .readonly()
  .meta({
    title: "Rating counts",
    description:
      "The number of the framework's standards rated at each point of the scale, where a source gives counts (for example five Good and five Requires improvement) without naming every standard. Covers all of the framework's standards.",
  });
/** @category Schema */
export type RatingCounts = z.infer<typeof RatingCounts>;

/** A bound on how many standards got one of a set of ratings, where a source gives only that. @category Schema */
export const PartialCount = z
  .object({
    ratings: z
      .array(Rating)
      .min(1)
      .max(RATINGS.length, { message: `expected at most ${RATINGS.length} ratings` })
      .readonly()
      .refine((list) => new Set(list).size === list.length, { message: "ratings must not repeat" })
      .meta({
        description:
          "The ratings counted together: one rating (three Outstanding) or several (six Good or Outstanding).",
      }),
    min: count.optional().meta({ description: "At least this many standards got one of the ratings." }),
    max: count.optional().meta({ description: "At most this many standards got one of the ratings." }),
  })
  .strict()
  .readonly()
  .refine((given) => ownCopy(given).min !== undefined || ownCopy(given).max !== undefined, {
    message: "give a min, a max or both",
  })
  .refine(
    (given) => {
      const p = ownCopy(given);
      return p.min === undefined || p.max === undefined || p.min <= p.max;
    },
    {
      message: "min must not be above max",
    },
  )
  .meta({
    title: "Partial count",
    description:
      "What a source says about how many standards got a rating without saying which, or how many got the others: at least min and at most max of the framework's standards were rated one of ratings.",
  });
/** @category Schema */
export type PartialCount = z.infer<typeof PartialCount>;

const standardsShape = z.partialRecord(StandardId, Rating).readonly().meta({
  title: "Standard ratings",
  description:
    "The standards whose rating a source states, keyed by standard. A standard that is absent is unknown, never a zero.",
});

const inspectionShape = z
  .object({
    id: Slug.meta({
      description:
        "Stable identifier: the provider id and the round (west-yorkshire-crc-2019-20); for a Quality & Impact inspection the provider id, the publication year, the area and qi (nps-midlands-2017-west-mercia-qi).",
    }),
    providerId: Slug.meta({ description: "The inspected provider's id (see providers.json)." }),
    providerKind: ProviderKind.meta({
      description: "The inspected provider's kind, repeated from the provider for filtering.",
    }),
    framework: Framework,
    round: Round.nullable().meta({
      description: "The rated round, or null for an unrated Quality & Impact inspection.",
    }),
    area: Text().optional().meta({
      description:
        "The area the inspection covered, as sources name it, when it covered one area of the provider rather than all of it: a Quality & Impact inspection looked at one police area (Durham, West Mercia, …). Absent for an inspection of the whole provider.",
    }),
    fieldworkStart: PartialDate.optional().meta({
      description:
        "When the inspection's fieldwork started, as precisely as a source states it. Absent when unknown.",
    }),
    published: PartialDate.optional().meta({
      description: "When the report was published, as precisely as a source states it. Absent when unknown.",
    }),
    overall: z.union([Rating, NotRated]).optional().meta({
      description:
        "The overall rating HMI Probation gave; 'not-rated' when it gave none (see notRatedReason); absent when it gave one that no source read so far states (unknown).",
    }),
    notRatedReason: Text(SCHEMA_LIMITS.text).optional().meta({
      description: "Why there is no overall rating; present exactly when overall is 'not-rated'.",
    }),
    standards: standardsShape,
    ratingCounts: RatingCounts.optional(),
    partialCounts: z
      .array(PartialCount)
      .min(1)
      .max(LIST_MAX, { message: LIST_MESSAGE })
      .readonly()
      .optional()
      .meta({
        description:
          "Bounds on rating counts that a source states without naming the standards (at least three Outstanding), each evidenced as partialCounts.<index>. Absent when there are none.",
      }),
    caseload: Caseload.nullable().meta({
      description: "People supervised, or null when no source gives it.",
    }),
    owner: Slug.optional().meta({
      description:
        "The id of who owned or ran the provider at the time of the inspection (see owners.json), where a source states it; absent when unknown.",
    }),
    ownerAsNamed: Text().optional().meta({
      description:
        "The owner as the source names it, quoted, where that wording differs from the owner's name in owners.json; only with owner, and evidenced with it. Not a key.",
    }),
    chiefInspector: Text().optional().meta({
      description: "The Chief Inspector of Probation quoted on publication.",
    }),
    reportUrl: HttpUrl.optional().meta({
      description: "The report, or its press release, or a public copy of the report.",
    }),
    evidence: z.array(Evidence).min(1).max(LIST_MAX, { message: LIST_MESSAGE }).readonly().meta({
      description: "The sources, each naming the fields it supports; every present field is named by one.",
    }),
    notes: Text(SCHEMA_LIMITS.text).optional().meta({
      description: "What is not known or was left out, and why, in the editors' words. Not sourced data.",
    }),
  })
  .strict();

type InspectionShape = z.infer<typeof inspectionShape>;

/** The fields of a record that are present and must be evidenced. */
export function presentFields(record: InspectionShape): EvidenceField[] {
  const fields: EvidenceField[] = [];
  for (const field of SOURCED_INSPECTION_FIELDS) {
    const value = record[field];
    // 'not-rated' is evidenced by notRatedReason's sources, as null was before it.
    if (value !== undefined && value !== null && value !== NOT_RATED) fields.push(field);
  }
  for (const id of Object.keys(record.standards)) fields.push(`standards.${id}` as EvidenceField);
  record.partialCounts?.forEach((_, i) => {
    fields.push(`partialCounts.${i}`);
  });
  return fields;
}

function checkInspection(record: InspectionShape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string): void => {
    ctx.addIssue({ code: "custom", path, message });
  };
  const qi = record.framework === "quality-and-impact";
  if (qi && record.round !== null)
    issue(["round"], "a quality-and-impact inspection has no rated round: use null");
  if (!qi && record.round === null) issue(["round"], `a ${record.framework} inspection needs its round`);
  if (record.overall === NOT_RATED && record.notRatedReason === undefined) {
    issue(["notRatedReason"], "overall is 'not-rated', so notRatedReason must say why there is no rating");
  }
  if (record.overall !== NOT_RATED && record.notRatedReason !== undefined) {
    issue(["notRatedReason"], "notRatedReason is only for records whose overall is 'not-rated'");
  }
  if (qi && record.overall !== NOT_RATED)
    issue(["overall"], "quality-and-impact inspections gave no ratings: use 'not-rated'");
  if (record.ownerAsNamed !== undefined && record.owner === undefined)
    issue(["ownerAsNamed"], "ownerAsNamed is only for records with an owner");

  // Dates: fieldwork cannot start after publication.
  if (record.fieldworkStart !== undefined && record.published !== undefined) {
    const fieldwork = parsePartialDate(record.fieldworkStart);
    const published = parsePartialDate(record.published);
    // Compared at the precision both share: a month-precision date is not after a day in its own month.
    if (fieldwork && published && comparePartialDates(fieldwork, published) > 0) {
      issue(
        ["fieldworkStart"],
        `fieldworkStart ${record.fieldworkStart} is after published ${record.published}`,
      );
    }
  }

  // Dates fall in their round's window (see ROUND_WINDOWS: the sources say when each round ran).
  const window = ROUND_WINDOWS.find((w) => w.round === record.round);
  if (window !== undefined) {
    for (const key of ["fieldworkStart", "published"] as const) {
      const date = record[key];
      const [first, last] = key === "published" ? window.published : window.fieldwork;
      const month = date?.slice(0, 7);
      if (date !== undefined && month !== undefined && (month < first || month > last)) {
        issue(
          [key],
          `${key} ${date} is outside ${record.round === null ? "the Quality & Impact inspections" : `round ${record.round}`}' window, ${first} to ${last}`,
        );
      }
    }
  }

  // Standards must belong to the framework edition for this kind of provider.
  const allowed = standardsFor(record.framework, record.providerKind, record.round);
  for (const id of Object.keys(record.standards)) {
    if (!allowed.includes(id as StandardId)) {
      issue(
        ["standards", id],
        allowed.length === 0
          ? `${record.framework} inspections rate no standards`
          : `${id} is not a standard of a ${record.framework} ${record.providerKind} inspection`,
      );
    }
  }

  // Counts cover every standard of the framework and agree with the known standards.
  if (record.ratingCounts !== undefined) {
    const counts = record.ratingCounts;
    const total = RATINGS.reduce((sum, r) => sum + counts[r], 0);
    if (total !== allowed.length) {
      issue(
        ["ratingCounts"],
        `ratingCounts sum to ${total}, but the framework rates ${allowed.length} standards`,
      );
    }
    for (const r of RATINGS) {
      const known = Object.values(record.standards).filter((v) => v === r).length;
      if (known > counts[r]) {
        issue(["ratingCounts", r], `ratingCounts has ${counts[r]} ${r} but standards name ${known}`);
      }
    }
  }

  // Partial counts are bounded by the framework's standard count and can all hold with the standards and counts.
  if (record.partialCounts !== undefined && allowed.length > 0) {
    record.partialCounts.forEach((p, i) => {
      for (const key of ["min", "max"] as const) {
        const n = p[key];
        if (n !== undefined && n > allowed.length) {
          issue(
            ["partialCounts", i, key],
            `${key} ${n} is above the framework's ${allowed.length} standards`,
          );
        }
      }
    });
    const problem = countsProblem(record, allowed.length);
    if (problem !== undefined) issue(["partialCounts"], problem);
  }
  if (record.partialCounts !== undefined && allowed.length === 0) {
    issue(["partialCounts"], `${record.framework} inspections rate no standards`);
  }

  // Every present field is evidenced, and evidence names only present fields.
  const present = new Set(presentFields(record));
  const named = new Set<string>();
  record.evidence.forEach((source, i) => {
    source.fields.forEach((field, j) => {
      named.add(field);
      if (!present.has(field)) {
        issue(["evidence", i, "fields", j], `evidence names ${field}, which the record does not have`);
      }
    });
  });
  for (const field of present) {
    if (!named.has(field)) {
      const path = field.startsWith("standards.")
        ? ["standards", field.slice(10)]
        : field.startsWith("partialCounts.")
          ? ["partialCounts", Number(field.slice(14))]
          : [field];
      issue(path, `${field} is present but no evidence names it`);
    }
  }
}

/** Why a record's partial counts cannot all hold with its named standards and rating counts, or undefined. */
function countsProblem(record: InspectionShape, total: number): string | undefined {
  const named = RATINGS.map((r) => Object.values(record.standards).filter((v) => v === r).length);
  const unknown = total - named.reduce((a, b) => a + b, 0);
  if (unknown < 0) return undefined; // reported with the standards
  const partial = record.partialCounts ?? [];
  const fits = (tally: readonly number[]): boolean =>
    partial.every((p) => {
      const n = p.ratings.reduce((sum, r) => sum + (tally[RATINGS.indexOf(r)] as number), 0);
      return n >= (p.min ?? 0) && n <= (p.max ?? total);
    });
  const counts = record.ratingCounts;
  if (counts !== undefined) {
    return fits(RATINGS.map((r) => counts[r])) ? undefined : "the partial counts contradict ratingCounts";
  }
  for (let a = 0; a <= unknown; a++) {
    for (let b = 0; a + b <= unknown; b++) {
      for (let c = 0; a + b + c <= unknown; c++) {
        const tally = [a, b, c, unknown - a - b - c].map((n, k) => n + (named[k] as number));
        if (fits(tally)) return undefined;
      }
    }
  }
  return "the partial counts cannot all hold with the named standards";
}

/** One inspection of one provider, with its sources. @category Schema */
export const Inspection = bounded(
  inspectionShape.superRefine((record, ctx) => checkInspection(ownCopy(record), ctx)).readonly(),
).meta({
  title: "Inspection",
  description:
    "One HMI Probation inspection of one provider: dates, overall and standard ratings as far as sources state them, caseload, and the evidence for each field.",
});
/** @category Schema */
export type Inspection = z.infer<typeof Inspection>;
