/**
 * Per-series summaries of an evaluation: descriptive statistics, group tables, correlations and
 * the distribution's bin width (docs/method.md). Every number is finite or null.
 */
import type { GroupRow, Statistics, TotalsSummary } from "./evaluation-types";
import type { NoteRef } from "./messages/engine";
import { rank } from "./ranking";
import type { GroupIds, GroupSlots, SortedSeries } from "./series";
import * as stats from "./statistics";

/** Float sums of 2-decimal scores carry noise (0.1 + 0.2); equal totals must compare equal. */
export const clean = (x: number): number => Math.round(x * 1e9) / 1e9;

/** A number, or null where the data do not define it (NaN, ±Infinity): JSON has no NaN. */
export const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** A record without a prototype: keys such as "__proto__" or "constructor" are plain keys. */
export function plainRecord<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}

/** Statistics of one series (docs/method.md, "Quartiles and spread"); null where undefined. */
export function describe(
  sorted: Pick<SortedSeries, "at" | "sum" | "squares">,
  count: number,
  weight: number
): Statistics {
  const { at } = sorted;
  const lo = count > 0 ? at(0) : NaN;
  const hi = count > 0 ? at(count - 1) : NaN;
  const q1 = stats.quantileAt(at, count, 0.25, "exclusive");
  const q3 = stats.quantileAt(at, count, 0.75, "exclusive");
  // As stats.mean and stats.squaredDeviations compute them (sums in input order).
  const m = count === 0 ? NaN : sorted.sum / count;
  const squares = sorted.squares;
  return {
    count,
    mean: finiteOrNull(m),
    median: finiteOrNull(stats.quantileAt(at, count, 0.5, "inclusive")),
    min: finiteOrNull(lo),
    max: finiteOrNull(hi),
    range: finiteOrNull(clean(hi - lo)),
    q1: finiteOrNull(q1),
    q3: finiteOrNull(q3),
    quartileDeviation: finiteOrNull(clean(q3 - q1)),
    stdev: count < 2 ? null : finiteOrNull(Math.sqrt(squares / (count - 1))),
    stdevP: count < 1 ? null : finiteOrNull(Math.sqrt(squares / count)),
    rate: finiteOrNull((m / weight) * 100),
  };
}

/** A scored series of an evaluation: its key in `statistics`, weight and per-city values. */
export type Series = { key: string; weight: number; values: Float64Array };

/**
 * Count, mean and rate of every series per group of each grouping, groups ordered by mean total
 * (best first, ties in order of first appearance). `slots` goes to `sortSeries`, which sums each
 * series per group in its first pass (each group's sum adds its cities in input order); `keep`
 * stores those sums as series j's.
 */
export class GroupSums {
  readonly slots: GroupSlots;
  private readonly counts: Int32Array[];
  /** Per grouping, group g's sum of series j at g × series + j. */
  private readonly sums: Float64Array[];

  constructor(
    private readonly groupings: GroupIds[],
    private readonly series: number
  ) {
    // Slot 0 of each grouping collects the cities in no group: slot g + 1 is group g.
    const slots = groupings.map((g) => {
      const slot = new Int32Array(g.id.length);
      for (let k = 0; k < slot.length; k++) slot[k] = (g.id[k] as number) + 1;
      return slot;
    });
    this.slots = { slots, sums: groupings.map((g) => new Float64Array(g.names.length + 1)) };
    this.counts = slots.map((slot, t) => {
      const count = new Int32Array(groupings[t]!.names.length + 1);
      for (let k = 0; k < slot.length; k++) count[slot[k] as number]! += 1;
      return count.subarray(1);
    });
    this.sums = groupings.map((g) => new Float64Array(g.names.length * series));
  }

  keep(j: number): void {
    const S = this.series;
    this.slots.sums.forEach((sum, t) => {
      const out = this.sums[t] as Float64Array;
      for (let g = 1; g < sum.length; g++) out[(g - 1) * S + j] = sum[g] as number;
    });
  }

  rows(series: Series[]): GroupRow[][] {
    return this.groupings.map((grouping, t) =>
      groupRows(grouping.names, this.counts[t] as Int32Array, this.sums[t] as Float64Array, series)
    );
  }
}

