/**
 * Per-series summaries of an evaluation: descriptive statistics, group tables, correlations and
 * the distribution's bin width (docs/method.md). Every number is finite or null.
 */
import type { GroupRow, Statistics, TotalsSummary } from "./evaluation-types";
import type { NoteRef } from "./messages/engine";
import { rank } from "./ranking";
import type { GroupIds } from "./series";
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
  values: stats.Values,
  weight: number,
  ascending: Float64Array
): Statistics {
  const n = ascending.length;
  const lo = n > 0 ? (ascending[0] as number) : NaN;
  const hi = n > 0 ? (ascending[n - 1] as number) : NaN;
  const q1 = stats.quantileSorted(ascending, 0.25, "exclusive");
  const q3 = stats.quantileSorted(ascending, 0.75, "exclusive");
  const m = stats.mean(values);
  // One pass for both standard deviations (as stdevSample and stdevPopulation compute them).
  const squares = stats.squaredDeviations(values, m);
  const count = values.length;
  return {
    count,
    mean: finiteOrNull(m),
    median: finiteOrNull(stats.quantileSorted(ascending, 0.5, "inclusive")),
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
 * Count, mean and rate of every series per group, groups ordered by mean total (best first, ties
 * in order of first appearance). One pass over the cities per series; each group's sum adds its
 * cities in input order.
 */
export function groupTable(groups: GroupIds, series: Series[]): GroupRow[] {
  const { id, names } = groups;
  const count = new Int32Array(names.length);
  for (let k = 0; k < id.length; k++) if ((id[k] as number) >= 0) count[id[k] as number]! += 1;
  const rows = names.map((name, g) => ({
    name,
    count: count[g] as number,
    rank: 0,
    mean: plainRecord<number>(),
    rate: plainRecord<number>(),
  }));
  const sums = new Float64Array(names.length);
  for (const s of series) {
    sumByGroup(id, s.values, sums);
    rows.forEach((row, g) => {
      const m = (sums[g] as number) / row.count;
      row.mean[s.key] = m;
      row.rate[s.key] = (m / s.weight) * 100;
    });
  }
  const ranks = rank(rows.map((g) => g.mean.total ?? 0));
  rows.forEach((g, i) => (g.rank = ranks[i] ?? 0));
  return rows.sort((a, b) => a.rank - b.rank);
}

/** Sum of `values` per group into `sums`, each group's cities added in input order. */
function sumByGroup(id: Int32Array, values: Float64Array, sums: Float64Array): void {
  sums.fill(0);
  for (let k = 0; k < id.length; k++) {
    const g = id[k] as number;
    if (g >= 0) sums[g]! += values[k] as number;
  }
}

/** Pearson r and two-sided p of every pair of series; null where undefined. */
export function correlations(
  series: Float64Array[],
  n: number
): { r: (number | null)[][]; p: (number | null)[][]; undefinedPairs: number } {
  const r = series.map((x) => series.map((y) => stats.pearson(x, y)));
  const p = r.map((row) => row.map((v) => finiteOrNull(stats.pearsonPValue(v, n))));
  let undefinedPairs = 0;
  r.forEach((row, i) => row.forEach((v, j) => (undefinedPairs += j > i && !(v === v) ? 1 : 0)));
  return { r: r.map((row) => row.map(finiteOrNull)), p, undefinedPairs };
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
