import type { RankMethod, RankOptions, RankOrder } from "./types";

/**
 * Ranks of `values`, highest first by default.
 *
 * - competition (default, Excel RANK.EQ, SPSS "high"): equal values share the best rank and the
 *   next rank skips: 1, 2, 2, 4. The 2015 report ranks this way (METHOD.md: 31 cities tied at 9.5
 *   all print rank 1).
 * - dense: 1, 2, 2, 3.  ordinal: 1, 2, 3, 4, ties broken by input order.
 *
 * Non-finite values (NaN, ±Infinity) and nulls get rank null and do not count.
 * Cost: O(n log n).
 *
 * @example rank([5, 9, 5, 1]) // [2, 1, 2, 4]
 */
export function rank(values: readonly (number | null)[], options: RankOptions = {}): (number | null)[] {
  const order: RankOrder = options.order ?? "descending";
  const method: RankMethod = options.method ?? "competition";
  const sign = order === "descending" ? -1 : 1;
  const indices: number[] = [];
  values.forEach((v, i) => {
    if (v !== null && Number.isFinite(v)) indices.push(i);
  });
  const value = (i: number): number => values[i] as number;
  indices.sort((a, b) => sign * (value(a) - value(b)) || a - b);

  const ranks: (number | null)[] = new Array<number | null>(values.length).fill(null);
  let dense = 0;
  let previous = NaN;
  let groupRank = 0;
  indices.forEach((index, position) => {
    const v = value(index);
    if (position === 0 || v !== previous) {
      dense += 1;
      groupRank = position + 1;
      previous = v;
    }
    ranks[index] = method === "ordinal" ? position + 1 : method === "dense" ? dense : groupRank;
  });
  return ranks;
}

/**
 * Rank of one value among `values`, as Excel RANK.EQ, or null when the value does not occur in
 * the list (Excel returns #N/A then). For "ordinal" the value's first occurrence is meant, which
 * has the competition rank. Cost: O(n).
 *
 * @example rankOf(5, [5, 9, 5, 1]) // 2
 */
export function rankOf(value: number, values: readonly (number | null)[], options: RankOptions = {}): number | null {
  const descending = (options.order ?? "descending") === "descending";
  let found = false;
  let better = 0;
  const betterDistinct = new Set<number>();
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue;
    if (v === value) found = true;
    else if (descending ? v > value : v < value) {
      better += 1;
      betterDistinct.add(v);
    }
  }
  if (!found) return null;
  return (options.method === "dense" ? betterDistinct.size : better) + 1;
}

/**
 * Ranks within groups: each value is ranked only among the values sharing its group key.
 * Values whose key is null get rank null. Cost: O(n log n).
 */
export function rankWithinGroups(
  values: readonly (number | null)[],
  keys: readonly (string | null)[],
  options: RankOptions = {},
): (number | null)[] {
  const members = new Map<string, number[]>();
  keys.forEach((key, i) => {
    if (key === null) return;
    const list = members.get(key) ?? [];
    list.push(i);
    members.set(key, list);
  });
  const result: (number | null)[] = new Array<number | null>(values.length).fill(null);
  for (const list of members.values()) {
    const ranks = rank(
      list.map((i) => values[i] ?? null),
      options,
    );
    list.forEach((i, k) => (result[i] = ranks[k] ?? null));
  }
  return result;
}
