export { HMIP_2018_SCHEME } from "./HMIP_2018_SCHEME.js";
export { HMIP_2018_YOUTH_SCHEME } from "./HMIP_2018_YOUTH_SCHEME.js";
export type { CaseThreshold, Scheme, SchemeBand, SchemeProvenance } from "./Scheme.js";
export { validateScheme } from "./validateScheme.js";
