/**
 * The explore engine (issue 13): rescaling rule, Monte Carlo, Sobol' estimators, profiles, on
 * the 2015 report's appendix data (src/data, copied from the report).
 */
import { dataset2015 } from "../../src/engine/bundled";
import { evaluate } from "../../src/engine/evaluate";
import { uncertainty } from "../../src/engine/explore/monte-carlo";
import { cityProfile, findCityIndex, profileJson } from "../../src/engine/explore/profile";
import { createRandom } from "../../src/engine/explore/random";
import {
  applyScenario,
  parseWeights,
  resolveScenario,
  scenarioFromText,
} from "../../src/engine/explore/scenario";
import { rankSensitivity, sobolIndices } from "../../src/engine/explore/sensitivity";

const dataset = dataset2015();
const base = evaluate(dataset);
const framework = dataset.framework;

describe("rescaling rule", () => {
  test("the framework's own weights reproduce the official ranking exactly", () => {
    const text = framework.dimensions.map((d) => `${d.name}=${d.weight}`).join(",");
    const result = scenarioFromText(framework, text);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const again = evaluate(applyScenario(dataset, result.value));
    expect(again.columns.rank).toEqual(base.columns.rank);
    expect(again.columns.total).toEqual(base.columns.total);
  });

  test("doubling 智慧基础设施 (20 → 40) adds each city's infrastructure score once more", () => {
    const result = scenarioFromText(framework, "Smart Infrastructure = 40");
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const scenario = evaluate(applyScenario(dataset, result.value));
    expect(scenario.framework.maxTotal).toBe(125);
    expect(scenario.framework.dimensions[0]?.weight).toBe(40);
    const computed = evaluate(dataset, { totals: "computed" });
    const infra = computed.columns.dimensions["智慧基础设施"];
    dataset.cities.forEach((_, k) => {
      const expected = (computed.columns.total[k] as number) + (infra?.score[k] as number);
      expect(scenario.columns.total[k]).toBeCloseTo(expected, 9);
      // Rates are kept: the infrastructure rate is unchanged.
      expect(scenario.columns.dimensions["智慧基础设施"]?.rate[k]).toBeCloseTo(
        infra?.rate[k] as number,
        9
      );
    });
    // 无锡 (图表 6, line 539): its printed scores add up to 80.21 (printed total 80.20, rounding);
    // infrastructure 18.70 of 20 becomes 37.40 of 40, so the computed scenario total is 98.91.
    const wuxi = findCityIndex(scenario, "无锡") as number;
    expect(scenario.columns.total[wuxi]).toBeCloseTo(98.91, 9);
  });

  test("an indicator weight replaces that indicator's points by rate × new weight", () => {
    const result = scenarioFromText(framework, "infra.network=10");
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const scenario = evaluate(applyScenario(dataset, result.value));
    expect(scenario.framework.dimensions[0]?.weight).toBe(25);
    const k = findCityIndex(base, "无锡") as number;
    // 无锡 基础网络建设水平 4.70 of 5 (图表 28, line 1290) → 9.40 of 10.
    expect(scenario.columns.indicators["基础网络建设水平"]?.score[k]).toBeCloseTo(9.4, 9);
  });

  test("bad weights are refused with reasons", () => {
    expect(parseWeights("a=0")).toMatchObject({
      ok: false,
      problems: [{ code: "weightsNotPositive" }],
    });
    expect(parseWeights("a=-3")).toMatchObject({ ok: false });
    expect(parseWeights("a")).toMatchObject({ ok: false, problems: [{ code: "weightsSyntax" }] });
    expect(parseWeights("a=1e400")).toMatchObject({ ok: false });
    expect(parseWeights("智慧管理＝30；智慧服务=10")).toEqual({
      ok: true,
      value: [
        { name: "智慧管理", weight: 30 },
        { name: "智慧服务", weight: 10 },
      ],
    });
    const codes = (text: string): string[] => {
      const r = scenarioFromText(framework, text);
      return r.ok ? [] : r.problems.map((p) => p.code);
    };
    expect(codes("nowhere=3")).toEqual(["weightsUnknownItem"]);
    expect(codes("总分=3")).toEqual(["weightsTotal"]);
    expect(codes("infra=3,智慧基础设施=4")).toEqual(["weightsTwice"]);
    expect(codes("infra=3,infra.network=4")).toEqual(["weightsOverlap"]);
    expect(resolveScenario(framework, []).ok).toBe(true);
  });
});

