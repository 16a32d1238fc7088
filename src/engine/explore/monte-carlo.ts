/**
 * Uncertainty of the ranking under random weights (docs/explore.md, "Monte Carlo"): each weight
 * is multiplied by an independent uniform factor in [1 − spread, 1 + spread], the weights are
 * rescaled to the framework's sum, and every city is ranked; per city the nominal rank (all
 * factors 1), the median, 5th and 95th percentile rank (Excel PERCENTILE.INC) and the share of
 * runs in the top 10. Seeded and reproducible.
 */
import type { Dataset } from "../types";
import { createRandom, type Random } from "./random";
import { rankQuantiles } from "./rank-quantiles";
import { RankModel, scoreMatrix, type ScoreMatrix, type WeightLevel } from "./score-matrix";

export type UncertaintyOptions = {
  /** Number of random weight sets (default 1000). */
  runs?: number;
  /** Half-width of the uniform factor (default 0.25: factors in [0.75, 1.25]). */
  spread?: number;
  /** Seed of the generator (default 1). */
  seed?: number;
  /** Vary dimension weights (default) or every indicator's weight. */
  level?: WeightLevel;
  /** Rank cut-off of `top10` (default 10). */
  top?: number;
};

/** One city's rank distribution; ranks are competition ranks (1 = best). */
export type CityUncertainty = {
  city: string;
  /** Rank at the framework's weights (computed totals). */
  rank: number;
  median: number;
  p05: number;
  p95: number;
  /** Share of runs (a fraction 0..1) in which the city ranked within the top `top`. */
  top10: number;
};

export type UncertaintyResult = {
  runs: number;
  spread: number;
  seed: number;
  level: WeightLevel;
  /** In nominal rank order (then input order). */
  cities: CityUncertainty[];
};

export const DEFAULT_RUNS = 1000;
export const DEFAULT_SPREAD = 0.25;
export const DEFAULT_SEED = 1;
const QUANTILES = [0.05, 0.5, 0.95];

/** Fills `factors` with independent uniform factors in [1 − spread, 1 + spread]. */
export function drawFactors(random: Random, spread: number, factors: Float64Array): void {
  for (let j = 0; j < factors.length; j++) factors[j] = 1 - spread + 2 * spread * random.next();
}

/** Ranks at the framework's weights (all factors 1). */
export function nominalRanks(matrix: ScoreMatrix): Uint32Array {
  return new RankModel(matrix).rank(new Float64Array(matrix.items).fill(1)).slice();
}

/**
 * Runs the Monte Carlo on a dataset. Cost O(runs × n × (items + log n)) time and
 * O(runs × n) 16- or 32-bit ranks of memory.
 */
export function uncertainty(dataset: Dataset, options: UncertaintyOptions = {}): UncertaintyResult {
  const runs = Math.max(1, Math.trunc(options.runs ?? DEFAULT_RUNS));
  const spread = options.spread ?? DEFAULT_SPREAD;
  const seed = options.seed ?? DEFAULT_SEED;
  const level = options.level ?? "dimension";
  const top = options.top ?? 10;
  const matrix = scoreMatrix(dataset, level);
  const n = matrix.cities;
  const nominal = nominalRanks(matrix);
  const model = new RankModel(matrix);
  const random = createRandom(seed);
  const factors = new Float64Array(matrix.items);
  // City-major storage, so each city's runs are one contiguous slice; ranks are gathered run by
  // run in blocks and transposed, so the stores stay sequential.
  const store = n < 65536 ? new Uint16Array(n * runs) : new Uint32Array(n * runs);
  const block = Math.max(1, Math.min(runs, 64));
  const pending = new Uint32Array(block * n);
  const inTop = new Uint32Array(n);
  for (let r0 = 0; r0 < runs; r0 += block) {
    const size = Math.min(block, runs - r0);
    for (let b = 0; b < size; b++) {
      drawFactors(random, spread, factors);
      pending.set(model.rank(factors), b * n);
    }
    for (let k = 0; k < n; k++) {
      const at = k * runs + r0;
      for (let b = 0; b < size; b++) {
        const rk = pending[b * n + k] as number;
        store[at + b] = rk;
        if (rk <= top) inTop[k] = (inTop[k] as number) + 1;
      }
    }
  }
  const order = Array.from({ length: n }, (_, k) => k).sort(
    (a, b) => (nominal[a] as number) - (nominal[b] as number) || a - b
  );
  const cities = order.map((k): CityUncertainty => {
    const [p05, median, p95] = rankQuantiles(store.subarray(k * runs, (k + 1) * runs), QUANTILES);
    return {
      city: dataset.cities[k]?.city ?? "",
      rank: nominal[k] as number,
      median: median as number,
      p05: p05 as number,
      p95: p95 as number,
      top10: (inTop[k] as number) / runs,
    };
  });
  return { runs, spread, seed, level, cities };
}
