/** Office's display language, for the pane's default UI language. */

/** Office.context.displayLanguage ("zh-CN", "en-US"…), or null outside Office. */
export function officeDisplayLanguage(): string | null {
  try {
    return typeof Office !== "undefined" ? (Office.context?.displayLanguage ?? null) : null;
  } catch {
    return null; // office.js loaded outside an Office host
  }
}

/** Chinese for a Chinese display language ("zh-CN", "zh-TW"…), English otherwise (and outside Office). */
export function languageOf(displayLanguage: string | null | undefined): "zh" | "en" {
  return /^zh\b/i.test(displayLanguage ?? "") ? "zh" : "en";
}

/** The pane's language setting, once the pane or the ribbon read it (undefined: not known yet). */
let paneSetting: "zh" | "en" | null | undefined;

/** Remembers the pane's stored language setting (null: follow Office). */
export function rememberPaneLanguage(setting: "zh" | "en" | null | undefined): void {
  paneSetting = setting === "zh" || setting === "en" ? setting : null;
}

/**
 * The language the pane shows, for messages made outside it (the cell-edit retry, the ribbon's
 * failures): its setting when known, else Office's display language. The pane and the ribbon run
 * in one page (shared runtime), so a setting the pane loaded or saved is known here.
 */
export function uiLanguage(): "zh" | "en" {
  return paneSetting ?? languageOf(officeDisplayLanguage());
}
