/** The task pane's Excel actions, implemented with Office.js (see pane-actions.ts). */
import { bindTable, readBoundTable, restoreBinding, saveMapping, watchBinding } from "./bindings";
import { generateForPane, summarySheets } from "./pane-generate";
import { lastCommandOutcome, onCommandOutcome, type CommandOutcome } from "./command-outcome";
import type { CommandNotice, ExcelActions } from "./pane-actions";
import { loadPreferences, savePreferences } from "./preferences";
import { insertSample } from "./sample";
import { activateSheet, selectCell } from "./select";
import { scanWorkbook } from "./workbook-scan";
import { createExploreActions } from "./write-explore";

/** The pane's view of a ribbon command outcome: failures and repairs, which opened the pane. */
export function commandNotice(outcome: CommandOutcome): CommandNotice | null {
  if ("error" in outcome) return { kind: "failed", sheet: null, message: outcome.error };
  const { result } = outcome;
  if (!result.ok) return { kind: result.reason, sheet: result.sheet, message: result.message };
  if (result.repairs.length === 0) return null;
  return { kind: "repaired", sheet: result.activated, message: "", repairs: result.repairs };
}

export function createOfficeActions(): ExcelActions {
  return {
    scan: async (framework, options) =>
      scanWorkbook(framework, await summarySheets(), options?.includeHidden === true),
    bind: bindTable,
    restore: restoreBinding,
    saveMapping,
    read: readBoundTable,
    selectCell,
    activateSheet,
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
    explore: createExploreActions(),
  };
}
