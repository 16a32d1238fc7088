/**
 * The Weights view's live ranking (issue 13; docs/explore.md, "Rescaling rule"): the indicator
 * score matrix is built once per dataset; each change of the weights costs one weighted sum per
 * city (rate × new weight = score × new / framework weight) and one FastRanker ranking, then the
 * shown rows are picked in one pass over the ranks (no sort of all cities). 151 cities: a few
 * microseconds; 20,000: a few milliseconds (bench figures pane.weights_update.ms.*), so the
 * update runs on the UI thread while the slider moves.
 */
import { FastRanker } from "../../engine/explore/fast-rank";
import { scoreMatrix, totalsFor, type ScoreMatrix } from "../../engine/explore/score-matrix";
import type { Dataset, Framework } from "../../engine/types";

export type RankedRow = {
  /** Input order of the city. */
  index: number;
  city: string;
  rank: number;
  /** Framework rank − scenario rank: positive = moved up. */
  change: number;
  total: number;
};

export class WeightsModel {
  readonly matrix: ScoreMatrix;
  /** Ranks at the framework's weights (computed totals). */
  readonly nominal: Uint32Array;
  readonly totals: Float64Array;
  readonly ranks: Uint32Array;
  private readonly multipliers: Float64Array;
  private readonly ranker: FastRanker;
  private readonly names: string[];

  constructor(dataset: Dataset) {
    this.matrix = scoreMatrix(dataset, "indicator");
    this.names = dataset.cities.map((c) => c.city);
    this.multipliers = new Float64Array(this.matrix.items).fill(1);
    this.totals = new Float64Array(this.matrix.cities);
    this.ranks = new Uint32Array(this.matrix.cities);
    this.ranker = new FastRanker(this.matrix.cities);
    this.update(this.matrix.weights);
    this.nominal = this.ranks.slice();
  }

  get cities(): number {
    return this.matrix.cities;
  }

  /** Totals and ranks for new indicator weights (framework order); a weight of 0 drops its item. */
  update(indicatorWeights: ArrayLike<number>): void {
    const { weights } = this.matrix;
    for (let j = 0; j < this.matrix.items; j++) {
      const w = weights[j] as number;
      this.multipliers[j] = w > 0 ? ((indicatorWeights[j] ?? w) as number) / w : 0;
    }
    totalsFor(this.matrix, this.multipliers, this.totals);
    this.ranker.rank(this.totals, this.ranks);
  }

  /** The best `count` cities of the last update (ties at the cut-off in input order). */
  top(count: number): RankedRow[] {
    const picked: number[] = [];
    const n = this.matrix.cities;
    const limit = Math.min(count, n);
    // Ranks are 1..n; cities ranked ≤ limit are at least `limit` many.
    for (let k = 0; k < n; k++) if ((this.ranks[k] as number) <= limit) picked.push(k);
    picked.sort((a, b) => (this.ranks[a] as number) - (this.ranks[b] as number) || a - b);
    return picked.slice(0, limit).map((k) => this.row(k));
  }

  row(k: number): RankedRow {
    const rank = this.ranks[k] as number;
    return {
      index: k,
      city: this.names[k] ?? "",
      rank,
      change: (this.nominal[k] as number) - rank,
      total: Math.round((this.totals[k] as number) * 100) / 100,
    };
  }
}

/** Indicator weights after setting dimension `d` to `weight`: its indicators scale in proportion. */
export function withDimensionWeight(
  framework: Framework,
  current: readonly number[],
  d: number,
  weight: number
): number[] {
  const dimension = framework.dimensions[d];
  if (!dimension) return [...current];
  const members = framework.indicators.flatMap((i, j) =>
    i.dimensionId === dimension.id ? [j] : []
  );
  const sum = members.reduce((s, j) => s + (current[j] ?? 0), 0);
  const next = [...current];
  for (const j of members) {
    // All at 0: back to the framework's proportions.
    const base =
      sum > 0 ? (current[j] ?? 0) / sum : (framework.indicators[j]?.weight ?? 0) / dimension.weight;
    next[j] = base * Math.max(0, weight);
  }
  return next;
}

/** Weight of every dimension for indicator weights (framework order). */
export function dimensionWeights(framework: Framework, weights: readonly number[]): number[] {
  return framework.dimensions.map((d) =>
    framework.indicators.reduce(
      (s, i, j) => (i.dimensionId === d.id ? s + (weights[j] ?? 0) : s),
      0
    )
  );
}

/** The framework's indicator weights. */
export const frameworkWeights = (framework: Framework): number[] =>
  framework.indicators.map((i) => i.weight);

/** Weights rounded for display and inputs (2 decimals, no float noise). */
export const roundWeight = (w: number): number => Math.round(w * 100) / 100;

/** A dimension's name (framework language) shown in the pane's language. */
export const dimensionLabel = (framework: Framework, name: string, zh: boolean): string =>
  zh ? name : (framework.dimensions.find((d) => d.name === name)?.nameEn ?? name);
