/**
 * Per-series summaries of an evaluation: descriptive statistics, group tables, correlations and
 * the distribution's bin width (docs/method.md). Every number is finite or null.
 */
import type { GroupRow, Statistics, TotalsSummary } from "./evaluation-types";
import type { NoteRef } from "./messages/engine";
import { rank } from "./ranking";
import * as stats from "./statistics";
import type { CityRecord } from "./types";

/** Float sums of 2-decimal scores carry noise (0.1 + 0.2); equal totals must compare equal. */
export const clean = (x: number): number => Math.round(x * 1e9) / 1e9;

/** A number, or null where the data do not define it (NaN, ±Infinity): JSON has no NaN. */
export const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** A record without a prototype: keys such as "__proto__" or "constructor" are plain keys. */
export function plainRecord<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}

/** Statistics of one series (docs/method.md, "Quartiles and spread"); null where undefined. */
export function describe(values: number[], weight: number, ascending: Float64Array): Statistics {
  const n = ascending.length;
  const lo = n > 0 ? (ascending[0] as number) : NaN;
  const hi = n > 0 ? (ascending[n - 1] as number) : NaN;
  const q1 = stats.quantileSorted(ascending, 0.25, "exclusive");
  const q3 = stats.quantileSorted(ascending, 0.75, "exclusive");
  const m = stats.mean(values);
  return {
    count: values.length,
    mean: finiteOrNull(m),
    median: finiteOrNull(stats.quantileSorted(ascending, 0.5, "inclusive")),
    min: finiteOrNull(lo),
    max: finiteOrNull(hi),
    range: finiteOrNull(clean(hi - lo)),
    q1: finiteOrNull(q1),
    q3: finiteOrNull(q3),
    quartileDeviation: finiteOrNull(clean(q3 - q1)),
    stdev: finiteOrNull(stats.stdevSample(values)),
    stdevP: finiteOrNull(stats.stdevPopulation(values)),
    rate: finiteOrNull((m / weight) * 100),
  };
}

/** Count, mean and rate of every series per group, groups ordered by mean total (best first). */
export function groupTable(
  keys: (string | null)[],
  series: { key: string; weight: number; values: number[] }[]
): GroupRow[] {
  const members = new Map<string, number[]>();
  keys.forEach((key, k) => {
    if (key === null) return;
    const list = members.get(key);
    if (list) list.push(k);
    else members.set(key, [k]);
  });
  const rows = [...members.entries()].map(([name, list]) => {
    const mean = plainRecord<number>();
    const rate = plainRecord<number>();
    for (const s of series) {
      let total = 0;
      for (const k of list) total += s.values[k] ?? 0;
      const m = total / list.length;
      mean[s.key] = m;
      rate[s.key] = (m / s.weight) * 100;
    }
    return { name, count: list.length, rank: 0, mean, rate };
  });
  const ranks = rank(rows.map((g) => g.mean.total ?? 0));
  rows.forEach((g, i) => (g.rank = ranks[i] ?? 0));
  return rows.sort((a, b) => a.rank - b.rank);
}

/** Pearson r and two-sided p of every pair of series; null where undefined. */
export function correlations(
  series: number[][],
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
  cities: CityRecord[]
): NoteRef[] {
  const none = {};
  const notes: NoteRef[] = [
    { code: "provinceGroups", params: none },
    { code: "quartileMethod", params: none },
    { code: "blanksCountZero", params: none },
  ];
  if (cities.some((c) => c.reportedTotal !== null)) {
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
