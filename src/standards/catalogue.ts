/**
 * The inspection frameworks in the dataset: `"hmip-2018"` is HMI Probation's rated
 * programme of 2018–2021 (ten standards, four-point scale); `"quality-and-impact"` is the
 * earlier area inspection, which gave narrative judgements and no ratings.
 *
 * @category Standards
 */
export const FRAMEWORKS = /* @__PURE__ */ Object.freeze(["hmip-2018", "quality-and-impact"] as const);
/** An inspection framework; see {@link FRAMEWORKS}. @category Standards */
export type Framework = (typeof FRAMEWORKS)[number];

/**
 * The rated inspection rounds, oldest first: 2018/19 (all 21 CRCs and 7 NPS divisions), 2019/20
 * (stopped by Covid-19 in March 2020) and 2020/21 (the inspections by video link after the suspension,
 * up to the unification of probation in June 2021). Each is named by the business year (April to March)
 * its fieldwork fell in: the inspections of February 2021 make 2020/21.
 *
 * @category Standards
 */
export const ROUNDS = /* @__PURE__ */ Object.freeze(["2018/19", "2019/20", "2020/21"] as const);
/** A rated inspection round; see {@link ROUNDS}. @category Standards */
export type Round = (typeof ROUNDS)[number];

/**
 * Kinds of probation provider: a Community Rehabilitation Company (`"crc"`) or a
 * National Probation Service division (`"nps"`).
 *
 * @category Standards
 */
export const PROVIDER_KINDS = /* @__PURE__ */ Object.freeze(["crc", "nps"] as const);
/** A kind of provider; see {@link PROVIDER_KINDS}. @category Standards */
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/**
 * Every standard rated in the 2018–2021 framework, as stable kebab-case keys, in report order:
 * the four organisational-delivery standards, the four case-supervision standards, the two
 * CRC-only standards and the two NPS-only standards.
 *
 * @category Standards
 */
export const STANDARD_IDS = /* @__PURE__ */ Object.freeze([
  "leadership",
  "staff",
  "services",
  "information-and-facilities",
  "assessment",
  "planning",
  "implementation-and-delivery",
  "reviewing",
  "unpaid-work",
  "through-the-gate",
  "court-reports-and-allocation",
  "statutory-victim-work",
] as const);
/** A standard's key; see {@link STANDARD_IDS}. @category Standards */
export type StandardId = (typeof STANDARD_IDS)[number];

/** One standard as a report edition numbers and names it. @category Standards */
export interface CatalogueStandard {
  /** The standard's key. */
  readonly id: StandardId;
  /** The report's number for it (`"4.1"`), or `null` where no source read so far shows the numbering. */
  readonly number: string | null;
  /** The report's name for it. */
  readonly name: string;
  /** The domain the standard belongs to. */
  readonly domain: "organisational-delivery" | "case-supervision" | "crc-specific" | "nps-specific";
}

/** The standards of one framework edition for one kind of provider. @category Standards */
export interface CatalogueEdition {
  readonly framework: Framework;
  readonly round: Round;
  readonly kind: ProviderKind;
  readonly standards: readonly CatalogueStandard[];
  /** Where the numbering and names were read, and what is not verified. */
  readonly source: { readonly url: string; readonly note: string };
}

const SHARED: readonly CatalogueStandard[] = [
  { id: "leadership", number: "1.1", name: "Leadership", domain: "organisational-delivery" },
  { id: "staff", number: "1.2", name: "Staff", domain: "organisational-delivery" },
  { id: "services", number: "1.3", name: "Services", domain: "organisational-delivery" },
  {
    id: "information-and-facilities",
    number: "1.4",
    name: "Information and facilities",
    domain: "organisational-delivery",
  },
  { id: "assessment", number: "2.1", name: "Assessment", domain: "case-supervision" },
  { id: "planning", number: "2.2", name: "Planning", domain: "case-supervision" },
  {
    id: "implementation-and-delivery",
    number: "2.3",
    name: "Implementation and delivery",
    domain: "case-supervision",
  },
  { id: "reviewing", number: "2.4", name: "Reviewing", domain: "case-supervision" },
];

const NPS_SOUTH_WEST_2021 =
  "https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2021/07/south-west-nps/";
