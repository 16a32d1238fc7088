/**
 * Change events: worksheet.onChanged, table.onChanged and binding.onDataChanged fire after a
 * sync that changed cells (trigger "ThisLocalAddin") and after a simulated user edit
 * ("Application"). Listeners are taken when the change happens (a handler registered later in
 * the same batch does not see it); handlers run asynchronously, each event with a fresh context.
 */
import { boxAddress, intersects } from "./address";
import type { Box } from "./address";
import type { FakeHost } from "./host";
import type { Handler } from "./model";
import type { SheetModel } from "./sheet";

export type TriggerSource = "ThisLocalAddin" | "Application";

export interface PendingEvent {
  handlers: Handler[];
  makeArgs: () => unknown;
}

/** The events one change of `box` on `sheet` raises, with the listeners registered right now. */
export function eventsFor(
  host: FakeHost,
  sheet: SheetModel,
  box: Box,
  triggerSource: TriggerSource
): PendingEvent[] {
  const doc = host.doc;
  if (!doc.enableEvents || sheet.deleted) return [];
  const out: PendingEvent[] = [];
  const address = boxAddress(box);
  const common = {
    changeType: "RangeEdited",
    source: "Local",
    triggerSource,
    worksheetId: sheet.id,
    address,
  };
  const getRange = (ctx: unknown): unknown => {
    const c = ctx as {
      workbook: { worksheets: { getItem(id: string): { getRange(a: string): unknown } } };
    };
    return c.workbook.worksheets.getItem(sheet.id).getRange(address);
  };
  if (sheet.onChanged.size > 0)
    out.push({
      handlers: [...sheet.onChanged],
      makeArgs: () => ({ type: "WorksheetChanged", ...common, getRange }),
    });
  for (const table of doc.tables) {
    if (table.sheet !== sheet || table.onChanged.size === 0 || !intersects(table.box, box))
      continue;
    const tableId = table.id;
    out.push({
      handlers: [...table.onChanged],
      makeArgs: () => ({ type: "TableChanged", ...common, tableId, getRange }),
    });
  }
  for (const binding of doc.bindings.values()) {
    const bound = binding.table ? binding.table.box : binding.box;
    if (binding.sheet !== sheet || binding.onDataChanged.size === 0 || !intersects(bound, box))
      continue;
    const id = binding.id;
    out.push({
      handlers: [...binding.onDataChanged],
      makeArgs: () => ({ type: "BindingDataChanged", binding: host.bindingProxy(id) }),
    });
  }
  return out;
}

export function emitAll(host: FakeHost, events: readonly PendingEvent[]): void {
  for (const e of events) host.emit(e.handlers, e.makeArgs);
}
