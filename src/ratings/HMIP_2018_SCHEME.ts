import { deepFreeze } from "../internal/deepFreeze.js";
import { markChecked } from "../internal/schemeBrand.js";
import type { Scheme } from "./Scheme.js";

/**
 * HMI Probation's 2018–2020 rating arithmetic for CRC and NPS inspections, as widely reported:
 * the default scheme of every grading and scoring function.
 *
 * - Points: Inadequate 0, Requires improvement 1, Good 2, Outstanding 3, over the ten standards: a score of 0–30.
 * - Overall bands: 0–5 Inadequate, 6–15 Requires improvement, 16–25 Good, 26–30 Outstanding.
 * - Case standards: the lowest key question drives the rating; met in ≥ 80% of cases Outstanding,
 *   ≥ 65% Good, ≥ 50% Requires improvement, below 50% Inadequate.
 *
 * **Unverified.** These numbers are recalled conventions; the primary documents (HMI Probation's external
 * guidance manual, "Annex 1: Methodology" of the reports, the 2017 consultation) were not read, and
 * `provenance.verifyAt` names them. Circumstantial support: the youth inspections' published scores follow the
 * same rule (see {@link HMIP_2018_YOUTH_SCHEME}), and the dataset's tests check that every published overall
 * rating is one the known standards allow. Pass your own {@link Scheme} to any function if you know better.
 * The object is deeply frozen.
 *
 * @example
 * ```ts
 * HMIP_2018_SCHEME.bands.map((b) => `${b.min}–${b.max}`);
 * //=> ["0–5", "6–15", "16–25", "26–30"]
 * HMIP_2018_SCHEME.provenance.status;
 * //=> "unverified"
 * ```
 *
 * @category Schemes
 */
export const HMIP_2018_SCHEME: Scheme = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ markChecked({
    id: "hmip-2018",
    standardCount: 10,
    points: { outstanding: 3, good: 2, "requires-improvement": 1, inadequate: 0 },
    bands: [
      { rating: "inadequate", min: 0, max: 5 },
      { rating: "requires-improvement", min: 6, max: 15 },
      { rating: "good", min: 16, max: 25 },
      { rating: "outstanding", min: 26, max: 30 },
    ],
    caseThresholds: [
      { rating: "outstanding", min: 80 },
      { rating: "good", min: 65 },
      { rating: "requires-improvement", min: 50 },
      { rating: "inadequate", min: 0 },
    ],
    provenance: {
      status: "unverified",
      summary: "Widely reported; not yet read in a primary document. See docs/methodology.md.",
      verifyAt: [
        "https://fdocuments.in/document/probation-inspections-external-guidance-manual.html",
        "https://docslib.org/doc/6855554/derbyshire-leicestershire-nottinghamshire-and-rutland-community-rehabilitation-company",
      ],
    },
  }),
);
