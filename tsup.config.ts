import type { BuildOptions } from "esbuild";
import { defineConfig } from "tsup";

// Library entries: ESM + CJS + declarations (.d.ts for import, .d.cts for require).
// zod is a dependency, so tsup leaves it external. The two date-fns functions the package uses
// (differenceInCalendarDays, differenceInCalendarMonths) are bundled in: resolving date-fns at run time
// made Node read its 199 KB package.json on every import, for about 1 KB of code (docs/performance.md).
// No template literals in the output: esbuild otherwise prints the embedded data (JSON text full of `"`) as template
// literals, which V8 compiles more slowly than quoted strings: about 0.8 ms of every cold import of the root entry
// (1.4 ms against 2.2 ms to compile the data chunk; docs/performance.md). The source's own templates are printed as
// concatenations, which mean the same.
const quotedStrings = (options: BuildOptions): void => {
  options.supported = { ...options.supported, "template-literal": false };
};

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
    esbuildOptions: quotedStrings,
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
    esbuildOptions: quotedStrings,
  },
]);
