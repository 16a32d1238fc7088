/**
 * The whole "Generate summary" job: read the score table → engine → layout → write.
 *
 * Syncs: 1 (active sheet, tracking record; skipped when a source is given) + readScores (1 + 2)
 * + writeSummary (K + 3 = 13) = 17 with the defaults, independent of the number of cities up to
 * the sizes given in batches.ts and read-scores.ts.
 */
import { framework2015 } from "../engine/bundled";
import { evaluate } from "../engine/evaluate";
import { readGrid } from "../engine/table";
import type { Dataset, Framework, RankMethod, Severity } from "../engine/types";
import { buildSummaryLayout } from "../layout/summary";
import type { Language } from "../layout/types";
import { excelApiSupported, FEATURE_VERSIONS, runWithRetry, type RetryOptions } from "./host";
import { readScores, type ScoreSource } from "./read-scores";
import { parseTracking, TRACKING_KEY } from "./sheet-plan";
import { writeSummary, type WriteOptions, type WriteResult } from "./write-summary";

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
  onProgress?: ProgressListener;
};

export type GenerateRequest = SummaryRequest & {
  /** Default: the active sheet's used range, or the recorded source when a summary sheet is active. */
  source?: ScoreSource;
  retry?: RetryOptions;
};

export type GenerateSuccess = Omit<WriteResult, "syncs"> & {
  ok: true;
  /** Where the scores were read. */
  source: { sheet: string; address: string };
  cities: number;
  /** Validation issues by severity (the task pane lists them; the ribbon command only counts). */
  issues: Record<Severity, number>;
  /** context.sync() calls of the whole job. */
  syncs: number;
};

export type GenerateFailure = {
  ok: false;
  reason: "no-table" | "no-cities";
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

/**
 * Evaluates a dataset and writes its summary (the part the task pane runs with its bound data).
 * Returns the writer's result plus the validation counts.
 */
export async function writeDatasetSummary(
  context: Excel.RequestContext,
  dataset: Dataset,
  request: SummaryRequest & { source?: string; progressFrom?: number }
): Promise<WriteResult & { issues: Record<Severity, number> }> {
  const from = request.progressFrom ?? 0;
  const evaluation = evaluate(dataset, { method: request.rankMethod ?? "competition" });
  request.onProgress?.("evaluate", from + 2);
  const layout = buildSummaryLayout(
    evaluation,
    dataset,
    request.language ? { language: request.language } : {}
  );
  request.onProgress?.("layout", from + 5);
  const written = await writeSummary(context, layout, {
    onProgress: writeProgress(request.onProgress, from + 5),
    ...(request.source !== undefined ? { source: request.source } : {}),
  });
  return { ...written, issues: countIssues(evaluation.validation) };
}

/** Which sheet to read when no source is given: the active one, unless it is a summary sheet. */
async function defaultSource(context: Excel.RequestContext): Promise<ScoreSource> {
  const active = context.workbook.worksheets.getActiveWorksheet().load("name");
  const setting = excelApiSupported(FEATURE_VERSIONS.settings)
    ? context.workbook.settings.getItemOrNullObject(TRACKING_KEY).load("value")
    : null;
  await context.sync();
  const tracked = parseTracking(setting && !setting.isNullObject ? setting.value : null);
  const isSummary = Object.values(tracked.sheets).some(
    (s) => s.name.toLowerCase() === active.name.toLowerCase()
  );
  return isSummary && tracked.source !== undefined
    ? { sheet: tracked.source }
    : { sheet: active.name };
}

/**
 * Reads the score table, evaluates it and writes the summary sheets, retrying while Excel is in
 * cell-edit mode. `{ok: false, reason: "no-table"}` when no header row names the framework's
 * indicators (nothing is written then).
 */
export async function generateSummary(request: GenerateRequest = {}): Promise<GenerateResult> {
  const framework = request.framework ?? framework2015();
  const progress = request.onProgress;
  return runWithRetry(async (context) => {
    progress?.("read", 0);
    let syncs = 0;
    let source = request.source;
    if (!source) {
      source = await defaultSource(context);
      syncs++;
    }
    const read = await readScores(context, source);
    const sheet = read?.sheet ?? source.sheet ?? null;
    if (!read)
      return { ok: false, reason: "no-table", sheet, message: `${sheet ?? "The sheet"} is empty.` };
    syncs += read.syncs;
    progress?.("read", 10);
    const dataset = readGrid(read.grid, framework, {
      source: read.sheet,
      sheet: read.sheet,
      origin: read.origin,
    });
    if (!dataset.mapping) {
      return {
        ok: false,
        reason: "no-table",
        sheet: read.sheet,
        message: dataset.issues[0]?.message ?? "No score table found.",
      };
    }
    if (dataset.cities.length === 0) {
      return {
        ok: false,
        reason: "no-cities",
        sheet: read.sheet,
        message: `${read.sheet}: the score table has no city rows.`,
      };
    }
    const written = await writeDatasetSummary(context, dataset, {
      ...request,
      source: read.sheet,
      progressFrom: 10,
    });
    const { syncs: writeSyncs, ...rest } = written;
    return {
      ok: true,
      ...rest,
      source: { sheet: read.sheet, address: read.address },
      cities: dataset.cities.length,
      syncs: syncs + writeSyncs,
    };
  }, request.retry);
}
