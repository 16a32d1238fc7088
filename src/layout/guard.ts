/**
 * The one validity gate every workbook passes before a writer renders it (issue 10, "Only
 * valid workbooks leave the writer"). Both writers (src/xlsx, src/office) call `guardLayout`.
 * Skeleton: the xlsx-writer work fills in the rules (XML 1.0 characters, finite numbers,
 * 32,767 characters per cell) and their repair notes.
 */
import type { SummaryLayout } from "./types";

export type GuardedLayout = { layout: SummaryLayout; repairs: string[] };

export function guardLayout(layout: SummaryLayout): GuardedLayout {
  return { layout, repairs: [] };
}
