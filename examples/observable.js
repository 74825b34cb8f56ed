// The package from jsDelivr's ESM build.
const crc = await import("https://cdn.jsdelivr.net/npm/crc-inspections@VERSION/+esm");

// The unofficial league table of round one's CRCs.
const table = crc.leagueTable(crc.inspections, { round: "2018/19", kind: "crc", providers: crc.providers });
display(table.map((row) => ({ rank: row.rank, provider: row.name, overall: crc.ratingLabel(row.overall) })));

// The heat map is an SVG string: parse it into a node.
const svg = crc.ratingsHeatmapSvg(crc.inspections, { providers: crc.providers, round: "2018/19", kind: "crc" });
display(new DOMParser().parseFromString(svg, "image/svg+xml").documentElement);

// Only the data: d3.autoType reads `known` as a boolean and empty cells as null (unknown).
const ratings = await d3.csv("https://cdn.jsdelivr.net/npm/crc-inspections@VERSION/data/ratings.csv", d3.autoType);
display(d3.rollup(ratings.filter((d) => d.known), (v) => v.length, (d) => d.rating_label));
