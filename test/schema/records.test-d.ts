// The record types the root entry exports are written out by scripts/generate.ts so that their
// declarations need no zod; the schemas stay the single source of truth. Each written-out type
// must be exactly `z.infer` of its schema (readonly-ness, optionality and nullability included):
// a schema change without `npm run generate` fails here (and in `generate --check`).
import { describe, expectTypeOf, test } from "vitest";
import type { z } from "zod";
import type * as root from "../../src/index.js";
import type * as schema from "../../src/schema/index.js";

describe("record types at the root equal z.infer of the schemas", () => {
  test("records", () => {
    expectTypeOf<root.Inspection>().toEqualTypeOf<z.infer<typeof schema.Inspection>>();
    expectTypeOf<root.Provider>().toEqualTypeOf<z.infer<typeof schema.Provider>>();
    expectTypeOf<root.Evidence>().toEqualTypeOf<z.infer<typeof schema.Evidence>>();
    expectTypeOf<root.ProviderEvidence>().toEqualTypeOf<z.infer<typeof schema.ProviderEvidence>>();
    expectTypeOf<root.Owner>().toEqualTypeOf<z.infer<typeof schema.Owner>>();
    expectTypeOf<root.Caseload>().toEqualTypeOf<z.infer<typeof schema.Caseload>>();
    expectTypeOf<root.RatingCounts>().toEqualTypeOf<z.infer<typeof schema.RatingCounts>>();
    expectTypeOf<root.PartialCount>().toEqualTypeOf<z.infer<typeof schema.PartialCount>>();
    expectTypeOf<root.PoliceForceArea>().toEqualTypeOf<z.infer<typeof schema.PoliceForceArea>>();
    expectTypeOf<root.AreaCodeList>().toEqualTypeOf<z.infer<typeof schema.AreaCodeList>>();
    expectTypeOf<root.AreaCoverage>().toEqualTypeOf<z.infer<typeof schema.AreaCoverage>>();
  });

  test("fields and keys", () => {
    expectTypeOf<root.Rating>().toEqualTypeOf<z.infer<typeof schema.Rating>>();
    expectTypeOf<root.StandardId>().toEqualTypeOf<z.infer<typeof schema.StandardId>>();
    expectTypeOf<root.Framework>().toEqualTypeOf<z.infer<typeof schema.Framework>>();
    expectTypeOf<root.Round>().toEqualTypeOf<z.infer<typeof schema.Round>>();
    expectTypeOf<root.ProviderKind>().toEqualTypeOf<z.infer<typeof schema.ProviderKind>>();
    expectTypeOf<root.PartialDate>().toEqualTypeOf<z.infer<typeof schema.PartialDate>>();
    expectTypeOf<root.EvidenceField>().toEqualTypeOf<z.infer<typeof schema.EvidenceField>>();
    expectTypeOf<root.ProviderEvidenceField>().toEqualTypeOf<z.infer<typeof schema.ProviderEvidenceField>>();
  });

  test("the dataset's records are records", () => {
    expectTypeOf<root.DatasetInspection>().toExtend<root.Inspection>();
    expectTypeOf<root.DatasetProvider>().toExtend<root.Provider>();
  });
});
