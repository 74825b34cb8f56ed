// globalSetup of the "package" vitest project (and, through test/outside/setup.ts, of "outside"): packs the built
// package once with `npm pack` into a temporary folder and hands the tarball's path to the tests
// (`inject("tarball")`).
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { childEnv, installShared, REPO_ROOT, run } from "./helpers.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Absolute path of the packed `crc-inspections-<version>.tgz`. */
    tarball: string;
    /** Absolute path of the repository the tarball was packed from. */
    repoRoot: string;
  }
}

const REQUIRED = ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/schema.js"];

export default async function setup(project: TestProject): Promise<() => void> {
  const root = REPO_ROOT;
  const missing = REQUIRED.filter((file) => !existsSync(join(root, file)));
  if (missing.length > 0) {
    throw new Error(
      `The package tests need a build: ${missing.join(", ")} missing. Run \`npm run build\` first ` +
        "(`npm test` does).",
    );
  }
  const dir = mkdtempSync(join(tmpdir(), "crc-inspections-pack-"));
  await run("npm", ["pack", "--silent", "--pack-destination", dir], { cwd: root, env: childEnv() });
  const tarballs = readdirSync(dir).filter((name) => name.endsWith(".tgz"));
  if (tarballs.length !== 1) throw new Error(`npm pack produced ${tarballs.length} tarballs in ${dir}`);
  const tarball = join(dir, tarballs[0] as string);
  // One fresh project installs the tarball (npm install, offline-first); every consumer project then links its
  // node_modules (createConsumer), instead of one npm install each: the same installed package, a few seconds less
  // per test file.
  await installShared(tarball);
  project.provide("tarball", tarball);
  project.provide("repoRoot", root);
  return () => {
    if (process.env.KEEP_CONSUMER_PROJECTS === undefined) rmSync(dir, { recursive: true, force: true });
  };
}
