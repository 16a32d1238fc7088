/**
 * The Weights view's model (src/taskpane/views/weights-model.ts) against the engine: live ranks
 * equal `evaluate` on the scenario dataset (computed totals); the dimension rule scales the
 * indicators in proportion and comes back from 0 in the framework's proportions.
 */
import { dataset2015 } from "../../src/engine/bundled";
import { evaluate } from "../../src/engine/evaluate";
import { applyScenario } from "../../src/engine/explore/scenario";
import {
  dimensionWeights,
  frameworkWeights,
  WeightsModel,
  withDimensionWeight,
} from "../../src/taskpane/views/weights-model";

const dataset = dataset2015();
const { framework } = dataset;

test("live ranks and totals equal evaluate() on the scenario dataset", () => {
  const model = new WeightsModel(dataset);
  // 智慧经济 15 → 30 and the first indicator 5 → 1 (docs/explore.md, "Rescaling rule").
  const weights = withDimensionWeight(framework, frameworkWeights(framework), 3, 30);
  weights[0] = 1;
  model.update(weights);
  const scenario = {
    indicatorWeights: weights,
    bonusWeights: framework.bonus.map((b) => b.weight),
    changed: [],
  };
  const expected = evaluate(applyScenario(dataset, scenario), { totals: "computed" });
  expect(Array.from(model.ranks)).toEqual(Array.from(expected.columns.rank));
  const top = model.top(10);
  expect(top.map((r) => r.city)).toEqual(
    Array.from(expected.columns.order.slice(0, 10), (k) => expected.columns.city[k])
  );
  const nominal = evaluate(dataset, { totals: "computed" }).columns.rank;
  expect(top.map((r) => r.change)).toEqual(top.map((r) => (nominal[r.index] as number) - r.rank));
});

test("a dimension weight scales its indicators in proportion; from 0 in the framework's", () => {
  const base = frameworkWeights(framework);
  const doubled = withDimensionWeight(framework, base, 0, 40);
  const members = framework.dimensions[0]!.indicators.map((i) => framework.indicators.indexOf(i));
  for (const j of members) expect(doubled[j]).toBeCloseTo((base[j] as number) * 2, 12);
  expect(dimensionWeights(framework, doubled)[0]).toBeCloseTo(40, 12);
  const zero = withDimensionWeight(framework, base, 0, 0);
  expect(dimensionWeights(framework, zero)[0]).toBe(0);
  const back = withDimensionWeight(framework, zero, 0, 20);
  for (const j of members) expect(back[j]).toBeCloseTo(base[j] as number, 12);
  // Other dimensions untouched.
  expect(dimensionWeights(framework, doubled).slice(1)).toEqual(
    dimensionWeights(framework, base).slice(1)
  );
});
