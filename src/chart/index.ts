export {
  type HeatmapInspection,
  type RatingsHeatmapOptions,
  ratingsHeatmapSvg,
} from "./ratingsHeatmapSvg.js";
export {
  type RatingsTileMapOptions,
  ratingsTileMapSvg,
  type TileMapArea,
  type TileMapCoverage,
  type TileMapInspection,
} from "./ratingsTileMapSvg.js";
