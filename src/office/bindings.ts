/**
 * The pane's Office binding over the score table, and its column mapping stored in the
 * workbook's settings, so both survive closing and reopening the workbook.
 */
import type { ColumnMapping } from "../engine/table";
import { splitAddress } from "./address";
import type { BoundTable, TableData, TableRef } from "./pane-actions";
import { readScores } from "./read-scores";
import type { SourceGrid } from "./read-scores";

export const BINDING_ID = "SmartCityScores";
export const BINDING_SETTING = "SmartCity.binding";

type StoredBinding = { bindingId: string; mapping: ColumnMapping };

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

const tableAt = (read: SourceGrid, stored: StoredBinding): BoundTable => ({
  sheet: read.sheet,
  address: read.address,
  origin: read.origin,
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
    const range = binding.getRange();
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

/** Reads the bound range's values where the binding is now (rows inserted above move it). */
export async function readBoundTable(table: BoundTable): Promise<TableData> {
  return Excel.run(async (context) => {
    const read = await readScores(context, { bindingId: table.bindingId });
    if (!read) throw new Error(`The bound range ${table.sheet}!${table.address} no longer exists.`);
    return { table: tableAt(read, table), grid: read.grid };
  });
}

/**
 * Calls `onChange` when the bound data changes. The returned function stops the calls at once and
 * removes the handler as Office documents it (Excel.run on the registration's context); a
 * failed removal is ignored, the handler being inert by then.
 */
export async function watchBinding(
  table: BoundTable,
  onChange: () => void
): Promise<() => Promise<void>> {
  let active = true;
  const subscription = await Excel.run(async (context) => {
    const registration = context.workbook.bindings
      .getItem(table.bindingId)
      .onDataChanged.add(async () => {
        if (active) onChange();
      });
    await context.sync();
    return registration;
  });
  return async () => {
    active = false;
    try {
      await Excel.run(subscription.context, async (context) => {
        subscription.remove();
        await context.sync();
      });
    } catch {
      // The binding was replaced or deleted (its handlers went with it), or the host refused.
    }
  };
}
