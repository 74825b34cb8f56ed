// Reads the curated dataset straight from data/ for the dataset-dependent checks of the functions.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Inspection, Provider } from "../../src/schema/index.js";

const read = (name: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../data/${name}`, import.meta.url)), "utf8"));

export const inspections = read("inspections.json") as Inspection[];
export const providers = read("providers.json") as Provider[];

/** The provider whose name matches, of the given kind; throws so a test fails when it is missing. */
export function providerNamed(pattern: RegExp, kind: "crc" | "nps" = "crc"): Provider {
  const found = providers.filter((p) => p.kind === kind && pattern.test(p.name));
  if (found.length !== 1)
    throw new Error(`expected one ${kind} provider named ${pattern}, found ${found.length}`);
  return found[0] as Provider;
}

/** The provider's inspection of the round; throws so a test fails when it is missing. */
export function inspectionOf(
  pattern: RegExp,
  round: "2018/19" | "2019/20",
  kind: "crc" | "nps" = "crc",
): Inspection {
  const provider = providerNamed(pattern, kind);
  const found = inspections.find((i) => i.providerId === provider.id && i.round === round);
  if (found === undefined)
    throw new Error(`no ${round} inspection of ${provider.id} in data/inspections.json`);
  return found;
}
