import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import pkg from "../../package.json" with { type: "json" };
import { csvCell, groupDigits, markdownTable, parseCsv, scoreText, shortName } from "../../src/cli/output.js";
import { inspections, providers } from "../../src/data/dataset.js";
import { leagueTable } from "../../src/league/leagueTable.js";
import { cli } from "./run.js";

let dir: string;
const file = (name: string, content: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
};
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "crc-cli-"));
});

const firstLine = (text: string): string => text.split("\n")[0] ?? "";

describe("global options and dispatch", () => {
  test("--version prints the package version", async () => {
    expect(await cli("--version")).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
    expect((await cli("-v")).stdout).toBe(`${pkg.version}\n`);
  });

  test("--help, help and no arguments print the usage with every command", async () => {
    for (const args of [["--help"], ["-h"], ["help"], []]) {
      const run = await cli(...args);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Usage: crc-inspections <command>/);
      for (const name of ["league", "show", "ratings", "deltas", "export", "validate", "chart"]) {
        expect(run.stdout).toContain(`  ${name} `);
      }
    }
  });

  test("help CMD, CMD --help and --help CMD print the command's help", async () => {
    for (const name of ["league", "show", "deltas", "export", "validate", "chart"]) {
      const expected = `Usage: crc-inspections ${name}`;
      expect((await cli("help", name)).stdout.startsWith(expected)).toBe(true);
      expect((await cli(name, "--help")).stdout.startsWith(expected)).toBe(true);
      expect((await cli(name, "-h")).code).toBe(0);
      expect((await cli("--help", name)).stdout.startsWith(expected)).toBe(true);
    }
  });

  test("an unknown command exits 2 with a one-line reason and the usage on stderr", async () => {
    const run = await cli("frobnicate");
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(firstLine(run.stderr)).toBe('crc-inspections: unknown command "frobnicate"');
    expect(run.stderr).toContain("Usage: crc-inspections <command>");
    expect((await cli("help", "frobnicate")).code).toBe(2);
    expect((await cli("help", "league", "extra")).code).toBe(2);
  });

  test("an unknown option exits 2, before or after the command", async () => {
    const before = await cli("--bogus");
    expect(before.code).toBe(2);
    expect(firstLine(before.stderr)).toBe("crc-inspections: unknown option --bogus");
    const after = await cli("league", "--bogus");
    expect(after.code).toBe(2);
    expect(firstLine(after.stderr)).toBe("crc-inspections: unknown option --bogus");
    expect(after.stderr).toContain("Usage: crc-inspections league");
    expect(after.stderr).toContain("crc-inspections league --help");
    expect((await cli("--version", "league")).code).toBe(0);
    expect(firstLine((await cli("-x", "league")).stderr)).toBe("crc-inspections: unknown option -x");
    expect(firstLine((await cli("--data", "x.json", "league")).stderr)).toMatch(/unknown option --data/);
  });

  test("global options before a command name are refused", async () => {
    const run = await cli("-v", "league");
    expect(run.code).toBe(0);
    const positional = await cli("--", "league");
    expect(positional.code).toBe(2);
    expect(firstLine(positional.stderr)).toBe("crc-inspections: options go after the command");
  });

  test("a missing option value and a bad value exit 2 naming the option", async () => {
    expect(firstLine((await cli("league", "--round")).stderr)).toBe(
      "crc-inspections: option --round needs a value",
    );
    expect(firstLine((await cli("league", "--round", "2021/22")).stderr)).toBe(
      'crc-inspections: unknown round "2021/22" (expected 2018/19, 2019/20 or 2020/21)',
    );
    expect(firstLine((await cli("league", "--kind", "prison")).stderr)).toBe(
      'crc-inspections: unknown kind "prison" (expected crc or nps)',
    );
    expect(firstLine((await cli("league", "--format", "xml")).stderr)).toBe(
      'crc-inspections: unknown format "xml" (expected table, csv, json, md)',
    );
    expect(firstLine((await cli("league", "stray")).stderr)).toBe(
      'crc-inspections: unexpected argument "stray"',
    );
    expect(firstLine((await cli("league", "--help=yes")).stderr)).toMatch(/^crc-inspections: /);
  });
});