function groupRows(
  names: string[],
  count: Int32Array,
  sums: Float64Array,
  series: Series[]
): GroupRow[] {
  const S = series.length;
  const rows = names.map((name, g) => {
    const row = {
      name,
      count: count[g] as number,
      rank: 0,
      mean: plainRecord<number>(),
      rate: plainRecord<number>(),
    };
    series.forEach((s, j) => {
      const m = (sums[g * S + j] as number) / row.count;
      row.mean[s.key] = m;
      row.rate[s.key] = (m / s.weight) * 100;
    });
    return row;
  });
  const ranks = rank(rows.map((g) => g.mean.total ?? 0));
  rows.forEach((g, i) => (g.rank = ranks[i] ?? 0));
  return rows.sort((a, b) => a.rank - b.rank);
}

/**
 * Pearson r (as `stats.pearson` computes it, to the bit) and two-sided p of every pair of series,
 * in one pass over the cities; null where undefined.
 */
export function correlations(
  series: Float64Array[],
  n: number
): { r: (number | null)[][]; p: (number | null)[][]; undefinedPairs: number } {
  const m = series.length;
  const means = series.map((x) => (n < 2 ? NaN : stats.mean(x.subarray(0, n))));
  // products[i × m + j], j ≥ i: the sum of (x_i − mean_i)(x_j − mean_j), one pass per pair.
  const products = new Float64Array(m * m);
  for (let i = 0; i < m && n >= 2; i++)
    for (let j = i; j < m; j++)
      products[i * m + j] = sumOfProducts(
        series[i] as Float64Array,
        means[i] as number,
        series[j] as Float64Array,
        means[j] as number,
        n
      );
  const pearson = (i: number, j: number): number => {
    const sxx = products[i * m + i] as number;
    const syy = products[j * m + j] as number;
    if (n < 2 || sxx === 0 || syy === 0) return NaN;
    const sxy = products[Math.min(i, j) * m + Math.max(i, j)] as number;
    return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  };
  const r = series.map((_, i) => series.map((__, j) => pearson(i, j)));
  const p = r.map((row) => row.map((v) => finiteOrNull(stats.pearsonPValue(v, n))));
  let undefinedPairs = 0;
  r.forEach((row, i) => row.forEach((v, j) => (undefinedPairs += j > i && !(v === v) ? 1 : 0)));
  return { r: r.map((row) => row.map(finiteOrNull)), p, undefinedPairs };
}

/** Σ (x − mx)(y − my) over the first n entries, in order (as `stats.pearson` sums). */
function sumOfProducts(
  x: Float64Array,
  mx: number,
  y: Float64Array,
  my: number,
  n: number
): number {
  let s = 0;
  for (let k = 0; k < n; k++) s += ((x[k] as number) - mx) * ((y[k] as number) - my);
  return s;
}

/**
 * Default bin width of the distribution: 10 points (the report's bins) up to a maximum total of
 * 200; above, the smallest 1, 2 or 5 × 10^k that keeps the bins to 20 (docs/method.md, "Totals").
 */
export function defaultBinWidth(maxTotal: number): number {
  if (!(maxTotal > 200)) return 10;
  const step = 10 ** Math.floor(Math.log10(maxTotal / 20));
  for (const f of [1, 2, 5, 10]) if (maxTotal / (f * step) <= 20) return f * step;
  return 10 * step;
}

/** The evaluation's notes as catalogue entries (English in `notes`, either language via noteText). */
export function notesOf(
  n: number,
  undefinedPairs: number,
  totals: TotalsSummary,
  anyReported: boolean
): NoteRef[] {
  const none = {};
  const notes: NoteRef[] = [
    { code: "provinceGroups", params: none },
    { code: "quartileMethod", params: none },
    { code: "blanksCountZero", params: none },
  ];
  if (anyReported) {
    const params = {
      used: totals.reportedUsed,
      rounding: totals.differingByRounding,
      beyond: totals.differingBeyondRounding,
    };
    notes.push({
      code: totals.source === "reported" ? "totalsReported" : "totalsComputed",
      params,
    });
  }
  if (n === 0) notes.push({ code: "noCities", params: none });
  else {
    if (n < 3) notes.push({ code: "quartilesUndefined", params: { count: n } });
    if (n < 2) notes.push({ code: "stdevUndefined", params: { count: n } });
    if (undefinedPairs > 0)
      notes.push({ code: "correlationsUndefined", params: { pairs: undefinedPairs } });
  }
  return notes;
}
