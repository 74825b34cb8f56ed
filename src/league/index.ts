export { leagueTable } from "./leagueTable.js";
export type { LeagueInspection, LeagueTableOptions, LeagueTableRow } from "./types.js";
