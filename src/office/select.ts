/** Selecting a cell named by a validation issue. */
import { splitAddress } from "./address";

/** Activates the cell's sheet and selects the cell ("Sheet1!C5", "'My sheet'!C5" or "C5"). */
export async function selectCell(address: string): Promise<void> {
  const { sheet, local } = splitAddress(address);
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const worksheet = sheet === null ? sheets.getActiveWorksheet() : sheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(local).select();
    await context.sync();
  });
}

/** Activates a sheet by name (a written summary sheet the pane links to). */
export async function activateSheet(name: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(name).activate();
    await context.sync();
  });
}
