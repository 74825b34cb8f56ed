// A typed consumer with no ambient types at all: `lib: ["es2022"]` (no DOM), `types: []` (no
// @types/node), strict, `skipLibCheck: false`. test/consumers/types.test.ts copies it as
// records.mts and records.cts. The root and /data entries must type-check here with zero errors:
// their declarations may not lean on zod's (which need `URL`) or on any global a runtime adds.
import {
  type Caseload,
  countRatings,
  type Evidence,
  type EvidenceField,
  type Framework,
  gradeScore,
  type Inspection,
  type NotRated,
  inspections,
  leagueTable,
  type Owner,
  owners,
  type PartialDate,
  type Provider,
  type ProviderKind,
  providers,
  type Rating,
  type RatingCounts,
  type Round,
  type StandardId,
  scoreInspection,
  yearOnYearDeltas,
} from "crc-inspections";
import {
  type DatasetInspection,
  inspections as dataInspections,
  type Inspection as DataInspection,
  type Provider as DataProvider,
} from "crc-inspections/data";

// The dataset's records are the root's record types.
export const all: readonly Inspection[] = inspections;
export const same: readonly DataInspection[] = dataInspections;
export const everyone: readonly Provider[] = providers;
export const alsoEveryone: readonly DataProvider[] = providers;
export const first: DatasetInspection | undefined = dataInspections[0];

// Fields read with their types.
export function describe(i: Inspection): string {
  const overall: Rating | NotRated | undefined = i.overall;
  const round: Round | null = i.round;
  const framework: Framework = i.framework;
  const kind: ProviderKind = i.providerKind;
  const published: PartialDate | undefined = i.published;
  const caseload: Caseload | null = i.caseload;
  const counts: RatingCounts | undefined = i.ratingCounts;
  const leadership: Rating | undefined = i.standards.leadership;
  const sources: readonly Evidence[] = i.evidence;
  const fields: readonly EvidenceField[] = sources.flatMap((e) => e.fields);
  return [overall, round, framework, kind, published, caseload?.value, counts?.good, leadership, fields.length]
    .map(String)
    .join(" ");
}
// The owners table (owners' records) and each provider's ownerships, which name an owner by id.
export const ownerRecords: readonly Owner[] = owners;
export const ownerIds: readonly string[] = providers.flatMap((p) => p.owners.map((o) => o.ownerId));
export const standard: StandardId = "through-the-gate";

// Functions from the root, on the dataset.
export const graded: Rating = gradeScore(15);
export const score: { min: number; max: number } | undefined = inspections[0] && scoreInspection(inspections[0]);
export const leader: number | undefined = leagueTable(inspections, { round: "2018/19", providers })[0]?.rank;
export const good: number = countRatings(inspections).good;
export const changed: number = yearOnYearDeltas(inspections).length;

// A record of the user's own, typed by the root's Inspection.
export const mine: Inspection = {
  id: "my-crc-2018-19",
  providerId: "my-crc",
  providerKind: "crc",
  framework: "hmip-2018",
  round: "2018/19",
  overall: "good",
  standards: { leadership: "good" },
  caseload: null,
  evidence: [{ url: "https://example.org/", publisher: "Me", kind: "secondary", fields: ["overall"] }],
};
// @ts-expect-error "excellent" is not a rating
export const wrong: Rating = "excellent";
// @ts-expect-error records are read-only
mine.standards.leadership = "inadequate";
