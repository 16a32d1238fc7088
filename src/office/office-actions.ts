/** The task pane's Excel actions, implemented with Office.js (see pane-actions.ts). */
import { bindTable, readBoundTable, restoreBinding, saveMapping, watchBinding } from "./bindings";
import { generateForPane, summarySheets } from "./pane-generate";
import type { ExcelActions } from "./pane-actions";
import { loadPreferences, savePreferences } from "./preferences";
import { insertSample } from "./sample";
import { selectCell } from "./select";
import { scanWorkbook } from "./workbook-scan";

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
    loadPreferences,
    savePreferences,
  };
}
