// The lockfile must let `npm ci` install on every platform, not just the one that wrote it: npm ci
// refuses a package-lock.json in which a package's optional dependency (the per-platform binaries of
// rollup, biome and esbuild) has no entry. A lock written on a machine whose registry did
// not serve the other platforms' packages lacks them, and a newcomer's `npm ci` then fails at once.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";

interface LockEntry {
  readonly version?: string;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
  readonly os?: readonly string[];
  readonly cpu?: readonly string[];
}
interface Lock {
  readonly lockfileVersion: number;
  readonly packages: Readonly<Record<string, LockEntry>>;
}

const lock = JSON.parse(readFileSync(new URL("../../package-lock.json", import.meta.url), "utf8")) as Lock;

/** Where Node would find `name` from the package at `from`: its own node_modules, then each parent's. */
function resolveInLock(packages: Lock["packages"], from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = `${base === "" ? "" : `${base}/`}node_modules/${name}`;
    if (packages[candidate] !== undefined) return candidate;
    if (base === "") return undefined;
    const parent = base.lastIndexOf("/node_modules/");
    base = parent < 0 ? "" : base.slice(0, parent);
  }
}

/** Every `package -> optional dependency` pair the lock does not list. */
function missingOptionals(packages: Lock["packages"]): string[] {
  const missing: string[] = [];
  for (const [path, entry] of Object.entries(packages)) {
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      if (resolveInLock(packages, path, name) === undefined) missing.push(`${path || "(root)"} -> ${name}`);
    }
  }
  return missing;
}

const platformPackages = (prefix: string): string[] =>
  Object.keys(lock.packages)
    .filter((path) => path.startsWith(`node_modules/${prefix}`))
    .map((path) => path.slice("node_modules/".length));

describe("package-lock.json", () => {
  test("lists every optional dependency of every locked package, for every platform", () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    expect(missingOptionals(lock.packages)).toEqual([]);
  });

  test.each([
    ["@rollup/rollup-", "rollup", ["darwin-arm64", "win32-x64-msvc", "linux-arm64-gnu", "linux-x64-gnu"]],
    ["@biomejs/cli-", "@biomejs/biome", ["darwin-arm64", "win32-x64", "linux-arm64", "linux-x64"]],
    ["@esbuild/", "esbuild", ["darwin-arm64", "win32-x64", "linux-arm64", "linux-x64"]],
  ])("has %s binaries for macOS, Windows and Linux on both architectures", (prefix, owner, platforms) => {
    const locked = platformPackages(prefix);
    for (const platform of platforms) expect(locked).toContain(`${prefix}${platform}`);
    // …and exactly the ones the owning package asks for, each with a platform restriction.
    const wanted = Object.keys(lock.packages[`node_modules/${owner}`]?.optionalDependencies ?? {}).filter(
      (name) => name.startsWith(prefix),
    );
    expect(wanted.length).toBeGreaterThan(0);
    for (const name of wanted) {
      const entry = lock.packages[`node_modules/${name}`];
      expect(entry?.os ?? entry?.cpu, name).toBeDefined();
    }
  });

  test("the check finds what a single-platform lock leaves out", () => {
    const partial: Lock["packages"] = {
      "": { optionalDependencies: {} },
      "node_modules/rollup": {
        optionalDependencies: { "@rollup/rollup-linux-x64-gnu": "1", "@rollup/rollup-darwin-arm64": "1" },
      },
      "node_modules/@rollup/rollup-linux-x64-gnu": { os: ["linux"] },
      "node_modules/a/node_modules/b": { optionalDependencies: { c: "1", d: "1" } },
      "node_modules/a/node_modules/c": {},
      "node_modules/d": {},
    };
    expect(missingOptionals(partial)).toEqual(["node_modules/rollup -> @rollup/rollup-darwin-arm64"]);
  });
});
