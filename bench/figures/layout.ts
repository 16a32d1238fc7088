/**
 * layout.build.ms.N: `buildSummaryLayout` (the summary workbook as data: sheets, blocks, formats,
 * tables, charts) from an N-city evaluation; the evaluation itself is not timed. Median of runs.
 */
import { evaluate } from "../../src/engine/evaluate";
import { buildSummaryLayout } from "../../src/layout/summary";
import { time, type BenchContext, type Figure } from "../harness";
import { syntheticDataset } from "../synthetic";

export function layoutFigures(ctx: BenchContext): Figure[] {
  const plan: [number, number][] = ctx.quick
    ? [
        [151, 5],
        [100_000, 3],
      ]
    : [
        [151, 30],
        [100_000, 7],
      ];
  return plan.map(([n, runs]) => {
    ctx.log(`layout.build ${n} cities × ${runs} runs`);
    const dataset = syntheticDataset(n);
    const evaluation = evaluate(dataset);
    const result = time(() => buildSummaryLayout(evaluation, dataset), runs);
    const layout = result.last;
    return {
      name: `layout.build.ms.${n}`,
      value: result.ms,
      unit: "ms",
      detail: {
        runs: result.runs,
        sheets: layout.sheets.length,
        blocks: layout.sheets.reduce((s, sheet) => s + sheet.blocks.length, 0),
        charts: layout.sheets.reduce((s, sheet) => s + sheet.charts.length, 0),
      },
    };
  });
}
