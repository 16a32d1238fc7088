/** The task pane's Excel actions, implemented with Office.js (see pane-actions.ts). */
import { bindTable, readBoundTable, restoreBinding, saveMapping, watchBinding } from "./bindings";
import { problemText } from "./edition-problems";
import { uiLanguage } from "./display-language";
import { leftOutText } from "./left-out";
import { choosableSheets, summarySheets } from "./own-sheets";
import { lastCommandOutcome, onCommandOutcome, type CommandOutcome } from "./command-outcome";
import type { CommandNotice, ExcelActions } from "./pane-actions";
import { loadPreferences, savePreferences } from "./preferences";
import { insertSample } from "./sample";
import { activateSheet, selectCell } from "./select";
import { scanWorkbook } from "./workbook-scan";
import type { ExploreActions } from "./write-explore";

/** The pane's view of a ribbon command outcome: failures and repairs, which opened the pane. */
export function commandNotice(outcome: CommandOutcome): CommandNotice | null {
  if ("editions" in outcome) return editionsNotice(outcome.editions);
  if ("error" in outcome)
    return { kind: "failed", sheet: null, message: outcome.error, command: outcome.command };
  const { result } = outcome;
  if (!result.ok) return { kind: result.reason, sheet: result.sheet, message: result.message };
  const leftOut = leftOutText(result.leftOut, uiLanguage());
  const sheet = result.activated;
  if (result.repairs.length > 0)
    return {
      kind: "repaired",
      sheet,
      message: "",
      repairs: result.repairs,
      ...(leftOut ? { leftOut } : {}),
    };
  return leftOut ? { kind: "left-out", sheet, message: "", leftOut } : null;
}

/** The explore writers, loaded on first use (their layouts and engine stay out of the pane's first load). */
function lazyExploreActions(): ExploreActions {
  const load = async (): Promise<ExploreActions> =>
    (await import("./write-explore")).createExploreActions();
  return {
    writeScenario: async (request) => (await load()).writeScenario(request),
    writeRobustness: async (request) => (await load()).writeRobustness(request),
    writeProfiles: async (request) => (await load()).writeProfiles(request),
  };
}

/** "Compare editions" from the ribbon: not bound (open the Editions section), problems, repairs. */
function editionsNotice(
  outcome: Extract<CommandOutcome, { editions: unknown }>["editions"]
): CommandNotice | null {
  const command = "editions" as const;
  if (outcome === "not-bound")
    return { kind: "editions-not-bound", sheet: null, message: "", command };
  if (!outcome.ok) {
    const message = outcome.problems.map((p) => problemText(p, uiLanguage())).join(" ");
    return { kind: "failed", sheet: null, message, command };
  }
  if (outcome.repairs.length === 0) return null;
  return { kind: "repaired", sheet: outcome.sheet, message: "", repairs: outcome.repairs, command };
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
    // The summary writer (layout to Office.js) loads on first use, in its own chunk.
    generate: async (request) => (await import("./pane-generate")).generateForPane(request),
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
    explore: lazyExploreActions(),
    listSheets: choosableSheets,
    // The comparison and its readers load on first use (the Editions view is a chunk too).
    loadEditions: async () => (await import("./editions")).loadEditionsSetup(),
    saveEditions: async (setup) => (await import("./editions")).saveEditionsSetup(setup),
    compareEditions: async (request) =>
      (await import("./editions")).compareWorkbookEditions(request),
  };
}
