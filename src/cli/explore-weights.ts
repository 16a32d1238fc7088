/**
 * `smartcity summarize --weights "智慧基础设施=30,城市创新创业水平=8"` (issue 13): the dataset
 * under a what-if scenario (src/engine/explore/scenario.ts; docs/explore.md, "Rescaling rule").
 */
import { applyScenario, scenarioFromText, type ScenarioProblem } from "../engine/explore/scenario";
import type { MessageLanguage } from "../engine/messages";
import { exploreMessages as x } from "../engine/messages/explore";
import type { Dataset } from "../engine/types";

/** One line per weights problem, in the message language. */
export function scenarioProblemText(problem: ScenarioProblem, l: MessageLanguage): string {
  const render = x[problem.code][l] as (args: ScenarioProblem) => string;
  return render(problem);
}

/**
 * The dataset under `--weights` (unchanged without it), with a note for stderr, or the
 * problems as messages.
 */
export function withWeights(
  dataset: Dataset,
  weights: string | undefined,
  l: MessageLanguage
): { ok: true; dataset: Dataset; note: string | null } | { ok: false; messages: string[] } {
  if (weights === undefined) return { ok: true, dataset, note: null };
  const scenario = scenarioFromText(dataset.framework, weights);
  if (!scenario.ok)
    return { ok: false, messages: scenario.problems.map((p) => scenarioProblemText(p, l)) };
  const weighted = applyScenario(dataset, scenario.value);
  const note = x.scenarioApplied[l]({
    items: scenario.value.changed,
    maxTotal: weighted.framework.maxTotal,
  });
  return { ok: true, dataset: weighted, note };
}
