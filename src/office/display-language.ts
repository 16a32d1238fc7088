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
