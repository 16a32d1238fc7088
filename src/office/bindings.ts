/**
 * The pane's Office binding over the score table, and its column mapping stored in the
 * workbook's settings, so both survive closing and reopening the workbook.
 */
import type { ColumnMapping, Grid } from "../engine/table";
import { rangeAddress } from "./address";
import type { BoundTable, TableData, TableRef } from "./pane-actions";

export const BINDING_ID = "SmartCityScores";
export const BINDING_SETTING = "SmartCity.binding";
/** Cells read per request: far below Excel on the web's 5 MB response limit. */
export const READ_CELLS_PER_REQUEST = 100_000;

type StoredBinding = { bindingId: string; mapping: ColumnMapping };

function parseStored(value: unknown): StoredBinding | null {
  try {
    const stored = (typeof value === "string" ? JSON.parse(value) : value) as Partial<StoredBinding> | null;
    if (!stored || typeof stored.bindingId !== "string" || typeof stored.mapping !== "object" || stored.mapping === null) return null;
    return stored as StoredBinding;
  } catch {
    return null;
  }
}

/** Creates (or replaces) the binding over `table` and stores its mapping. One request plus one lookup. */
export async function bindTable(table: TableRef & { mapping: ColumnMapping }): Promise<BoundTable> {
  return Excel.run(async (context) => {
    const bindings = context.workbook.bindings;
    const previous = bindings.getItemOrNullObject(BINDING_ID);
    await context.sync();
    if (!previous.isNullObject) previous.delete();
    const range = context.workbook.worksheets.getItem(table.sheet).getRange(table.address);
    bindings.add(range, Excel.BindingType.range, BINDING_ID);
    const stored: StoredBinding = { bindingId: BINDING_ID, mapping: table.mapping };
    context.workbook.settings.add(BINDING_SETTING, JSON.stringify(stored));
    await context.sync();
    return { sheet: table.sheet, address: table.address, origin: table.origin, bindingId: BINDING_ID, mapping: table.mapping };
  });
}

/** Stores a changed mapping of the bound table. */
export async function saveMapping(table: BoundTable): Promise<void> {
  await Excel.run(async (context) => {
    const stored: StoredBinding = { bindingId: table.bindingId, mapping: table.mapping };
    context.workbook.settings.add(BINDING_SETTING, JSON.stringify(stored));
    await context.sync();
  });
}

/** Where the binding's range is now (rows inserted above move it). */
type Extent = { sheet: string; row: number; column: number; rows: number; columns: number };

function loadExtent(context: Excel.RequestContext, bindingId: string): { range: Excel.Range; worksheet: Excel.Worksheet } {
  const range = context.workbook.bindings.getItem(bindingId).getRange();
  range.load("rowIndex,columnIndex,rowCount,columnCount");
  const worksheet = range.worksheet;
  worksheet.load("name");
  return { range, worksheet };
}

const extentOf = (range: Excel.Range, worksheet: Excel.Worksheet): Extent => ({
  sheet: worksheet.name,
  row: range.rowIndex,
  column: range.columnIndex,
  rows: range.rowCount,
  columns: range.columnCount,
});

const tableAt = (extent: Extent, stored: StoredBinding): BoundTable => ({
  sheet: extent.sheet,
  address: rangeAddress(extent.row, extent.column, extent.rows, extent.columns),
  origin: { row: extent.row, column: extent.column },
  bindingId: stored.bindingId,
  mapping: stored.mapping,
});

/** The binding stored with the workbook, or null when there is none or its binding was deleted. */
export async function restoreBinding(): Promise<BoundTable | null> {
  return Excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(BINDING_SETTING);
    setting.load("value");
    await context.sync();
    const stored = setting.isNullObject ? null : parseStored(setting.value);
    if (!stored) return null;
    const binding = context.workbook.bindings.getItemOrNullObject(stored.bindingId);
    await context.sync();
    if (binding.isNullObject) return null;
    const { range, worksheet } = loadExtent(context, stored.bindingId);
    await context.sync();
    return tableAt(extentOf(range, worksheet), stored);
  });
}

/**
 * Reads the bound range's values: one request for its extent, then one per
 * READ_CELLS_PER_REQUEST cells (a 151-city table takes one).
 */
export async function readBoundTable(table: BoundTable): Promise<TableData> {
  return Excel.run(async (context) => {
    const { range, worksheet } = loadExtent(context, table.bindingId);
    await context.sync();
    const extent = extentOf(range, worksheet);
    const rowsPerRequest = Math.max(1, Math.floor(READ_CELLS_PER_REQUEST / Math.max(1, extent.columns)));
    const grid: Grid[number][] = [];
    for (let top = 0; top < extent.rows; top += rowsPerRequest) {
      const rows = Math.min(rowsPerRequest, extent.rows - top);
      const chunk = worksheet.getRangeByIndexes(extent.row + top, extent.column, rows, extent.columns);
      chunk.load("values");
      // Deliberate: one request per chunk keeps each response far below the 5 MB limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      grid.push(...(chunk.values as Grid));
    }
    return { table: tableAt(extent, table), grid };
  });
}

/** Calls `onChange` when the bound data changes; the returned function stops watching. */
export async function watchBinding(table: BoundTable, onChange: () => void): Promise<() => Promise<void>> {
  return Excel.run(async (context) => {
    const subscription = context.workbook.bindings.getItem(table.bindingId).onDataChanged.add(async () => {
      onChange();
    });
    await context.sync();
    return async () => {
      await Excel.run(subscription.context, async (ctx) => {
        subscription.remove();
        await ctx.sync();
      });
    };
  });
}
