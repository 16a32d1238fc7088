/**
 * The spreadsheet reference for engine.vs_formulas: HyperFormula (GPL-3.0, a test-only dev
 * dependency, never bundled) computing each city's total with a native SUM and its overall rank
 * with RANK.EQ semantics. HyperFormula 3.5 has no RANK / RANK.EQ (#NAME?), so the rank column is
 * RANK.EQ's definition in native functions, =COUNTIF(range,">"&x)+1: like Excel's RANK.EQ it
 * scans the whole range for every cell (O(n²) in all).
 */
import { HyperFormula } from "hyperformula";
import type { Dataset } from "../../src/engine/types";
import { columnLetters } from "../../src/engine/text";
import { median, round3 } from "../harness";

/** One sheet: scores in A…, total = SUM of the row, rank = COUNTIF(totals, ">"&total) + 1. */
export function formulaSheet(dataset: Dataset): (number | string)[][] {
  const n = dataset.cities.length;
  return dataset.cities.map((c, k) => {
    const scores = [...c.scores, ...c.bonus].map((v) => v ?? 0);
    const last = columnLetters(scores.length - 1);
    const total = columnLetters(scores.length);
    const row = k + 1;
    return [
      ...scores,
      `=SUM(A${row}:${last}${row})`,
      `=COUNTIF(${total}$1:${total}$${n},">"&${total}${row})+1`,
    ];
  });
}

/** Builds and evaluates the sheet `runs` times; the median time with the last run's results. */
export function formulaReference(
  dataset: Dataset,
  runs: number
): { ms: number; runs: number[]; totals: number[]; ranks: number[] } {
  const sheet = formulaSheet(dataset);
  const width = (sheet[0]?.length ?? 2) - 2;
  const times: number[] = [];
  let values: unknown[][] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const hf = HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3" });
    values = hf.getRangeValues({
      start: { sheet: 0, col: width, row: 0 },
      end: { sheet: 0, col: width + 1, row: sheet.length - 1 },
    });
    times.push(performance.now() - start);
    hf.destroy();
  }
  return {
    ms: median(times),
    runs: times.map(round3),
    totals: values.map((r) => Number(r[0])),
    ranks: values.map((r) => Number(r[1])),
  };
}
