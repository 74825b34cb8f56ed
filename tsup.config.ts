import { defineConfig } from "tsup";

// Library entries: ESM + CJS + declarations (.d.ts for import, .d.cts for require).
// zod and date-fns are dependencies, so tsup leaves them external; nothing else is bundled in.
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
    dts: false,
    clean: false,
  },
]);
