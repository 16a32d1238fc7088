/** The summary writer as the task pane runs it: on the pane's dataset, with its options. */
import { writeDatasetSummary } from "./generate";
import { runWithRetry } from "./host";
import type { GenerateOutcome, GenerateRequest } from "./pane-actions";
import { parseTracking, TRACKING_KEY } from "./sheet-plan";

/** Evaluates and writes the summary of `request.dataset` (the bound, validated data). */
export async function generateForPane(request: GenerateRequest): Promise<GenerateOutcome> {
  const { dataset, language, rankMethod, totals, onProgress } = request;
  const result = await runWithRetry((context) =>
    writeDatasetSummary(context, dataset, {
      framework: dataset.framework,
      language,
      rankMethod,
      ...(totals ? { totals } : {}),
      source: dataset.source,
      onProgress: (stage, percent) => onProgress({ stage, percent }),
    })
  );
  const sheets = result.sheets.map((s) => s.name);
  return { sheets, activated: result.activated ?? sheets[0] ?? "", repairs: result.repairs };
}

/** Names and ids of the summary sheets the writer created (a scan for score tables skips them). */
export async function summarySheets(): Promise<string[]> {
  return Excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(TRACKING_KEY);
    setting.load("value");
    await context.sync();
    const tracked = parseTracking(setting.isNullObject ? null : setting.value);
    return Object.values(tracked.sheets).flatMap((s) => [s.name, s.id]);
  });
}
