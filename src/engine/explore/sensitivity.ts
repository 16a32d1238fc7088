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
import { notFinished, runToEnd, type SteppedRun } from "./stepped";

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
  return runToEnd(new SobolRun(model, k, n, sample));
}

/**
 * The Sobol' estimator in steps (stepped.ts): one unit is one call of `model`, first f(A) and
 * f(B) row by row, then f(A_B^i) input by input; the sums run in the same order whatever the
 * cut, so the indices equal `sobolIndices`'s to the last bit.
 */
export class SobolRun implements SteppedRun<SobolIndices> {
  readonly total: number;
  private readonly a: Float64Array;
  private readonly b: Float64Array;
  private readonly row: Float64Array;
  private readonly fA: Float64Array;
  private readonly fB: Float64Array;
  private readonly firstSum: Float64Array;
  private readonly totalSum: Float64Array;
  private variance = 0;
  private calls = 0;

  constructor(
    private readonly model: (x: Float64Array) => number,
    private readonly k: number,
    private readonly n: number,
    sample: (row: Float64Array) => void
  ) {
    this.a = new Float64Array(n * k);
    this.b = new Float64Array(n * k);
    this.row = new Float64Array(k);
    for (let r = 0; r < n; r++) {
      sample(this.row);
      this.a.set(this.row, r * k);
      sample(this.row);
      this.b.set(this.row, r * k);
    }
    this.fA = new Float64Array(n);
    this.fB = new Float64Array(n);
    this.firstSum = new Float64Array(k);
    this.totalSum = new Float64Array(k);
    this.total = n * (k + 2);
  }

  get done(): number {
    return this.calls;
  }

  step(units: number): boolean {
    const { n, k } = this;
    for (let left = units; left > 0 && this.calls < this.total; left--, this.calls++) {
      const call = this.calls;
      if (call < 2 * n) {
        const r = call >> 1;
        const rows = call % 2 === 0 ? this.a : this.b;
        (call % 2 === 0 ? this.fA : this.fB)[r] = this.model(rows.subarray(r * k, (r + 1) * k));
        if (call === 2 * n - 1) this.variance = varianceOf(this.fA, this.fB);
        continue;
      }
      const i = Math.floor((call - 2 * n) / n);
      const r = (call - 2 * n) % n;
      this.row.set(this.a.subarray(r * k, (r + 1) * k));
      this.row[i] = this.b[r * k + i] as number;
      const fAB = this.model(this.row);
      const fA = this.fA[r] as number;
      this.firstSum[i] = (this.firstSum[i] as number) + (this.fB[r] as number) * (fAB - fA);
      this.totalSum[i] = (this.totalSum[i] as number) + (fA - fAB) ** 2;
    }
    return this.calls === this.total;
  }

  result(): SobolIndices {
    if (this.calls < this.total) throw notFinished("sobol");
    const { n, variance } = this;
    const defined = variance > 1e-12;
    const first: (number | null)[] = [];
    const total: (number | null)[] = [];
    for (let i = 0; i < this.k; i++) {
      first.push(defined ? (this.firstSum[i] as number) / n / variance : null);
      total.push(defined ? (this.totalSum[i] as number) / (2 * n) / variance : null);
    }
    return { first, total, variance };
  }
}

/** Sample variance of the 2N outputs of A and B. */
function varianceOf(fA: Float64Array, fB: Float64Array): number {
  const n = fA.length;
  let mean = 0;
  for (let r = 0; r < n; r++) mean += (fA[r] as number) + (fB[r] as number);
  mean /= 2 * n;
  let variance = 0;
  for (let r = 0; r < n; r++)
    variance += ((fA[r] as number) - mean) ** 2 + ((fB[r] as number) - mean) ** 2;
  return variance / (2 * n - 1);
}

export type RankSensitivityOptions = {
  /** Base sample size N (default 1000); the cost is N × (dimensions + 2) rankings. */
  samples?: number;
  spread?: number;
  seed?: number;
};

export type SensitivityTable = Record<string, { first: number | null; total: number | null }>;

/**
 * First-order and total indices of the mean absolute rank shift with respect to each dimension
 * weight, keyed by dimension name in framework order.
 */
export function rankSensitivity(
  dataset: Dataset,
  options: RankSensitivityOptions = {}
): SensitivityTable {
  return runToEnd(rankSensitivityRun(dataset, options));
}

/** `rankSensitivity` in steps of one ranking each (stepped.ts). */
export function rankSensitivityRun(
  dataset: Dataset,
  options: RankSensitivityOptions = {}
): SteppedRun<SensitivityTable> {
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
  const run = new SobolRun(meanShift, matrix.items, options.samples ?? 1000, (row) =>
    drawFactors(random, spread, row)
  );
  return {
    total: run.total,
    get done() {
      return run.done;
    },
    step: (units) => run.step(units),
    result: () => {
      const indices = run.result();
      const out = plainRecord<{ first: number | null; total: number | null }>();
      dataset.framework.dimensions.forEach((d, j) => {
        out[d.name] = { first: indices.first[j] ?? null, total: indices.total[j] ?? null };
      });
      return out;
    },
  };
}
