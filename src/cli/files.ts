import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DataError, DENO_READ, denoNeedsRead } from "./errors.js";

let root: string | undefined;

/**
 * The installed package's root: the nearest folder above this module whose package.json is crc-inspections'.
 * Works from dist/cli.js in an installed package and from src/cli/ in the repository.
 */
export function packageRoot(): string {
  if (root !== undefined) return root;
  try {
    root = findRoot();
  } catch (error) {
    if (denoNeedsRead(error)) throw new DataError(`cannot read the package's data files: ${DENO_READ}`);
    throw error;
  }
  return root;
}

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "crc-inspections") {
          return dir;
        }
      } catch (error) {
        if (denoNeedsRead(error)) throw error;
        // Not ours; keep looking.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new DataError("cannot find the crc-inspections package's data files");
    dir = parent;
  }
}

/** The text of one of the package's shipped files, such as `data/ratings.csv`. */
export function packageFile(path: string): string {
  const file = join(packageRoot(), path);
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new DataError(`cannot read the package's ${path}${denoNeedsRead(error) ? `: ${DENO_READ}` : ""}`);
  }
}
