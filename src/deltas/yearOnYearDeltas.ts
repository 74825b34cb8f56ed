import { describeItem, guard, isPlainObject, own, ownItem, requireArray } from "../internal/args.js";
import { comparePlaces, type Place, placeInTime } from "../internal/chronology.js";
import { describe } from "../internal/describe.js";
import { comparePartialDates, type PartialDate } from "../internal/partialDate.js";
import { checkScheme } from "../internal/scheme.js";
import { HMIP_2018_SCHEME } from "../ratings/HMIP_2018_SCHEME.js";
import { NOT_RATED } from "../ratings/NOT_RATED.js";
import type { Scheme } from "../ratings/Scheme.js";
import { inspectionDelta } from "./inspectionDelta.js";
import type { DeltaInspection, InspectionDelta } from "./types.js";

const FN = "yearOnYearDeltas";

/**
 * One {@link inspectionDelta} for each provider's consecutive pair of rated inspections: which providers got
 * better or worse from one round to the next.
 *
 * Deltas compare rated inspections only. A provider's timeline (see `inspectionsOf`, or the CLI's `show`) lists
 * every inspection, rated or not; the deltas join the rated ones in time order and pass over the rest.
 *
 * The rules:
 * - Only `"hmip-2018"` inspections (any round: 2018/19, 2019/20, 2020/21) whose `overall` is not `"not-rated"` take part: Quality & Impact inspections and
 *   inspections HMI Probation did not rate overall are skipped, so a provider's pair joins the inspections either
 *   side of an unrated one. An inspection whose overall is rated but unknown (absent) takes part.
 * - Each provider's inspections are ordered by publication date, else round (as in {@link inspectionDelta}).
 * - The deltas are ordered by the later inspection's publication date (unknown dates last; dates that share a
 *   month but not a precision count as tied), then by provider id.
 *
 * @param inspections - Inspections of any providers, in any order (see {@link DeltaInspection}). Not mutated.
 * @param scheme - Points for the scores; defaults to {@link HMIP_2018_SCHEME}.
 * @returns A new frozen array; empty when no provider has two rated inspections (including for `[]`).
 * @throws `TypeError` when `inspections` is not an array or holds a non-object; `RangeError` when two of a
 *   provider's rated inspections cannot be told apart in time, and for the errors of {@link inspectionDelta}.
 * @example
 * ```ts
 * // The shipped dataset: whose overall rating changed between the rounds?
 * yearOnYearDeltas(inspections)
 *   .filter((d) => d.overall.direction === "improved" || d.overall.direction === "declined")
 *   .map((d) => [d.providerId, d.overall.from, d.overall.to]);
 * //=> [["durham-tees-valley-crc", "requires-improvement", "good"]]
 * ```
 *
 * @example
 * ```ts
 * const base = { providerId: "x-crc", framework: "hmip-2018", providerKind: "crc", standards: {} } as const;
 * const deltas = yearOnYearDeltas([
 *   { ...base, id: "x-crc-2019-20", round: "2019/20", published: "2020-03-03", overall: "requires-improvement" },
 *   { ...base, id: "x-crc-2018-19", round: "2018/19", published: "2018-10-31", overall: "requires-improvement" },
 * ]);
 * deltas.map((d) => [d.laterId, d.overall.direction]);
 * //=> [["x-crc-2019-20", "unchanged"]]
 * yearOnYearDeltas([]);
 * //=> []
 * ```
 *
 * @category Deltas
 */
export function yearOnYearDeltas(
  inspections: readonly DeltaInspection[],
  scheme: Scheme = HMIP_2018_SCHEME,
): readonly InspectionDelta[] {
  // guard() relabels the errors of inspectionDelta, which this calls, with this function's name.
  return guard(FN, () => {
    requireArray(inspections, FN, "inspections");
    return unguardedYearOnYearDeltas(inspections, scheme);
  });
}

function unguardedYearOnYearDeltas(
  inspections: readonly DeltaInspection[],
  scheme: Scheme,
): readonly InspectionDelta[] {
  const checked = checkScheme(scheme, FN);
  // Each record's date and round are read and parsed once, here, not in every comparison of the sorts.
  const byProvider = new Map<string, Dated[]>();
  for (let i = 0; i < inspections.length; i++) {
    const record = ownItem(inspections, i) as DeltaInspection | undefined;
    if (!isPlainObject(record)) {
      throw new TypeError(
        `${FN}: inspections[${i}] must be an inspection object, got ${describeItem(inspections, i)}`,
      );
    }
    if (own(record, "framework") !== "hmip-2018" || own(record, "overall") === NOT_RATED) continue;
    const providerId = own(record, "providerId") as string;
    const entry: Dated = { record, ...placeInTime(record, FN) };
    const list = byProvider.get(providerId);
    if (list === undefined) byProvider.set(providerId, [entry]);
    else list.push(entry);
  }
  const deltas: { readonly delta: InspectionDelta; readonly date: PartialDate | undefined }[] = [];
  for (const list of byProvider.values()) {
    list.sort(comparePlaces);
    for (let i = 1; i < list.length; i++) {
      const earlier = list[i - 1] as Dated;
      const later = list[i] as Dated;
      if (comparePlaces(later, earlier) === 0) {
        throw new RangeError(
          `${FN}: cannot tell which of ${describe(own(earlier.record, "id"))} and ${describe(own(later.record, "id"))} came first`,
        );
      }
      deltas.push({ delta: inspectionDelta(later.record, earlier.record, checked), date: later.date });
    }
  }
  deltas.sort((a, b) => {
    const da = a.date;
    const db = b.date;
    if (da === undefined || db === undefined) {
      if (da !== db) return da === undefined ? 1 : -1;
    } else {
      const c = comparePartialDates(da, db);
      if (c !== 0) return c;
    }
    const pa = a.delta.providerId;
    const pb = b.delta.providerId;
    return pa < pb ? -1 : pa > pb ? 1 : 0;
  });
  return Object.freeze(deltas.map((d) => d.delta));
}

/** A record with its place in time, read once. */
interface Dated extends Place {
  readonly record: DeltaInspection;
}