const DLNR_2019 =
  "https://docslib.org/doc/6855554/derbyshire-leicestershire-nottinghamshire-and-rutland-community-rehabilitation-company";
const DOMAINS_PAGE =
  "https://inspectorates-staging.bang-on.net/hmiprobation/about-hmi-probation/about-our-work/what-we-inspect";

const freezeEdition = (edition: CatalogueEdition): CatalogueEdition =>
  Object.freeze({
    ...edition,
    standards: Object.freeze(edition.standards.map((s) => Object.freeze({ ...s }))),
    source: Object.freeze({ ...edition.source }),
  });

/**
 * The standards each framework edition rates for each kind of provider, with the report
 * numbering and names. 2018/19 CRC reports number Unpaid work and Through the Gate 4.1 and 4.2
 * (read in the contents of the January 2019 DLNR report); the numbering of the CRC-specific
 * standards in 2019/20 and of the NPS-specific standards is not verified and is `null`.
 * The 2020/21 editions carry the same standards as 2019/20 with every number `null`: the one
 * 2020/21 source read so far (NPS South West's press release) names leadership, victim work,
 * court reports and assessment but not the numbering.
 * Quality & Impact inspections rate no standards and have no edition here.
 *
 * @category Standards
 */
export const STANDARD_CATALOGUE: readonly CatalogueEdition[] = /* @__PURE__ */ (() =>
  Object.freeze(
    (<CatalogueEdition[]>[
      {
        framework: "hmip-2018",
        round: "2018/19",
        kind: "crc",
        standards: [
          ...SHARED,
          { id: "unpaid-work", number: "4.1", name: "Unpaid work", domain: "crc-specific" },
          { id: "through-the-gate", number: "4.2", name: "Through the Gate", domain: "crc-specific" },
        ],
        source: { url: DLNR_2019, note: "Contents list of the DLNR CRC report, January 2019." },
      },
      {
        framework: "hmip-2018",
        round: "2019/20",
        kind: "crc",
        standards: [
          ...SHARED,
          { id: "unpaid-work", number: null, name: "Unpaid work", domain: "crc-specific" },
          { id: "through-the-gate", number: null, name: "Through the Gate", domain: "crc-specific" },
        ],
        source: {
          url: DOMAINS_PAGE,
          note: "Shared numbering as in 2018/19; the 2019/20 numbering of the CRC-specific standards is not verified.",
        },
      },
      ...(["2018/19", "2019/20"] as const).map(
        (round): CatalogueEdition => ({
          framework: "hmip-2018",
          round,
          kind: "nps",
          standards: [
            ...SHARED,
            {
              id: "court-reports-and-allocation",
              number: null,
              name: "Court reports and allocation",
              domain: "nps-specific",
            },
            {
              id: "statutory-victim-work",
              number: null,
              name: "Statutory victim work",
              domain: "nps-specific",
            },
          ],
          source: {
            url: DOMAINS_PAGE,
            note: "Names as on HMI Probation's 'what we inspect' page; the report numbering of the NPS-specific standards is not verified.",
          },
        }),
      ),
      ...(["crc", "nps"] as const).map(
        (kind): CatalogueEdition => ({
          framework: "hmip-2018",
          round: "2020/21",
          kind,
          standards: [
            ...SHARED.map((s) => ({ ...s, number: null })),
            ...(kind === "crc"
              ? ([
                  { id: "unpaid-work", number: null, name: "Unpaid work", domain: "crc-specific" },
                  { id: "through-the-gate", number: null, name: "Through the Gate", domain: "crc-specific" },
                ] as const)
              : ([
                  {
                    id: "court-reports-and-allocation",
                    number: null,
                    name: "Court reports and allocation",
                    domain: "nps-specific",
                  },
                  {
                    id: "statutory-victim-work",
                    number: null,
                    name: "Statutory victim work",
                    domain: "nps-specific",
                  },
                ] as const)),
          ],
          source: {
            url: NPS_SOUTH_WEST_2021,
            note: "The 2019/20 standards, assumed unchanged for the inspections by video link: the NPS South West press release of July 2021 names leadership, victim work, court reports and assessment; the full list and the numbering of 2020/21 reports are not verified.",
          },
        }),
      ),
    ]).map(freezeEdition),
  ))();
