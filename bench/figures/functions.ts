/**
 * Custom-function figures, measured on the pure cores in src/functions/core.ts (functions.ts only
 * wraps them; Excel's own per-call overhead is not included and is the same for both sides).
 *
 * functions.ranks_vs_rank.ratio.10000: 10,000 SMARTCITY.RANK calls (one per cell, each scanning
 * the 10,000-cell range: O(n) per call) against one SMARTCITY.RANKS spill over the same range
 * (O(n log n) once), same run. functions.total.ns_per_call: one SMARTCITY.TOTAL over a row of
 * 17 cells (16 indicators + bonus), without the optional header check.
 */
import { framework2015 } from "../../src/engine/bundled";
import { rankAll, rankOne, total, isError } from "../../src/functions/core";
import type { Cell } from "../../src/engine/table";
import { median, round3, time, type BenchContext, type Figure } from "../harness";
import { syntheticGrid } from "../synthetic";

export function rankFigure(ctx: BenchContext): Figure {
  const n = 10_000;
  const grid = syntheticGrid(n).slice(1);
  const column: Cell[][] = grid.map((row) => [row[row.length - 1] as number]); // the totals column
  ctx.log(`functions.ranks_vs_rank ${n} cells`);
  const spill = time(() => rankAll(column, null, null), ctx.quick ? 5 : 21);
  // Every RANK call does the same work whatever its value, so --quick times a sample of calls.
  const calls = ctx.quick ? 1000 : n;
  const check = spill.last;
  if (isError(check)) throw new Error(check.message);
  const callRanks = (count: number): number => {
    for (let k = 0; k < count; k++) {
      const r = rankOne(column[k]?.[0] ?? null, column, null, null);
      if (r !== check[k]?.[0]) throw new Error(`RANK and RANKS disagree at row ${k + 1}`);
    }
    return count;
  };
  callRanks(200); // warm-up
  const perCall = time(() => callRanks(calls), 1, 0); // one timed pass over all the calls
  const rankMs = (perCall.ms * n) / calls;
  return {
    name: `functions.ranks_vs_rank.ratio.${n}`,
    value: rankMs / spill.ms,
    unit: "×",
    detail: {
      rankCallsMs: round3(rankMs),
      callsTimed: calls,
      rankRuns: perCall.runs,
      ranksSpillMs: round3(spill.ms),
      ranksRuns: spill.runs,
    },
  };
}

export function totalFigure(ctx: BenchContext): Figure {
  const framework = framework2015();
  const rows: Cell[][][] = syntheticGrid(1000)
    .slice(1)
    .map((row) => [
      row
        .slice(4, 4 + framework.indicators.length + framework.bonus.length)
        .map((v) => (v === "" ? 0 : v)),
    ]);
  const calls = ctx.quick ? 50_000 : 500_000;
  ctx.log(`functions.total ${calls} calls × ${ctx.quick ? 3 : 7} runs`);
  let sink = 0;
  const result = time(
    () => {
      for (let k = 0; k < calls; k++) {
        const t = total(framework, rows[k % rows.length] as Cell[][], null);
        sink += typeof t === "number" ? t : 0;
      }
      return sink;
    },
    ctx.quick ? 3 : 7
  );
  return {
    name: "functions.total.ns_per_call",
    value: (result.ms * 1e6) / calls,
    unit: "ns",
    detail: {
      calls,
      cells: rows[0]?.[0]?.length,
      runsMs: result.runs,
      medianMs: round3(median(result.runs)),
    },
  };
}
