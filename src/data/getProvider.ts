import { describe } from "../internal/describe.js";
import { type DatasetProvider, providers } from "./dataset.js";

let index: Map<string, DatasetProvider> | undefined;

/**
 * Finds a provider by its id or by a short name people use (BeNCH, DLNR, KSS, …). Aliases
 * and ids match without regard to case.
 *
 * @param idOrAlias - A provider id such as `"west-yorkshire-crc"`, or an alias such as `"BGSW"`.
 * @returns The provider, or `undefined` when no provider has that id or alias.
 * @throws `TypeError` when `idOrAlias` is not a string.
 * @example
 * ```ts
 * getProvider("DLNR")?.id;
 * //=> "derbyshire-leicestershire-nottinghamshire-rutland-crc"
 * getProvider("nowhere-crc");
 * //=> undefined
 * ```
 *
 * @category Data
 */
export function getProvider(idOrAlias: string): DatasetProvider | undefined {
  if (typeof idOrAlias !== "string") {
    throw new TypeError(`getProvider: expected a provider id or alias, got ${describe(idOrAlias)}`);
  }
  // No id or alias is longer than 64 characters: a longer string matches nothing, and is not read.
  if (idOrAlias.length > 200) return undefined;
  if (index === undefined) {
    index = new Map();
    for (const provider of providers) {
      for (const name of [provider.id, ...provider.aliases]) index.set(name.toLowerCase(), provider);
    }
  }
  return index.get(idOrAlias.trim().toLowerCase());
}
