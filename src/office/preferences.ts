/** Pane preferences stored in the workbook's settings (they travel with the file). */
import { rememberPaneLanguage } from "./display-language";
import type { PanePreferences } from "./pane-actions";

export const PREFERENCES_SETTING = "SmartCity.pane";

export async function loadPreferences(): Promise<Partial<PanePreferences>> {
  return Excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(PREFERENCES_SETTING);
    setting.load("value");
    await context.sync();
    if (setting.isNullObject) {
      rememberPaneLanguage(null);
      return {};
    }
    let stored: Partial<PanePreferences> = {};
    try {
      const value: unknown =
        typeof setting.value === "string" ? JSON.parse(setting.value) : setting.value;
      if (typeof value === "object" && value !== null) stored = value as Partial<PanePreferences>;
    } catch {
      // unreadable: the defaults
    }
    rememberPaneLanguage(stored.language);
    return stored;
  });
}

export async function savePreferences(preferences: PanePreferences): Promise<void> {
  rememberPaneLanguage(preferences.language);
  await Excel.run(async (context) => {
    context.workbook.settings.add(PREFERENCES_SETTING, JSON.stringify(preferences));
    await context.sync();
  });
}
