import { defineConfig } from "vitest/config";
import { OUTSIDE_PACKAGES, outsidePackage } from "./test/outside/tools.js";

// Three projects:
// - "unit": the source tests (test/**), with type tests and the coverage thresholds over src/.
// - "package": the built package from the outside, on Node alone (test/consumers, test/size): they pack the
//   package once (globalSetup), install the tarball into fresh temporary projects on the running Node and never
//   import src/. They need dist/, so `npm test` runs them after `npm run build`, as `npm run test:package`.
// - "outside": everything that needs more than Node and `npm ci` (test/outside, test/clients): Node 20/22/24/26,
//   Deno, Bun, Chromium, R, pandas, csvkit, Jupyter, DuckDB... Run by `npm run test:outside` only, whose first step
//   checks every prerequisite (test/outside/prerequisites.ts; `sudo .ci/outside-setup` installs them) and fetches
//   the pinned npm packages into .cache/outside, from where the imports below resolve.
// A new test that needs anything besides Node goes under test/outside/ (or test/clients/ for a data client).
const OUTSIDE_TESTS = ["test/outside/**", "test/clients/**"];
const PACKAGE_TESTS = ["test/consumers/**", "test/size/**"];

export default defineConfig({
  test: {
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/cli/index.ts", "src/**/*.generated.ts"],
      reporter: ["text-summary", "json-summary"],
      thresholds: { lines: 95, functions: 95, branches: 90, statements: 95 },
    },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["**/node_modules/**", ...PACKAGE_TESTS, ...OUTSIDE_TESTS],
          typecheck: {
            enabled: true,
            include: ["test/**/*.test-d.ts"],
            exclude: ["**/node_modules/**", ...PACKAGE_TESTS, ...OUTSIDE_TESTS],
            tsconfig: "./tsconfig.json",
          },
        },
      },
      {
        extends: true,
        test: {
          name: "package",
          include: ["test/{consumers,size}/**/*.test.ts"],
          exclude: ["**/node_modules/**", "test/consumers/**/project/**"],
          globalSetup: ["test/consumers/setup.ts"],
          // npm installs and tsc runs: slow by nature, not flaky.
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        resolve: {
          alias: Object.fromEntries(
            Object.keys(OUTSIDE_PACKAGES).map((name) => [
              name,
              outsidePackage(name as keyof typeof OUTSIDE_PACKAGES),
            ]),
          ),
        },
        test: {
          name: "outside",
          include: ["test/{outside,clients}/**/*.test.ts"],
          exclude: ["**/node_modules/**", "test/outside/browser/page/**"],
          globalSetup: ["test/outside/setup.ts"],
          // Other runtimes, a browser, R, Python and a Jupyter kernel start up in seconds each: slow, not flaky.
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
