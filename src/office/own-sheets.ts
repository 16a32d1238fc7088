/** The sheets the add-in wrote (tracked in the workbook's settings), and the others a user may pick. */
import { EDITIONS_TRACKING_KEY, parseTracking, TRACKING_KEY } from "./sheet-plan";

/**
 * Names and ids of the sheets the writer created, summary and editions (a scan for score tables
 * and the pane's edition choices skip them).
 */
export async function summarySheets(): Promise<string[]> {
  return Excel.run(async (context) => {
    const settings = [TRACKING_KEY, EDITIONS_TRACKING_KEY].map((key) =>
      context.workbook.settings.getItemOrNullObject(key).load("value")
    );
    await context.sync();
    return settings.flatMap((setting) => {
      const tracked = parseTracking(setting.isNullObject ? null : setting.value);
      return Object.values(tracked.sheets).flatMap((s) => [s.name, s.id]);
    });
  });
}

/** Visible sheets in workbook order, without the sheets the add-in wrote. */
export async function choosableSheets(): Promise<string[]> {
  const ours = new Set((await summarySheets()).map((n) => n.toLowerCase()));
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name,items/visibility");
    await context.sync();
    return sheets.items
      .filter((s) => s.visibility === "Visible" && !ours.has(s.name.toLowerCase()))
      .map((s) => s.name);
  });
}
