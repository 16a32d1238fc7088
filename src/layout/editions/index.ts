/**
 * The editions sheet as layout data (issue 14). `withEditionsSheet` adds it to a summary (before
 * the About sheet); `editionsWorkbookLayout` is a workbook of that sheet alone (`smartcity compare`).
 */
import type { Evaluation } from "../../engine/evaluation-types";
import {
  compareEditions,
  editionFromEvaluation,
  reportEditions,
  type EditionComparison,
} from "../../engine/editions";
import { editionsMessages as e } from "../../engine/messages/editions";
import { uniqueSheetNames } from "../ranges";
import type { Language, SummaryLayout } from "../types";
import { EDITIONS_SHEET_KEY, editionsSheet } from "./sheet";

export { EDITIONS_SHEET_KEY, editionNoteText, editionsSheet } from "./sheet";

/** `layout` with the editions sheet inserted before its "about" sheet (else at the end). */
export function withEditionsSheet(
  layout: SummaryLayout,
  comparison: EditionComparison,
  language: Language = layout.language
): SummaryLayout {
  const sheets = layout.sheets.filter((s) => s.key !== EDITIONS_SHEET_KEY);
  const names = uniqueSheetNames([...sheets.map((s) => s.name), e.sheetName[language]()]);
  const sheet = editionsSheet(comparison, language, names[names.length - 1]);
  const about = sheets.findIndex((s) => s.key === "about");
  sheets.splice(about < 0 ? sheets.length : about, 0, sheet);
  return { ...layout, sheets };
}

/** A workbook holding only the editions sheet. */
export function editionsWorkbookLayout(
  comparison: EditionComparison,
  language: Language
): SummaryLayout {
  const labels = comparison.editions.map((x) => x.label);
  const title = e.sheetTitle[language]({
    first: labels[0] ?? "",
    last: labels[labels.length - 1] ?? "",
  });
  return { language, title, sheets: [editionsSheet(comparison, language)] };
}

/**
 * The 2015 summary with the report's own history: 2011-2014 as the report publishes them, 2015
 * from `evaluation` (so its top tens agree with the rest of the workbook). For the bundled data.
 */
export function withReportHistory(
  layout: SummaryLayout,
  evaluation: Evaluation,
  language: Language = layout.language
): SummaryLayout {
  const latest = editionFromEvaluation("2015", evaluation);
  return withEditionsSheet(layout, compareEditions(reportEditions(latest)), language);
}
