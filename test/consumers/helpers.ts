// Shared by the package tests (consumers, browser, size): fresh temporary projects with the
// packed tarball installed, and child processes with a clean environment.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

/** The repository root (where node_modules/typescript and node_modules/esbuild live). */
export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * The environment for child processes: this one without the `npm_*` variables an enclosing
 * `npm test` sets (they would point a nested npm at this repository), keeping only the cache,
 * registry and user config so installs stay offline-first against the machine's npm cache.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const keep = new Set(["npm_config_cache", "npm_config_registry", "npm_config_userconfig"]);
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.toLowerCase().startsWith("npm_") && !keep.has(key.toLowerCase())) continue;
    env[key] = value;
  }
  delete env.NODE_OPTIONS; // vitest's worker flags must not leak into the consumer's Node
  return { ...env, ...extra };
}

export interface RunResult {
  stdout: string;
  stderr: string;
}

/** Runs a command; on failure throws an error carrying its stdout and stderr. */
export async function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number },
): Promise<RunResult> {
  try {
    const { stdout, stderr } = await execFileAsync(command, [...args], {
      cwd: options.cwd,
      env: options.env ?? childEnv(),
      timeout: options.timeout ?? 120_000,
      maxBuffer: 64 * 1024 * 1024,
      encoding: "utf8",
    });
    return { stdout, stderr };
  } catch (error) {
    const e = error as Error & { stdout?: string; stderr?: string; code?: number | string };
    throw new Error(
      `${command} ${args.join(" ")} (in ${options.cwd}) failed with ${e.code ?? "?"}:\n` +
        `--- stdout ---\n${e.stdout ?? ""}\n--- stderr ---\n${e.stderr ?? e.message}`,
    );
  }
}

/** Runs `node` (this Node) in a consumer project. */
export function node(args: readonly string[], cwd: string): Promise<RunResult> {
  return run(process.execPath, args, { cwd });
}

export interface ConsumerProject {
  dir: string;
  remove(): void;
}

/**
 * Creates a fresh project in a temporary folder with the given package.json fields and files,
 * then installs the tarball into it (`npm install <tarball>`, offline-first, so zod and date-fns
 * come from the npm cache `npm ci` filled).
 */
export async function createConsumer(
  name: string,
  tarball: string,
  options: {
    type?: "module" | "commonjs";
    files?: Record<string, string>;
    copy?: Record<string, string>;
  } = {},
): Promise<ConsumerProject> {
  const dir = mkdtempSync(join(tmpdir(), `crc-inspections-${name}-`));
  const pkg = { name: `consumer-${name}`, version: "0.0.0", private: true, type: options.type ?? "commonjs" };
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
  for (const [file, text] of Object.entries(options.files ?? {})) writeFileSync(join(dir, file), text);
  for (const [file, from] of Object.entries(options.copy ?? {})) cpSync(from, join(dir, file));
  await run("npm", ["install", tarball, "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: dir,
  });
  return {
    dir,
    remove: () => {
      if (process.env.KEEP_CONSUMER_PROJECTS === undefined) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Path of a fixture file in test/consumers/project. */
export function fixture(file: string): string {
  return join(REPO_ROOT, "test/consumers/project", file);
}
