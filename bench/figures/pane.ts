/**
 * Pane figures (issue 13): one live update of the Weights view (src/taskpane/views/weights-model.ts)
 * while a slider moves: new indicator weights → every city's computed total → FastRanker ranks →
 * the top 20 rows shown. Dimension 1's weight alternates between two values so no update repeats
 * the last. pane.weights_update.ms.N = mean of a batch of updates, median of batches. Budgets:
 * ≤ 16 ms (one frame) for 151 cities, ≤ 100 ms for 20,000.
 */
import {
  frameworkWeights,
  WeightsModel,
  withDimensionWeight,
} from "../../src/taskpane/views/weights-model";
import { time, type BenchContext, type Figure } from "../harness";
import { syntheticDataset } from "../synthetic";

const PLAN: { cities: number; updates: number; budgetMs: number }[] = [
  { cities: 151, updates: 2000, budgetMs: 16 },
  { cities: 20_000, updates: 50, budgetMs: 100 },
];

export function paneFigures(ctx: BenchContext): Figure[] {
  return PLAN.map(({ cities, updates, budgetMs }): Figure => {
    ctx.log(`pane.weights_update ${cities} cities`);
    const dataset = syntheticDataset(cities);
    const model = new WeightsModel(dataset);
    const base = frameworkWeights(dataset.framework);
    const first = dataset.framework.dimensions[0]?.weight ?? 1;
    const variants = [first * 1.5, first * 0.5].map((w) =>
      withDimensionWeight(dataset.framework, base, 0, w)
    );
    const batch = (): number => {
      let shown = 0;
      for (let u = 0; u < updates; u++) {
        model.update(variants[u % 2] ?? base);
        shown += model.top(20).length;
      }
      return shown;
    };
    const result = time(batch, ctx.quick ? 3 : 7);
    const ms = result.ms / updates;
    return {
      name: `pane.weights_update.ms.${cities}`,
      value: ms,
      unit: "ms",
      budget: `≤ ${budgetMs}`,
      ok: ms <= budgetMs,
      detail: { updatesPerBatch: updates, batchMs: result.runs },
    };
  });
}
