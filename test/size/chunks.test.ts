// The checked-scheme mark is a module-private WeakSet (src/internal/schemeBrand.ts). With tsup's code splitting it
// must exist once per module format, in a chunk shared by every library entry that uses it: two copies would make a
// scheme checked through one entry unknown to another. (The CLI is a separate bundle, an application, not an entry.)
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, test } from "vitest";

const DIST = resolve("dist");

test.each([".js", ".cjs"])("the checked-scheme WeakSet is defined once in the %s library build", (ext) => {
  const files = readdirSync(DIST).filter((f) => f.endsWith(ext) && f !== "cli.js");
  expect(files.length).toBeGreaterThan(1);
  const holders = files.filter((f) => readFileSync(join(DIST, f), "utf8").includes("new WeakSet"));
  expect(holders).toHaveLength(1);
});
