/** Generating the summary for the pane: the summary writer with the pane's dataset and options. */
import type { GenerateOutcome, GenerateRequest } from "./pane-actions";

export async function generateForPane(_request: GenerateRequest): Promise<GenerateOutcome> {
  throw new Error("The summary writer is not available yet.");
}

/** Sheets the summary writer created (skipped when scanning for score tables). */
export async function summarySheetNames(): Promise<string[]> {
  return [];
}
