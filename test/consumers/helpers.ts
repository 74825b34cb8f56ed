// Shared by the package tests (consumers, browser, size): fresh temporary projects with the
// packed tarball installed, and child processes with a clean environment.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

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

/** Process groups still running, killed when this worker exits however it exits (a timed-out hook included). */
const live = new Set<number>();
const killGroup = (pid: number): void => {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // Already gone.
  }
};
process.on("exit", () => {
  for (const pid of live) killGroup(pid);
});

/**
 * Runs a command in a process group of its own; on timeout kills the whole group (npm, its children, a browser),
 * so nothing outlives the test. On failure throws an error carrying its stdout and stderr.
 */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number },
): Promise<RunResult> {
  const timeout = options.timeout ?? 120_000;
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: options.env ?? childEnv(),
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const pid = child.pid;
    if (pid !== undefined) live.add(pid);
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (pid !== undefined) killGroup(pid);
    }, timeout);
    const fail = (why: string): void =>
      reject(
        new Error(
          `${command} ${args.join(" ")} (in ${options.cwd}) ${why}:\n` +
            `--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`,
        ),
      );
    child.on("error", (error) => {
      clearTimeout(timer);
      if (pid !== undefined) live.delete(pid);
      fail(`could not start (${error.message})`);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (pid !== undefined) {
        // The command is done; whatever it left behind in its group goes with it.
        killGroup(pid);
        live.delete(pid);
      }
      if (timedOut) fail(`timed out after ${timeout} ms; its process group was killed`);
      else if (code === 0) resolve({ stdout, stderr });
      else fail(`failed with ${code ?? signal}`);
    });
  });
}

/** Runs `node` (this Node) in a consumer project. */
export function node(args: readonly string[], cwd: string): Promise<RunResult> {
  return run(process.execPath, args, { cwd });
}

export interface ConsumerProject {
  dir: string;
  remove(): void;
}

const installArgs = (tarball: string): string[] => [
  "install",
  tarball,
  "--prefer-offline",
  "--no-audit",
  "--no-fund",
  "--loglevel=error",
];

/** Where the shared installation of a tarball lives: beside it, in `installed/` (made by {@link installShared}). */
const sharedModules = (tarball: string): string => join(dirname(tarball), "installed", "node_modules");

/**
 * Installs the tarball once into a fresh project beside it (`npm install <tarball>`, offline-first, so zod and
 * date-fns come from the npm cache `npm ci` filled); {@link createConsumer} links that project's node_modules.
 */
export async function installShared(tarball: string): Promise<void> {
  const dir = join(dirname(tarball), "installed");
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    '{ "name": "consumer-shared", "version": "0.0.0", "private": true }\n',
  );
  await run("npm", installArgs(tarball), { cwd: dir, timeout: 180_000 });
}

/**
 * Creates a fresh project in a temporary folder with the given package.json fields and files, with the tarball
 * installed: its node_modules is a link to the one installation the set-up made (installShared), or, without it,
 * its own `npm install <tarball>`.
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
  const shared = sharedModules(tarball);
  if (existsSync(join(shared, "crc-inspections", "package.json"))) {
    symlinkSync(shared, join(dir, "node_modules"), "dir");
  } else {
    await run("npm", installArgs(tarball), { cwd: dir });
  }
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
