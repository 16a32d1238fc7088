/**
 * Groups of cities as small integers, and ranks walked from an index order, within groups or
 * not (docs/adr/0013-typed-evaluation.md). Ranks follow ranking.ts (docs/adr/0003-rank-ties.md).
 */
import type { RankOptions } from "./types";

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
