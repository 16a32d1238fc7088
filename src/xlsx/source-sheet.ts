/**
 * Moved to src/layout/source.ts: the source sheet is part of the layout
 * (`buildSummaryLayout(…, { source })`). Kept for src/xlsx/write.ts until the writer imports
 * the layout directly.
 */
import { defaultSourceName, sourceSheet, type SourceData } from "../layout/source";
import { uniqueSheetNames } from "../layout/ranges";
import type { SummaryLayout } from "../layout/types";

export { defaultSourceName, sourceSheet, type SourceData };

/** The layout with the source sheet appended (named uniquely among the layout's sheets). */
export function withSourceSheet(layout: SummaryLayout, source: SourceData): SummaryLayout {
  if (layout.sheets.some((s) => s.key === "source")) return layout;
  const wanted = source.name ?? defaultSourceName(layout.language);
  const names = uniqueSheetNames([...layout.sheets.map((s) => s.name), wanted]);
  return {
    ...layout,
    sheets: [
      ...layout.sheets,
      sourceSheet(source, names[names.length - 1] ?? wanted, layout.language),
    ],
  };
}
