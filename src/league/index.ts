export { leagueTable } from "./leagueTable.js";
export { leagueTableLeftOut } from "./leagueTableLeftOut.js";
export type { LeagueInspection, LeagueTableLeftOut, LeagueTableOptions, LeagueTableRow } from "./types.js";
