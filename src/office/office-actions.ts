/** The task pane's Excel actions, implemented with Office.js (see pane-actions.ts). */
import { bindTable, readBoundTable, restoreBinding, saveMapping, watchBinding } from "./bindings";
import { generateForPane, summarySheets } from "./pane-generate";
import { lastCommandOutcome, onCommandOutcome, type CommandOutcome } from "./command-outcome";
import type { CommandNotice, ExcelActions } from "./pane-actions";
import { loadPreferences, savePreferences } from "./preferences";
import { insertSample } from "./sample";
import { selectCell } from "./select";
import { scanWorkbook } from "./workbook-scan";

/** The pane's view of a ribbon command outcome: only failures, which opened the pane. */
export function commandNotice(outcome: CommandOutcome): CommandNotice | null {
  if ("error" in outcome) return { kind: "failed", sheet: null, message: outcome.error };
  const { result } = outcome;
  return result.ok ? null : { kind: result.reason, sheet: result.sheet, message: result.message };
}

export function createOfficeActions(): ExcelActions {
  return {
    scan: async (framework) => scanWorkbook(framework, await summarySheets()),
    bind: bindTable,
    restore: restoreBinding,
    saveMapping,
    read: readBoundTable,
    selectCell,
    insertSample,
    generate: generateForPane,
    watch: watchBinding,
    commandNotices: (listener) => {
      const notify = (outcome: CommandOutcome): void => {
        const notice = commandNotice(outcome);
        if (notice) listener(notice);
      };
      const last = lastCommandOutcome();
      if (last) notify(last);
      return onCommandOutcome(notify);
    },
    loadPreferences,
    savePreferences,
  };
}
