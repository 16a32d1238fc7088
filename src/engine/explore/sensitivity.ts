/**
 * Variance-based sensitivity (docs/explore.md, "Sensitivity"): Sobol' first-order indices with
 * the Saltelli et al. (2010) estimator and total indices with the Jansen (1999) estimator, from
 * two independent N × k sample matrices A and B and the k matrices A_B^i (A with column i from
 * B): N·(k + 2) model runs.
 *
 *   V     = variance of f over the 2N runs of A and B
 *   S_i   = (1/N) Σ f(B)·(f(A_B^i) − f(A)) / V           (Saltelli 2010, table 2 (b))
 *   S_Ti  = (1/2N) Σ (f(A) − f(A_B^i))² / V              (Jansen 1999; Saltelli 2010 table 2 (f))
 *
 * For the ranking, the scalar output is the mean absolute rank shift of all cities against the
 * nominal ranks (Saisana, Saltelli and Tarantola 2005), the inputs are the weight factors.
 */
import { plainRecord } from "../describe";
import type { Dataset } from "../types";
import { DEFAULT_SEED, DEFAULT_SPREAD, drawFactors, nominalRanks } from "./monte-carlo";
import { createRandom } from "./random";
import { RankModel, scoreMatrix } from "./score-matrix";

export type SobolIndices = {
  /** First-order index per input; null when the output does not vary. */
  first: (number | null)[];
  total: (number | null)[];
  /** Variance of the output. */
  variance: number;
};

/**
 * Sobol' indices of `model` over k inputs; `sample(row)` fills one input row (independent
 * draws). Cost: N·(k + 2) calls of `model`.
 */
export function sobolIndices(
  model: (x: Float64Array) => number,
  k: number,
  n: number,
  sample: (row: Float64Array) => void
): SobolIndices {
  const a = new Float64Array(n * k);
  const b = new Float64Array(n * k);
  const row = new Float64Array(k);
  for (let r = 0; r < n; r++) {
    sample(row);
    a.set(row, r * k);
    sample(row);
    b.set(row, r * k);
  }
  const fA = new Float64Array(n);
  const fB = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    fA[r] = model(a.subarray(r * k, (r + 1) * k));
    fB[r] = model(b.subarray(r * k, (r + 1) * k));
  }
  let mean = 0;
  for (let r = 0; r < n; r++) mean += (fA[r] as number) + (fB[r] as number);
  mean /= 2 * n;
  let variance = 0;
  for (let r = 0; r < n; r++)
    variance += ((fA[r] as number) - mean) ** 2 + ((fB[r] as number) - mean) ** 2;
  variance /= 2 * n - 1;
  const first: (number | null)[] = [];
  const total: (number | null)[] = [];
  for (let i = 0; i < k; i++) {
    let firstSum = 0;
    let totalSum = 0;
    for (let r = 0; r < n; r++) {
      row.set(a.subarray(r * k, (r + 1) * k));
      row[i] = b[r * k + i] as number;
      const fAB = model(row);
      firstSum += (fB[r] as number) * (fAB - (fA[r] as number));
      totalSum += ((fA[r] as number) - fAB) ** 2;
    }
    const defined = variance > 1e-12;
    first.push(defined ? firstSum / n / variance : null);
    total.push(defined ? totalSum / (2 * n) / variance : null);
  }
  return { first, total, variance };
}

export type RankSensitivityOptions = {
  /** Base sample size N (default 1000); the cost is N × (dimensions + 2) rankings. */
  samples?: number;
  spread?: number;
  seed?: number;
};

/**
 * First-order and total indices of the mean absolute rank shift with respect to each dimension
 * weight, keyed by dimension name in framework order.
 */
export function rankSensitivity(
  dataset: Dataset,
  options: RankSensitivityOptions = {}
): Record<string, { first: number | null; total: number | null }> {
  const spread = options.spread ?? DEFAULT_SPREAD;
  const matrix = scoreMatrix(dataset, "dimension");
  const nominal = nominalRanks(matrix);
  const model = new RankModel(matrix);
  const n = matrix.cities;
  const meanShift = (factors: Float64Array): number => {
    const ranks = model.rank(factors);
    let shift = 0;
    for (let c = 0; c < n; c++) shift += Math.abs((ranks[c] as number) - (nominal[c] as number));
    return n > 0 ? shift / n : 0;
  };
  // A seed distinct from the Monte Carlo's stream, so both are reproducible on their own.
  const random = createRandom((options.seed ?? DEFAULT_SEED) ^ 0x5eed);
  const indices = sobolIndices(meanShift, matrix.items, options.samples ?? 1000, (row) =>
    drawFactors(random, spread, row)
  );
  const out = plainRecord<{ first: number | null; total: number | null }>();
  dataset.framework.dimensions.forEach((d, j) => {
    out[d.name] = { first: indices.first[j] ?? null, total: indices.total[j] ?? null };
  });
  return out;
}
