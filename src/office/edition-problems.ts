/**
 * Why a set of bound editions cannot be compared, and its text: kept apart from editions.ts so
 * the pane's first bundle can say it without loading the comparison (loaded on first use).
 */
import { officeMessages as m } from "../engine/messages/office";

export type EditionProblem =
  | { reason: "too-few"; count: number }
  | { reason: "no-label"; sheet: string }
  | { reason: "duplicate-label"; label: string }
  | { reason: "missing-sheet"; label: string; sheet: string }
  | { reason: "not-a-table"; label: string; sheet: string };

export function problemText(problem: EditionProblem, language: "zh" | "en"): string {
  switch (problem.reason) {
    case "too-few":
      return m.editionsTooFew[language](problem);
    case "no-label":
      return m.editionNoLabel[language](problem);
    case "duplicate-label":
      return m.editionDuplicateLabel[language](problem);
    case "missing-sheet":
      return m.editionMissingSheet[language](problem);
    case "not-a-table":
      return m.editionNotATable[language](problem);
  }
}
