/**
 * A dataset's scores as typed columns (docs/adr/0013-typed-evaluation.md): one Float64Array per
 * indicator and bonus item, in input order, read in one pass over the cities, plus the sums
 * `evaluate` ranks (docs/method.md, "Totals").
 */
import { clean } from "./describe";
import type { Dataset } from "./types";

export type InputColumns = {
  /** Score of each indicator (framework order) per city; blank or invalid = 0. */
  indicators: Float64Array[];
  /** Score of each bonus item per city; blank or invalid = 0. */
  bonus: Float64Array[];
  /** Number of counted (valid, non-blank) score cells per city. */
  cells: Int32Array;
  /** Reported total per city, NaN where none (or not finite). */
  reported: Float64Array;
  /** Whether any city has a reported total. */
  anyReported: boolean;
};

export function inputColumns(dataset: Dataset): InputColumns {
  const { framework, cities } = dataset;
  const n = cities.length;
  const indicators = framework.indicators.map(() => new Float64Array(n));
  const bonus = framework.bonus.map(() => new Float64Array(n));
  const cells = new Int32Array(n);
  const reported = new Float64Array(n);
  let anyReported = false;
  for (let k = 0; k < n; k++) {
    const city = cities[k];
    if (!city) continue;
    let counted = 0;
    counted += copyScores(city.scores, indicators, k);
    counted += copyScores(city.bonus, bonus, k);
    cells[k] = counted;
    const total = city.reportedTotal;
    if (total !== null) anyReported = true;
    reported[k] = total !== null && Number.isFinite(total) ? total : NaN;
  }
  return { indicators, bonus, cells, reported, anyReported };
}

/** Writes city k's scores into the columns; returns how many were not null. */
function copyScores(scores: (number | null)[], columns: Float64Array[], k: number): number {
  let counted = 0;
  for (let i = 0; i < columns.length; i++) {
    const v = scores[i];
    if (v !== null && v !== undefined) {
      (columns[i] as Float64Array)[k] = v;
      counted += 1;
    }
  }
  return counted;
}

/** Per city, the sum of the given columns in order, cleaned of float noise. */
export function sumColumns(columns: readonly Float64Array[], n: number): Float64Array {
  const out = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let s = 0;
    for (let j = 0; j < columns.length; j++) s += (columns[j] as Float64Array)[k] as number;
    out[k] = clean(s);
  }
  return out;
}

/** Per city, value / weight × 100 (a rate in percent). */
export function rateColumn(values: Float64Array, weight: number): Float64Array {
  const out = new Float64Array(values.length);
  for (let k = 0; k < values.length; k++) out[k] = ((values[k] as number) / weight) * 100;
  return out;
}
