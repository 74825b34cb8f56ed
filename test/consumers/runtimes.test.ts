// The packed tarball on the running Node: ESM, CJS, the command line and the record types (the other Node lines,
// Deno and Bun are in test/outside/runtimes.test.ts, run by `npm run test:outside`).
import { describeRuntimes } from "./runtime-suite.js";
import { currentNode } from "./runtimes.js";

describeRuntimes([currentNode()]);
