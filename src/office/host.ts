/**
 * What the host supports, and running a batch against it: requirement-set gates and
 * `runWithRetry`, which retries when Excel is in cell-edit mode.
 */
import { officeMessages } from "../engine/messages/office";
import { uiLanguage } from "./display-language";

/** ExcelApi version of each optional feature the writer uses above the manifest's 1.7 minimum
 * (and the older ones, so a host that misreports still degrades instead of failing). */
export const FEATURE_VERSIONS = {
  settings: "1.4",
  suspendCalculation: "1.6",
  conditionalFormats: "1.6",
  chartSeries: "1.7",
  hyperlinks: "1.7",
  freezePanes: "1.7",
  tabColor: "1.7",
  axisNumberFormat: "1.8",
  axisLabelRotation: "1.8",
  /** ChartAxis.position: where the other axis crosses (labels below a reversed rank axis). */
  axisCrossing: "1.8",
  suspendScreenUpdating: "1.9",
  indent: "1.9",
  pageLayout: "1.9",
} as const;

export type Feature = keyof typeof FEATURE_VERSIONS;
export type Features = Record<Feature, boolean>;

/** Office.context.requirements.isSetSupported("ExcelApi", version); false outside Office. */
export function excelApiSupported(version: string): boolean {
  try {
    return (
      typeof Office !== "undefined" &&
      Office.context?.requirements?.isSetSupported("ExcelApi", version) === true
    );
  } catch {
    return false;
  }
}

/** Every optional feature, checked once per job. */
export function detectFeatures(): Features {
  const entries = Object.entries(FEATURE_VERSIONS).map(([name, version]) => [
    name,
    excelApiSupported(version),
  ]);
  return Object.fromEntries(entries) as Features;
}

/** Queues the calculation and screen-updating pauses; each lasts until the next sync only. */
export function suspendUntilNextSync(context: Excel.RequestContext, features: Features): void {
  if (features.suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
  if (features.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
}

export const CELL_EDIT_MODE = "InvalidOperationInCellEditMode";

/** The error `runWithRetry` throws once its attempts are used up while Excel stays in cell-edit mode. */
export class CellEditModeError extends Error {
  readonly code = CELL_EDIT_MODE;
  constructor(readonly attempts: number) {
    super(officeMessages.cellEditMode[uiLanguage()]({ attempts }));
    this.name = "CellEditModeError";
  }
}

export function isCellEditModeError(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { code?: unknown }).code === CELL_EDIT_MODE
  );
}

export type RetryOptions = {
  /** Attempts in all (default 3). */
  attempts?: number;
  /** Wait before each retry, in milliseconds (default 400; doubled each time). */
  delayMs?: number;
  /** Called before each retry with the attempt number that failed (1-based). */
  onRetry?: (attempt: number) => void;
};

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `Excel.run(batch)`, retried a bounded number of times when Excel rejects it because the user
 * is editing a cell (InvalidOperationInCellEditMode); then a CellEditModeError with a message
 * for the user. Any other error is rethrown at once. The batch must be safe to run again (the
 * summary writer is: it tracks its sheets from the first sync on).
 */
export async function runWithRetry<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  options: RetryOptions = {}
): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? 3);
  let delay = options.delayMs ?? 400;
  for (let attempt = 1; ; attempt++) {
    try {
      return await Excel.run(batch);
    } catch (error) {
      if (!isCellEditModeError(error)) throw error;
      if (attempt >= attempts) throw new CellEditModeError(attempts);
      options.onRetry?.(attempt);
      await sleep(delay);
      delay *= 2;
    }
  }
}
