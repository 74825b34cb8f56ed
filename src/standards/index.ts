export {
  type CatalogueEdition,
  type CatalogueStandard,
  FRAMEWORKS,
  type Framework,
  PROVIDER_KINDS,
  type ProviderKind,
  ROUNDS,
  type Round,
  STANDARD_CATALOGUE,
  STANDARD_IDS,
  type StandardId,
} from "./catalogue.js";
export { standardsFor } from "./standardsFor.js";
