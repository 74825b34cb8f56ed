// data/areas.json: reading and checking it against the providers, and its section of the coverage report.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { markdownCell as md } from "../../src/cli/output.js";
import {
  type AreasFile,
  AreasFile as AreasSchema,
  formatPath,
  type Provider,
} from "../../src/schema/index.js";

/**
 * Reads and validates data/areas.json under `root`: the schema, then the references to providers (every coverage
 * row and gap names a provider of providers.json).
 */
export function readAreas(
  root: string,
  providers: readonly Provider[],
):
  | { readonly ok: true; readonly file: AreasFile }
  | { readonly ok: false; readonly issues: readonly string[] } {
  const parsed = AreasSchema.safeParse(JSON.parse(readFileSync(join(root, "data/areas.json"), "utf8")));
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map(
        (i) => `data/areas.json: ${formatPath(i.path as (string | number)[])}: ${i.message}`,
      ),
    };
  }
  const ids = new Set(providers.map((p) => p.id));
  const issues: string[] = [];
  parsed.data.coverage.forEach((row, i) => {
    if (!ids.has(row.providerId)) {
      issues.push(
        `data/areas.json: coverage.${i}.providerId: no provider ${row.providerId} in providers.json`,
      );
    }
  });
  parsed.data.gaps.forEach((gap, i) => {
    if (!ids.has(gap.providerId)) {
      issues.push(`data/areas.json: gaps.${i}.providerId: no provider ${gap.providerId} in providers.json`);
    }
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, file: parsed.data };
}

/**
 * How a set of providers' coverage rows partition the police force areas: which areas more than one of them
 * covers, and which none does.
 */
export function partition(
  file: AreasFile,
  providerIds: readonly string[],
): { readonly twice: readonly string[]; readonly uncovered: readonly string[] } {
  const chosen = new Set(providerIds);
  const count = new Map<string, number>();
  for (const row of file.coverage) {
    if (chosen.has(row.providerId)) count.set(row.areaCode, (count.get(row.areaCode) ?? 0) + 1);
  }
  return {
    twice: file.areas.filter((a) => (count.get(a.code) ?? 0) > 1).map((a) => a.code),
    uncovered: file.areas.filter((a) => !count.has(a.code)).map((a) => a.code),
  };
}

/** The providers whose areas partition England and Wales, for the checks and the report. */
export function partitionGroups(providers: readonly Provider[]): readonly { name: string; ids: string[] }[] {
  return [
    { name: "The 21 CRCs", ids: providers.filter((p) => p.kind === "crc").map((p) => p.id) },
    {
      name: "The 7 NPS divisions of 2018/19",
      ids: providers.filter((p) => p.kind === "nps" && p.id !== "nps-south-west").map((p) => p.id),
    },
  ];
}

/** The coverage report's section on police force areas. */
export function areaCoverageReport(file: AreasFile, providers: readonly Provider[]): string {
  const name = new Map(file.areas.map((a) => [a.code, a.name]));
  const providerName = new Map(providers.map((p) => [p.id, p.name]));
  const byRule = (rule: string) => file.coverage.filter((r) => r.rule === rule).length;
  const lines = [
    "",
    "## Police force areas",
    "",
    `Codes and names of the ${file.areas.length} police force areas come from ONS's "${md(file.codeList.name)}" (${md(file.codeList.publisher)}, ${file.codeList.year}${file.codeList.onsItem === undefined ? "" : `, Open Geography Portal item ${file.codeList.onsItem}`}), read at <${file.codeList.readAt}>; ${md(file.codeList.licence)}.`,
    "",
    `- Provider–area rows: ${file.coverage.length} (${byRule("provider-name")} from the provider's own name, where it contains an area's official name; ${byRule("source-names-area")} from a source that names the areas), covering ${new Set(file.coverage.map((r) => r.providerId)).size} of ${providers.length} providers.`,
    "",
    "| providers | areas covered once | covered twice | covered by none (not settled by a source) |",
    "| --- | --- | --- | --- |",
  ];
  for (const group of partitionGroups(providers)) {
    const { twice, uncovered } = partition(file, group.ids);
    const once = file.areas.length - twice.length - uncovered.length;
    lines.push(
      `| ${group.name} | ${once} of ${file.areas.length} | ${twice.length === 0 ? "none" : twice.join(", ")} | ${
        uncovered.length === 0 ? "none" : uncovered.map((c) => `${md(name.get(c) ?? c)} (${c})`).join(", ")
      } |`,
    );
  }
  lines.push(
    "",
    "### Not settled",
    "",
    "Left out rather than guessed; a source that states them is added as a data correction:",
    "",
    ...file.gaps.map(
      (g) =>
        `- **${md(providerName.get(g.providerId) ?? g.providerId)}** (\`${g.providerId}\`): ${md(g.note)}`,
    ),
    "",
  );
  return lines.join("\n");
}
