/**
 * Sorting and ranking of whole score columns (typed arrays, one entry per city), the engine's hot
 * path (docs/adr/0013-typed-evaluation.md): each series is sorted once into a stable index order,
 * and that order yields its ascending values (order statistics), its ranks and its ranks within
 * groups in one pass each. Ranks follow ranking.ts (docs/adr/0003-rank-ties.md).
 */
import type { RankOptions } from "./types";

/**
 * Buffers of n entries that `sortSeries` may reuse from one series to the next (a 100,000-city
 * evaluation sorts 22 series): the `ascending` values and `order()` of a result sorted with them
 * are valid until the next call.
 */
export type SortScratch = { keys: Int32Array; ascending: Float64Array };

export function sortScratch(n: number): SortScratch {
  return { keys: new Int32Array(n), ascending: new Float64Array(n) };
}

/** A series sorted once: its values ascending and its ranks (ranking.ts semantics). */
export type SortedSeries = {
  ascending: Float64Array;
  ranks: Int32Array;
  /** Indices ordered by value ascending, ties in input order (for ranks within groups). */
  order(): Uint32Array;
};

/**
 * Sorts a series once (values must be finite). Scores printed to hundredths in a small range
 * (every score, dimension and total of a 0–1000-point framework) are counting-sorted in O(n):
 * each hundredth holds one value, so its ranks come from the counts without ordering cities;
 * anything else goes to a comparison sort of the indices.
 */
export function sortSeries(
  values: Float64Array,
  options: RankOptions = {},
  scratch = sortScratch(values.length)
): SortedSeries {
  const buckets = hundredthBuckets(values, scratch.keys);
  if (!buckets || options.method === "ordinal") {
    const order = buckets ? buckets.order() : comparisonOrder(values);
    return {
      ascending: valuesInOrder(values, order, scratch.ascending),
      ranks: ranksFromOrder(values, order, options),
      order: () => order,
    };
  }
  const { keys, lo, start, valueOf } = buckets;
  const n = values.length;
  const count = start.length - 1;
  const ascending = scratch.ascending;
  const rankOf = new Int32Array(count);
  const descending = (options.order ?? "descending") === "descending";
  const dense = options.method === "dense";
  let distinct = 0;
  for (let b = 0; b < count; b++) {
    const from = start[b] as number;
    const to = start[b + 1] as number;
    if (to === from) continue;
    distinct += 1;
    ascending.fill(valueOf[b] as number, from, to);
    rankOf[b] = dense ? distinct : descending ? n - to + 1 : from + 1;
  }
  if (dense && descending) for (let b = 0; b < count; b++) rankOf[b] = distinct + 1 - rankOf[b]!;
  const ranks = new Int32Array(n);
  for (let k = 0; k < n; k++) ranks[k] = rankOf[(keys[k] as number) - lo] as number;
  let order: Uint32Array | undefined;
  return { ascending, ranks, order: () => (order ??= buckets.order()) };
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
 * The values by hundredth, or undefined when they are not all hundredths in a small range, or
 * when two different values share a hundredth (0.3 and 0.30000000001), which the buckets would
 * not order.
 */
function hundredthBuckets(values: Float64Array, keys: Int32Array): Buckets | undefined {
  const n = values.length;
  if (n < 64) return undefined;
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < n; k++) {
    const hundredths = (values[k] as number) * 100;
    const key = Math.round(hundredths);
    if (!(Math.abs(hundredths - key) < 1e-6) || Math.abs(key) > 1e9) return undefined;
    keys[k] = key;
    if (key < lo) lo = key;
    if (key > hi) hi = key;
  }
  if (hi - lo > 100_000 || hi - lo > 4 * n) return undefined;
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

/** The values in the given order (ascending when `order` is ascending). */
function valuesInOrder(values: Float64Array, order: Uint32Array, out: Float64Array): Float64Array {
  for (let p = 0; p < order.length; p++) out[p] = values[order[p] as number] as number;
  return out;
}

/**
 * Groups as small integers: `id[k]` is city k's group (−1 for none), `names[g]` group g's name,
 * numbered in order of first appearance.
 */
export type GroupIds = { id: Int32Array; names: string[] };

export function internGroups(keys: readonly (string | null)[]): GroupIds {
  const index = new Map<string, number>();
  const names: string[] = [];
  const id = new Int32Array(keys.length);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    if (key === null || key === undefined) {
      id[k] = -1;
      continue;
    }
    let g = index.get(key);
    if (g === undefined) {
      g = names.length;
      index.set(key, g);
      names.push(key);
    }
    id[k] = g;
  }
  return { id, names };
}

/**
 * Ranks of `values` given their ascending order (ties in input order), as `rank` in ranking.ts: competition (default),
 * dense or ordinal (ties by input order), highest first unless `order` is "ascending". With
 * `groups`, each value is ranked only among its group's; a city in no group gets 0, and so
 * does a value that is not finite. One pass
 * over the runs of equal values, in ranking direction. Cost O(n).
 */
export function ranksFromOrder(
  values: Float64Array,
  ascending: Uint32Array,
  options: RankOptions = {},
  groups?: GroupIds
): Int32Array {
  const n = ascending.length;
  const method = options.method ?? "competition";
  const descending = (options.order ?? "descending") === "descending";
  const groupCount = groups ? groups.names.length : 1;
  // Per group: cities ranked so far, distinct values so far, the last run seen and its rank.
  const seen = new Int32Array(groupCount);
  const distinct = new Int32Array(groupCount);
  const lastRun = new Int32Array(groupCount).fill(-1);
  const runRank = new Int32Array(groupCount);
  const ranks = new Int32Array(n);
  let run = 0;
  let p = descending ? n - 1 : 0;
  while (descending ? p >= 0 : p < n) {
    // The run of equal values [first, last] in ascending positions, visited in input order.
    const v = values[ascending[p] as number] as number;
    const finite = Number.isFinite(v); // ±Infinity gets rank 0 and does not count, as in rank()
    let first = p;
    let last = p;
    if (descending) while (first > 0 && values[ascending[first - 1] as number] === v) first--;
    else while (last < n - 1 && values[ascending[last + 1] as number] === v) last++;
    for (let q = first; q <= last; q++) {
      const k = ascending[q] as number;
      const g = groups ? (groups.id[k] as number) : 0;
      if (g < 0 || !finite) continue;
      if (lastRun[g] !== run) {
        lastRun[g] = run;
        distinct[g]! += 1;
        runRank[g] = method === "dense" ? (distinct[g] as number) : (seen[g] as number) + 1;
      }
      seen[g]! += 1;
      ranks[k] = method === "ordinal" ? (seen[g] as number) : (runRank[g] as number);
    }
    run += 1;
    p = descending ? first - 1 : last + 1;
  }
  return ranks;
}
