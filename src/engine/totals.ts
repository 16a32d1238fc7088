/**
 * The official-totals rule (docs/method.md, "Totals"): a printed score is rounded to 0.01, so
 * each of the n summed cells may be off by up to 0.005 and the printed total by another 0.005.
 * A reported total within that bound of the sum of its scores differs by rounding only and is
 * the official figure; beyond it the row is a warning and the sum is used.
 */

import type { TotalsSource, TotalsSummary } from "./evaluation-types";

/**
 * The total's name as an item: validation issues about the reported-total column name it as their
 * indicator, and no framework item may take it (framework.ts). Shown as "Total" in English.
 */
export const TOTAL_ITEM = "总分";

/** Largest difference rounding explains for a sum of `cells` printed scores: 0.005 × (cells + 1). */
export function totalTolerance(cells: number): number {
  return 0.005 * (cells + 1);
}

export type TotalAgreement = "equal" | "rounding" | "beyond";

/** How a reported total relates to the sum of `cells` scores. */
export function compareTotal(reported: number, sum: number, cells: number): TotalAgreement {
  const difference = Math.abs(reported - sum);
  // A relative 1e-9 absorbs the float noise of the sum (0.1 + 0.2 ≠ 0.3), at 0 and at the bound.
  const noise = 1e-9 * Math.max(1, Math.abs(sum));
  if (difference <= noise) return "equal";
  return difference <= totalTolerance(cells) + noise ? "rounding" : "beyond";
}

/**
 * The total of each city (docs/method.md, "Totals"): with `source` "reported" (the default) a
 * reported total within rounding of the sum of its scores is the official figure; otherwise, and
 * for totals beyond rounding (validation warnings), the sum. `reported` is NaN where a city has
 * none; `cells` counts each city's summed score cells. Cost O(n).
 */
export function chooseTotals(
  reported: Float64Array,
  cells: Int32Array,
  sums: Float64Array,
  source: TotalsSource = "reported"
): { totals: Float64Array; summary: TotalsSummary } {
  const summary: TotalsSummary = {
    source,
    reportedUsed: 0,
    differingByRounding: 0,
    differingBeyondRounding: 0,
  };
  const totals = source === "reported" ? sums.slice() : sums;
  for (let k = 0; k < sums.length; k++) {
    const total = reported[k] as number;
    if (total !== total) continue;
    const agreement = compareTotal(total, sums[k] as number, cells[k] as number);
    if (agreement === "beyond") summary.differingBeyondRounding += 1;
    else {
      if (agreement === "rounding") summary.differingByRounding += 1;
      if (source === "reported") {
        totals[k] = total;
        summary.reportedUsed += 1;
      }
    }
  }
  return { totals, summary };
}