describe("league", () => {
  test("--format csv prints a header and one row per rated inspection", async () => {
    const run = await cli("league", "--round", "2018/19", "--kind", "crc", "--format", "csv");
    expect(run.code).toBe(0);
    const rows = parseCsv(run.stdout);
    expect(rows[0]).toEqual([
      "rank",
      "inspection_id",
      "provider_id",
      "provider_name",
      "provider_kind",
      "round",
      "overall",
      "overall_label",
      "score_min",
      "score_max",
      "score_exact",
      "complete",
      "contradiction",
    ]);
    const expected = leagueTable(inspections, { round: "2018/19", kind: "crc", providers });
    expect(rows.length - 1).toBe(expected.length);
    expect(rows.slice(1).every((r) => r[4] === "crc" && r[5] === "2018/19")).toBe(true);
    expect(rows.slice(1).map((r) => r[2])).toEqual(expected.map((r) => r.providerId));
  });

  test("the round and kind accept other spellings", async () => {
    expect((await cli("league", "--round", "2018-19", "--kind", "CRC", "--format", "csv")).stdout).toBe(
      (await cli("league", "--round", "2018/19", "--kind", "crc", "--format", "csv")).stdout,
    );
  });

  test("--format json prints the rows of leagueTable as a JSON array", async () => {
    const run = await cli("league", "--format", "json", "--kind", "nps");
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as unknown[];
    expect(Array.isArray(rows)).toBe(true);
    expect(rows).toEqual(JSON.parse(JSON.stringify(leagueTable(inspections, { kind: "nps", providers }))));
  });

  test("--format table aligns the columns and shows incomplete scores as ranges", async () => {
    const run = await cli("league");
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toMatch(/^Rank {2}Provider +Kind {2}Round +Overall +Score {2}Complete$/);
    expect(lines[1]).toMatch(/^-{4} {2}-+/);
    const rows = leagueTable(inspections, { providers });
    const table = lines.slice(2, 2 + rows.length);
    // Every row line is as wide as the header's columns allow: the Score column ends at the same place.
    const scoreEnd = (lines[0] ?? "").indexOf("Score") + "Score".length;
    for (const [k, line] of table.entries()) {
      const row = rows[k];
      const score =
        row?.score.exact !== undefined ? String(row.score.exact) : `${row?.score.min}–${row?.score.max}`;
      expect(line.slice(0, scoreEnd).endsWith(score)).toBe(true);
      expect(line.endsWith(row?.complete ? "yes" : "no")).toBe(true);
    }
    if (rows.some((r) => !r.complete)) expect(run.stdout).toContain("A score shown as a range is incomplete");
    expect(run.stdout).toContain("Unofficial");
  });

  test("--format md prints a GitHub table", async () => {
    const run = await cli("league", "--round", "2019/20", "--format", "md");
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("| Rank | Provider | Kind | Round | Overall | Score | Complete |");
    expect(lines[1]).toBe("| ---: | --- | --- | --- | --- | ---: | --- |");
    expect(lines.length - 2).toBe(leagueTable(inspections, { round: "2019/20" }).length);
  });

  test("says so when no inspection matches, and counts those left out", async () => {
    const data = file("one-unrated.json", {
      providers,
      inspections: inspections.filter((i) => i.overall === "not-rated" && i.round !== null),
    });
    const run = await cli("league", "--data", data);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("No rated inspections match.");
    expect(run.stdout).toMatch(
      /Left out: 1 inspection \(1 not rated overall by HMI Probation: hampshire-isle-of-wight-crc-2019-20\)\./,
    );
  });
});

describe("owners and league --owner", () => {
  test("owners prints each owner's CRCs' overall ratings by round, unknown owners last", async () => {
    const run = await cli("owners", "--round", "2018/19", "--format", "csv");
    expect(run.code).toBe(0);
    const rows = parseCsv(run.stdout);
    expect(rows[0]).toEqual([
      "owner_id",
      "owner_name",
      "round",
      "inspections",
      "outstanding",
      "good",
      "requires_improvement",
      "inadequate",
      "unknown",
      "not_rated",
      "ratings",
    ]);
    const wl = rows.find((r) => r[0] === "working-links");
    expect(wl).toEqual([
      "working-links",
      "Working Links",
      "2018/19",
      "1",
      "0",
      "0",
      "0",
      "1",
      "0",
      "0",
      "dorset-devon-cornwall-crc=inadequate",
    ]);
    expect(rows.at(-1)?.[0]).toBe("");
    // Every CRC inspection of the round is in exactly one row.
    const total = rows.slice(1).reduce((n, r) => n + Number(r[3]), 0);
    expect(total).toBe(inspections.filter((i) => i.round === "2018/19" && i.providerKind === "crc").length);
    const text = (await cli("owners", "--owner", "purple-futures")).stdout;
    expect(text).toMatch(/Purple Futures +2018\/19 +3 +1 Good, 2 Requires improvement/);
    expect(text).toMatch(/Purple Futures +2019\/20 +4 +3 Requires improvement, 1 not rated/);
  });

  test("league --owner ranks one owner's inspections; an unknown owner exits 2 listing the ids", async () => {
    const run = await cli("league", "--owner", "Purple-Futures", "--round", "2018/19", "--format", "csv");
    expect(run.code).toBe(0);
    expect(
      parseCsv(run.stdout)
        .slice(1)
        .map((r) => [r[0], r[2]]),
    ).toEqual([
      ["1", "hampshire-isle-of-wight-crc"],
      ["2", "cheshire-greater-manchester-crc"],
      ["2", "west-yorkshire-crc"],
    ]);
    const bad = await cli("league", "--owner", "sodexo");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown owner "sodexo" \(expected one of arcc, .*sodexo-justice-services/);
  });
});

