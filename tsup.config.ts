import { defineConfig } from "tsup";

// Library entries: ESM + CJS + declarations (.d.ts for import, .d.cts for require).
// zod is a dependency, so tsup leaves it external. The two date-fns functions the package uses
// (differenceInCalendarDays, differenceInCalendarMonths) are bundled in: resolving date-fns at run time
// made Node read its 199 KB package.json on every import, for about 1 KB of code (docs/performance.md).
export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      schema: "src/schema/index.ts",
      data: "src/data/index.ts",
    },
    format: ["esm", "cjs"],
    target: "es2022",
    platform: "neutral",
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    splitting: true,
    treeshake: true,
    noExternal: ["date-fns"],
    clean: true,
    sourcemap: false,
  },
  {
    // The command line: ESM only, Node platform.
    entry: { cli: "src/cli/index.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    noExternal: ["date-fns"],
    dts: false,
    clean: false,
  },
]);
