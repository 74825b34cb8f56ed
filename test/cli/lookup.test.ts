// Issue 18's small things of the command line: `show` takes any name another command prints, `league --ids`,
// the `ratings` listing, and Deno's missing read permission named in the error.
import { describe, expect, test } from "vitest";
import { DENO_READ, denoNeedsRead } from "../../src/cli/errors.js";
import { nameKey } from "../../src/cli/findProvider.js";
import { parseCsv, shortName } from "../../src/cli/output.js";
import { inspections, providers } from "../../src/data/dataset.js";
import { NOT_RATED } from "../../src/ratings/NOT_RATED.js";
import { ratingLabel } from "../../src/ratings/ratingLabel.js";
import { cli } from "./run.js";

const firstLine = (text: string): string => text.split("\n")[0] ?? "";
const shownId = async (query: string): Promise<string | undefined> => {
  const run = await cli("show", query, "--format", "json");
  return run.code === 0 ? (JSON.parse(run.stdout) as { provider: { id: string } }).provider.id : undefined;
};

describe("show <provider>", () => {
  test("takes every name `league` prints, in its table, CSV and JSON", async () => {
    const table = (await cli("league")).stdout;
    const csv = parseCsv((await cli("league", "--format", "csv")).stdout);
    const nameColumn = csv[0]?.indexOf("provider_name") ?? -1;
    const idColumn = csv[0]?.indexOf("provider_id") ?? -1;
    const rows = csv.slice(1);
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      const id = row[idColumn] as string;
      const full = row[nameColumn] as string;
      const short = shortName(full);
      expect(table).toContain(short);
      expect(await shownId(full), full).toBe(id);
      expect(await shownId(short), short).toBe(id);
    }
  });

  test("takes every id, name and alias of every provider, in any case and with any punctuation", async () => {
    for (const p of providers) {
      for (const name of [p.id, p.name, shortName(p.name), ...p.aliases]) {
        expect(await shownId(name), name).toBe(p.id);
        expect(await shownId(name.toUpperCase()), name).toBe(p.id);
        expect(await shownId(`  ${name.replace(/[ -]/g, "_").replaceAll(",", "")}. `), name).toBe(p.id);
      }
    }
    // "&" and "and" are the same word.
    const humberside = providers.find((p) => p.name.includes("&"));
    expect(humberside).toBeDefined();
    expect(await shownId((humberside?.name ?? "").replace("&", "and"))).toBe(humberside?.id);
  });

  test("suggests the closest providers, with their short names, when nothing matches", async () => {
    const run = await cli("show", "West Yorkshre CRC");
    expect(run.code).toBe(2);
    expect(firstLine(run.stderr)).toMatch(
      /^crc-inspections: no provider has the id, name or alias "West Yorkshre CRC"; did you mean west-yorkshire-crc \(West Yorkshire CRC\)/,
    );
    expect(firstLine((await cli("show", "Merseysid")).stderr)).toContain("did you mean merseyside-crc");
    expect(firstLine((await cli("show", "zzz")).stderr)).toContain("crc-inspections league --ids");
    expect(nameKey("Humberside, Lincolnshire & North Yorkshire CRC")).toBe(
      "humberside lincolnshire and north yorkshire crc",
    );
  });

  test("a query far longer than any name is refused quickly, with no search", async () => {
    const started = performance.now();
    const run = await cli("show", "x".repeat(120_001));
    expect(run.code).toBe(2);
    expect(run.stderr.length).toBeLessThan(2_000);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe("league --ids", () => {
  test("adds each provider's id, which show takes, to the table and the Markdown", async () => {
    const run = await cli("league", "--round", "2019/20", "--ids");
    expect(run.code).toBe(0);
    const [header, , ...lines] = run.stdout.split("\n");
    expect(header).toMatch(/^Rank +Provider +Id +Kind/);
    const ids = lines.flatMap((l) => /\s([a-z0-9]+(?:-[a-z0-9]+)+)\s/.exec(l)?.[1] ?? []);
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) expect(await shownId(id)).toBe(id);
    const md = (await cli("league", "--ids", "--format", "md")).stdout;
    expect(md.split("\n")[0]).toBe("| Rank | Provider | Id | Kind | Round | Overall | Score | Complete |");
    expect((await cli("league")).stdout.split("\n")[0]).not.toContain(" Id ");
  });
});

describe("ratings", () => {
  const known = inspections.flatMap((i) =>
    i.round === null
      ? []
      : [
          ...(i.overall !== undefined && i.overall !== NOT_RATED
            ? [{ id: i.id, standard: "overall", rating: i.overall, round: i.round, kind: i.providerKind }]
            : []),
          ...Object.entries(i.standards).map(([standard, rating]) => ({
            id: i.id,
            standard,
            rating: rating as string,
            round: i.round,
            kind: i.providerKind,
          })),
        ],
  );
  const key = (r: { id: string; standard: string; rating: string }): string =>
    `${r.id} ${r.standard} ${r.rating}`;
  const listed = async (...args: string[]): Promise<string[]> => {
    const run = await cli("ratings", ...args, "--format", "json");
    expect(run.code, run.stderr).toBe(0);
    return (JSON.parse(run.stdout) as { inspectionId: string; standard: string; rating: string }[])
      .map((r) => key({ id: r.inspectionId, standard: r.standard, rating: r.rating }))
      .sort();
  };

  test("lists every known rating, the overall ones included, and nothing unknown", async () => {
    expect(known.length).toBeGreaterThan(50);
    expect(await listed()).toEqual(known.map(key).sort());
  });

  test("filters by rating, standard, overall rating, round and kind, alone and together", async () => {
    expect(await listed("--rating", "Inadequate")).toEqual(
      known
        .filter((r) => r.rating === "inadequate")
        .map(key)
        .sort(),
    );
    expect(await listed("--standard", "overall", "--round", "2019-20")).toEqual(
      known
        .filter((r) => r.standard === "overall" && r.round === "2019/20")
        .map(key)
        .sort(),
    );
    const goodOverall = new Set(inspections.filter((i) => i.overall === "good").map((i) => i.id));
    expect(await listed("--overall", "good", "--kind", "nps", "--rating", "RI")).toEqual(
      known
        .filter((r) => goodOverall.has(r.id) && r.kind === "nps" && r.rating === "requires-improvement")
        .map(key)
        .sort(),
    );
    expect(await listed("--standard", "assessment", "--rating", "inadequate")).toEqual(
      known
        .filter((r) => r.standard === "assessment" && r.rating === "inadequate")
        .map(key)
        .sort(),
    );
  });

  test("writes a table, Markdown and CSV through the shared writers", async () => {
    const table = await cli("ratings", "--rating", "inadequate");
    const inadequate = known.filter((r) => r.rating === "inadequate").length;
    expect(table.stdout.split("\n")[0]).toMatch(/^Provider +Kind +Round +Standard +Rating$/);
    expect(table.stdout).toContain(`${inadequate} ratings. Ratings no source states yet are not listed.`);
    expect(table.stdout.split("\n").filter((l) => l.endsWith(ratingLabel("inadequate")))).toHaveLength(
      inadequate,
    );
    const csv = parseCsv((await cli("ratings", "--rating", "inadequate", "--format", "csv")).stdout);
    expect(csv[0]).toEqual([
      "inspection_id",
      "provider_id",
      "provider_name",
      "provider_kind",
      "round",
      "standard",
      "standard_name",
      "rating",
      "rating_label",
    ]);
    expect(csv).toHaveLength(inadequate + 1);
    const md = (await cli("ratings", "--standard", "overall", "--format", "md")).stdout;
    expect(md.split("\n")[0]).toBe("| Provider | Kind | Round | Standard | Rating |");
    // The empty case says so (a rating and round no known rating has: found here, not typed in).
    const rounds = ["2018/19", "2019/20", "2020/21"];
    const empty = rounds.find((round) => !known.some((r) => r.round === round && r.rating === "outstanding"));
    expect(empty).toBeDefined();
    expect((await cli("ratings", "--rating", "outstanding", "--round", empty as string)).stdout).toBe(
      "No known rating matches.\n",
    );
  });

  test("refuses unknown values with exit 2, naming what it expected", async () => {
    for (const [option, value, expected] of [
      ["--rating", "excellent", "expected outstanding, good, requires-improvement or inadequate"],
      ["--overall", "not-rated", "expected outstanding"],
      ["--standard", "punctuality", "expected overall or leadership"],
      ["--round", "2021/22", "expected 2018/19"],
      ["--kind", "prison", "expected crc or nps"],
      ["--format", "xml", "expected table, csv, json, md"],
    ] as const) {
      const run = await cli("ratings", option, value);
      expect(run.code, `${option} ${value}`).toBe(2);
      expect(firstLine(run.stderr)).toContain(expected);
      expect(run.stdout).toBe("");
    }
  });
});

describe("Deno without --allow-read", () => {
  // Deno 2 throws NotCapable with this message when a script reads a file it has no permission for (seen with
  // dist/cli.js under `deno run --allow-env`; test/outside/runtimes.test.ts checks it on Deno itself).
  const refusal = Object.assign(
    new Error('Requires read access to "data/inspections.json", run again with the --allow-read flag'),
    { name: "NotCapable" },
  );

  test("is recognised, and nothing else is", () => {
    expect(denoNeedsRead(refusal)).toBe(true);
    expect(denoNeedsRead(Object.assign(new Error("x"), { name: "PermissionDenied" }))).toBe(true);
    expect(denoNeedsRead(Object.assign(new Error("EACCES"), { code: "EACCES" }))).toBe(false);
    expect(denoNeedsRead(null)).toBe(false);
    expect(denoNeedsRead("--allow-read")).toBe(false);
    expect(DENO_READ).toContain("--allow-read");
  });
});
