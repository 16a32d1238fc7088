/**
 * `smartcity summarize --weights "智慧基础设施=30,城市创新创业水平=8"` (issue 13): the dataset
 * under a what-if scenario (src/engine/explore/scenario.ts; docs/explore.md, "Rescaling rule"),
 * the record the workbook's Scenario and About sheets show, and the JSON key `scenario`.
 */
import type { Evaluation } from "../engine/evaluate";
import {
  applyScenario,
  scenarioFromText,
  type Scenario,
  type ScenarioProblem,
} from "../engine/explore/scenario";
import { findItem, weightOf } from "../engine/framework";
import type { MessageLanguage } from "../engine/messages";
import { exploreMessages as x } from "../engine/messages/explore";
import type { Dataset, Framework } from "../engine/types";
import { scenarioJson, type ScenarioRecord } from "../layout/explore/scenario";

/** One line per weights problem, in the message language. */
export function scenarioProblemText(problem: ScenarioProblem, l: MessageLanguage): string {
  const render = x[problem.code][l] as (args: ScenarioProblem) => string;
  return render(problem);
}

/** The scenario as applied: the framework's dataset and each item set, with both weights. */
export type AppliedScenario = { base: Dataset; changes: ScenarioRecord["changes"] };

function changesOf(before: Framework, after: Framework, scenario: Scenario) {
  return scenario.changed.map((name) => {
    const item = findItem(before, name);
    const now = findItem(after, name);
    return {
      name,
      nameEn: item && item.kind !== "total" ? item.item.nameEn : "",
      frameworkWeight: item ? weightOf(item) : NaN,
      scenarioWeight: now ? weightOf(now) : NaN,
    };
  });
}

/**
 * The dataset under `--weights` (unchanged without it), with a note for stderr and the applied
 * scenario, or the problems as messages.
 */
export function withWeights(
  dataset: Dataset,
  weights: string | undefined,
  l: MessageLanguage
):
  | { ok: true; dataset: Dataset; note: string | null; scenario: AppliedScenario | null }
  | { ok: false; messages: string[] } {
  if (weights === undefined) return { ok: true, dataset, note: null, scenario: null };
  const scenario = scenarioFromText(dataset.framework, weights);
  if (!scenario.ok)
    return { ok: false, messages: scenario.problems.map((p) => scenarioProblemText(p, l)) };
  const weighted = applyScenario(dataset, scenario.value);
  const note = x.scenarioApplied[l]({
    items: scenario.value.changed,
    maxTotal: weighted.framework.maxTotal,
  });
  const changes = changesOf(dataset.framework, weighted.framework, scenario.value);
  return { ok: true, dataset: weighted, note, scenario: { base: dataset, changes } };
}

/**
 * The evaluation for `--json` with the key `scenario` added last (scenarioJson); every other key,
 * the streamed `cities` and the non-enumerable columns stay as they are.
 */
export function withScenarioJson(evaluation: Evaluation, record: ScenarioRecord): Evaluation {
  const copy = Object.create(
    Object.getPrototypeOf(evaluation) as object,
    Object.getOwnPropertyDescriptors(evaluation)
  ) as Evaluation;
  Object.defineProperty(copy, "scenario", {
    value: scenarioJson(record, evaluation),
    enumerable: true,
  });
  return copy;
}
