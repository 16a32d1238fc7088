/** The summary writer as the task pane runs it: on the pane's dataset, with its options. */
import { writeDatasetSummary } from "./generate";
import { runWithRetry } from "./host";
import type { GenerateOutcome, GenerateRequest } from "./pane-actions";

/** Evaluates and writes the summary of `request.dataset` (the bound, validated data). */
export async function generateForPane(request: GenerateRequest): Promise<GenerateOutcome> {
  const { dataset, language, rankMethod, totals, omitSheets, onProgress } = request;
  const result = await runWithRetry((context) =>
    writeDatasetSummary(context, dataset, {
      framework: dataset.framework,
      language,
      rankMethod,
      ...(totals ? { totals } : {}),
      ...(omitSheets !== undefined ? { omitSheets } : {}),
      source: dataset.source,
      onProgress: (stage, percent) => onProgress({ stage, percent }),
    })
  );
  const sheets = result.sheets.map((s) => s.name);
  const activated = result.activated ?? sheets[0] ?? "";
  return { sheets, activated, repairs: result.repairs, leftOut: result.leftOut };
}
