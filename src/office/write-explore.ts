/**
 * The pane's explore sheets (issue 13): the scenario, robustness and profile sheets, laid out as
 * the command line lays them out (src/layout/explore/*) and written by the summary writer. Their
 * own tracking record (EXPLORE_TRACKING_KEY, merged) lets a rerun replace exactly the sheets of
 * the same key ("scenario", "robustness", "profile.<city>") and leaves the summary and the other
 * explore sheets alone.
 */
import { evaluate, type TotalsSource } from "../engine/evaluate";
import type { Evaluation } from "../engine/evaluation-types";
import type { UncertaintyResult } from "../engine/explore/monte-carlo";
import { cityProfile } from "../engine/explore/profile";
import { applyScenario, type Scenario } from "../engine/explore/scenario";
import type { Dataset, RankMethod } from "../engine/types";
import { profileSheet } from "../layout/explore/profile";
import { robustnessSheet, type SensitivityTable } from "../layout/explore/robustness";
import { scenarioSheet } from "../layout/explore/scenario";
import type { Language, SheetLayout } from "../layout/types";
import { runWithRetry } from "./host";
import type { GenerateOutcome } from "./pane-actions";
import { writeSummary } from "./write-summary";

/** Workbook setting recording the explore sheets (kept apart from the summary's record). */
export const EXPLORE_TRACKING_KEY = "smartcity.exploreSheets";

export type ScenarioWriteRequest = {
  dataset: Dataset;
  /** New weight of every indicator, in framework order. */
  indicatorWeights: readonly number[];
  /** New weight of every bonus item, in framework order (left out: the framework's). */
  bonusWeights?: readonly number[];
  language: Language;
  rankMethod: RankMethod;
};

export type RobustnessWriteRequest = {
  result: UncertaintyResult;
  sensitivity: SensitivityTable;
  language: Language;
};

export type ProfilesWriteRequest = {
  evaluation: Evaluation;
  /** Cities (input order of the evaluation) to profile, one sheet each. */
  cities: readonly number[];
  language: Language;
};

/** What the pane's explore views ask of Excel (an optional part of `ExcelActions`). */
export interface ExploreActions {
  writeScenario(request: ScenarioWriteRequest): Promise<GenerateOutcome>;
  writeRobustness(request: RobustnessWriteRequest): Promise<GenerateOutcome>;
  writeProfiles(request: ProfilesWriteRequest): Promise<GenerateOutcome>;
}

/**
 * The scenario sheet's two evaluations: the framework's and the scenario's, both on computed
 * totals (a scenario total is a computed total, so the rank change shows the weights' effect
 * alone; docs/explore.md, "Rescaling rule").
 */
export function scenarioEvaluations(request: Omit<ScenarioWriteRequest, "language">): {
  base: Evaluation;
  scenario: Evaluation;
} {
  const { dataset, indicatorWeights, bonusWeights, rankMethod } = request;
  const options = { method: rankMethod, totals: "computed" as TotalsSource };
  const scenario: Scenario = {
    indicatorWeights: dataset.framework.indicators.map((i, j) => indicatorWeights[j] ?? i.weight),
    bonusWeights: dataset.framework.bonus.map((b, j) => bonusWeights?.[j] ?? b.weight),
    changed: [],
  };
  return {
    base: evaluate(dataset, options),
    scenario: evaluate(applyScenario(dataset, scenario), options),
  };
}

/** Writes `sheets` (one layout) and returns the pane's outcome; the first sheet is activated. */
export async function writeExploreSheets(
  sheets: SheetLayout[],
  language: Language
): Promise<GenerateOutcome> {
  const layout = { language, title: sheets[0]?.title ?? "", sheets };
  const result = await runWithRetry((context) =>
    writeSummary(context, layout, { tracking: { key: EXPLORE_TRACKING_KEY, merge: true } })
  );
  const names = result.sheets.map((s) => s.name);
  return { sheets: names, activated: result.activated ?? names[0] ?? "", repairs: result.repairs };
}

export function createExploreActions(): ExploreActions {
  return {
    writeScenario: async (request) => {
      const { base, scenario } = scenarioEvaluations(request);
      return writeExploreSheets(
        [scenarioSheet(base, scenario, request.language)],
        request.language
      );
    },
    writeRobustness: async ({ result, sensitivity, language }) =>
      writeExploreSheets([robustnessSheet(result, sensitivity, language)], language),
    writeProfiles: async ({ evaluation, cities, language }) =>
      writeExploreSheets(
        cities.map((k) => profileSheet(cityProfile(evaluation, k), language)),
        language
      ),
  };
}
