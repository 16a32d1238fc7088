/**
 * What-if weights (docs/explore.md, "Rescaling rule"). An indicator keeps its score rate, so its
 * points become rate × new weight; a new dimension weight scales its indicators proportionally;
 * dimension weights and the maximum total follow. Scenario totals are computed totals: a
 * reported total no longer applies.
 */
import { findItem } from "../framework";
import type { Dataset, Framework } from "../types";

/** One "name=weight" pair as typed. */
export type WeightAssignment = { name: string; weight: number };

/** Why a weights text or assignment was refused; `explore.ts` in the catalogue renders each. */
export type ScenarioProblem =
  | { code: "weightsSyntax"; part: string }
  | { code: "weightsNotPositive"; name: string; value: string }
  | { code: "weightsUnknownItem"; name: string }
  | { code: "weightsTotal"; name: string }
  | { code: "weightsTwice"; name: string }
  | { code: "weightsOverlap"; dimension: string; indicator: string };

/** New weights of every scored item, in framework order. */
export type Scenario = {
  indicatorWeights: number[];
  bonusWeights: number[];
  /** Names (framework language) of the items whose weight was set, in the order given. */
  changed: string[];
};

type Result<T> = { ok: true; value: T } | { ok: false; problems: ScenarioProblem[] };

/**
 * Parses "智慧基础设施=30, 城市创新创业水平=8": pairs separated by commas, semicolons or line
 * breaks (full-width forms too), each name = positive number.
 */
export function parseWeights(text: string): Result<WeightAssignment[]> {
  const problems: ScenarioProblem[] = [];
  const value: WeightAssignment[] = [];
  const parts = text
    .normalize("NFKC")
    .split(/[,;\n、]/u)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length === 0) problems.push({ code: "weightsSyntax", part: text });
  for (const part of parts) {
    const at = part.lastIndexOf("=");
    const name = at > 0 ? part.slice(0, at).trim() : "";
    const number = at > 0 ? part.slice(at + 1).trim() : "";
    if (name === "" || number === "") {
      problems.push({ code: "weightsSyntax", part });
      continue;
    }
    const weight = /^\+?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/iu.test(number) ? Number(number) : NaN;
    if (!Number.isFinite(weight) || weight <= 0)
      problems.push({ code: "weightsNotPositive", name, value: number });
    else value.push({ name, weight });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

/** The framework's own weights as a scenario (nothing changed). */
export function frameworkScenario(framework: Framework): Scenario {
  return {
    indicatorWeights: framework.indicators.map((i) => i.weight),
    bonusWeights: framework.bonus.map((b) => b.weight),
    changed: [],
  };
}

/**
 * Resolves assignments by name, English name, id or alias of dimensions, indicators and bonus
 * items. Setting a dimension and one of its own indicators at once is refused (ambiguous).
 */
export function resolveScenario(
  framework: Framework,
  assignments: WeightAssignment[]
): Result<Scenario> {
  const scenario = frameworkScenario(framework);
  const problems: ScenarioProblem[] = [];
  const seen = new Map<string, string>();
  const dimensionsSet = new Set<string>();
  const indicatorsSet: { dimensionId: string; name: string }[] = [];
  for (const { name, weight } of assignments) {
    const found = findItem(framework, name);
    if (!found) {
      problems.push({ code: "weightsUnknownItem", name });
      continue;
    }
    if (found.kind === "total") {
      problems.push({ code: "weightsTotal", name });
      continue;
    }
    const id = found.item.id;
    if (seen.has(id)) {
      problems.push({ code: "weightsTwice", name: found.item.name });
      continue;
    }
    seen.set(id, found.item.name);
    scenario.changed.push(found.item.name);
    if (found.kind === "dimension") {
      dimensionsSet.add(id);
      const scale = weight / found.item.weight;
      for (const indicator of found.item.indicators) {
        const i = framework.indicators.indexOf(indicator);
        scenario.indicatorWeights[i] = indicator.weight * scale;
      }
    } else if (found.kind === "indicator") {
      indicatorsSet.push({ dimensionId: found.item.dimensionId, name: found.item.name });
      scenario.indicatorWeights[framework.indicators.indexOf(found.item)] = weight;
    } else {
      scenario.bonusWeights[framework.bonus.indexOf(found.item)] = weight;
    }
  }
  for (const indicator of indicatorsSet) {
    if (!dimensionsSet.has(indicator.dimensionId)) continue;
    const dimension = framework.dimensions.find((d) => d.id === indicator.dimensionId);
    problems.push({
      code: "weightsOverlap",
      dimension: dimension?.name ?? "",
      indicator: indicator.name,
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: scenario };
}

/** True when the scenario leaves every weight as the framework has it. */
export function isFrameworkScenario(framework: Framework, scenario: Scenario): boolean {
  return (
    framework.indicators.every((i, j) => i.weight === scenario.indicatorWeights[j]) &&
    framework.bonus.every((b, j) => b.weight === scenario.bonusWeights[j])
  );
}

/** The framework with the scenario's weights: dimension weights and maximum total follow. */
export function scenarioFramework(framework: Framework, scenario: Scenario): Framework {
  const indicators = framework.indicators.map((i, j) => ({
    ...i,
    weight: scenario.indicatorWeights[j] ?? i.weight,
  }));
  const dimensions = framework.dimensions.map((d) => {
    const own = indicators.filter((i) => i.dimensionId === d.id);
    return { ...d, indicators: own, weight: own.reduce((s, i) => s + i.weight, 0) };
  });
  const bonus = framework.bonus.map((b, j) => ({
    ...b,
    weight: scenario.bonusWeights[j] ?? b.weight,
  }));
  const maxTotal =
    dimensions.reduce((s, d) => s + d.weight, 0) + bonus.reduce((s, b) => s + b.weight, 0);
  return { ...framework, dimensions, indicators, bonus, maxTotal };
}

/**
 * The dataset under a scenario: each score becomes rate × new weight (score × new / old) and
 * reported totals are dropped (scenario totals are computed). A framework scenario returns the
 * dataset itself, so the official ranking stays exactly as evaluated. Cost O(n × items).
 */
export function applyScenario(dataset: Dataset, scenario: Scenario): Dataset {
  const { framework } = dataset;
  if (isFrameworkScenario(framework, scenario)) return dataset;
  const indicatorScale = framework.indicators.map(
    (i, j) => (scenario.indicatorWeights[j] ?? i.weight) / i.weight
  );
  const bonusScale = framework.bonus.map(
    (b, j) => (scenario.bonusWeights[j] ?? b.weight) / b.weight
  );
  const rescale = (scores: (number | null)[], scale: number[]): (number | null)[] =>
    scores.map((s, j) => (s === null ? null : s * (scale[j] ?? 1)));
  return {
    ...dataset,
    framework: scenarioFramework(framework, scenario),
    cities: dataset.cities.map((c) => ({
      ...c,
      scores: rescale(c.scores, indicatorScale),
      bonus: rescale(c.bonus, bonusScale),
      reportedTotal: null,
    })),
  };
}

/** Parses and resolves a weights text against a framework in one step. */
export function scenarioFromText(framework: Framework, text: string): Result<Scenario> {
  const parsed = parseWeights(text);
  return parsed.ok ? resolveScenario(framework, parsed.value) : parsed;
}
