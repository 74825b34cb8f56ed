// globalSetup of the "outside" vitest project: the pinned npm packages must be in .cache/outside (the first step
// of `npm run test:outside` fetches them, after checking every prerequisite), then the package is packed once.
import type { TestProject } from "vitest/node";
import packTarball from "../consumers/setup.js";
import { missingSpecs } from "./fetch.js";
import { OUTSIDE_DIR } from "./tools.js";

export default async function setup(project: TestProject): Promise<() => void> {
  const missing = missingSpecs();
  if (missing.length > 0) {
    throw new Error(
      `The outside checks need ${missing.join(", ")} in ${OUTSIDE_DIR}. Run them with \`npm run test:outside\`, ` +
        "whose first step checks every prerequisite and fetches these.",
    );
  }
  return packTarball(project);
}
