/**
 * Sorting and ranking of whole score columns (typed arrays, one entry per city), the engine's hot
 * path (docs/adr/0013-typed-evaluation.md): each series is sorted once, and the passes that sort
 * it also sum it (mean, squared deviations, sums per group), rank it and compute its rates, so a
 * series is read three times in all. Ranks follow ranking.ts (docs/adr/0003-rank-ties.md).
 */
import { ranksFromOrder } from "./groups";
import type { RankOptions } from "./types";

export { internGroups, ranksFromOrder, type GroupIds } from "./groups";

/**
 * Buffers of n entries that `sortSeries` may reuse from one series to the next (a 100,000-city
 * evaluation sorts 24 series): `at` and `order()` of a result sorted with them are valid until
 * the next call.
 */
export type SortScratch = { keys: Int32Array; ascending: Float64Array };

export function sortScratch(n: number): SortScratch {
  return { keys: new Int32Array(n), ascending: new Float64Array(n) };
}

/**
 * Sums per group, filled while sorting: city k adds its value to `sums[t][slots[t][k]]` for each
 * grouping t, in input order (slot 0: no group). `sums` are zeroed first.
 */
export type GroupSlots = { slots: Int32Array[]; sums: Float64Array[] };

/** What a sort computes besides the order; all optional. */
export type SortExtras = {
  /** Rank the series (default true). */
  ranks?: boolean;
  /** Rate column: value / rateWeight × 100 per city (a rate in percent). */
  rateWeight?: number | undefined;
  groups?: GroupSlots | undefined;
};

/** A series sorted once, with the sums its statistics need. */
export type SortedSeries = {
  /** Value at position p (0 ≤ p < n) of the ascending order. */
  at(p: number): number;
  /** Ranks (ranking.ts semantics); empty when not asked for. */
  ranks: Int32Array;
  /** Sum of the values, added in input order (as statistics.sum). */
  sum: number;
  /** Σ (value − mean)², added in input order (as statistics.squaredDeviations). */
  squares: number;
  /** value / rateWeight × 100 per city, when a rate weight was given. */
  rate: Float64Array | undefined;
  /** Indices ordered by value ascending, ties in input order (for ranks within groups). */
  order(): Uint32Array;
};

const NO_RANKS = new Int32Array(0);

/**
 * Sorts a series once (values must be finite). Scores printed to hundredths in a small range
 * (every score, dimension and total of a 0–1000-point framework) are counting-sorted in O(n):
 * each hundredth holds one value, so its ranks come from the counts without ordering cities;
 * anything else goes to a comparison sort of the indices.
 */
export function sortSeries(
  values: Float64Array,
  options: RankOptions = {},
  scratch = sortScratch(values.length),
  extras: SortExtras = {}
): SortedSeries {
  const n = values.length;
  const first = firstPass(values, scratch.keys, extras.groups);
  const buckets = first.hundredths ? hundredthBuckets(values, scratch.keys, first) : undefined;
  const wantRanks = extras.ranks ?? true;
  const rate = extras.rateWeight === undefined ? undefined : new Float64Array(n);
  const mean = n === 0 ? NaN : first.sum / n;
  if (!buckets || (wantRanks && options.method === "ordinal")) {
    const order = buckets ? buckets.order() : comparisonOrder(values);
    const ascending = valuesInOrder(values, order, scratch.ascending);
    return {
      at: (p) => ascending[p] as number,
      ranks: wantRanks ? ranksFromOrder(values, order, options) : NO_RANKS,
      sum: first.sum,
      squares: lastPass(values, mean, rate, extras.rateWeight ?? 1),
      rate,
      order: () => order,
    };
  }
  const { keys, lo, start, valueOf } = buckets;
  const count = start.length - 1;
  const rankOf = new Int32Array(count);
  const descending = (options.order ?? "descending") === "descending";
  const dense = options.method === "dense";
  let distinct = 0;
  for (let b = 0; b < count; b++) {
    const from = start[b] as number;
    const to = start[b + 1] as number;
    if (to === from) continue;
    distinct += 1;
    rankOf[b] = dense ? distinct : descending ? n - to + 1 : from + 1;
  }
  if (dense && descending) for (let b = 0; b < count; b++) rankOf[b] = distinct + 1 - rankOf[b]!;
  const ranks = wantRanks ? new Int32Array(n) : NO_RANKS;
  const squares = lastPass(
    values,
    mean,
    rate,
    extras.rateWeight ?? 1,
    wantRanks ? { keys, lo, rankOf, ranks } : undefined
  );
  let order: Uint32Array | undefined;
  return {
    at: (p) => valueOf[bucketAt(start, p)] as number,
    ranks,
    sum: first.sum,
    squares,
    rate,
    order: () => (order ??= buckets.order()),
  };
}