describe("show", () => {
  test("prints a mirror copy as a copy of HMI Probation's document, never as HMI Probation's own page", async () => {
    const wy = (await cli("show", "west-yorkshire-crc")).stdout;
    const line = wy.split("\n").find((l) => l.includes("vdocuments.net")) ?? "";
    expect(line).toMatch(
      /COPY at vdocuments\.net \(document-mirror site\) of HM Inspectorate of Probation's document \(primary/,
    );
    expect(wy).not.toMatch(/HM Inspectorate of Probation \(primary[^)]*\): https:\/\/vdocuments/);
    expect(wy).toContain("original: address not known");
  });

  test("prints owners by name and id, with the source's own wording where it differs", async () => {
    const wy = (await cli("show", "west-yorkshire-crc")).stdout;
    expect(wy).toContain("owners:          Purple Futures [purple-futures]\n");
    expect(wy).toContain(
      'owner:           Purple Futures [purple-futures], named "a consortium of CRCs led by Interserve" in the source\n',
    );
    const json = JSON.parse((await cli("show", "west-yorkshire-crc", "--format", "json")).stdout);
    expect(json.owners.map((o: { id: string }) => o.id)).toEqual(["purple-futures"]);
  });

  test("prints the score all the evidence allows, what narrowed it, and what is still possible", async () => {
    const run = await cli("show", "durham-tees-valley-crc");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "partial counts:  at least 3 Outstanding; at least 6 Good or Outstanding\n" +
        "  score:           16–25 of 30 (unofficial; 1 of 10 standards known; narrowed by known standards, partial counts, overall rating)\n" +
        "  overall allowed: Good\n" +
        "  unknown can be:  Outstanding, Good, Requires improvement, Inadequate\n",
    );
    const wy = (await cli("show", "west-yorkshire-crc")).stdout;
    expect(wy).toContain(
      "score:           6–15 of 30 (unofficial; 0 of 10 standards known; narrowed by overall rating)",
    );
  });

  test("says when the overall rating contradicts the standards under the scheme", async () => {
    const data = file("contradiction.json", [
      {
        id: "x-crc-2018-19",
        providerId: "essex-crc",
        providerKind: "crc",
        framework: "hmip-2018",
        round: "2018/19",
        overall: "good",
        standards: {},
        ratingCounts: { outstanding: 0, good: 5, "requires-improvement": 5, inadequate: 0 },
        caseload: null,
        evidence: [
          {
            url: "https://example.org/",
            publisher: "Example",
            kind: "secondary",
            fields: ["overall", "ratingCounts"],
          },
        ],
      },
    ]);
    const run = await cli("show", "essex-crc", "--data", data);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "contradiction:   the published Good (16–25) is outside what the other evidence allows (15) under the unverified scheme\n",
    );
    expect((await cli("league", "--data", data)).stdout).toMatch(
      /Good +!15 +yes\n[\s\S]*A score marked ! rests on/,
    );
  });

  test("prints a provider and each of its inspections, every standard and the sources", async () => {
    const run = await cli("show", "west-yorkshire-crc");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^West Yorkshire Community Rehabilitation Company\n/);
    const own = inspections.filter((i) => i.providerId === "west-yorkshire-crc");
    for (const i of own) expect(run.stdout).toContain(`${i.round} inspection — ${i.id}`);
    expect(run.stdout).toContain("caseload:        8,136");
    expect(run.stdout).toContain("1.1 Leadership");
    expect(run.stdout).toMatch(/unknown\n/);
    expect(run.stdout).toContain("sources:");
    expect(run.stdout).toContain("http://www.russellwebster.com/hmipwyorks18/");
  });

  test("finds a provider by alias in any case", async () => {
    const withAlias = providers.find((p) => p.aliases.length > 0);
    expect(withAlias).toBeDefined();
    const run = await cli("show", (withAlias?.aliases[0] ?? "").toLowerCase());
    expect(run.code).toBe(0);
    expect(firstLine(run.stdout)).toBe(withAlias?.name);
  });

  test("shows not-rated, unknown and Quality & Impact inspections, counts and qualifiers", async () => {
    const unrated = inspections.find((i) => i.overall === "not-rated" && i.round !== null);
    const qi = inspections.find((i) => i.framework === "quality-and-impact");
    const counted = inspections.find((i) => i.ratingCounts !== undefined);
    const unknown = inspections.find((i) => i.overall === undefined);
    for (const i of [unrated, qi, counted, unknown]) {
      expect(i).toBeDefined();
      const run = await cli("show", i?.providerId ?? "");
      expect(run.code).toBe(0);
    }
    expect((await cli("show", unrated?.providerId ?? "")).stdout).toContain("overall:         not rated");
    expect((await cli("show", qi?.providerId ?? "")).stdout).toContain(
      `Quality & Impact inspection of ${qi?.area} (no ratings) — ${qi?.id}`,
    );
    expect((await cli("show", counted?.providerId ?? "")).stdout).toContain("rating counts:");
    expect((await cli("show", unknown?.providerId ?? "")).stdout).toContain("overall:         unknown");
    const qualified = inspections.find((i) => i.caseload !== null && i.caseload.qualifier !== "exact");
    if (qualified !== undefined) {
      expect((await cli("show", qualified.providerId)).stdout).toMatch(
        /caseload: +(more than|nearly|around|approximately) /,
      );
    }
  });

  test("opens with the provider's timeline: every inspection, rated or not, oldest first", async () => {
    const out = (await cli("show", "london-crc")).stdout;
    const timeline = out.slice(out.indexOf("Timeline ("), out.indexOf("\n\n", out.indexOf("Timeline (")));
    expect(timeline.split("\n")).toEqual([
      "Timeline (3 inspections, oldest first):",
      expect.stringMatching(/^ {2}2016-12-15 +Quality & Impact inspection of north of London +not rated$/),
      expect.stringMatching(/^ {2}2018-03 +Quality & Impact inspection +not rated$/),
      expect.stringMatching(/^ {2}2019-08 +2018\/19 inspection +Requires improvement$/),
    ]);
    for (const i of inspections.filter((x) => x.providerId === "london-crc")) expect(out).toContain(i.id);
    expect(out).toContain("area:            north of London");
  });

  test("puts --data inspections given in any order on the timeline in time order", async () => {
    const own = inspections.filter((i) => i.providerId === "nps-midlands");
    const shuffled = [...own].reverse();
    const out = (await cli("show", "nps-midlands", "--data", file("reversed.json", shuffled))).stdout;
    const positions = own.map((i) => out.indexOf(`— ${i.id}`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(out).toMatch(/date unknown|2016-09-22 +Quality & Impact inspection of Derbyshire/);
  });

  test("--format json prints the provider and its inspections", async () => {
    const run = await cli("show", "west-yorkshire-crc", "--format", "json");
    const parsed = JSON.parse(run.stdout) as { provider: { id: string }; inspections: { id: string }[] };
    expect(parsed.provider.id).toBe("west-yorkshire-crc");
    expect(parsed.inspections.map((i) => i.id)).toEqual(
      inspections.filter((i) => i.providerId === "west-yorkshire-crc").map((i) => i.id),
    );
  });

  test("an unknown provider exits 2 with suggestions; a missing one exits 2", async () => {
    const run = await cli("show", "yorkshire");
    expect(run.code).toBe(2);
    expect(firstLine(run.stderr)).toMatch(
      /no provider has the id, name or alias "yorkshire"; did you mean .*west-yorkshire-crc/,
    );
    expect(firstLine((await cli("show", "zzz")).stderr)).toContain(
      "crc-inspections export --table providers",
    );
    expect(firstLine((await cli("show")).stderr)).toBe("crc-inspections: missing the provider's id or alias");
    expect((await cli("show", "a", "b")).code).toBe(2);
  });

  test("says so when a provider has no inspections", async () => {
    const others = inspections.filter((i) => i.providerId !== "west-yorkshire-crc").slice(0, 1);
    const data = file("no-west-yorkshire.json", { providers, inspections: others });
    const run = await cli("show", "west-yorkshire-crc", "--data", data);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("No inspections in the dataset.");
  });
});

