/**
 * The pane's Office binding over the score table, and its column mapping stored in the
 * workbook's settings, so both survive closing and reopening the workbook.
 */
import { readDataset } from "../engine/table";
import type { ColumnMapping, Grid } from "../engine/table";
import type { Dataset, Framework } from "../engine/types";
import { addressArea, splitAddress } from "./address";
import type { BoundTable, TableData, TableRef } from "./pane-actions";
import { readScores } from "./read-scores";
import type { SourceGrid } from "./read-scores";

export const BINDING_ID = "SmartCityScores";
export const BINDING_SETTING = "SmartCity.binding";

/** The setting's content: which Office binding, and the column mapping (rows from the range's top). */
export type StoredBinding = { bindingId: string; mapping: ColumnMapping };

function parseStored(value: unknown): StoredBinding | null {
  try {
    const stored = (
      typeof value === "string" ? JSON.parse(value) : value
    ) as Partial<StoredBinding> | null;
    if (
      !stored ||
      typeof stored.bindingId !== "string" ||
      typeof stored.mapping !== "object" ||
      stored.mapping === null
    )
      return null;
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
    return {
      sheet: table.sheet,
      address: table.address,
      origin: table.origin,
      bindingId: BINDING_ID,
      mapping: table.mapping,
    };
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

/** The proxies `queryBinding` queues: the setting and the Office binding of BINDING_ID. */
export type BindingQuery = { setting: Excel.Setting; binding: Excel.Binding };

/** What `storedBinding` finds: the stored binding, if its Office binding still exists. */
export type BindingLookup = { binding: StoredBinding | null; syncs: number };

/**
 * Queues the lookup of the stored binding (its setting and its Office binding) for the caller's
 * next sync, so it costs no sync of its own; read the answer with `storedBinding`. The pane's
 * restore and the ribbon's source pick share both.
 */
export function queryBinding(context: Excel.RequestContext): BindingQuery {
  const setting = context.workbook.settings.getItemOrNullObject(BINDING_SETTING);
  setting.load("value");
  return { setting, binding: context.workbook.bindings.getItemOrNullObject(BINDING_ID) };
}

/**
 * After the sync that ran `query`: the stored binding if its Office binding still exists, else
 * null; `syncs` counts its own syncs (one only when the setting names another id than BINDING_ID).
 */
export async function storedBinding(
  context: Excel.RequestContext,
  query: BindingQuery
): Promise<BindingLookup> {
  const stored = query.setting.isNullObject ? null : parseStored(query.setting.value);
  if (!stored) return { binding: null, syncs: 0 };
  if (stored.bindingId === BINDING_ID)
    return { binding: query.binding.isNullObject ? null : stored, syncs: 0 };
  const other = context.workbook.bindings.getItemOrNullObject(stored.bindingId);
  await context.sync();
  return { binding: other.isNullObject ? null : stored, syncs: 1 };
}

const tableAt = (read: SourceGrid, stored: StoredBinding): BoundTable => ({
  sheet: read.sheet,
  address: read.address,
  origin: read.origin,
  bindingId: stored.bindingId,
  mapping: stored.mapping,
});

/**
 * The bound table's values where the binding is now (rows inserted above move it), rows appended
 * below it included (see read-scores.ts), with the stored mapping; null when the range is empty.
 * `syncs`: those of readScores.
 */
export async function readBound(
  context: Excel.RequestContext,
  stored: StoredBinding
): Promise<(TableData & { syncs: number }) | null> {
  const read = await readScores(context, { bindingId: stored.bindingId });
  return read && { table: tableAt(read, stored), grid: read.grid, syncs: read.syncs };
}

/**
 * The dataset of the bound table read with its stored mapping, never re-detected (the user may
 * have fixed it by hand). Issues name "Sheet!C5" cells. Pure.
 */
export function boundDataset(framework: Framework, table: BoundTable, grid: Grid): Dataset {
  return readDataset(grid, framework, table.mapping, {
    source: table.sheet,
    sheet: table.sheet,
    origin: table.origin,
  });
}

/** The binding stored with the workbook, or null when there is none or its binding was deleted. */
export async function restoreBinding(): Promise<BoundTable | null> {
  return Excel.run(async (context) => {
    const query = queryBinding(context);
    await context.sync();
    const stored = (await storedBinding(context, query)).binding;
    if (!stored) return null;
    const range = context.workbook.bindings.getItem(stored.bindingId).getRange();
    range.load("address,rowIndex,columnIndex");
    await context.sync();
    const { sheet, local } = splitAddress(range.address);
    return {
      sheet: sheet ?? "",
      address: local,
      origin: { row: range.rowIndex, column: range.columnIndex },
      ...stored,
    };
  });
}

/** Reads the bound table where the binding is now, rows appended below it included. */
export async function readBoundTable(table: BoundTable): Promise<TableData> {
  return Excel.run(async (context) => {
    const read = await readBound(context, table);
    if (!read) throw new Error(`The bound range ${table.sheet}!${table.address} no longer exists.`);
    return { table: read.table, grid: read.grid };
  });
}

/**
 * Whether a change of `address` on the sheet `worksheetId` concerns the bound table: its columns,
 * from its top row down (rows appended below belong to it; see read-scores.ts). The binding is
 * looked up where it is now, as rows inserted above move it; false when it no longer exists.
 */
async function changeConcernsBinding(
  bindingId: string,
  change: { address: string; worksheetId: string }
): Promise<boolean> {
  try {
    return await Excel.run(async (context) => {
      const range = context.workbook.bindings.getItem(bindingId).getRange();
      range.load("rowIndex,columnIndex,columnCount");
      const sheet = range.worksheet.load("id");
      await context.sync();
      const area = addressArea(change.address);
      if (sheet.id !== change.worksheetId) return false;
      if (!area) return true;
      return (
        area.lastRow >= range.rowIndex &&
        area.lastColumn >= range.columnIndex &&
        area.firstColumn < range.columnIndex + range.columnCount
      );
    });
  } catch {
    return false; // The binding, or its sheet, was deleted.
  }
}

/**
 * Calls `onChange` when the bound table changes, rows appended below it included: the handler
 * listens to the bound sheet (worksheet.onChanged, ExcelApi 1.7) and keeps the changes of the
 * bound columns from the table's top row down. The returned function removes the handler as
 * Office documents it: Excel.run on the registration's context. It never rejects (the pane calls
 * it while unmounting): when the removal fails there is nothing left to remove — the sheet was
 * deleted and took its handlers along, or the host is gone.
 */
export async function watchBinding(
  table: BoundTable,
  onChange: () => void
): Promise<() => Promise<void>> {
  const subscription = await Excel.run(async (context) => {
    const sheet = context.workbook.bindings.getItem(table.bindingId).getRange().worksheet;
    sheet.load("id");
    await context.sync();
    // Registered on the sheet by id, so that removing it does not depend on the binding.
    const registration = context.workbook.worksheets
      .getItem(sheet.id)
      .onChanged.add(async (change) => {
        if (await changeConcernsBinding(table.bindingId, change)) onChange();
      });
    await context.sync();
    return registration;
  });
  return async () => {
    try {
      await Excel.run(subscription.context, async (context) => {
        subscription.remove();
        await context.sync();
      });
    } catch {
      // Nothing left to remove (see above).
    }
  };
}
