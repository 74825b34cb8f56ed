import type { Provider } from "../schema/index.js";
import { UsageError } from "./errors.js";
import { shortName } from "./output.js";

/** Longer queries than this cannot be a provider's name, id or alias: no search for them. */
const MAX_QUERY = 200;
/**
 * How much of each id, name and alias is read (issue 17, finding 12: a 9 MB name must not make a search slow): no
 * real one is longer, so one search costs O(providers × MAX_KEY), whatever the sizes.
 */
const MAX_KEY = 400;
/** Words too common in provider names to suggest one by. */
const COMMON = new Set([
  "crc",
  "nps",
  "and",
  "the",
  "of",
  "division",
  "community",
  "rehabilitation",
  "company",
]);

/**
 * A name as people type it: "Humberside, Lincolnshire & North Yorkshire CRC", "humberside-lincolnshire-
 * north-yorkshire-crc" and "HUMBERSIDE LINCOLNSHIRE AND NORTH YORKSHIRE CRC" all become the same key.
 */
export function nameKey(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replaceAll("&", " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Every name a command prints for a provider: its id, full name, the short name of tables, and its aliases. */
function keysOf(provider: Provider): string[] {
  const name = provider.name.slice(0, MAX_KEY);
  return [provider.id, name, shortName(name), ...provider.aliases.slice(0, 50)].map((k) =>
    nameKey(k.slice(0, MAX_KEY)),
  );
}

const compact = (key: string): string => key.replaceAll(" ", "");

/**
 * The provider whose id, name (full or as `league` prints it) or alias `query` is, in any case and with any
 * punctuation; otherwise a UsageError suggesting the closest providers.
 */
export function findProvider(providers: readonly Provider[], query: string): Provider {
  const key = compact(nameKey(query.slice(0, MAX_QUERY)));
  if (key !== "" && query.length <= MAX_QUERY) {
    const found = providers.find((p) => keysOf(p).some((k) => compact(k) === key));
    if (found !== undefined) return found;
  }
  const close = key.length > 1 && query.length <= MAX_QUERY ? closest(providers, query) : [];
  const hint =
    close.length > 0
      ? `; did you mean ${close.map((p) => `${p.id} (${shortName(p.name)})`).join(", ")}?`
      : "; list them with: crc-inspections league --ids, or crc-inspections export --table providers";
  throw new UsageError(`no provider has the id, name or alias ${JSON.stringify(query)}${hint}`);
}

/** Up to five providers sharing the most words with the query, or containing it; best first. */
function closest(providers: readonly Provider[], query: string): Provider[] {
  const key = nameKey(query);
  const words = key.split(" ").filter((w) => w.length > 2 && !COMMON.has(w));
  const scored = providers.map((p) => {
    const keys = keysOf(p);
    const own = new Set(keys.flatMap((k) => k.split(" ")));
    let score = words.filter((w) => own.has(w)).length * 2;
    if (score === 0 && words.some((w) => keys.some((k) => k.includes(w)))) score = 1;
    if (keys.some((k) => compact(k).includes(compact(key)))) score += 2;
    return { p, score };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, 5)
    .map((s) => s.p);
}
