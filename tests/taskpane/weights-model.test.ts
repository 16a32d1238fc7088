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
  frameworkBonusWeights,
  frameworkWeights,
  withBonusWeight,
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

describe("bonus weights (the 2015 framework's bonus: 5 points, seed line 310)", () => {
  const bonusOf = (weight: number) => framework.bonus.map(() => weight);

  test("live ranks and totals equal evaluate() with the bonus reweighted", () => {
    expect(framework.bonus.map((b) => b.weight)).toEqual([5]);
    const model = new WeightsModel(dataset);
    const weights = frameworkWeights(framework);
    model.update(weights, bonusOf(15));
    const scenario = { indicatorWeights: weights, bonusWeights: bonusOf(15), changed: [] };
    const expected = evaluate(applyScenario(dataset, scenario), { totals: "computed" });
    expect(Array.from(model.ranks)).toEqual(Array.from(expected.columns.rank));
    const top = model.top(5);
    expect(top.map((r) => r.total)).toEqual(
      top.map((r) => Math.round((expected.columns.total[r.index] as number) * 100) / 100)
    );
    // A city's total moves by 2 × its bonus points (rate kept, weight × 3).
    const base = new WeightsModel(dataset);
    const k = dataset.cities.findIndex((c) => (c.bonus[0] ?? 0) > 0);
    const bonusPoints = dataset.cities[k]!.bonus[0]!;
    expect(model.totals[k]! - base.totals[k]!).toBeCloseTo(2 * bonusPoints, 9);
    // Bonus 0 drops it; leaving the bonus weights out is the framework's.
    model.update(weights, bonusOf(0));
    expect(model.totals[k]! - base.totals[k]!).toBeCloseTo(-bonusPoints, 9);
    model.update(weights);
    expect(Array.from(model.totals)).toEqual(Array.from(base.totals));
  });

  test("the bonus group scales its items in proportion and comes back from 0", () => {
    const two = {
      ...framework,
      bonus: [framework.bonus[0]!, { ...framework.bonus[0]!, id: "b2", weight: 15 }],
    };
    const base = frameworkBonusWeights(two);
    expect(base).toEqual([5, 15]);
    expect(withBonusWeight(two, base, 40)).toEqual([10, 30]);
    expect(withBonusWeight(two, [1, 1], 10)).toEqual([5, 5]);
    const zero = withBonusWeight(two, base, 0);
    expect(zero).toEqual([0, 0]);
    expect(withBonusWeight(two, zero, 4)).toEqual([1, 3]);
    expect(withBonusWeight(two, base, -3)).toEqual([0, 0]);
  });
});
