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
  /** Indicator scores; its `bonus` is each city's bonus points under the last bonus weights. */
  readonly matrix: ScoreMatrix;
  /** City-major bonus scores, `bonusScores[k * items + b]` (blank = 0). */
  private readonly bonusScores: Float64Array;
  private readonly bonusWeights: Float64Array;
  /** Ranks at the framework's weights (computed totals). */
  readonly nominal: Uint32Array;
  readonly totals: Float64Array;
  readonly ranks: Uint32Array;
  private readonly multipliers: Float64Array;
  private readonly ranker: FastRanker;
  private readonly names: string[];

  constructor(dataset: Dataset) {
    this.matrix = scoreMatrix(dataset, "indicator");
    const { bonus } = dataset.framework;
    this.bonusWeights = Float64Array.from(bonus, (b) => b.weight);
    this.bonusScores = new Float64Array(dataset.cities.length * bonus.length);
    dataset.cities.forEach((c, k) =>
      bonus.forEach((_, b) => (this.bonusScores[k * bonus.length + b] = c.bonus[b] ?? 0))
    );
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

  /**
   * Totals and ranks for new indicator weights and bonus weights (framework order; bonus weights
   * left out stay the framework's); a weight of 0 drops its item. A bonus item keeps its score
   * rate like an indicator (docs/explore.md, "Rescaling rule").
   */
  update(indicatorWeights: ArrayLike<number>, bonusWeights?: ArrayLike<number>): void {
    const { weights } = this.matrix;
    for (let j = 0; j < this.matrix.items; j++) {
      const w = weights[j] as number;
      this.multipliers[j] = w > 0 ? ((indicatorWeights[j] ?? w) as number) / w : 0;
    }
    this.updateBonus(bonusWeights);
    totalsFor(this.matrix, this.multipliers, this.totals);
    this.ranker.rank(this.totals, this.ranks);
  }

  /** Each city's bonus points at `bonusWeights` (score × new / framework weight). */
  private updateBonus(bonusWeights: ArrayLike<number> | undefined): void {
    const items = this.bonusWeights.length;
    const scale = Array.from(this.bonusWeights, (w, b) =>
      w > 0 ? ((bonusWeights?.[b] ?? w) as number) / w : 0
    );
    const points = this.matrix.bonus;
    for (let k = 0; k < this.matrix.cities; k++) {
      let sum = 0;
      for (let b = 0; b < items; b++)
        sum += (this.bonusScores[k * items + b] as number) * (scale[b] as number);
      points[k] = sum;
    }
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
  return withGroupWeight(frameworkWeights(framework), current, members, weight);
}

/** Bonus weights after setting the whole bonus to `weight`: its items scale in proportion. */
export const withBonusWeight = (
  framework: Framework,
  current: readonly number[],
  weight: number
): number[] =>
  withGroupWeight(
    frameworkBonusWeights(framework),
    current,
    framework.bonus.map((_, b) => b),
    weight
  );

/**
 * Weights after setting the sum of the `members` to `weight`: each keeps its share of the group;
 * a group at 0 comes back in the framework's proportions.
 */
function withGroupWeight(
  framework: readonly number[],
  current: readonly number[],
  members: number[],
  weight: number
): number[] {
  const sum = members.reduce((s, j) => s + (current[j] ?? 0), 0);
  const frameworkSum = members.reduce((s, j) => s + (framework[j] ?? 0), 0);
  const next = [...current];
  for (const j of members) {
    const share =
      sum > 0
        ? (current[j] ?? 0) / sum
        : frameworkSum > 0
          ? (framework[j] ?? 0) / frameworkSum
          : 1 / members.length;
    next[j] = share * Math.max(0, weight);
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

/** The framework's bonus weights. */
export const frameworkBonusWeights = (framework: Framework): number[] =>
  framework.bonus.map((b) => b.weight);

/** Weights rounded for display and inputs (2 decimals, no float noise). */
export const roundWeight = (w: number): number => Math.round(w * 100) / 100;

/** A dimension's name (framework language) shown in the pane's language. */
export const dimensionLabel = (framework: Framework, name: string, zh: boolean): string =>
  zh ? name : (framework.dimensions.find((d) => d.name === name)?.nameEn ?? name);
