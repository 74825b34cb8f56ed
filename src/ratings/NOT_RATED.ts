/**
 * The value of an inspection's `overall` when HMI Probation gave no overall rating (a Quality & Impact inspection,
 * or a rated-round inspection it did not rate; `notRatedReason` says why). An absent `overall` means something
 * else: HMI Probation gave a rating that no source read so far states (unknown).
 *
 * A value rather than `null`, so that every dataframe reader of the JSON (pandas, polars, R's jsonlite, DuckDB)
 * keeps "not rated" apart from "unknown": they read both `null` and an absent key as one missing value.
 *
 * @example
 * ```ts
 * NOT_RATED;
 * //=> "not-rated"
 * ```
 *
 * @category Scale
 */
export const NOT_RATED = "not-rated" as const;

/**
 * The type of {@link NOT_RATED}: what an inspection's `overall` holds when HMI Probation gave no overall rating.
 *
 * @category Scale
 */
export type NotRated = typeof NOT_RATED;
