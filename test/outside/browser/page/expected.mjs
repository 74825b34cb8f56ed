// Run by Node in the browser test's consumer project: the same table as main.js renders, as the
// cells it should show, computed by the package's Node ESM build.
import { inspections, leagueTable, providers, ratingLabel } from "crc-inspections";

const rows = leagueTable(inspections, { round: "2018/19", kind: "crc", providers });
const cells = rows.map((row) => [
  String(row.rank),
  row.name,
  ratingLabel(row.overall),
  row.score.exact === undefined ? `${row.score.min}–${row.score.max}` : `${row.score.exact}`,
  row.complete ? "yes" : "no",
]);
process.stdout.write(JSON.stringify({ cells, providerIds: rows.map((row) => row.providerId) }));
