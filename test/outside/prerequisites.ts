// Checks every prerequisite of `npm run test:outside` at once, before anything slow runs, and fails listing each
// missing one with the command that installs it. Then fetches the pinned npm packages (fetch.ts).
// Run by `npm run test:outside` as its first step: node scripts/run.mjs test/outside/prerequisites.ts
import { spawnSync } from "node:child_process";
import { fetchOutsidePackages } from "./fetch.js";
import {
  findChromium,
  findPython,
  findTool,
  missingPythonModules,
  onPath,
  PREREQUISITES,
  type Prerequisite,
} from "./tools.js";

/** Which R packages an Rscript cannot load (one start-up for all). */
function missingRPackages(rscript: string, packages: readonly string[]): string[] {
  const list = packages.map((p) => JSON.stringify(p)).join(",");
  const result = spawnSync(
    rscript,
    [
      "--vanilla",
      "-e",
      `for (p in c(${list})) if (!requireNamespace(p, quietly = TRUE)) cat(p, "\\n", sep = "")`,
    ],
    { encoding: "utf8", timeout: 60_000 },
  );
  if (result.status !== 0) return [...packages];
  return result.stdout.split("\n").filter((line) => line !== "");
}

/** The prerequisites that are missing on this machine, in PREREQUISITES order. */
export function missingPrerequisites(all: readonly Prerequisite[] = PREREQUISITES): Prerequisite[] {
  const rPackages = all.flatMap((p) => ("rPackage" in p.check ? [p.check.rPackage] : []));
  const pythonModules = all.flatMap((p) => ("pythonModule" in p.check ? [p.check.pythonModule] : []));
  const rscript = findTool("Rscript");
  const missingR = new Set(rscript === undefined ? rPackages : missingRPackages(rscript, rPackages));
  const python = findPython();
  const missingPython = new Set(
    python === undefined ? pythonModules : missingPythonModules(python, pythonModules),
  );
  return all.filter((p) => {
    const check = p.check;
    if ("chromium" in check) return findChromium() === undefined;
    if ("command" in check) return onPath(check.command).length === 0;
    if ("rPackage" in check) return missingR.has(check.rPackage);
    return missingPython.has(check.pythonModule);
  });
}

/** The report for what is missing: each prerequisite, then the one command that installs them all. */
export function describeMissing(missing: readonly Prerequisite[]): string {
  const packages = [...new Set(missing.map((p) => p.apt))];
  return [
    `npm run test:outside: ${missing.length} prerequisite${missing.length === 1 ? " is" : "s are"} missing:`,
    ...missing.map((p) => `  - ${p.name} (Debian/Ubuntu package ${p.apt})`),
    "Install them all (Debian/Ubuntu, as root) with:",
    "  sudo .ci/outside-setup",
    "or just these with:",
    `  sudo apt-get install -y --no-install-recommends ${packages.join(" ")}`,
    "Tools are found on PATH (a python3 that imports pandas; CHROMIUM_PATH and PYTHON point elsewhere).",
    "",
  ].join("\n");
}

if (process.argv[1]?.endsWith("prerequisites.mjs")) {
  const started = performance.now();
  const missing = missingPrerequisites();
  if (missing.length > 0) {
    process.stderr.write(describeMissing(missing));
    process.exit(1);
  }
  process.stdout.write(
    `test:outside: all ${PREREQUISITES.length} prerequisites found (${Math.round(performance.now() - started)} ms)\n`,
  );
  await fetchOutsidePackages();
}
