/**
 * The Robustness view's run: the engine's Monte Carlo (src/engine/explore/monte-carlo.ts,
 * docs/explore.md "Monte Carlo") cut into time slices with a yield to the browser between them,
 * so the pane shows progress and can cancel; the same seed gives exactly the engine's result
 * (the same draws in the same order). The Sobol' indices follow in one step with the command
 * line's sample size (min(runs, 2000)).
 */
import {
  drawFactors,
  nominalRanks,
  type UncertaintyResult,
} from "../../engine/explore/monte-carlo";
import { createRandom } from "../../engine/explore/random";
import { rankQuantiles } from "../../engine/explore/rank-quantiles";
import { RankModel, scoreMatrix } from "../../engine/explore/score-matrix";
import { rankSensitivity } from "../../engine/explore/sensitivity";
import type { Dataset } from "../../engine/types";
import type { SensitivityTable } from "../../layout/explore/robustness";

export type RobustnessSettings = { runs: number; spread: number; seed: number };
export type RobustnessOutcome = { result: UncertaintyResult; sensitivity: SensitivityTable };

export type RunControl = {
  /** Fraction done, 0..1. */
  onProgress(fraction: number): void;
  /** Checked between slices; true stops the run (the promise then resolves to null). */
  cancelled(): boolean;
  /** Milliseconds of work between yields (default 30). */
  sliceMs?: number;
};

const TOP = 10;
const QUANTILES = [0.05, 0.5, 0.95];
const yieldToBrowser = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs the robustness analysis of `dataset` in slices; null when cancelled. */
export async function runRobustness(
  dataset: Dataset,
  settings: RobustnessSettings,
  control: RunControl
): Promise<RobustnessOutcome | null> {
  const runs = Math.max(1, Math.trunc(settings.runs));
  const { spread, seed } = settings;
  const matrix = scoreMatrix(dataset, "dimension");
  const n = matrix.cities;
  const nominal = nominalRanks(matrix);
  const model = new RankModel(matrix);
  const random = createRandom(seed);
  const factors = new Float64Array(matrix.items);
  const store = n < 65536 ? new Uint16Array(n * runs) : new Uint32Array(n * runs);
  const inTop = new Uint32Array(n);
  const slice = control.sliceMs ?? 30;
  let started = Date.now();
  for (let r = 0; r < runs; r++) {
    drawFactors(random, spread, factors);
    const ranks = model.rank(factors);
    for (let k = 0; k < n; k++) {
      const rk = ranks[k] as number;
      store[k * runs + r] = rk;
      if (rk <= TOP) inTop[k] = (inTop[k] as number) + 1;
    }
    if (Date.now() - started >= slice) {
      control.onProgress((r + 1) / (runs + 1));
      await yieldToBrowser();
      if (control.cancelled()) return null;
      started = Date.now();
    }
  }
  control.onProgress(runs / (runs + 1));
  await yieldToBrowser();
  if (control.cancelled()) return null;
  const order = Array.from({ length: n }, (_, k) => k).sort(
    (a, b) => (nominal[a] as number) - (nominal[b] as number) || a - b
  );
  const cities = order.map((k) => {
    const [p05, median, p95] = rankQuantiles(store.subarray(k * runs, (k + 1) * runs), QUANTILES);
    const city = dataset.cities[k]?.city ?? "";
    return {
      city,
      rank: nominal[k] as number,
      median: median ?? 0,
      p05: p05 ?? 0,
      p95: p95 ?? 0,
      top10: (inTop[k] as number) / runs,
    };
  });
  const sensitivity = rankSensitivity(dataset, { spread, seed, samples: Math.min(runs, 2000) });
  control.onProgress(1);
  return { result: { runs, spread, seed, level: "dimension", cities }, sensitivity };
}