describe("deltas", () => {
  test("prints one row per consecutive pair, in every format", async () => {
    const table = await cli("deltas");
    expect(table.code).toBe(0);
    expect(firstLine(table.stdout)).toMatch(
      /^Provider +Kind +Rounds +Overall +Change +Standards +Score change +Months +Days$/,
    );
    const json = JSON.parse((await cli("deltas", "--format", "json")).stdout) as { providerId: string }[];
    expect(json.length).toBeGreaterThan(0);
    const csv = parseCsv((await cli("deltas", "--format", "csv")).stdout);
    expect(csv[0]?.slice(0, 3)).toEqual(["provider_id", "provider_name", "provider_kind"]);
    expect(csv.length - 1).toBe(json.length);
    const md = (await cli("deltas", "--format", "md")).stdout.trimEnd().split("\n");
    expect(md.length - 2).toBe(json.length);
    expect(table.stdout).toContain("2018/19 → 2019/20");
  });

  test("--kind filters the providers", async () => {
    const nps = JSON.parse((await cli("deltas", "--kind", "nps", "--format", "json")).stdout) as {
      providerId: string;
    }[];
    const kinds = new Map<string, string>(providers.map((p) => [p.id, p.kind]));
    expect(nps.every((d) => kinds.get(d.providerId) === "nps")).toBe(true);
  });

  test("prints exact score changes, elapsed days, declines and unknown dates", async () => {
    const base = { providerKind: "crc", framework: "hmip-2018", caseload: null } as const;
    const evidence = (fields: string[]) => [
      { url: "https://example.org/", publisher: "Example", kind: "secondary", fields },
    ];
    const counts = (good: number, ri: number) => ({
      outstanding: 0,
      good,
      "requires-improvement": ri,
      inadequate: 0,
    });
    const mine = [
      {
        ...base,
        id: "essex-crc-2018-19",
        providerId: "essex-crc",
        round: "2018/19",
        published: "2018-10-31",
        overall: "requires-improvement",
        standards: {},
        ratingCounts: counts(5, 5),
        evidence: evidence(["published", "overall", "ratingCounts"]),
      },
      {
        ...base,
        id: "essex-crc-2019-20",
        providerId: "essex-crc",
        round: "2019/20",
        published: "2020-03-03",
        overall: "good",
        standards: {},
        ratingCounts: counts(10, 0),
        evidence: evidence(["published", "overall", "ratingCounts"]),
      },
      {
        ...base,
        id: "wales-crc-2018-19",
        providerId: "wales-crc",
        round: "2018/19",
        overall: "good",
        standards: { leadership: "good" },
        evidence: evidence(["overall", "standards.leadership"]),
      },
      {
        ...base,
        id: "wales-crc-2019-20",
        providerId: "wales-crc",
        round: "2019/20",
        overall: "requires-improvement",
        standards: { leadership: "requires-improvement" },
        evidence: evidence(["overall", "standards.leadership"]),
      },
    ];
    const data = file("crafted.json", mine);
    expect((await cli("validate", data)).code).toBe(0);
    const run = await cli("deltas", "--data", data);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /Essex CRC +CRC +2018\/19 → 2019\/20 +RI → Good +improved +↑0 ↓0 =0 \?10 +\+5 +17 +489\n/,
    );
    expect(run.stdout).toMatch(
      /Wales CRC +CRC +2018\/19 → 2019\/20 +Good → RI +declined +↑0 ↓1 =0 \?9 +−19 to −1\n/,
    );
    const csv = parseCsv((await cli("deltas", "--data", data, "--format", "csv")).stdout);
    expect(csv[0]?.slice(-6)).toEqual([
      "score_change_exact",
      "score_direction",
      "elapsed_calendar_months",
      "elapsed_days_min",
      "elapsed_days_max",
      "dates_precision",
    ]);
    expect(csv[1]?.slice(-6)).toEqual(["5", "improved", "17", "489", "489", "day"]);
    // Good (16–25) → Requires improvement (6–15): the narrowed ranges make the decline certain.
    expect(csv[2]?.slice(-6)).toEqual(["", "declined", "", "", "", ""]);
  });

  test("says so when there are no pairs", async () => {
    const run = await cli("deltas", "--data", file("no-pairs.json", inspections.slice(0, 1)));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("No provider has two rated inspections.");
    expect((await cli("deltas", "x")).code).toBe(2);
  });
});

