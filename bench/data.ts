// Synthetic inspections for the benchmark, shaped like the real records, from a fixed seed, in three orders.
import type { Rating, StandardId } from "../src/index.js";

/** What the benchmarked functions read from a record. */
export interface Synthetic {
  readonly id: string;
  readonly providerId: string;
  readonly providerKind: "crc" | "nps";
  readonly framework: "hmip-2018";
  readonly round: "2018/19" | "2019/20";
  readonly published: string;
  readonly overall: Rating | "not-rated";
  readonly standards: Readonly<Partial<Record<StandardId, Rating>>>;
}

/** The orders every function is timed in. */
export const ORDERS = ["shuffled", "by provider", "by edition"] as const;
export type Order = (typeof ORDERS)[number];

/** What each order is, for the page. */
export const ORDER_TEXT: Readonly<Record<Order, string>> = {
  shuffled: "shuffled (Fisher–Yates, seeded)",
  "by provider": "provider by provider, each provider's rounds together",
  "by edition":
    "grouped by framework, kind and round (every CRC of 2018/19, then 2019/20, then the NPS), close to the shipped " +
    "data file, which lists its records by framework and round",
};

const SHARED: readonly StandardId[] = [
  "leadership",
  "staff",
  "services",
  "information-and-facilities",
  "assessment",
  "planning",
  "implementation-and-delivery",
  "reviewing",
];

/** The standards each kind's hmip-2018 inspections rate, as a user would write them down. */
export const STANDARDS: Readonly<Record<"crc" | "nps", readonly StandardId[]>> = {
  crc: [...SHARED, "unpaid-work", "through-the-gate"],
  nps: [...SHARED, "court-reports-and-allocation", "statutory-victim-work"],
};

export const POINTS: Readonly<Record<Rating, number>> = {
  outstanding: 3,
  good: 2,
  "requires-improvement": 1,
  inadequate: 0,
};

/** mulberry32: a small seeded PRNG, so every run benchmarks the same data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/**
 * `n` inspections of `n / 2` providers, two rounds each (2018/19 published June 2018 – May 2019, 2019/20
 * October 2019 – June 2020, day precision); three CRCs to one NPS division; each standard known with probability
 * 0.7; 1% not rated overall (`"not-rated"`); otherwise the overall rating is the band (by `grade`) of the expected score.
 * Generated provider by provider; then put in `order`.
 */
export function synthetic(
  n: number,
  order: Order,
  grade: (score: number) => Rating,
  seed = 2018,
): Synthetic[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const weighted: readonly Rating[] = [
    "outstanding",
    "good",
    "good",
    "requires-improvement",
    "requires-improvement",
    "inadequate",
  ];
  const out: Synthetic[] = [];
  for (let i = 0; out.length < n; i++) {
    const kind = i % 4 === 3 ? "nps" : "crc";
    const providerId = `provider-${pad(i, 7)}-${kind}`;
    for (const round of ["2018/19", "2019/20"] as const) {
      if (out.length >= n) break;
      const standards: Partial<Record<StandardId, Rating>> = {};
      let points = 0;
      let unknown = 0;
      for (const id of STANDARDS[kind]) {
        if (random() < 0.7) {
          const rating = pick(weighted);
          standards[id] = rating;
          points += POINTS[rating];
        } else {
          unknown += 1;
        }
      }
      const month = round === "2018/19" ? 6 + Math.floor(random() * 12) : 10 + Math.floor(random() * 9);
      const year = (round === "2018/19" ? 2018 : 2019) + Math.floor((month - 1) / 12);
      const published = `${year}-${pad(((month - 1) % 12) + 1)}-${pad(1 + Math.floor(random() * 28))}`;
      const rated = random() >= 0.01;
      out.push({
        id: `${providerId}-${round.replace("/", "-")}`,
        providerId,
        providerKind: kind,
        framework: "hmip-2018",
        round,
        published,
        overall: rated ? grade(Math.round(points + unknown * 1.5)) : "not-rated",
        standards,
      });
    }
  }
  if (order === "shuffled") {
    const shuffle = prng(seed + 1);
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(shuffle() * (i + 1));
      [out[i], out[j]] = [out[j] as Synthetic, out[i] as Synthetic];
    }
  } else if (order === "by edition") {
    const key = (d: Synthetic): string => `${d.framework}|${d.providerKind}|${d.round}`;
    // A stable sort: within an edition the records keep the provider order.
    out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  }
  return out;
}
