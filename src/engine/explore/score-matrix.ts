/**
 * The fast path of the robustness analysis (docs/explore.md, "Monte Carlo"): the score matrix is
 * built once (cities × weighted items, a Float64Array), then each set of weights costs one
 * weighted sum per city and one typed-array sort; the full `evaluate` never runs per sample.
 */
import { FastRanker } from "./fast-rank";
import type { Dataset } from "../types";

/** Which weights vary: the dimensions (default) or every indicator. */
export type WeightLevel = "dimension" | "indicator";

export type ScoreMatrix = {
  cities: number;
  /** Number of weighted items (dimensions or indicators). */
  items: number;
  /** Row-major scores: `scores[k * items + j]` is city k's score on item j (blank = 0). */
  scores: Float64Array;
  /** Framework weight of each item. */
  weights: Float64Array;
  /** Each city's bonus points (unchanged by reweighting). */
  bonus: Float64Array;
};

/** Builds the score matrix of a dataset at the dimension or indicator level. Cost O(n × items). */
export function scoreMatrix(dataset: Dataset, level: WeightLevel = "dimension"): ScoreMatrix {
  const { framework, cities } = dataset;
  const columnOf = new Int32Array(framework.indicators.length);
  const weights =
    level === "dimension"
      ? Float64Array.from(framework.dimensions, (d) => d.weight)
      : Float64Array.from(framework.indicators, (i) => i.weight);
  framework.indicators.forEach((indicator, i) => {
    columnOf[i] =
      level === "dimension"
        ? framework.dimensions.findIndex((d) => d.id === indicator.dimensionId)
        : i;
  });
  const items = weights.length;
  const scores = new Float64Array(cities.length * items);
  const bonus = new Float64Array(cities.length);
  cities.forEach((city, k) => {
    city.scores.forEach((score, i) => {
      const at = k * items + (columnOf[i] as number);
      scores[at] = (scores[at] as number) + (score ?? 0);
    });
    let b = 0;
    for (const score of city.bonus) b += score ?? 0;
    bonus[k] = b;
  });
  return { cities: cities.length, items, scores, weights, bonus };
}

/**
 * Column multipliers for a draw of weight factors (docs/explore.md, "Monte Carlo"): each weight
 * w_j becomes w_j·u_j, rescaled so the weights keep their framework sum (the maximum total
 * follows the framework's); a column's scores scale with its weight (rates are kept).
 */
export function multipliersFor(
  matrix: ScoreMatrix,
  factors: ArrayLike<number>,
  out: Float64Array
): void {
  let frameworkSum = 0;
  let drawnSum = 0;
  for (let j = 0; j < matrix.items; j++) {
    const w = matrix.weights[j] as number;
    frameworkSum += w;
    drawnSum += w * (factors[j] as number);
  }
  const scale = drawnSum > 0 ? frameworkSum / drawnSum : 0;
  for (let j = 0; j < matrix.items; j++) out[j] = (factors[j] as number) * scale;
}

/** Totals of every city for column multipliers (unrounded; the ranker rounds to 1e-9 like `evaluate`). */
export function totalsFor(
  matrix: ScoreMatrix,
  multipliers: ArrayLike<number>,
  out: Float64Array
): void {
  const { items, scores, bonus } = matrix;
  for (let k = 0, at = 0; k < matrix.cities; k++) {
    let total = bonus[k] as number;
    for (let j = 0; j < items; j++, at++)
      total += (scores[at] as number) * (multipliers[j] as number);
    out[k] = total;
  }
}

/** Reusable buffers that turn weight factors into ranks for one matrix. */
export class RankModel {
  readonly multipliers: Float64Array;
  readonly totals: Float64Array;
  readonly ranks: Uint32Array;
  private readonly ranker: FastRanker;

  constructor(readonly matrix: ScoreMatrix) {
    this.multipliers = new Float64Array(matrix.items);
    this.totals = new Float64Array(matrix.cities);
    this.ranker = new FastRanker(matrix.cities);
    this.ranks = new Uint32Array(matrix.cities);
  }

  /** Ranks for weight factors `factors` (one per item); the result is `this.ranks`. */
  rank(factors: ArrayLike<number>): Uint32Array {
    multipliersFor(this.matrix, factors, this.multipliers);
    totalsFor(this.matrix, this.multipliers, this.totals);
    this.ranker.rank(this.totals, this.ranks);
    return this.ranks;
  }
}
