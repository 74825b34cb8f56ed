// What one record may hold, and when each round's dates can fall: the bounds the schema puts on data that cannot
// be true or that would cost too much to read. No zod here: the codebook generator and the size check read them.

/** @internal The most records (inspections, providers) one file may hold; also the most items an array argument may have. */
export const MAX_RECORDS = 1_048_576;

/**
 * The size limits of the schema: each far above any real value (the longest name in the shipped data has 95
 * characters, the longest URL 222, the longest note 1,239; no record lists more than 8 sources), so that a
 * dataset the schema accepts cannot make a reader copy megabytes into every row.
 *
 * - `name`: names, areas, owners, publishers, aliases, the Chief Inspector and other short text.
 * - `id`: ids and provider ids.
 * - `url`: every URL.
 * - `text`: `notes` and `notRatedReason`.
 * - `list`: the items of any one list of a record (evidence, the fields a source supports, aliases, areas,
 *   owners, partial counts), and the keys of any one object in it.
 * - `records`: the records of one file (providers or inspections); the functions take at most as many.
 *
 * @example
 * ```ts
 * SCHEMA_LIMITS.name;
 * //=> 1000
 * ```
 * @category Schema
 */
export const SCHEMA_LIMITS = /* @__PURE__ */ Object.freeze({
  name: 1_000,
  id: 200,
  url: 2_048,
  text: 20_000,
  list: 100,
  records: MAX_RECORDS,
} as const);

/** The dates one round's inspections can have, inclusive, as `YYYY-MM`, with the sources that set them. */
export interface RoundWindow {
  /** The round (`null` for the unrated Quality & Impact inspections). */
  readonly round: "2018/19" | "2019/20" | "2020/21" | null;
  /** The first and last month fieldwork can start in. */
  readonly fieldwork: readonly [string, string];
  /** The first and last month a report can be published in. */
  readonly published: readonly [string, string];
  /** Why, with the sources. */
  readonly why: string;
}

/**
 * When each round's fieldwork and publication can fall, by month, from the sources (dates outside are refused as
 * impossible). A date of day precision must fall in a month of the window.
 *
 * @example
 * ```ts
 * ROUND_WINDOWS.find((w) => w.round === "2019/20")?.fieldwork;
 * //=> ["2019-09", "2020-03"]
 * ```
 * @category Schema
 */
export const ROUND_WINDOWS: readonly RoundWindow[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ [
    {
      round: null,
      fieldwork: ["2015-02", "2018-12"],
      published: ["2015-02", "2018-12"],
      why: "Quality & Impact area inspections looked at the CRCs, which began in February 2015, and ran from 2016 until the rated programme replaced them in 2018 (HMI Probation: from April 2018 each CRC and NPS division is inspected and rated; https://www.justiceinspectorates.gov.uk/hmiprobation/about-hmi-probation/about-our-work/programme-development/).",
    },
    {
      round: "2018/19",
      fieldwork: ["2018-04", "2019-10"],
      published: ["2018-04", "2019-10"],
      why: "The rated programme began in April 2018 (https://www.justiceinspectorates.gov.uk/hmiprobation/about-hmi-probation/about-our-work/programme-development/); HMI Probation's press release of October 2019 reports the round complete, all 21 CRCs and 7 NPS divisions (https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2019/10/ic1/).",
    },
    {
      round: "2019/20",
      fieldwork: ["2019-09", "2020-03"],
      published: ["2019-09", "2020-12"],
      why: "Fieldwork ran from September 2019 until the programme was suspended in March 2020; HMI Probation's annual report of 3 December 2020 reports the round's inspections (https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2020/12/par2020/).",
    },
    {
      round: "2020/21",
      fieldwork: ["2020-04", "2021-06"],
      published: ["2020-04", "2021-07"],
      why: "The inspections after the suspension (from April 2020), up to the end of the CRCs in June 2021; the last, of NPS South West, was published in July 2021 (https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2021/07/south-west-nps/).",
    },
  ].map((w) =>
    Object.freeze({ ...w, fieldwork: Object.freeze(w.fieldwork), published: Object.freeze(w.published) }),
  ) as RoundWindow[],
);
