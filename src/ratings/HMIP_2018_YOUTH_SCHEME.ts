import { deepFreeze } from "../internal/deepFreeze.js";
import { markChecked } from "../internal/schemeBrand.js";
import type { Scheme } from "./Scheme.js";

/**
 * HMI Probation's rating arithmetic for youth offending service inspections (from 2018): the better-evidenced
 * sibling of {@link HMIP_2018_SCHEME}, and a second test of the scheme machinery. It is not the right scheme for
 * CRC or NPS inspections, which rate ten standards, and the scoring functions refuse it for them.
 *
 * - Points: Inadequate 0, Requires improvement 1, Good 2, Outstanding 3, over the 12 counted standards: 0–36
 *   (from 2021 a 13th standard, resettlement, is rated but does not count).
 * - Overall bands: 0–6 Inadequate, 7–18 Requires improvement, 19–30 Good, 31–36 Outstanding.
 * - Case thresholds: as the probation scheme (80 / 65 / 50 per cent), equally unverified.
 *
 * **Unverified, but tested against published scores.** The reports print the score out of 36; a public scrape of
 * 79 clean rows (2021–2025) agrees with every band, and pins the 18 | 19 boundary; no service scored 6, 7 or 30,
 * so those boundaries rest on the rule (Inadequate to n/2, Requires improvement to 3n/2, Good to 5n/2). The
 * rule is inferred from outcomes, not read in a primary statement. The object is deeply frozen.
 *
 * @example
 * ```ts
 * gradeScore(24, HMIP_2018_YOUTH_SCHEME);
 * //=> "good"
 * HMIP_2018_YOUTH_SCHEME.bands[1];
 * //=> { rating: "requires-improvement", min: 7, max: 18 }
 * ```
 *
 * @category Schemes
 */
export const HMIP_2018_YOUTH_SCHEME: Scheme = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ markChecked({
    id: "hmip-2018-youth",
    standardCount: 12,
    points: { outstanding: 3, good: 2, "requires-improvement": 1, inadequate: 0 },
    bands: [
      { rating: "inadequate", min: 0, max: 6 },
      { rating: "requires-improvement", min: 7, max: 18 },
      { rating: "good", min: 19, max: 30 },
      { rating: "outstanding", min: 31, max: 36 },
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
        "Youth offending service inspections: 12 standards count towards the overall rating (HMI Probation, 24 November 2020; from 2021 resettlement is rated but does not count). Reports print the score out of 36. A public scrape of 83 youth reports (March 2021 – February 2025; 79 clean rows) agrees in every row with the bands 0–6 Inadequate, 7–18 Requires improvement, 19–30 Good, 31–36 Outstanding; the 18 | 19 boundary is pinned (five services at 18 rated Requires improvement, five at 19 rated Good); no service scored 6, 7 or 30. Points 0/1/2/3 are confirmed by Dorset 2023 (10 Good, 1 Requires improvement, 1 Outstanding on the counted standards: 24, and the report's score is 24/36). The band rule is inferred from outcomes, not read in a primary statement; the case thresholds (80/65/50) are recalled and unverified.",
      verifyAt: [
        "https://fdocuments.in/document/consultation-on-standards-and-ratings-for-inspecting-youth-spring-2018-our-inspections.html",
        "https://www.justiceinspectorates.gov.uk/hmiprobation/inspections/portsmouth-yot/",
      ],
      evidence: [
        "https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2020/11/yar2020/",
        "https://www.justiceinspectorates.gov.uk/hmiprobation/inspections/portsmouth-yot/",
        "https://github.com/data-to-insight/hmi-probation-youth-justice-scrape",
        "https://democracy.bcpcouncil.gov.uk/ieIssueDetails.aspx?IId=18192&Opt=3",
      ],
    },
  }),
);
