// The browser page's script: imports the package's ESM build (bundled by esbuild in
// test/outside/browser/browser.test.ts) and renders the 2018/19 CRC league table into the page.
import { inspections, leagueTable, providers, ratingLabel } from "crc-inspections";

const status = document.getElementById("status");
try {
  const rows = leagueTable(inspections, { round: "2018/19", kind: "crc", providers });
  const body = document.querySelector("#league tbody");
  for (const row of rows) {
    const tr = document.createElement("tr");
    tr.dataset.providerId = row.providerId;
    tr.dataset.overall = row.overall;
    const score = row.score.exact === undefined ? `${row.score.min}–${row.score.max}` : `${row.score.exact}`;
    for (const text of [
      String(row.rank),
      row.name,
      ratingLabel(row.overall),
      score,
      row.complete ? "yes" : "no",
    ]) {
      const td = document.createElement("td");
      td.textContent = text;
      tr.append(td);
    }
    body.append(tr);
  }
  status.textContent = `${rows.length} rows`;
  document.body.dataset.state = "ready";
} catch (error) {
  status.textContent = `error: ${error instanceof Error ? error.message : String(error)}`;
  document.body.dataset.state = "error";
}
