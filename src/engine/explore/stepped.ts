/**
 * Long computations that run in steps (docs/explore.md, "Runs in steps"): the command line runs
 * them to the end in one call, the pane runs a few units between frames so it can show progress
 * and cancel. A unit is about one ranking of every city; the result does not depend on how the
 * work was cut.
 */
export interface SteppedRun<T> {
  /** Units of work in all. */
  readonly total: number;
  /** Units done so far (0..total). */
  readonly done: number;
  /** Does up to `units` more units; true once everything is done. */
  step(units: number): boolean;
  /** The result; throws until `done === total`. */
  result(): T;
}

/** Runs a stepped computation to the end and returns its result. */
export function runToEnd<T>(run: SteppedRun<T>): T {
  run.step(Infinity);
  return run.result();
}

/** The error of `result()` before the end. */
export function notFinished(what: string): Error {
  return new Error(`${what}: result() called before the run finished`);
}
