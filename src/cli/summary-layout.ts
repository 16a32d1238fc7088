/**
 * The summary's evaluation and layout from the command line's options: one code path for the
 * main thread (main.ts, which reports each step's problems) and the worker thread that writes
 * the largest sheets (sheet-worker.ts, which must rebuild the identical layout;
 * docs/adr/0015-parallel-sheet-parts.md).
 */
import { evaluate, type Evaluation } from "../engine/evaluate";
import type { Dataset } from "../engine/types";
import type { MessageLanguage } from "../engine/messages";
import type { ScenarioRecord } from "../layout/explore/scenario";
import { buildSummaryLayout } from "../layout/summary";
import type { SummaryLayout } from "../layout/types";
import type { SummarizeOptions } from "./args";
import { withWeights } from "./explore-weights";
import { readInput, type InputResult } from "./read-input";
import { chooseSummarySheets } from "./sheets";

type Applied = Extract<ReturnType<typeof withWeights>, { ok: true }>["scenario"];
export type ReadInput = Extract<InputResult, { ok: true }>;

/** The evaluation (scenario totals are computed totals: docs/method.md, "What-if weights"). */
export function evaluateSummary(
  dataset: Dataset,
  options: Pick<SummarizeOptions, "rankMethod" | "totals">,
  applied: Applied
): { evaluation: Evaluation; scenario: ScenarioRecord | undefined } {
  const evaluateOptions = { method: options.rankMethod, totals: options.totals };
  const evaluation = evaluate(dataset, {
    ...evaluateOptions,
    ...(applied ? { totals: "computed" as const } : {}),
  });
  const scenario = applied
    ? { base: evaluate(applied.base, evaluateOptions), changes: applied.changes }
    : undefined;
  return { evaluation, scenario };
}

/** The summary layout, the input table as read included as its source sheet. */
export function summaryLayoutOf(
  read: ReadInput,
  evaluation: Evaluation,
  language: "zh" | "en",
  sheets: string[] | undefined,
  scenario: ScenarioRecord | undefined
): SummaryLayout {
  const headerRows = read.mapping ? read.mapping.dataRow : 0;
  // The source sheet is part of the layout, so the About sheet's contents list and link it.
  return buildSummaryLayout(evaluation, read.dataset, {
    language,
    source: { grid: read.grid, headerRows },
    ...(sheets ? { sheets } : {}),
    scenario,
  });
}

/**
 * A rebuilt layout, and `releaseSource`, which lets go of the input grid unless `writing` (the
 * indices of the sheets this thread will write) includes the source sheet: that sheet's geometry,
 * widths and formats are computed when the layout is built, its rows read from the grid only
 * when written (src/layout/source.ts), so a thread that will not write it needs no grid after
 * building (100,000 cities: ~45 MB). Once released, the source sheet's rows are empty.
 */
export type RebuiltLayout = {
  layout: SummaryLayout;
  releaseSource: (writing: readonly number[]) => void;
};

/**
 * The layout main.ts builds for `options`, rebuilt from the same options and folder (the
 * worker's side). Each step is deterministic; one that fails throws (main.ts has reported it).
 */
export async function rebuildSummaryLayout(
  options: SummarizeOptions,
  cwd: string,
  l: MessageLanguage
): Promise<RebuiltLayout> {
  const read = await readInput({ ...options, cwd, language: l });
  if (!read.ok) throw new Error("the input could not be read again");
  const weighted = withWeights(read.dataset, options.weights, l);
  if (!weighted.ok) throw new Error("the weights could not be applied again");
  read.dataset = weighted.dataset;
  const sheets =
    options.sheets === undefined
      ? undefined
      : chooseSummarySheets(options.sheets, read.dataset, true, weighted.scenario !== null);
  if (sheets !== undefined && !sheets.ok) throw new Error("the sheets could not be chosen again");
  const { evaluation, scenario } = evaluateSummary(read.dataset, options, weighted.scenario);
  const language = options.lang ?? read.dataset.framework.language;
  const layout = summaryLayoutOf(read, evaluation, language, sheets?.keys, scenario);
  const releaseSource = (writing: readonly number[]): void => {
    if (!writing.some((i) => layout.sheets[i]?.key === "source")) read.grid.length = 0;
  };
  return { layout, releaseSource };
}
