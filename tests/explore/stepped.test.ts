/**
 * The robustness analysis in steps (issue 13, "progress and cancel in the pane"): any cut of the
 * stepped Monte Carlo and Sobol' runs gives the one-shot functions' result for the same seed, to
 * the last bit; `done` counts up to `total`; `result()` refuses before the end.
 */
import { dataset2015 } from "../../src/engine/bundled";
import { uncertainty, UncertaintyRun } from "../../src/engine/explore/monte-carlo";
import { createRandom } from "../../src/engine/explore/random";
import { RobustnessRun, sobolSamples } from "../../src/engine/explore/robustness";
import {
  rankSensitivity,
  rankSensitivityRun,
  SobolRun,
  sobolIndices,
} from "../../src/engine/explore/sensitivity";
import { runToEnd, type SteppedRun } from "../../src/engine/explore/stepped";

const dataset = dataset2015();

/** Runs `run` in steps of the given sizes (cycled), checking `done` never decreases. */
function inSteps<T>(run: SteppedRun<T>, sizes: number[]): T {
  let previous = run.done;
  for (let i = 0; !run.step(sizes[i % sizes.length] as number); i++) {
    expect(run.done).toBeGreaterThanOrEqual(previous);
    expect(run.done).toBeLessThan(run.total);
    previous = run.done;
  }
  expect(run.done).toBe(run.total);
  return run.result();
}

describe("stepped Monte Carlo", () => {
  it.each([[[1]], [[7, 1, 64, 3]], [[1000]]])("steps %j equal the one-shot result", (sizes) => {
    const options = { runs: 150, spread: 0.3, seed: 9 };
    const run = new UncertaintyRun(dataset, options);
    expect(() => run.result()).toThrow(/before the run finished/);
    expect(inSteps(run, sizes)).toEqual(uncertainty(dataset, options));
  });

  it("per indicator, too", () => {
    const options = { runs: 70, spread: 0.5, seed: 3, level: "indicator" as const };
    expect(inSteps(new UncertaintyRun(dataset, options), [5])).toEqual(
      uncertainty(dataset, options)
    );
  });

  it("another seed gives another result (the comparison can fail)", () => {
    const a = runToEnd(new UncertaintyRun(dataset, { runs: 100, seed: 1 }));
    const b = uncertainty(dataset, { runs: 100, seed: 2 });
    expect(a.cities.map((c) => c.median)).not.toEqual(b.cities.map((c) => c.median));
  });
});

describe("stepped Sobol' estimator", () => {
  it("equals sobolIndices on the Ishigami function for any cut", () => {
    const ishigami = (x: Float64Array): number =>
      Math.sin(x[0] as number) +
      7 * Math.sin(x[1] as number) ** 2 +
      0.1 * (x[2] as number) ** 4 * Math.sin(x[0] as number);
    const sampler = () => {
      const random = createRandom(4);
      return (row: Float64Array) => {
        for (let j = 0; j < row.length; j++) row[j] = -Math.PI + 2 * Math.PI * random.next();
      };
    };
    const oneShot = sobolIndices(ishigami, 3, 500, sampler());
    const run = new SobolRun(ishigami, 3, 500, sampler());
    expect(run.total).toBe(500 * 5);
    expect(inSteps(run, [3, 1, 250])).toEqual(oneShot);
  });

  it("rank sensitivity in steps equals rankSensitivity", () => {
    const options = { samples: 60, spread: 0.3, seed: 5 };
    expect(inSteps(rankSensitivityRun(dataset, options), [4])).toEqual(
      rankSensitivity(dataset, options)
    );
  });
});

describe("stepped robustness (Monte Carlo, then Sobol')", () => {
  it("equals uncertainty + rankSensitivity with N = min(runs, 2000), phases in order", () => {
    const run = new RobustnessRun(dataset, { runs: 80, spread: 0.25, seed: 11 });
    const phases: string[] = [];
    const sizes = [1, 13];
    for (let i = 0; !run.step(sizes[i % 2] as number); i++) phases.push(run.phase);
    expect(phases[0]).toBe("monteCarlo");
    expect(phases.at(-1)).toBe("sensitivity");
    expect(run.done).toBe(run.total);
    expect(run.total).toBe(
      new UncertaintyRun(dataset, { runs: 80 }).total +
        80 * (dataset.framework.dimensions.length + 2)
    );
    expect(run.result()).toEqual({
      result: uncertainty(dataset, { runs: 80, spread: 0.25, seed: 11 }),
      sensitivity: rankSensitivity(dataset, { samples: 80, spread: 0.25, seed: 11 }),
    });
    expect(sobolSamples(10_000)).toBe(2000);
  });
});
