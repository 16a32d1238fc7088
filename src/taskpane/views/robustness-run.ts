/**
 * The Robustness view's run: the engine's stepped robustness analysis
 * (src/engine/explore/robustness.ts; docs/explore.md "Runs in steps") driven in time slices with
 * a yield to the browser between them, so the pane paints progress for both parts (Monte Carlo,
 * then Sobol' indices) and Cancel takes effect at the next slice. The same settings give exactly
 * the command line's result.
 */
import type { UncertaintyOptions } from "../../engine/explore/monte-carlo";
import type { Dataset } from "../../engine/types";
import { RobustnessRun, type RobustnessOutcome } from "../../engine/explore/robustness";

export type { RobustnessOutcome };
/** Runs, spread and seed as set in the view; the level defaults to the dimension weights. */
export type RobustnessSettings = Required<Pick<UncertaintyOptions, "runs" | "spread" | "seed">> &
  Pick<UncertaintyOptions, "level">;

export type RunProgress = {
  /** Fraction of all the work done, 0..1. */
  fraction: number;
  /** The part running: the Monte Carlo, then the Sobol' indices. */
  phase: "monteCarlo" | "sensitivity";
};

export type RunControl = {
  onProgress(progress: RunProgress): void;
  /** Checked between slices; true stops the run (the promise then resolves to null). */
  cancelled(): boolean;
  /** Milliseconds of work between yields (default 30; at least one unit runs per slice). */
  sliceMs?: number;
  /** The clock (tests); default performance.now. */
  now?: () => number;
};

const DEFAULT_SLICE_MS = 30;
const yieldToBrowser = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs the robustness analysis of `dataset` in slices; null when cancelled. */
export async function runRobustness(
  dataset: Dataset,
  settings: RobustnessSettings,
  control: RunControl
): Promise<RobustnessOutcome | null> {
  const now = control.now ?? (() => performance.now());
  const sliceMs = control.sliceMs ?? DEFAULT_SLICE_MS;
  const run = newRun(dataset, settings);
  const report = (): void =>
    control.onProgress({ fraction: run.done / run.total, phase: run.phase });
  report();
  await yieldToBrowser();
  if (control.cancelled()) return null;
  for (let finished = false; !finished;) {
    const start = now();
    // One unit at a time: a unit is one ranking of every city (a few ms at 20,000 cities).
    do finished = run.step(1);
    while (!finished && now() - start < sliceMs);
    report();
    await yieldToBrowser();
    if (control.cancelled()) return null;
  }
  return run.result();
}

const newRun = (dataset: Dataset, s: RobustnessSettings): RobustnessRun =>
  new RobustnessRun(dataset, {
    runs: s.runs,
    spread: s.spread,
    seed: s.seed,
    level: s.level ?? "dimension",
  });