describe("Monte Carlo", () => {
  test("spread 0 gives every city a zero-width interval at its nominal rank", () => {
    const result = uncertainty(dataset, { runs: 20, spread: 0, seed: 3 });
    const computed = evaluate(dataset, { totals: "computed" });
    expect(result.cities).toHaveLength(151);
    for (const c of result.cities) {
      const k = findCityIndex(computed, c.city) as number;
      expect(c.rank).toBe(computed.columns.rank[k]);
      expect([c.p05, c.median, c.p95]).toEqual([c.rank, c.rank, c.rank]);
      expect(c.top10).toBe(c.rank <= 10 ? 1 : 0);
    }
    expect(result.cities[0]).toMatchObject({ city: "无锡", rank: 1 });
  });

  test("the same seed gives the same output, another seed another", () => {
    const a = uncertainty(dataset, { runs: 200, seed: 42 });
    const b = uncertainty(dataset, { runs: 200, seed: 42 });
    const c = uncertainty(dataset, { runs: 200, seed: 43 });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    for (const city of a.cities) {
      expect(city.p05).toBeLessThanOrEqual(city.median);
      expect(city.median).toBeLessThanOrEqual(city.p95);
    }
    // With ±25 % the top three (80.20, 80.05, 79.72) trade places; 漯河 (19.04) stays near the bottom.
    expect(a.cities.slice(0, 3).every((x) => x.p95 > x.p05)).toBe(true);
    expect(a.cities.find((x) => x.city === "漯河")?.p05).toBeGreaterThan(140);
  });

  test("per-indicator factors are drawn when asked", () => {
    const result = uncertainty(dataset, { runs: 50, spread: 0.5, level: "indicator", seed: 1 });
    expect(result.level).toBe("indicator");
    expect(result.cities.some((c) => c.p95 > c.p05)).toBe(true);
  });

  test("the generator is uniform enough and reproducible", () => {
    const r = createRandom(7);
    const values = Array.from({ length: 10_000 }, () => r.next());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
    expect(createRandom(7).next()).toBe(values[0]);
  });
});

describe("Sobol' indices", () => {
  const uniform =
    (random: ReturnType<typeof createRandom>, lo: number, hi: number) =>
    (row: Float64Array): void => {
      for (let j = 0; j < row.length; j++) row[j] = lo + (hi - lo) * random.next();
    };

  test("Ishigami (a = 7, b = 0.1): analytic first and total indices within 0.03", () => {
    const ishigami = (x: Float64Array): number =>
      Math.sin(x[0] as number) +
      7 * Math.sin(x[1] as number) ** 2 +
      0.1 * (x[2] as number) ** 4 * Math.sin(x[0] as number);
    const r = sobolIndices(ishigami, 3, 20_000, uniform(createRandom(11), -Math.PI, Math.PI));
    // Analytic values (Sobol' and Levitan 1999; Saltelli et al. 2010).
    const first = [0.3139, 0.4424, 0];
    const total = [0.5576, 0.4424, 0.2437];
    first.forEach((s, i) => expect(Math.abs((r.first[i] as number) - s)).toBeLessThan(0.03));
    total.forEach((s, i) => expect(Math.abs((r.total[i] as number) - s)).toBeLessThan(0.03));
  });

  test("a linear model y = Σ c_i x_i has S_i = S_Ti = c_i² / Σ c²", () => {
    const c = [1, 2, 3];
    const model = (x: Float64Array): number => c.reduce((s, ci, i) => s + ci * (x[i] as number), 0);
    const r = sobolIndices(model, 3, 20_000, uniform(createRandom(5), 0, 1));
    c.forEach((ci, i) => {
      expect(Math.abs((r.first[i] as number) - (ci * ci) / 14)).toBeLessThan(0.03);
      expect(Math.abs((r.total[i] as number) - (ci * ci) / 14)).toBeLessThan(0.03);
    });
  });

  test("rank sensitivity: one entry per dimension, total ≥ first roughly, null at spread 0", () => {
    const s = rankSensitivity(dataset, { samples: 300, seed: 2 });
    expect(Object.keys(s)).toEqual(framework.dimensions.map((d) => d.name));
    for (const { first, total } of Object.values(s)) {
      expect(total as number).toBeGreaterThan(0);
      expect(total as number).toBeGreaterThan((first as number) - 0.1);
    }
    const none = rankSensitivity(dataset, { samples: 10, spread: 0 });
    expect(Object.values(none).every((x) => x.first === null && x.total === null)).toBe(true);
  });
});

describe("profiles", () => {
  test("无锡: rank 1 of 151, first in 华东, 80.20 (图表 6, line 539; 图表 14, line 819)", () => {
    const k = findCityIndex(base, " 无锡市 ") as number;
    const p = cityProfile(base, k);
    expect(p).toMatchObject({ city: "无锡", rank: 1, total: 80.2, region: "华东", cities: 151 });
    expect(p.groupRanks.region).toBe(1);
    // 智慧基础设施 18.70 of 20 = 93.50 % (图表 27, line 1290).
    expect(p.dimensions["智慧基础设施"]?.score).toBeCloseTo(18.7, 9);
    expect(p.dimensions["智慧基础设施"]?.rate).toBeCloseTo(93.5, 9);
    expect(p.dimensions["智慧基础设施"]?.rank).toBe(2);
    const regionRate = base.groups.region.find((g) => g.name === "华东")?.rate["智慧基础设施"];
    expect(p.dimensions["智慧基础设施"]?.regionRate).toBe(regionRate);
    expect(p.strengths.length).toBeGreaterThan(0);
    for (const s of p.strengths) expect(s.difference).toBeGreaterThan(0);
    for (const w of p.weaknesses) expect(w.difference).toBeLessThan(0);
    expect(p.peers).toHaveLength(5);
    expect(p.peers.map((x) => x.city)).not.toContain("无锡");
    const distances = p.peers.map((x) => x.distance);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    const json = profileJson(p);
    expect(Object.keys(json).sort()).toEqual(
      [
        "city",
        "dimensions",
        "groupRanks",
        "peers",
        "rank",
        "strengths",
        "total",
        "weaknesses",
      ].sort()
    );
  });

  test("an unknown city is not found", () => {
    expect(findCityIndex(base, "Atlantis")).toBeNull();
    expect(findCityIndex(base, "")).toBeNull();
  });
});
