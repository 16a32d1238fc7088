/**
 * A dataset's scores as `evaluate` sums them (docs/adr/0013-typed-evaluation.md): one
 * Float64Array per indicator and bonus item, in input order, blank or invalid = 0, plus the
 * counts and reported totals the totals rule needs (docs/method.md, "Totals").
 */
import type { DatasetColumns } from "./dataset";
import { clean } from "./describe";

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

export function inputColumns(columns: DatasetColumns): InputColumns {
  const reported = columns.reported;
  let anyReported = false;
  let finite = true;
  for (let k = 0; k < reported.length; k++) {
    const total = reported[k] as number;
    if (total === total) {
      anyReported = true;
      if (!Number.isFinite(total)) finite = false;
    }
  }
  return {
    indicators: columns.indicators,
    bonus: columns.bonus,
    cells: columns.cells,
    reported: finite ? reported : reported.map((t) => (Number.isFinite(t) ? t : NaN)),
    anyReported,
  };
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