describe("export", () => {
  test("writes the shipped CSV and JSON files", async () => {
    const { readFileSync } = await import("node:fs");
    for (const table of ["inspections", "ratings", "providers"]) {
      expect((await cli("export", "--table", table)).stdout).toBe(readFileSync(`data/${table}.csv`, "utf8"));
    }
    expect((await cli("export")).stdout).toBe(readFileSync("data/inspections.csv", "utf8"));
    expect((await cli("export", "--format", "json")).stdout).toBe(
      readFileSync("data/inspections.json", "utf8"),
    );
    expect((await cli("export", "--format", "json", "--table", "providers")).stdout).toBe(
      readFileSync("data/providers.json", "utf8"),
    );
  });

  test("writes ratings as JSON, typed as datapackage.json says", async () => {
    const rows = JSON.parse((await cli("export", "--format", "json", "--table", "ratings")).stdout) as Record<
      string,
      unknown
    >[];
    const csv = parseCsv((await cli("export", "--table", "ratings")).stdout);
    expect(rows.length).toBe(csv.length - 1);
    expect(typeof rows[0]?.known).toBe("boolean");
    expect(rows.some((r) => r.rating === null)).toBe(true);
    // known is TRUE exactly where a rating is stated, as in the CSV (it was false in every row).
    const knownInCsv = csv.slice(1).filter((r) => r[csv[0]?.indexOf("known") ?? -1] === "TRUE").length;
    expect(knownInCsv).toBeGreaterThan(0);
    expect(rows.filter((r) => r.known === true).length).toBe(knownInCsv);
    expect(rows.every((r) => r.known === (r.rating !== null))).toBe(true);
  });

  test("carries the area and the 2020/21 round: an area column, unrated Quality & Impact rows, NPS South West's ten standards", async () => {
    const csv = parseCsv((await cli("export")).stdout);
    const header = csv[0] ?? [];
    const col = (name: string) => header.indexOf(name);
    expect(header.slice(col("round"), col("round") + 2)).toEqual(["round", "area"]);
    const durham = csv.find((r) => r[0] === "durham-tees-valley-crc-2016-durham-qi");
    expect([durham?.[col("round")], durham?.[col("area")], durham?.[col("overall")]]).toEqual([
      "",
      "Durham",
      "not-rated",
    ]);
    const sw = csv.find((r) => r[0] === "nps-south-west-2020-21");
    expect([sw?.[col("round")], sw?.[col("overall")], sw?.[col("standards_total")]]).toEqual([
      "2020/21",
      "good",
      "10",
    ]);
    const ratings = JSON.parse((await cli("export", "--format", "json", "--table", "ratings")).stdout) as {
      inspection_id: string;
      round: string | null;
      standard_heading: string | null;
      rating: string | null;
    }[];
    const swRows = ratings.filter((r) => r.inspection_id === "nps-south-west-2020-21");
    expect(swRows).toHaveLength(10);
    expect(swRows.every((r) => r.round === "2020/21" && r.standard_heading === null)).toBe(true);
    expect(swRows.filter((r) => r.rating !== null).length).toBe(1);
    // Quality & Impact inspections rate no standards, so they have no rows in ratings.csv (never zeros).
    expect(ratings.some((r) => r.inspection_id.endsWith("-qi"))).toBe(false);
  });

  test("writes the police force area tables: areas (CSV and curated JSON), provider_areas and area_ratings", async () => {
    const { readFileSync } = await import("node:fs");
    for (const table of ["areas", "provider_areas", "area_ratings"]) {
      expect((await cli("export", "--table", table)).stdout).toBe(readFileSync(`data/${table}.csv`, "utf8"));
    }
    expect((await cli("export", "--format", "json", "--table", "areas")).stdout).toBe(
      readFileSync("data/areas.json", "utf8"),
    );
    const rows = JSON.parse(
      (await cli("export", "--format", "json", "--table", "area_ratings")).stdout,
    ) as Record<string, unknown>[];
    expect(rows).toHaveLength(43 * 3);
    const cleveland = rows.find((r) => r.area_code === "E23000013" && r.round === "2018/19");
    expect([cleveland?.crc_id, cleveland?.crc_status]).toEqual([null, "no-settled-provider"]);
  });

  test("--round keeps one round of area_ratings: one row per police force area, as a map takes it", async () => {
    const { readFileSync } = await import("node:fs");
    const all = parseCsv(readFileSync("data/area_ratings.csv", "utf8"));
    const one = parseCsv((await cli("export", "--table", "area_ratings", "--round", "2018/19")).stdout);
    expect(one[0]).toEqual(all[0]);
    expect(one.slice(1)).toEqual(all.filter((r) => r[2] === "2018/19"));
    expect(one).toHaveLength(44);
    const rows = JSON.parse(
      (await cli("export", "--table", "area_ratings", "--round", "2019/20", "--format", "json")).stdout,
    ) as { round: string }[];
    expect(rows.map((r) => r.round)).toEqual(Array(43).fill("2019/20"));
    expect((await cli("export", "--table", "ratings", "--round", "2018/19")).code).toBe(2);
    expect((await cli("export", "--table", "area_ratings", "--round", "2017/18")).code).toBe(2);
  });

  test("bad formats and tables exit 2", async () => {
    expect((await cli("export", "--format", "md")).code).toBe(2);
    expect((await cli("export", "--table", "staff")).code).toBe(2);
    expect((await cli("export", "extra")).code).toBe(2);
  });

  test("exports the owners table as CSV and JSON", async () => {
    const csv = await cli("export", "--table", "owners");
    expect(csv.code).toBe(0);
    expect(firstLine(csv.stdout)).toBe("id,name,members,provider_ids,inspections,sources,notes");
    expect(csv.stdout).toContain("purple-futures,Purple Futures,Interserve Justice; 3SC; Shelter; P3,");
    const json = JSON.parse((await cli("export", "--table", "owners", "--format", "json")).stdout);
    expect(json.map((o: { id: string }) => o.id)).toContain("sodexo-justice-services");
  });
});

