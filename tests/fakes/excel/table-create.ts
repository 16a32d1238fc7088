/** Table creation on the model: overlap checks, generated header rows, header normalisation. */
import { Box, intersects, rowCount } from "./address";
import { storeEntry } from "./cells";
import type { SyncRun } from "./context";
import { FakeErrorCode, FakeOfficeError } from "./errors";
import type { Ref, TableModel, WorkbookModel } from "./model";
import type { SheetModel } from "./sheet";
import { displayText } from "./values";

/** Moves the cells of columns c0..c1 at or below row r0 down one row (room for generated headers). */
export function shiftDown(sheet: SheetModel, box: Box): void {
  const rows = [...sheet.rows.keys()].filter((r) => r >= box.r0).sort((a, b) => b - a);
  for (const r of rows) {
    for (let c = box.c0; c <= box.c1; c++) {
      const cell = sheet.get(r, c);
      if (!cell) continue;
      sheet.remove(r, c);
      const below = sheet.getOrCreate(r + 1, c);
      Object.assign(below, cell);
    }
  }
}

/** Excel makes table headers unique text: blanks become ColumnN, repeats get 2, 3… (ignoring case). */
export function normalizeHeaders(sheet: SheetModel, box: Box): boolean {
  let changed = false;
  const seen = new Set<string>();
  for (let c = box.c0; c <= box.c1; c++) {
    const cell = sheet.get(box.r0, c);
    const base = displayText(cell) || `Column${c - box.c0 + 1}`;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    if (cell?.v !== name || cell.f) {
      storeEntry(sheet, box.r0, c, { v: name });
      changed = true;
    }
  }
  return changed;
}

export function createTable(
  doc: WorkbookModel,
  ref: Ref,
  hasHeaders: boolean,
  s: SyncRun,
  location: string
): TableModel {
  const { sheet } = ref;
  const box = { ...ref.box };
  if (doc.tablesOverlapping(sheet, box).length > 0)
    throw new FakeOfficeError(
      FakeErrorCode.invalidOperation,
      "A table can't overlap another table.",
      location
    );
  if (sheet.merges.some((m) => intersects(m, box)))
    throw new FakeOfficeError(
      FakeErrorCode.invalidOperation,
      "A table can't contain merged cells.",
      location
    );
  if (!hasHeaders) {
    shiftDown(sheet, box);
    box.r1++;
  } else if (rowCount(box) === 1) box.r1++; // a header-only table gets one empty data row
  const changed = normalizeHeaders(sheet, box) || !hasHeaders;
  const table: TableModel = {
    id: doc.newId(),
    name: doc.nextTableName(),
    sheet,
    box,
    style: "TableStyleMedium2",
    showHeaders: true,
    showTotals: false,
    showBandedRows: true,
    showBandedColumns: false,
    showFilterButton: true,
    highlightFirstColumn: false,
    highlightLastColumn: false,
    deleted: false,
    onChanged: new Set(),
  };
  doc.tables.push(table);
  if (changed) s.changed(sheet, box);
  return table;
}

export function dataBody(t: TableModel): Box {
  const r0 = t.box.r0 + (t.showHeaders ? 1 : 0);
  const r1 = t.box.r1 - (t.showTotals ? 1 : 0);
  return { ...t.box, r0, r1: Math.max(r0, r1) };
}

export function removeTable(doc: WorkbookModel, t: TableModel): void {
  t.deleted = true;
  doc.tables = doc.tables.filter((x) => x !== t);
  for (const [id, b] of doc.bindings) if (b.table === t) doc.bindings.delete(id);
}
