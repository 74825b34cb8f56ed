// A typed consumer. test/consumers/types.test.ts copies it as usage.mts and usage.cts into a
// project type-checked with `moduleResolution: node16`, and as usage.ts into one with `bundler`,
// all `strict` with `skipLibCheck: false`, so the published declarations (.d.ts for import,
// .d.cts for require) and those of zod and date-fns are checked as a user's compiler sees them.
import {
  countRatings,
  type DatasetInspection,
  type DatasetProvider,
  getProvider,
  gradeScore,
  inspections,
  leagueTable,
  parseRating,
  providers,
  RATINGS,
  type Rating,
  yearOnYearDeltas,
} from "crc-inspections";
import { inspections as dataInspections, type ProviderId } from "crc-inspections/data";
import { Inspection } from "crc-inspections/schema";

export const best: "outstanding" = RATINGS[0];
export const parsed: Rating = parseRating("Requires improvement");
export const first: DatasetInspection | undefined = inspections[0];
export const provider: DatasetProvider | undefined = getProvider("west-yorkshire-crc");
export const providerName: string | undefined = provider?.name;
export const ids: readonly ProviderId[] = providers.map((p) => p.id);
export const sameData: boolean = dataInspections === inspections;

export const graded: Rating = gradeScore(15);
const table = leagueTable(inspections, { round: "2018/19", kind: "crc", providers });
export const leader: { rank: number; name: string; overall: Rating; complete: boolean } | undefined =
  table[0];
export const range: { min: number; max: number; exact?: number } | undefined = table[0]?.score;
const counts = countRatings(inspections, { standard: "leadership" });
export const goodOrBetter: number = counts.outstanding + counts.good;
export const unknown: number = counts.unknown;
export const changed: string[] = yearOnYearDeltas(inspections).map(
  (d) => `${d.providerId}: ${d.overall.direction}`,
);

const result = Inspection.safeParse(JSON.parse("{}"));
export const validId: string | undefined = result.success ? result.data.id : undefined;
export const issues: number = result.success ? 0 : result.error.issues.length;

// @ts-expect-error the dataset is read-only
inspections.push(inspections[0]);
// @ts-expect-error "excellent" is not a rating
export const notARating: Rating = "excellent";
// @ts-expect-error the round must be one of the rounds
leagueTable(inspections, { round: "2021/22" });
