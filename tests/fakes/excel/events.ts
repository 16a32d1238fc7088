/**
 * Change events: worksheet.onChanged, table.onChanged and binding.onDataChanged fire after a
 * sync that changed cells (trigger "ThisLocalAddin") and after a simulated user edit
 * ("Application"); handlers run asynchronously, each event with a fresh request context.
 */
import { boxAddress, intersects } from "./address";
import type { Change } from "./context";
import type { FakeHost } from "./host";

export type TriggerSource = "ThisLocalAddin" | "Application";

export function dispatchChanges(host: FakeHost, changes: readonly Change[], triggerSource: TriggerSource): void {
  const doc = host.doc;
  if (!doc.enableEvents || changes.length === 0) return;
  for (const { sheet, box } of changes) {
    if (sheet.deleted) continue;
    const address = boxAddress(box);
    const common = { changeType: "RangeEdited", source: "Local", triggerSource, worksheetId: sheet.id, address };
    const rangeGetter = (ctx: unknown) => {
      const c = ctx as { workbook: { worksheets: { getItem(id: string): { getRange(a: string): unknown } } } };
      return c.workbook.worksheets.getItem(sheet.id).getRange(address);
    };
    if (sheet.onChanged.size > 0)
      host.emit(sheet.onChanged, () => ({ type: "WorksheetChanged", ...common, getRange: rangeGetter }));
    for (const table of doc.tables) {
      if (table.sheet !== sheet || table.onChanged.size === 0 || !intersects(table.box, box)) continue;
      host.emit(table.onChanged, () => ({ type: "TableChanged", ...common, tableId: table.id, getRange: rangeGetter }));
    }
    for (const binding of doc.bindings.values()) {
      const bound = binding.table ? binding.table.box : binding.box;
      if (binding.sheet !== sheet || binding.onDataChanged.size === 0 || !intersects(bound, box)) continue;
      host.emit(binding.onDataChanged, () => ({ type: "BindingDataChanged", binding: host.bindingProxy(binding.id) }));
    }
  }
}
