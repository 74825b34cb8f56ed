import { deepFreeze } from "../internal/deepFreeze.js";
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
export const HMIP_2018_SCHEME: Scheme = /* @__PURE__ */ deepFreeze({
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
    summary:
      "HMI Probation's conventions for its 2018–2020 probation inspections as widely reported, not yet read in a primary document: points 0/1/2/3 per standard for Inadequate/Requires improvement/Good/Outstanding over ten standards; overall bands 0–5, 6–15, 16–25, 26–30; case standards rated by their lowest key question with thresholds 80/65/50 per cent. Supported circumstantially by the youth inspections, whose published scores out of 36 follow the same rule for 12 standards, and by the published outcomes (Cumbria and Lancashire CRC: determined score 7, rated Requires improvement; London CRC: five Good and five Requires improvement, score 15, rated Requires improvement). The case thresholds and the lowest-key-question rule have no support beyond recall. The dataset's tests check every published overall rating against the ratings its known standards allow.",
    verifyAt: [
      "https://fdocuments.in/document/probation-inspections-external-guidance-manual.html",
      "https://fdocuments.in/document/probation-inspection-guidance-manual-7-figure-1-the-standards-structure-this.html",
      "https://fdocuments.in/document/consultation-on-standards-and-ratings-for-inspecting-probation-2018-7-23-26.html",
      "https://docslib.org/doc/6855554/derbyshire-leicestershire-nottinghamshire-and-rutland-community-rehabilitation-company",
      "https://docslib.org/doc/4753456/an-inspection-of-probation-services-in-humberside-lincolnshire-north",
    ],
    evidence: [
      "https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2019/07/wwmcrc/",
      "https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2019/10/ic1/",
      "https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2020/12/par2020/",
      "https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2019/05/cumbriaandlancashirecrc/",
      "https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2019/08/londoncrc-2/",
      "https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2020/11/yar2020/",
    ],
  },
});
