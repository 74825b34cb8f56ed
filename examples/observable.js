// The package from jsDelivr's ESM build.
const cdn = "https://cdn.jsdelivr.net/npm/crc-inspections@VERSION";
const crc = await import(`${cdn}/+esm`);
const { inspections, providers } = crc;

// The unofficial league table of round one's CRCs.
const table = crc.leagueTable(inspections, { round: "2018/19", kind: "crc", providers });
display(table.map((row) => ({ rank: row.rank, provider: row.name, overall: crc.ratingLabel(row.overall) })));

// The heat map is an SVG string: parse it into a node.
const svg = crc.ratingsHeatmapSvg(inspections, { providers, round: "2018/19", kind: "crc" });
display(new DOMParser().parseFromString(svg, "image/svg+xml").documentElement);

// Only the data: d3.autoType reads empty cells as null (unknown). `known` stays the text "TRUE" or "FALSE"
// (autoType makes booleans only of lower case), so compare it with "TRUE".
const ratings = await d3.csv(`${cdn}/data/ratings.csv`, d3.autoType);
const known = ratings.filter((d) => d.known === "TRUE");
const label = (d) => d.rating_label;
display(d3.rollup(known, (rows) => rows.length, label));