type FirstPass = { sum: number; hundredths: boolean; lo: number; hi: number };

/**
 * One pass in input order: the sum, the sums per group, each value in hundredths (`keys`) and
 * their range, and whether every value is a hundredth (within 1e-6, at most 1e9 in size).
 */
function firstPass(values: Float64Array, keys: Int32Array, groups?: GroupSlots): FirstPass {
  const n = values.length;
  let sum = 0;
  let hundredths = true;
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of groups?.sums ?? []) s.fill(0);
  const [a, b, c] = groups?.slots ?? [];
  const [sa, sb, sc] = groups?.sums ?? [];
  const three = groups?.slots.length === 3 && a && b && c && sa && sb && sc;
  for (let k = 0; k < n; k++) {
    const v = values[k] as number;
    sum += v;
    if (three) {
      sa[a[k] as number]! += v;
      sb[b[k] as number]! += v;
      sc[c[k] as number]! += v;
    }
    const key = Math.round(v * 100);
    if (!(Math.abs(v * 100 - key) < 1e-6) || Math.abs(key) > 1e9) hundredths = false;
    keys[k] = key;
    if (key < lo) lo = key;
    if (key > hi) hi = key;
  }
  if (groups && !three) groups.slots.forEach((slot, t) => sumBySlot(slot, values, groups.sums[t]));
  return { sum, hundredths, lo, hi };
}

function sumBySlot(slot: Int32Array, values: Float64Array, sum: Float64Array | undefined): void {
  if (sum) for (let k = 0; k < values.length; k++) sum[slot[k] as number]! += values[k] as number;
}

/** Bucket ranks to hand out by key: city k gets `rankOf[keys[k] − lo]`. */
type BucketRanks = { keys: Int32Array; lo: number; rankOf: Int32Array; ranks: Int32Array };

/** Σ (v − mean)² in input order, writing the rates and (bucketed) ranks on the way. */
function lastPass(
  values: Float64Array,
  mean: number,
  rate: Float64Array | undefined,
  weight: number,
  bucketRanks?: BucketRanks
): number {
  const { keys, lo, rankOf, ranks } = bucketRanks ?? {};
  let squares = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k] as number;
    const d = v - mean;
    squares += d * d;
    if (rate) rate[k] = (v / weight) * 100;
    if (ranks) ranks[k] = rankOf![keys![k]! - lo!] as number;
  }
  return squares;
}

function comparisonOrder(values: Float64Array): Uint32Array {
  const order = new Uint32Array(values.length);
  for (let k = 0; k < order.length; k++) order[k] = k;
  return order.sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
}

type Buckets = {
  /** Each value in hundredths. */
  keys: Int32Array;
  lo: number;
  /** Start of bucket b (hundredth lo + b) in ascending order; start[count] = n. */
  start: Uint32Array;
  /** The one value of each bucket (NaN when empty). */
  valueOf: Float64Array;
  /** The stable ascending order of the indices. */
  order(): Uint32Array;
};

/**
 * The values by hundredth (`keys`, from the first pass), or undefined when the range is large
 * or two different values share a hundredth (0.3 and 0.30000000001), which the buckets would not
 * order.
 */
function hundredthBuckets(
  values: Float64Array,
  keys: Int32Array,
  { lo, hi }: FirstPass
): Buckets | undefined {
  const n = values.length;
  if (n < 64 || hi - lo > 100_000 || hi - lo > 4 * n) return undefined;
  const count = hi - lo + 1;
  const start = new Uint32Array(count + 1);
  const valueOf = new Float64Array(count).fill(NaN);
  for (let k = 0; k < n; k++) {
    const v = values[k] as number;
    const b = (keys[k] as number) - lo;
    const seen = valueOf[b] as number;
    if (seen !== v) {
      if (seen === seen) return undefined; // another value in this hundredth
      valueOf[b] = v;
    }
    start[b + 1]! += 1;
  }
  for (let b = 1; b <= count; b++) start[b]! += start[b - 1] as number;
  const order = (): Uint32Array => {
    const next = start.slice(0, count);
    const out = new Uint32Array(n);
    for (let k = 0; k < n; k++) out[next[(keys[k] as number) - lo]!++] = k;
    return out;
  };
  return { keys, lo, start, valueOf, order };
}

/** The bucket holding ascending position p: the last b with start[b] ≤ p (it is not empty). */
function bucketAt(start: Uint32Array, p: number): number {
  let lo = 0;
  let hi = start.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((start[mid] as number) <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The values in the given order (ascending when `order` is ascending). */
function valuesInOrder(values: Float64Array, order: Uint32Array, out: Float64Array): Float64Array {
  for (let p = 0; p < order.length; p++) out[p] = values[order[p] as number] as number;
  return out;
}