describe("validate", () => {
  test("accepts the package's own files and a { providers, inspections } object", async () => {
    expect(await cli("validate", "data/inspections.json")).toEqual({
      code: 0,
      stdout: `data/inspections.json: valid (${inspections.length} inspections)\n`,
      stderr: "",
    });
    expect((await cli("validate", "data/providers.json")).stdout).toBe(
      `data/providers.json: valid (${providers.length} providers)\n`,
    );
    const both = file("both.json", { providers, inspections });
    expect((await cli("validate", both)).stdout).toBe(
      `${both}: valid (${providers.length} providers, ${inspections.length} inspections)\n`,
    );
  });

  test("a bad file exits 1 with one 'FILE: path: message' line per problem", async () => {
    const [first] = inspections;
    const bad = file("bad.json", [
      { ...first, published: "2018-13", standards: { leadership: "great" } },
      { ...first, id: "Not A Slug" },
    ]);
    const run = await cli("validate", bad);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toContain(
      `${bad}: [0].published: expected an ISO 8601 date of day (YYYY-MM-DD) or month (YYYY-MM) precision`,
    );
    expect(lines.some((l) => l.startsWith(`${bad}: [0].standards.leadership: `))).toBe(true);
    expect(lines.some((l) => l.startsWith(`${bad}: [1].id: `))).toBe(true);
    expect(lines.at(-1)).toMatch(/^crc-inspections: .* is not valid: \d+ problems$/);
  });

  test("names the array in a dataset object's paths, and checks references", async () => {
    const [first] = inspections;
    const others = providers.filter((p) => p.id !== first?.providerId);
    const bad = file("bad-dataset.json", { providers: others, inspections: [first] });
    const run = await cli("validate", bad);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${bad}: inspections[0].providerId: no provider has the id`);
    expect(run.stderr).toMatch(/is not valid: 1 problem\n$/);
    const notObject = file("not-object.json", [1, 2]);
    expect((await cli("validate", notObject, "--table", "dataset")).stderr).toContain(
      `${notObject}: (root): expected an object { providers, inspections }`,
    );
  });

  test("detects providers, and --table overrides the detection", async () => {
    const badProvider = file("bad-providers.json", [{ ...providers[0], kind: "prison" }]);
    const run = await cli("validate", badProvider);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${badProvider}: [0].kind: `);
    const asInspections = await cli("validate", "data/providers.json", "--table", "inspections");
    expect(asInspections.code).toBe(1);
    expect(asInspections.stderr).toBe(
      "data/providers.json: (root): these records look like providers, not inspections\n" +
        "crc-inspections: data/providers.json is not valid: 1 problem\n",
    );
    expect((await cli("validate", "data/providers.json", "--table", "owners")).code).toBe(2);
  });

  test("the wrong top-level value exits 1 with a (root) line", async () => {
    const scalar = file("scalar.json", 42);
    const run = await cli("validate", scalar);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${scalar}: (root): expected an array of inspections`);
  });

  test("an unreadable file or bad JSON exits 1 with one line, never a stack", async () => {
    const missing = await cli("validate", join(dir, "missing.json"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`crc-inspections: cannot read ${join(dir, "missing.json")}: no such file\n`);
    const folder = await cli("validate", dir);
    expect(folder.stderr).toBe(`crc-inspections: cannot read ${dir}: it is a directory\n`);
    const broken = file("broken.json", '{"a":');
    const run = await cli("validate", broken);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^crc-inspections: ${broken} is not valid JSON: .+\\n$`));
    expect((await cli("validate", file("bom.json", `\uFEFF${JSON.stringify(providers)}`))).code).toBe(0);
  });

  test("needs exactly one file", async () => {
    expect(firstLine((await cli("validate")).stderr)).toBe("crc-inspections: missing the FILE to validate");
    expect((await cli("validate", "a.json", "b.json")).code).toBe(2);
  });
});

