/**
 * The dataset alone: the frozen, typed records and their accessors, without the functions.
 *
 * @module data
 */

export type { Inspection, Owner, Provider } from "../records.generated.js";
export { areaCodeList, areaCoverage, policeForceAreas } from "./areas.js";
export {
  type DatasetInspection,
  type DatasetOwner,
  type DatasetProvider,
  type InspectionId,
  inspections,
  type OwnerId,
  owners,
  type ProviderId,
  providers,
} from "./dataset.js";
export { getProvider } from "./getProvider.js";
export { inspectionsOf } from "./inspectionsOf.js";
export { latestInspection } from "./latestInspection.js";
