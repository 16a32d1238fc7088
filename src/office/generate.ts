/**
 * The whole "Generate summary" job: read the score table → engine → layout → write.
 *
 * Syncs: 1 (pick the source: bound table, recorded source or active sheet, see score-source.ts;
 * skipped when a source is given) + read (1 + R) + writeSummary (V + 3): 7 for the 2015 table,
 * where R and V are the fewest read and value syncs the 4 MB payload limit allows
 * (read-scores.ts, batches.ts); within ceil(requests / 4 MB) + ceil(responses / 4 MB) + 8
 * at any size (issue 12).
 */
import { framework2015 } from "../engine/bundled";
import { evaluate, type TotalsSource } from "../engine/evaluate";
import type { Dataset, Framework, RankMethod, Severity } from "../engine/types";
import { sheetCells } from "../layout/size";
import { buildSummaryLayout, summarySheetEntries } from "../layout/summary";
import type { Language, SummaryLayout } from "../layout/types";
import { issueText } from "../engine/messages";
import { officeMessages } from "../engine/messages/office";
import { uiLanguage } from "./display-language";
import { runWithRetry, type RetryOptions } from "./host";
import { chosenKeys, planFromSheets, type SheetOmission } from "./insert-estimate";
import type { ScoreSource } from "./read-scores";
import { pickSource, readSource, type PickedSource } from "./score-source";
import { writeSummary, type WriteOptions, type WriteResult } from "./write-summary";
import type { LeftOut } from "./left-out";

export type { LeftOut } from "./left-out";
export { leftOutText } from "./left-out";

export type GenerateStage =
  "read" | "evaluate" | "layout" | "prepare" | "sheets" | "values" | "objects" | "done";
export type ProgressListener = (stage: GenerateStage, percent: number) => void;

export type SummaryRequest = {
  /** Default: the bundled 2015 framework. */
  framework?: Framework;
  /** Default: the framework's language. */
  language?: Language;
  /** Default: "competition" (1, 2, 2, 4, as RANK.EQ and the report). */
  rankMethod?: RankMethod;
  /** Rank on the table's reported totals (official figures, default) or on computed sums. */
  totals?: TotalsSource;
  onProgress?: ProgressListener;
  /**
   * Sheets to leave out (the pane's choice, insert-estimate.ts): "auto" leaves out the widest
   * sheets above the slow-insert threshold. Default for `writeDatasetSummary`: every sheet; for
   * `generateSummary`: the pane's stored choice, else "auto", as the pane shows it.
   */
  omitSheets?: SheetOmission;
};

export type GenerateRequest = SummaryRequest & {
  /**
   * Read with header detection. Default: the task pane's bound table with its stored mapping;
   * without one, the recorded source when a summary sheet is active, else the active sheet.
   */
  source?: ScoreSource;
  retry?: RetryOptions;
};

export type GenerateSuccess = Omit<WriteResult, "syncs"> & {
  ok: true;
  /** Where the scores were read. */
  source: { sheet: string; address: string };
  /** The task pane's bound table was read with its stored column mapping. */
  bound: boolean;
  cities: number;
  /** Validation issues by severity (the task pane lists them; the ribbon command only counts). */
  issues: Record<Severity, number>;
  /** Sheets left out: the request's choice, else the pane's stored one, else the default ("auto"). */
  leftOut: LeftOut;
  /** The totals the ranking used: the request's, else the pane's stored setting, else "reported". */
  totals: TotalsSource;
  /** context.sync() calls of the whole job. */
  syncs: number;
};

export type GenerateFailure = {
  ok: false;
  /**
   * "hidden-sheet": the source recorded by the last run is hidden now (read only when bound);
   * "no-sheets": the pane's stored choice leaves out every sheet.
   */
  reason: "no-table" | "no-cities" | "hidden-sheet" | "no-sheets";
  sheet: string | null;
  message: string;
};
export type GenerateResult = GenerateSuccess | GenerateFailure;

function countIssues(issues: readonly { severity: Severity }[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity]++;
  return counts;
}

/** Maps the writer's 0–100 onto `from`–100 of the job. */
function writeProgress(
  listener: ProgressListener | undefined,
  from: number
): WriteOptions["onProgress"] {
  return (stage, percent) => listener?.(stage, Math.round(from + ((100 - from) * percent) / 100));
}

/** `omission` is a list naming every sheet the summary of `dataset` has (as the pane's "none chosen"). */
function leavesOutEvery(dataset: Dataset, language: Language, omission: SheetOmission): boolean {
  if (omission === "auto") return false;
  return summarySheetEntries(dataset, language, false).every((e) => omission.includes(e.key));
}

/**
 * `full`, or (when `omission` leaves sheets out) the layout of the other sheets, built again so
 * its contents list only them (the path `--sheets` takes: `SummaryOptions.sheets`); with the
 * sheets left out.
 */
