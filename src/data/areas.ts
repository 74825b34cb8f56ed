import { deepFreeze } from "../internal/deepFreeze.js";
import type { AreaCodeList, AreaCoverage, PoliceForceArea } from "../records.generated.js";
import { AREA_CODE_LIST, AREA_COVERAGE, POLICE_FORCE_AREAS } from "./areas.generated.js";

/**
 * The 43 police force areas of England and Wales (the City of London's included), with their ONS codes and
 * names, sorted by code and deeply frozen. Which list they come from is {@link areaCodeList}.
 *
 * @example
 * ```ts
 * [policeForceAreas.length, policeForceAreas.find((a) => a.code === "W15000004")?.name];
 * //=> [43, "Dyfed-Powys"]
 * ```
 *
 * @category Data
 */
export const policeForceAreas: readonly PoliceForceArea[] = /* @__PURE__ */ deepFreeze(POLICE_FORCE_AREAS);

/**
 * The ONS code list {@link policeForceAreas} was read from: its name, publisher, year and where it was read.
 *
 * @example
 * ```ts
 * areaCodeList.year;
 * //=> 2025
 * ```
 *
 * @category Data
 */
export const areaCodeList: AreaCodeList = /* @__PURE__ */ deepFreeze(AREA_CODE_LIST);

/**
 * Which police force areas the providers covered: one row per provider and area that a source settles, each with
 * the rule it rests on (`provider-name` or `source-names-area`) and its evidence, deeply frozen. Areas no source
 * settles are absent (docs/coverage.md lists them): unknown, never guessed.
 *
 * @example
 * ```ts
 * areaCoverage.filter((r) => r.providerId === "cheshire-greater-manchester-crc").map((r) => r.areaCode);
 * //=> ["E23000006", "E23000005"]
 * ```
 *
 * @category Data
 */
export const areaCoverage: readonly AreaCoverage[] = /* @__PURE__ */ deepFreeze(AREA_COVERAGE);