describe("--data", () => {
  test("uses the user's inspections, with the package's providers for names", async () => {
    const mine = inspections.filter((i) => i.providerKind === "nps" && i.round === "2018/19");
    const run = await cli("league", "--format", "json", "--data", file("mine.json", mine));
    const rows = JSON.parse(run.stdout) as { providerId: string; name: string }[];
    expect(rows.length).toBe(leagueTable(mine).length);
    expect(rows.every((r) => r.name !== r.providerId)).toBe(true);
  });

  test("invalid data exits 1 with its problems before any output", async () => {
    const bad = file("bad-data.json", [{ id: "x" }]);
    for (const command of ["league", "deltas", "chart"]) {
      const run = await cli(command, "--data", bad);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain(`${bad}: [0].providerId: `);
      expect(run.stderr.trimEnd().split("\n").at(-1)).toMatch(
        /^crc-inspections: .* is not valid \(\d+ problems\)$/,
      );
    }
    const one = file("one-problem.json", { providers, inspections: [{ ...inspections[0], id: "Bad Id" }] });
    expect((await cli("show", "west-yorkshire-crc", "--data", one)).stderr).toMatch(/\(1 problem\)\n$/);
    expect((await cli("league", "--data", "")).code).toBe(2);
    expect((await cli("league", "--data", join(dir, "nope.json"))).code).toBe(1);
  });
});

describe("chart", () => {
  test("prints an SVG heat map", async () => {
    const run = await cli("chart", "--round", "2018/19", "--kind", "crc");
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith("<svg")).toBe(true);
    expect(run.stdout.trimEnd().endsWith("</svg>")).toBe(true);
    expect(run.stdout).toContain("Community Rehabilitation Companies, 2018/19");
    expect((await cli("chart", "--title", "Mine & yours")).stdout).toContain("Mine &amp; yours");
    expect((await cli("chart", "extra")).code).toBe(2);
  });

  test("--map prints the tile map of police force areas for one round and kind", async () => {
    const run = await cli("chart", "--map", "--round", "2018/19", "--kind", "nps");
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith("<svg")).toBe(true);
    expect(run.stdout).toContain("National Probation Service divisions, 2018/19");
    expect(run.stdout.split('<g class="tile ').length - 1).toBe(43);
    const title = await cli("chart", "--map", "--round", "2019/20", "--kind", "crc", "--title", "<Map>");
    expect(title.stdout).toContain("&lt;Map&gt;");
    const missing = await cli("chart", "--map", "--round", "2018/19");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("chart --map needs --round and --kind");
  });
});

