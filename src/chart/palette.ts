// The colours, letters and hatching the charts share (ratingsHeatmapSvg, ratingsTileMapSvg): one palette, so a
// rating looks the same in every chart the package draws.
import type { Rating } from "../ratings/RATINGS.js";

/** Okabe–Ito colours, blue (best) to vermillion (worst), with the text colour that reads on each. */
export const FILL: Readonly<
  Record<Rating, { readonly fill: string; readonly text: string; readonly short: string }>
> = {
  outstanding: { fill: "#0072B2", text: "#FFFFFF", short: "O" },
  good: { fill: "#56B4E9", text: "#000000", short: "G" },
  "requires-improvement": { fill: "#E69F00", text: "#000000", short: "RI" },
  inadequate: { fill: "#D55E00", text: "#000000", short: "I" },
};

/** The grey hatching of a rating no source states yet: unknown, never zero. */
export const HATCH_PATTERN = `<pattern id="unknown-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#F2F2F2"/><line x1="0" y1="0" x2="0" y2="6" stroke="#B0B0B0" stroke-width="2"/></pattern>`;

export const FONT = "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif";
export const SOURCE_NOTE_HMIP =
  "Source: crc-inspections, from HM Inspectorate of Probation reports and press releases.";
export const OGL_NOTE = "Contains public sector information licensed under the Open Government Licence v3.0.";
