/**
 * The whole robustness analysis in steps (docs/explore.md, "Monte Carlo", "Sensitivity"): the
 * Monte Carlo over the chosen weights, then the Sobol' indices of the dimension weights with
 * N = min(runs, 2000) base samples. The command line runs it to the end; the pane runs it a few
 * units between frames (progress and cancel). Same settings, same result.
 */
import type { Dataset } from "../types";
import { UncertaintyRun, type UncertaintyOptions, type UncertaintyResult } from "./monte-carlo";
import { rankSensitivityRun, type SensitivityTable } from "./sensitivity";
import type { SteppedRun } from "./stepped";

export type RobustnessOutcome = { result: UncertaintyResult; sensitivity: SensitivityTable };

/** Largest Sobol' base sample (the cost is N × (dimensions + 2) rankings). */
export const MAX_SOBOL_SAMPLES = 2000;

/** The Sobol' base sample size for a Monte Carlo of `runs` runs. */
export const sobolSamples = (runs: number): number =>
  Math.min(Math.max(1, Math.trunc(runs)), MAX_SOBOL_SAMPLES);

export class RobustnessRun implements SteppedRun<RobustnessOutcome> {
  readonly total: number;
  private readonly monteCarlo: UncertaintyRun;
  private sensitivity: SteppedRun<SensitivityTable> | null = null;

  constructor(
    private readonly dataset: Dataset,
    private readonly options: UncertaintyOptions = {}
  ) {
    this.monteCarlo = new UncertaintyRun(dataset, options);
    // N × (k + 2) rankings for k dimensions, known before the run is built.
    this.total =
      this.monteCarlo.total +
      sobolSamples(this.monteCarlo.runs) * (dataset.framework.dimensions.length + 2);
  }

  /** Which part runs: the Monte Carlo first, then the Sobol' indices. */
  get phase(): "monteCarlo" | "sensitivity" {
    return this.monteCarlo.done < this.monteCarlo.total ? "monteCarlo" : "sensitivity";
  }

  get done(): number {
    return this.monteCarlo.done + (this.sensitivity?.done ?? 0);
  }

  step(units: number): boolean {
    const before = this.monteCarlo.done;
    if (!this.monteCarlo.step(units)) return false;
    const left = units - (this.monteCarlo.done - before);
    if (!this.sensitivity) {
      const { runs, spread, seed } = this.monteCarlo.result();
      this.sensitivity = rankSensitivityRun(this.dataset, {
        spread,
        seed,
        samples: sobolSamples(runs),
      });
      // Building the run costs about one unit.
      if (left <= 0) return this.sensitivity.total === 0;
    }
    return this.sensitivity.step(Math.max(left, 0));
  }

  result(): RobustnessOutcome {
    const result = this.monteCarlo.result();
    if (!this.sensitivity) throw new Error("robustness: result() called before the run finished");
    return { result, sensitivity: this.sensitivity.result() };
  }
}