describe("errors that escape a command", () => {
  test("are one line on stderr with exit 1", async () => {
    const { COMMANDS, main } = await import("../../src/cli/main.js");
    const mutable = COMMANDS as unknown as { name: string; run: () => number }[];
    const broken = {
      name: "boom",
      run: () => {
        throw new Error("kaboom");
      },
    };
    const thrower = {
      name: "boom2",
      run: () => {
        throw "plain";
      },
    };
    mutable.push(broken as never, thrower as never);
    try {
      let stderr = "";
      const io = {
        stdout: () => {},
        stderr: (t: string) => {
          stderr += t;
        },
      };
      expect(await main(["boom"], io)).toBe(1);
      expect(stderr).toBe("crc-inspections: kaboom\n");
      stderr = "";
      expect(await main(["boom2"], io)).toBe(1);
      expect(stderr).toBe("crc-inspections: plain\n");
    } finally {
      mutable.splice(-2, 2);
    }
  });
});

describe("output helpers", () => {
  test("csvCell quotes commas, quotes and line breaks", async () => {
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(false)).toBe("false");
  });

  test("parseCsv reads what csvCell writes, with CRLF and a last line without a newline", async () => {
    expect(parseCsv('a,b\r\n"x, ""y""",\nlast,1')).toEqual([
      ["a", "b"],
      ['x, "y"', ""],
      ["last", "1"],
    ]);
    expect(parseCsv("")).toEqual([]);
  });

  test("markdownTable escapes pipes", async () => {
    expect(markdownTable([{ header: "a|b", cell: (r: string) => r }], ["x|y"])).toBe(
      "| a\\|b |\n| --- |\n| x\\|y |\n",
    );
  });

  test("groupDigits, scoreText and shortName", async () => {
    expect(groupDigits(8136)).toBe("8,136");
    expect(groupDigits(1234567)).toBe("1,234,567");
    expect(groupDigits(999)).toBe("999");
    expect(scoreText({ min: 15, max: 15, exact: 15 })).toBe("15");
    expect(scoreText({ min: 6, max: 25 })).toBe("6–25");
    expect(shortName("Essex Community Rehabilitation Company")).toBe("Essex CRC");
    expect(shortName("National Probation Service Wales")).toBe("NPS Wales");
  });
});

describe("the 2020/21 round", () => {
  const evidence = (fields: string[]) => [
    { url: "https://example.org/", publisher: "Example", kind: "secondary", fields },
  ];
  const base = {
    providerId: "nps-wales",
    providerKind: "nps",
    framework: "hmip-2018",
    caseload: null,
  } as const;
  const mine = [
    {
      ...base,
      id: "nps-wales-2018-19",
      round: "2018/19",
      published: "2019-04-17",
      overall: "good",
      standards: { leadership: "good" },
      evidence: evidence(["published", "overall", "standards.leadership"]),
    },
    {
      ...base,
      id: "nps-wales-2016-qi",
      framework: "quality-and-impact",
      round: null,
      area: "Gwent",
      published: "2017-04",
      overall: "not-rated",
      notRatedReason: "No ratings then.",
      standards: {},
      evidence: evidence(["area", "published", "notRatedReason"]),
    },
    {
      ...base,
      id: "nps-wales-2020-21",
      round: "2020/21",
      published: "2021-03",
      overall: "requires-improvement",
      standards: { leadership: "requires-improvement" },
      evidence: evidence(["published", "overall", "standards.leadership"]),
    },
  ];

  test("league --round takes 2020/21 in either spelling and keeps only that round", async () => {
    const data = file("round-2020-21.json", mine);
    for (const spelling of ["2020/21", "2020-21", "2020_21"]) {
      const rows = JSON.parse(
        (await cli("league", "--round", spelling, "--format", "json", "--data", data)).stdout,
      ) as {
        id: string;
        round: string;
      }[];
      expect(rows.map((r) => [r.id, r.round])).toEqual([["nps-wales-2020-21", "2020/21"]]);
    }
    const csv = parseCsv((await cli("league", "--format", "csv", "--data", data)).stdout);
    const round = csv[0]?.indexOf("round") ?? -1;
    expect(csv.slice(1).map((r) => r[round])).toEqual(["2018/19", "2020/21"]);
  });

  test("deltas compare 2018/19 with 2020/21, passing over the Quality & Impact inspection", async () => {
    const run = await cli("deltas", "--data", file("deltas-2020-21.json", mine));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /NPS in Wales +NPS +2018\/19 → 2020\/21 +Good → RI +declined +↑0 ↓1 =0 \?9 +−19 to −1 +23 +684–714\n/,
    );
    expect(run.stdout).not.toContain("2016-qi");
  });

  test("chart --round 2020/21 draws only that round", async () => {
    const svg = (await cli("chart", "--round", "2020/21", "--data", file("chart-2020-21.json", mine))).stdout;
    expect(svg).toContain('data-inspection="nps-wales-2020-21"');
    expect(svg).not.toContain('data-inspection="nps-wales-2018-19"');
    expect(svg).toContain(", 2020/21</text>");
  });
});
