/** Pane preferences stored in the workbook's settings (they travel with the file). */
import type { PanePreferences } from "./pane-actions";

export const PREFERENCES_SETTING = "SmartCity.pane";

export async function loadPreferences(): Promise<Partial<PanePreferences>> {
  return Excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(PREFERENCES_SETTING);
    setting.load("value");
    await context.sync();
    if (setting.isNullObject) return {};
    try {
      const value: unknown =
        typeof setting.value === "string" ? JSON.parse(setting.value) : setting.value;
      return typeof value === "object" && value !== null ? (value as Partial<PanePreferences>) : {};
    } catch {
      return {};
    }
  });
}

export async function savePreferences(preferences: PanePreferences): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.settings.add(PREFERENCES_SETTING, JSON.stringify(preferences));
    await context.sync();
  });
}