function withoutOmitted(
  full: SummaryLayout,
  omission: SheetOmission | undefined,
  build: (sheets: string[]) => SummaryLayout
): { layout: SummaryLayout; leftOut: LeftOut } {
  const none = { layout: full, leftOut: { sheets: [], byDefault: false } };
  if (omission === undefined) return none;
  const plan = planFromSheets(0, sheetCells(full));
  const keys = chosenKeys(plan, omission);
  if (!keys) return none;
  const sheets = full.sheets
    .filter((sheet) => !keys.includes(sheet.key))
    .map(({ key, name }) => ({ key, name }));
  return { layout: build(keys), leftOut: { sheets, byDefault: omission === "auto" } };
}

/**
 * Evaluates a dataset and writes its summary (the part the task pane runs with its bound data).
 * Returns the writer's result plus the validation counts.
 */
export async function writeDatasetSummary(
  context: Excel.RequestContext,
  dataset: Dataset,
  request: SummaryRequest & { source?: string; progressFrom?: number }
): Promise<WriteResult & { issues: Record<Severity, number>; leftOut: LeftOut }> {
  const from = request.progressFrom ?? 0;
  const evaluation = evaluate(dataset, {
    method: request.rankMethod ?? "competition",
    totals: request.totals ?? "reported",
  });
  request.onProgress?.("evaluate", from + 2);
  const options = request.language ? { language: request.language } : {};
  const full = buildSummaryLayout(evaluation, dataset, options);
  const { layout, leftOut } = withoutOmitted(full, request.omitSheets, (sheets) =>
    buildSummaryLayout(evaluation, dataset, { ...options, sheets })
  );
  request.onProgress?.("layout", from + 5);
  const written = await writeSummary(context, layout, {
    onProgress: writeProgress(request.onProgress, from + 5),
    ...(request.source !== undefined ? { source: request.source } : {}),
  });
  return { ...written, issues: countIssues(evaluation.validation), leftOut };
}

/**
 * Reads the score table (see `GenerateRequest.source`), evaluates it and writes the summary
 * sheets, retrying while Excel is in cell-edit mode. `{ok: false, reason: "no-table"}` when no
 * header row names the framework's indicators (nothing is written then).
 */
export async function generateSummary(request: GenerateRequest = {}): Promise<GenerateResult> {
  const framework = request.framework ?? framework2015();
  const progress = request.onProgress;
  return runWithRetry(async (context) => {
    progress?.("read", 0);
    const picked: PickedSource = request.source
      ? { kind: "sheet", source: request.source, syncs: 0 }
      : await pickSource(context);
    if (picked.kind === "hidden")
      return {
        ok: false,
        reason: "hidden-sheet",
        sheet: picked.sheet,
        message: officeMessages.hiddenSheet[uiLanguage()]({ sheet: picked.sheet }),
      };
    const read = await readSource(context, picked, framework);
    if (!read) {
      const sheet = picked.kind === "sheet" ? (picked.source.sheet ?? null) : null;
      const message = officeMessages.emptySheet[uiLanguage()]({ sheet });
      return { ok: false, reason: "no-table", sheet, message };
    }
    progress?.("read", 10);
    const { dataset, sheet } = read;
    if (!dataset.mapping) {
      return {
        ok: false,
        reason: "no-table",
        sheet,
        message: dataset.issues[0]
          ? issueText(dataset.issues[0], uiLanguage())
          : officeMessages.noTable[uiLanguage()]({ sheet }),
      };
    }
    if (dataset.cities.length === 0) {
      return {
        ok: false,
        reason: "no-cities",
        sheet,
        message: officeMessages.noCities[uiLanguage()]({ sheet }),
      };
    }
    // The pane's stored totals and rank method, unless the request says otherwise.
    const totals = request.totals ?? picked.preferences?.totals ?? "reported";
    const rankMethod = request.rankMethod ?? picked.preferences?.rankMethod;
    // The ribbon writes in the pane's language when the pane set one.
    const language = request.language ?? picked.preferences?.language;
    // The pane's choice of sheets; unset, the default it shows: the widest left out above 1 M cells.
    const omitSheets = request.omitSheets ?? picked.preferences?.omitSheets ?? "auto";
    // Every sheet left out: the pane cannot generate then, nor can the ribbon.
    if (leavesOutEvery(dataset, language ?? framework.language, omitSheets))
      return {
        ok: false,
        reason: "no-sheets",
        sheet,
        message: officeMessages.noSheetChosen[uiLanguage()](),
      };
    const written = await writeDatasetSummary(context, dataset, {
      ...request,
      totals,
      ...(rankMethod ? { rankMethod } : {}),
      ...(language ? { language } : {}),
      omitSheets,
      source: sheet,
      progressFrom: 10,
    });
    const { syncs: writeSyncs, ...rest } = written;
    return {
      ok: true,
      ...rest,
      source: { sheet, address: read.address },
      bound: read.bound,
      cities: dataset.cities.length,
      totals,
      syncs: picked.syncs + read.syncs + writeSyncs,
    };
  }, request.retry);
}
