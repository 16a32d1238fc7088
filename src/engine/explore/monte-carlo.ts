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
import { notFinished, runToEnd, type SteppedRun } from "./stepped";

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
/** Runs gathered before they are transposed into the city-major store (sequential stores). */
const PENDING_RUNS = 64;

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
  return runToEnd(new UncertaintyRun(dataset, options));
}

/**
 * The Monte Carlo in steps (stepped.ts): `runs` units of one draw and one ranking each, then the
 * percentiles of every city in units of about the same cost. Any cut gives `uncertainty`'s result:
 * the draws come from one generator in the same order.
 */
export class UncertaintyRun implements SteppedRun<UncertaintyResult> {
  readonly total: number;
  /** Number of random weight sets. */
  readonly runs: number;
  private readonly settings: Omit<UncertaintyResult, "cities" | "runs">;
  private readonly top: number;
  private readonly names: string[];
  private readonly nominal: Uint32Array;
  private readonly model: RankModel;
  private readonly random: Random;
  private readonly factors: Float64Array;
  /** City-major ranks, so each city's runs are one contiguous slice. */
  private readonly store: Uint16Array | Uint32Array;
  /** Ranks of the last few runs, run-major, transposed into `store` a block at a time. */
  private readonly pending: Uint32Array;
  private pendingRuns = 0;
  private readonly inTop: Uint32Array;
  private readonly order: number[];
  private readonly citiesPerUnit: number;
  private readonly cities: CityUncertainty[] = [];
  private drawn = 0;

  constructor(dataset: Dataset, options: UncertaintyOptions = {}) {
    const runs = Math.max(1, Math.trunc(options.runs ?? DEFAULT_RUNS));
    const level = options.level ?? "dimension";
    this.runs = runs;
    this.settings = {
      spread: options.spread ?? DEFAULT_SPREAD,
      seed: options.seed ?? DEFAULT_SEED,
      level,
    };
    this.top = options.top ?? 10;
    this.names = dataset.cities.map((c) => c.city);
    const matrix = scoreMatrix(dataset, level);
    const n = matrix.cities;
    this.nominal = nominalRanks(matrix);
    this.model = new RankModel(matrix);
    this.random = createRandom(this.settings.seed);
    this.factors = new Float64Array(matrix.items);
    this.store = n < 65536 ? new Uint16Array(n * runs) : new Uint32Array(n * runs);
    this.pending = new Uint32Array(Math.min(runs, PENDING_RUNS) * n);
    this.inTop = new Uint32Array(n);
    this.order = Array.from({ length: n }, (_, k) => k).sort(
      (a, b) => (this.nominal[a] as number) - (this.nominal[b] as number) || a - b
    );
    // A city's percentiles cost about `runs` steps, a run about n × items.
    this.citiesPerUnit = Math.max(1, Math.ceil((n * matrix.items) / runs));
    this.total = runs + Math.ceil(n / this.citiesPerUnit);
  }

  get done(): number {
    return this.drawn + Math.ceil(this.cities.length / this.citiesPerUnit);
  }

  step(units: number): boolean {
    let left = units;
    while (left > 0 && this.drawn < this.runs) {
      drawFactors(this.random, this.settings.spread, this.factors);
      this.pending.set(this.model.rank(this.factors), this.pendingRuns * this.model.matrix.cities);
      this.pendingRuns++;
      this.drawn++;
      left--;
      if (this.pendingRuns * this.model.matrix.cities === this.pending.length) this.flush();
    }
    if (this.drawn === this.runs) this.flush();
    while (left > 0 && this.cities.length < this.order.length) {
      const end = Math.min(this.order.length, this.cities.length + this.citiesPerUnit);
      while (this.cities.length < end)
        this.cities.push(this.city(this.order[this.cities.length] as number));
      left--;
    }
    return this.drawn === this.runs && this.cities.length === this.order.length;
  }

  result(): UncertaintyResult {
    if (this.done < this.total) throw notFinished("uncertainty");
    return { runs: this.runs, ...this.settings, cities: this.cities };
  }

  /** Moves the pending runs into the city-major store and counts the top places. */
  private flush(): void {
    const n = this.model.matrix.cities;
    const r0 = this.drawn - this.pendingRuns;
    for (let k = 0; k < n; k++) {
      const at = k * this.runs + r0;
      for (let b = 0; b < this.pendingRuns; b++) {
        const rk = this.pending[b * n + k] as number;
        this.store[at + b] = rk;
        if (rk <= this.top) this.inTop[k] = (this.inTop[k] as number) + 1;
      }
    }
    this.pendingRuns = 0;
  }

  private city(k: number): CityUncertainty {
    const { runs } = this;
    const [p05, median, p95] = rankQuantiles(
      this.store.subarray(k * runs, (k + 1) * runs),
      QUANTILES
    );
    return {
      city: this.names[k] ?? "",
      rank: this.nominal[k] as number,
      median: median as number,
      p05: p05 as number,
      p95: p95 as number,
      top10: (this.inTop[k] as number) / runs,
    };
  }
}
