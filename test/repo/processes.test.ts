// No test leaves a process behind: the helper every package and outside test spawns through (npm installs, tsc,
// other runtimes, R, Python, Jupyter) runs each command in a process group of its own and kills the whole group on
// timeout, so a stuck `npm install` cannot outlive its test with its children (issue 18: an orphaned npm install
// kept running after vitest exited).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { run } from "../consumers/helpers.js";

/** Whether a process runs: it exists and is not a zombie (a container's init may never reap one). */
const alive = (pid: number): boolean => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return false;
  }
};

describe("run() of test/consumers/helpers.ts", () => {
  test("on timeout kills the command and every process it started, then says so", async () => {
    const started = performance.now();
    // sh starts a grandchild that ignores SIGTERM and keeps stdout open, as a stuck npm install's children do.
    const grandchildCode = 'process.on("SIGTERM", () => {}); setTimeout(() => {}, 60_000);';
    const error = await run("sh", ["-c", `"$0" -e '${grandchildCode}' & echo $!; wait`, process.execPath], {
      cwd: process.cwd(),
      timeout: 1_000,
    }).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/timed out after 1000 ms; its process group was killed/);
    const grandchild = Number(/--- stdout ---\n(\d+)/.exec((error as Error).message)?.[1]);
    expect(grandchild).toBeGreaterThan(0);
    await new Promise((done) => setTimeout(done, 200));
    expect(alive(grandchild)).toBe(false);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  test("returns the output of a command that succeeds, and fails with it otherwise", async () => {
    await expect(run("sh", ["-c", "echo out; echo err >&2"], { cwd: process.cwd() })).resolves.toEqual({
      stdout: "out\n",
      stderr: "err\n",
    });
    await expect(run("sh", ["-c", "echo why >&2; exit 3"], { cwd: process.cwd() })).rejects.toThrow(
      /failed with 3:[\s\S]*why/,
    );
  });
});

describe("suite and test names", () => {
  // vitest reads "$a.b" in a .each title as the property path a.b: "tsconfig.$resolution.json" printed
  // "tsconfig.undefined". A "$name" must not run straight into ".word".
  test("no .each title puts a dot and a word straight after a $variable", () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.test(-d)?\.ts$/.test(entry.name)) files.push(path);
      }
    };
    walk("test");
    expect(files.length).toBeGreaterThan(20);
    const bad = files.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/\.each\([\s\S]*?\)\(\s*"([^"]*)"/g)]
        .map((m) => m[1] ?? "")
        .filter((title) => /\$\w+\.[a-z]/i.test(title))
        .map((title) => `${file}: ${title}`),
    );
    expect(bad).toEqual([]);
  });
});
