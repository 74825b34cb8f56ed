import { defineConfig } from "vitest/config";

// Two projects:
// - "unit": the source tests (test/**), with type tests and the coverage thresholds over src/.
// - "package": tests of the built package from the outside (test/consumers, test/browser,
//   test/size). They pack the package once (globalSetup), install the tarball into fresh
//   temporary projects and never import src/, so they add nothing to coverage. They need dist/,
//   so `npm test` runs them after `npm run build`, as `npm run test:package`.
// - "clients": the real clients (R, readr, pandas, DuckDB, d3, csvkit, a Deno Jupyter kernel, Chromium) on the
//   packed tarball's files (test/clients), as `npm run test:clients`. .ci/clients installs the Debian ones.
const PACKAGE_TESTS = ["test/consumers/**", "test/browser/**", "test/size/**", "test/clients/**"];

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
          exclude: ["**/node_modules/**", ...PACKAGE_TESTS],
          typecheck: {
            enabled: true,
            include: ["test/**/*.test-d.ts"],
            exclude: ["**/node_modules/**", ...PACKAGE_TESTS],
            tsconfig: "./tsconfig.json",
          },
        },
      },
      {
        extends: true,
        test: {
          name: "package",
          include: ["test/{consumers,browser,size}/**/*.test.ts"],
          exclude: ["**/node_modules/**", "test/consumers/**/project/**"],
          globalSetup: ["test/consumers/setup.ts"],
          // npm installs, tsc runs and a browser launch: slow by nature, not flaky.
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: "clients",
          include: ["test/clients/**/*.test.ts"],
          exclude: ["**/node_modules/**"],
          globalSetup: ["test/consumers/setup.ts"],
          // R, Python and a Jupyter kernel start up in seconds each; slow by nature, not flaky.
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
