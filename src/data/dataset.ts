import { deepFreeze } from "../internal/deepFreeze.js";
import type { Inspection, Owner, Provider } from "../records.generated.js";
import { INSPECTIONS, OWNERS, PROVIDERS } from "./dataset.generated.js";

/** The id of a provider in the dataset (a literal union, so editors complete it). @category Data */
export type ProviderId = (typeof PROVIDERS)[number]["id"];
/** The id of an inspection in the dataset (a literal union). @category Data */
export type InspectionId = (typeof INSPECTIONS)[number]["id"];
/** One inspection record of the dataset: an `Inspection` (from `crc-inspections/schema`) whose ids are the dataset's. @category Data */
export type DatasetInspection = Inspection & { readonly id: InspectionId; readonly providerId: ProviderId };
/** The id of an owner in the dataset (a literal union). @category Data */
export type OwnerId = (typeof OWNERS)[number]["id"];
/** One owner record of the dataset: an `Owner` (from `crc-inspections/schema`) whose id is the dataset's. @category Data */
export type DatasetOwner = Owner & { readonly id: OwnerId };
/** One provider record of the dataset: a {@link Provider} whose id is the dataset's. @category Data */
export type DatasetProvider = Provider & { readonly id: ProviderId };

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
export const inspections: readonly DatasetInspection[] = /* @__PURE__ */ deepFreeze(INSPECTIONS);

/**
 * The probation providers: the 21 Community Rehabilitation Companies, the 7 National Probation
 * Service divisions of 2015–2020 and the South West division HMI Probation inspected in 2021,
 * deeply frozen.
 *
 * @example
 * ```ts
 * providers.length;
 * //=> 29
 * ```
 *
 * @category Data
 */
export const providers: readonly DatasetProvider[] = /* @__PURE__ */ deepFreeze(PROVIDERS);

/**
 * The owners of CRCs (companies, consortia and partnerships), by id, with the members a source names,
 * deeply frozen. Providers' `owners[].ownerId` and inspections' `owner` refer to these ids.
 *
 * @example
 * ```ts
 * owners.find((o) => o.id === "purple-futures")?.name;
 * //=> "Purple Futures"
 * ```
 *
 * @category Data
 */
export const owners: readonly DatasetOwner[] = /* @__PURE__ */ deepFreeze(OWNERS);
