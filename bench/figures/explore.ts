/**
 * Explore figures (issue 13): the Monte Carlo over weights (docs/explore.md).
 *
 * explore.mc.ms.NxR = `uncertainty` on a synthetic N-city dataset with R runs at the default
 * spread (±25 % on each dimension weight): score matrix, R weighted sums and rankings, then each
 * city's median, 5th and 95th percentile and top-10 share. Budgets: 151 × 10,000 ≤ 1 s and
 * 20,000 × 1,000 ≤ 10 s (2 cores). Median of a few runs after a warm-up.
 */
import { uncertainty } from "../../src/engine/explore/monte-carlo";
import { time, type BenchContext, type Figure } from "../harness";
import { syntheticDataset } from "../synthetic";

const PLAN: { cities: number; runs: number; budgetMs: number }[] = [
  { cities: 151, runs: 10_000, budgetMs: 1000 },
  { cities: 20_000, runs: 1000, budgetMs: 10_000 },
];

export function exploreFigures(ctx: BenchContext): Figure[] {
  return PLAN.map(({ cities, runs, budgetMs }): Figure => {
    ctx.log(`explore.mc ${cities} cities × ${runs} runs`);
    const dataset = syntheticDataset(cities);
    const result = time(() => uncertainty(dataset, { runs, seed: 1 }), ctx.quick ? 1 : 3);
    return {
      name: `explore.mc.ms.${cities}x${runs}`,
      value: result.ms,
      unit: "ms",
      budget: `< ${budgetMs} (2 cores)`,
      ok: result.ms < budgetMs,
      detail: { runs: result.runs, cities: result.last.cities.length },
    };
  });
}
