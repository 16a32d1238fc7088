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
export function rank(
  values: readonly (number | null)[],
  options: RankOptions = {},
  /** The finite values sorted ascending, when the caller has them already (saves a sort). */
  presorted?: Float64Array
): (number | null)[] {
  const order: RankOrder = options.order ?? "descending";
  const method: RankMethod = options.method ?? "competition";
  if (method === "ordinal") return ordinalRank(values, order);
  const finite = (v: number | null): v is number => v !== null && Number.isFinite(v);
  const ascending = presorted ?? Float64Array.from(values.filter(finite)).sort();
  const m = ascending.length;
  let distinct = 0;
  for (let i = 0; i < m; i++) if (i === 0 || ascending[i] !== ascending[i - 1]) distinct += 1;
  // One pass over the runs of equal values: a run [i, j) is the d-th distinct value from the bottom.
  const rankOfValue = new Map<number, number>();
  for (let i = 0, d = 1; i < m; d++) {
    const v = ascending[i] as number;
    let j = i + 1;
    while (j < m && ascending[j] === v) j++;
    const r =
      order === "ascending"
        ? method === "dense"
          ? d
          : i + 1
        : method === "dense"
          ? distinct - d + 1
          : m - j + 1;
    rankOfValue.set(v, r);
    i = j;
  }
  return values.map((v) => (finite(v) ? (rankOfValue.get(v) as number) : null));
}

/** 1, 2, 3, 4 with ties broken by input order. */
function ordinalRank(values: readonly (number | null)[], order: RankOrder): (number | null)[] {
  const sign = order === "descending" ? -1 : 1;
  const indices: number[] = [];
  values.forEach((v, i) => {
    if (v !== null && Number.isFinite(v)) indices.push(i);
  });
  indices.sort((a, b) => sign * ((values[a] as number) - (values[b] as number)) || a - b);
  const ranks: (number | null)[] = new Array<number | null>(values.length).fill(null);
  indices.forEach((index, position) => (ranks[index] = position + 1));
  return ranks;
}

/**
 * Rank of one value among `values`, as Excel RANK.EQ, or null when the value does not occur in
 * the list (Excel returns #N/A then). For "ordinal" the value's first occurrence is meant, which
 * has the competition rank. Cost: O(n).
 *
 * @example rankOf(5, [5, 9, 5, 1]) // 2
 */
export function rankOf(
  value: number,
  values: readonly (number | null)[],
  options: RankOptions = {}
): number | null {
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
  options: RankOptions = {}
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
      options
    );
    list.forEach((i, k) => (result[i] = ranks[k] ?? null));
  }
  return result;
}
