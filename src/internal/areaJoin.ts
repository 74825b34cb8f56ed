// Which provider of a kind covered a police force area in a rated round, and how HMI Probation rated it then:
// the one join behind the tile map (ratingsTileMapSvg) and the per-area CSV (data/area_ratings.csv).
import { NOT_RATED, type NotRated } from "../ratings/NOT_RATED.js";
import type { Rating } from "../ratings/RATINGS.js";
import type { ProviderKind, Round } from "../standards/catalogue.js";

/** What is known of one area's provider of one kind in one round. */
export type AreaStatus =
  /** No coverage row of that kind settles the area's provider (a gap in the data, listed in coverage.md). */
  | "no-settled-provider"
  /** Several providers of that kind are recorded for the area in the round, and the data does not say which. */
  | "ambiguous"
  /** The covering provider had no rated-framework inspection in the round. */
  | "not-inspected"
  /** Inspected and rated overall; `overall` holds the rating. */
  | "rated"
  /** Inspected, and HMI Probation gave no overall rating. */
  | "not-rated"
  /** Inspected and rated, but no source read so far states the rating. */
  | "unknown";

export interface AreaCell {
  readonly status: AreaStatus;
  readonly providerId?: string | undefined;
  readonly inspectionId?: string | undefined;
  readonly overall?: Rating | undefined;
}

export interface JoinCoverage {
  readonly providerId: string;
  readonly areaCode: string;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

export interface JoinInspection {
  readonly id: string;
  readonly providerId: string;
  readonly framework: string;
  readonly round: Round | null;
  readonly overall?: Rating | NotRated | undefined;
}

/** The business year a round is named by: April to March. */
const ROUND_SPAN: Readonly<Record<Round, readonly [string, string]>> = {
  "2018/19": ["2018-04", "2019-03-31"],
  "2019/20": ["2019-04", "2020-03-31"],
  "2020/21": ["2020-04", "2021-06-30"],
};

/** Whether a coverage row's dates (where a source gives them) overlap the round. */
function inForce(row: JoinCoverage, round: Round): boolean {
  const [start, end] = ROUND_SPAN[round];
  return (row.from === undefined || row.from <= end) && (row.to === undefined || row.to >= start);
}

export interface AreaJoin {
  /** The cell of one area, kind and round. */
  readonly cell: (areaCode: string, kind: ProviderKind, round: Round) => AreaCell;
}

/**
 * Indexes coverage, providers' kinds and inspections once. A provider is chosen for an area, kind and round among
 * the coverage rows in force then: the one inspected in that round, or else the only one; anything else is
 * `ambiguous`. Records are trusted: callers check them.
 */
export function areaJoin(
  coverage: readonly JoinCoverage[],
  kindOf: ReadonlyMap<string, ProviderKind>,
  inspections: readonly JoinInspection[],
): AreaJoin {
  const rowsByArea = new Map<string, JoinCoverage[]>();
  for (const row of coverage) {
    const list = rowsByArea.get(row.areaCode) ?? [];
    list.push(row);
    rowsByArea.set(row.areaCode, list);
  }
  const inspected = new Map<string, JoinInspection>();
  for (const i of inspections) {
    if (i.framework !== "hmip-2018" || i.round === null) continue;
    inspected.set(`${i.providerId} ${i.round}`, i);
  }
  return {
    cell(areaCode, kind, round) {
      const candidates = [
        ...new Set(
          (rowsByArea.get(areaCode) ?? [])
            .filter((r) => kindOf.get(r.providerId) === kind && inForce(r, round))
            .map((r) => r.providerId),
        ),
      ];
      if (candidates.length === 0) return { status: "no-settled-provider" };
      const withInspection = candidates.filter((p) => inspected.has(`${p} ${round}`));
      if (withInspection.length > 1) return { status: "ambiguous" };
      const [providerId] = withInspection;
      if (providerId === undefined) {
        return candidates.length === 1
          ? { status: "not-inspected", providerId: candidates[0] }
          : { status: "ambiguous" };
      }
      const inspection = inspected.get(`${providerId} ${round}`) as JoinInspection;
      const overall = inspection.overall;
      return overall === NOT_RATED
        ? { status: "not-rated", providerId, inspectionId: inspection.id }
        : overall === undefined
          ? { status: "unknown", providerId, inspectionId: inspection.id }
          : { status: "rated", providerId, inspectionId: inspection.id, overall };
    },
  };
}
