import { deepFreeze } from "../internal/deepFreeze.js";
import { INSPECTIONS, PROVIDERS } from "./dataset.generated.js";

/**
 * Every inspection in the dataset, sorted by publication date (month-precision dates sort as
 * their month; records with no known date last), deeply frozen. Validated when the package is
 * built, so importing it runs no validation.
 *
 * @example
 * ```ts
 * inspections.every((i) => i.evidence.length > 0);
 * //=> true
 * ```
 *
 * @category Data
 */
export const inspections: typeof INSPECTIONS = /* @__PURE__ */ deepFreeze(INSPECTIONS);

/**
 * The 28 probation providers: the 21 Community Rehabilitation Companies and the 7 National
 * Probation Service divisions, deeply frozen.
 *
 * @example
 * ```ts
 * providers.length;
 * //=> 28
 * ```
 *
 * @category Data
 */
export const providers: typeof PROVIDERS = /* @__PURE__ */ deepFreeze(PROVIDERS);

/** One inspection record of the dataset, with its literal types. @category Data */
export type DatasetInspection = (typeof INSPECTIONS)[number];
/** One provider record of the dataset, with its literal types. @category Data */
export type DatasetProvider = (typeof PROVIDERS)[number];
/** The id of a provider in the dataset. @category Data */
export type ProviderId = DatasetProvider["id"];
