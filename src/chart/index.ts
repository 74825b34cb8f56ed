export {
  type HeatmapInspection,
  type RatingsHeatmapOptions,
  ratingsHeatmapSvg,
} from "./ratingsHeatmapSvg.js";
