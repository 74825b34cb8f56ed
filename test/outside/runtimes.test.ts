// The packed tarball on every runtime users have: Node 20, 22, 24 and 26, Deno and Bun, at the versions pinned in
// test/outside/tools.ts and fetched into .cache/outside by `npm run test:outside`'s first step.
import { describeRuntimes } from "../consumers/runtime-suite.js";
import { outsideRuntimes } from "../consumers/runtimes.js";

describeRuntimes(outsideRuntimes());
