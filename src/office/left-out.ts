/**
 * What a summary run left out (ADR 0014), and its words: kept apart from the writer (generate.ts)
 * so the pane's main bundle can say it while the writer loads on first use.
 */
import { officeMessages } from "../engine/messages/office";
import type { Language } from "../layout/types";
import { SLOW_INSERT_CELLS } from "./insert-estimate";

/** Sheets a run left out: keys and names (as the full summary would have named them). */
export type LeftOut = {
  sheets: { key: string; name: string }[];
  /** Left out by the default above the slow-insert threshold (ADR 0014), not by the user's list. */
  byDefault: boolean;
};

/** What a run left out, in `language` (null: nothing left out). */
export function leftOutText(leftOut: LeftOut, language: Language): string | null {
  if (leftOut.sheets.length === 0) return null;
  return officeMessages.sheetsLeftOut[language]({
    sheets: leftOut.sheets.map((sheet) => sheet.name),
    byDefault: leftOut.byDefault,
    threshold: SLOW_INSERT_CELLS,
  });
}
