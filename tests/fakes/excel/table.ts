/** Tables: creation over a filled range (header normalisation as Excel does), styles, columns, rows. */
import { Box, colCount, intersects, parseAddress, rowCount } from "./address";
import { storeEntry, writeInputs } from "./cells";
import { FakeCollection } from "./collection";
import type { FakeRequestContext, SyncRun } from "./context";
import { FakeErrorCode, FakeOfficeError, invalidArgument, notModelled } from "./errors";
import type { Ref, TableModel, WorkbookModel } from "./model";
import { FakeClientResult, FakeEventSource, FakeObject, defineProps, resultOf } from "./proxy";
import { FakeRange } from "./range";
import type { SheetModel } from "./sheet";
import { displayText } from "./values";

const BUILT_IN_STYLE =
  /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

function checkStyle(v: unknown): string {
  if (typeof v !== "string" || (v !== "" && !BUILT_IN_STYLE.test(v)))
    throw invalidArgument("Table.style", `unknown table style '${String(v)}'`);
  return v;
}

/** Moves the cells of columns c0..c1 at or below row r0 down one row (room for generated headers). */
function shiftDown(sheet: SheetModel, box: Box): void {
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
function normalizeHeaders(sheet: SheetModel, box: Box): boolean {
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

function tableRange(
  context: FakeRequestContext,
  owner: FakeObject<TableModel>,
  part: (t: TableModel) => Box
): FakeRange {
  return new FakeRange(context, () => {
    const t = owner._model();
    return t && { sheet: t.sheet, box: part(t) };
  });
}

function dataBody(t: TableModel): Box {
  const r0 = t.box.r0 + (t.showHeaders ? 1 : 0);
  const r1 = t.box.r1 - (t.showTotals ? 1 : 0);
  return { ...t.box, r0, r1: Math.max(r0, r1) };
}

export class FakeTable extends FakeObject<TableModel> {
  constructor(context: FakeRequestContext, resolve: () => TableModel | null, nullable = false) {
    super(context, "Table", resolve, nullable);
  }

  override _guard(t: TableModel): void {
    if (t.deleted) throw new FakeOfficeError(FakeErrorCode.itemNotFound, "The table was deleted.");
  }

  get columns(): FakeTableColumnCollection {
    return new FakeTableColumnCollection(this.context, () => this._model());
  }

  get rows(): FakeTableRowCollection {
    return new FakeTableRowCollection(this.context, () => this._model());
  }

  get onChanged(): FakeEventSource<TableModel> {
    return new FakeEventSource(this, "onChanged", (t) => t.onChanged);
  }

  getRange(): FakeRange {
    return tableRange(this.context, this, (t) => t.box);
  }

  getHeaderRowRange(): FakeRange {
    return tableRange(this.context, this, (t) => ({ ...t.box, r1: t.box.r0 }));
  }

  getDataBodyRange(): FakeRange {
    return tableRange(this.context, this, dataBody);
  }

  getTotalRowRange(): FakeRange {
    return tableRange(this.context, this, (t) => {
      if (!t.showTotals)
        throw new FakeOfficeError(FakeErrorCode.itemNotFound, undefined, "Table.getTotalRowRange");
      return { ...t.box, r0: t.box.r1 };
    });
  }

  /** Deletes the table and its cells (convertToRange keeps the cells). */
  delete(): void {
    this._op("delete", undefined, (t, s) => {
      removeTable(s.context._host.doc, t);
      t.sheet.forEachStored(t.box, (_cell, r, c) => t.sheet.remove(r, c));
      s.changed(t.sheet, t.box);
    });
  }

  convertToRange(): FakeRange {
    this.context._host.requireApi("Table.convertToRange");
    const range = this.getRange();
    this._op("convertToRange", undefined, (t, s) => removeTable(s.context._host.doc, t));
    return range;
  }
}

function removeTable(doc: WorkbookModel, t: TableModel): void {
  t.deleted = true;
  doc.tables = doc.tables.filter((x) => x !== t);
  for (const [id, b] of doc.bindings) if (b.table === t) doc.bindings.delete(id);
}

const flag = (key: keyof TableModel) => ({
  get: (t: TableModel) => t[key],
  set: (t: TableModel, v: unknown) => {
    if (typeof v !== "boolean")
      throw invalidArgument(`Table.${String(key)}`, "expected true or false");
    (t as unknown as Record<string, unknown>)[key] = v;
  },
});

defineProps<TableModel>(
  FakeTable,
  {
    id: { get: (t) => t.id },
    name: {
      get: (t) => t.name,
      set: (t, v, s) => (t.name = s.context._host.doc.checkTableName(v, "Table.name", t)),
    },
    style: { get: (t) => t.style, set: (t, v) => (t.style = checkStyle(v)) },
    showHeaders: flag("showHeaders"),
    showTotals: {
      get: (t) => t.showTotals,
      set: (t, v) => {
        if (v === t.showTotals) return;
        t.box = { ...t.box, r1: t.box.r1 + (v === true ? 1 : -1) };
        t.showTotals = v === true;
      },
    },
    showBandedRows: flag("showBandedRows"),
    showBandedColumns: flag("showBandedColumns"),
    showFilterButton: flag("showFilterButton"),
    highlightFirstColumn: flag("highlightFirstColumn"),
    highlightLastColumn: flag("highlightLastColumn"),
  },
  ["columns", "rows"]
);

export interface TableScope {
  doc: WorkbookModel;
  sheet?: SheetModel;
}

export class FakeTableCollection extends FakeCollection<TableScope, TableModel, FakeTable> {
  constructor(context: FakeRequestContext, resolve: () => TableScope | null) {
    super(context, "TableCollection", resolve);
  }

  _list(scope: TableScope): TableModel[] {
    return scope.sheet ? scope.doc.tables.filter((t) => t.sheet === scope.sheet) : scope.doc.tables;
  }

  _wrap(t: TableModel): FakeTable {
    return new FakeTable(this.context, () => t);
  }

  /** Creates a table over an (already filled) range; hasHeaders=false inserts a generated header row. */
  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    this._sameContext(address);
    let created: TableModel | undefined;
    this._op("add", [typeof address === "string" ? address : null, hasHeaders], (scope, s) => {
      const ref = resolveTarget(scope, address, "TableCollection.add");
      created = createTable(scope.doc, ref, hasHeaders, s, "TableCollection.add");
    });
    return new FakeTable(this.context, () => created ?? null);
  }

  getItem(key: string): FakeTable {
    return new FakeTable(this.context, () => {
      const scope = this._model();
      const t =
        scope &&
        this._list(scope).find((x) => x.name.toLowerCase() === key.toLowerCase() || x.id === key);
      if (scope && !t)
        throw new FakeOfficeError(FakeErrorCode.itemNotFound, undefined, "TableCollection.getItem");
      return t ?? null;
    });
  }

  getItemOrNullObject(key: string): FakeTable {
    this.context._host.requireApi("TableCollection.getItemOrNullObject");
    return new FakeTable(
      this.context,
      () => {
        const scope = this._model();
        return (
          (scope &&
            this._list(scope).find(
              (x) => x.name.toLowerCase() === key.toLowerCase() || x.id === key
            )) ??
          null
        );
      },
      true
    );
  }

  getItemAt(index: number): FakeTable {
    return new FakeTable(this.context, () => {
      const scope = this._model();
      const t = scope && this._list(scope)[index];
      if (scope && !t)
        throw new FakeOfficeError(
          FakeErrorCode.itemNotFound,
          undefined,
          "TableCollection.getItemAt"
        );
      return t ?? null;
    });
  }

  getCount(): FakeClientResult<number> {
    this.context._host.requireApi("TableCollection.getCount");
    return resultOf(this, "getCount", (scope) => this._list(scope).length);
  }
}
defineProps<TableScope>(FakeTableCollection, {
  count: {
    get: (scope) => scope.doc.tables.filter((t) => !scope.sheet || t.sheet === scope.sheet).length,
  },
});

/** A Range or an address: qualified ("Sheet1!A1:B2"), else on the collection's sheet or the active one. */
export function resolveTarget(scope: TableScope, target: unknown, location: string): Ref {
  if (target instanceof FakeRange) {
    const m = target._model();
    if (!m) throw invalidArgument(location, "null range");
    if (scope.sheet && m.sheet !== scope.sheet)
      throw invalidArgument(location, "the range is on another worksheet");
    return m;
  }
  if (typeof target !== "string") throw invalidArgument(location, "expected a Range or an address");
  const parsed = parseAddress(target, location);
  const sheet =
    parsed.sheet !== undefined
      ? scope.doc.findSheet(parsed.sheet)
      : (scope.sheet ?? scope.doc.active);
  if (!sheet)
    throw new FakeOfficeError(
      FakeErrorCode.itemNotFound,
      `No worksheet named '${parsed.sheet ?? ""}'.`,
      location
    );
  if (scope.sheet && sheet !== scope.sheet)
    throw invalidArgument(location, "the address is on another worksheet");
  return { sheet, box: parsed.box };
}

interface ColumnModel {
  table: TableModel;
  index: number;
}

export class FakeTableColumn extends FakeObject<ColumnModel> {
  constructor(context: FakeRequestContext, resolve: () => ColumnModel | null, nullable = false) {
    super(context, "TableColumn", resolve, nullable);
  }

  private part(f: (t: TableModel, c: number) => Box): FakeRange {
    return new FakeRange(this.context, () => {
      const m = this._model();
      return m && { sheet: m.table.sheet, box: f(m.table, m.table.box.c0 + m.index) };
    });
  }

  getRange(): FakeRange {
    return this.part((t, c) => ({ ...t.box, c0: c, c1: c }));
  }

  getHeaderRowRange(): FakeRange {
    return this.part((t, c) => ({ r0: t.box.r0, r1: t.box.r0, c0: c, c1: c }));
  }

  getDataBodyRange(): FakeRange {
    return this.part((t, c) => ({ ...dataBody(t), c0: c, c1: c }));
  }
}
defineProps<ColumnModel>(FakeTableColumn, {
  id: { get: (m) => String(m.index + 1) },
  index: { get: (m) => m.index },
  name: {
    get: (m) => displayText(m.table.sheet.get(m.table.box.r0, m.table.box.c0 + m.index)),
    set: (m, v, s) => {
      writeInputs(
        s.context._host,
        { sheet: m.table.sheet, box: headerCell(m) },
        [[v]],
        "TableColumn.name"
      );
      normalizeHeaders(m.table.sheet, m.table.box);
    },
  },
  values: {
    get: (m) => {
      const c = m.table.box.c0 + m.index;
      const out: unknown[][] = [];
      for (let r = m.table.box.r0; r <= m.table.box.r1; r++)
        out.push([m.table.sheet.get(r, c)?.v ?? ""]);
      return out;
    },
  },
});

function headerCell(m: ColumnModel): Box {
  const c = m.table.box.c0 + m.index;
  return { r0: m.table.box.r0, r1: m.table.box.r0, c0: c, c1: c };
}

export class FakeTableColumnCollection extends FakeCollection<
  TableModel,
  ColumnModel,
  FakeTableColumn
> {
  constructor(context: FakeRequestContext, resolve: () => TableModel | null) {
    super(context, "TableColumnCollection", resolve);
  }

  _list(t: TableModel): ColumnModel[] {
    return Array.from({ length: colCount(t.box) }, (_, index) => ({ table: t, index }));
  }

  _wrap(m: ColumnModel): FakeTableColumn {
    return new FakeTableColumn(this.context, () => m);
  }

  private find(key: string | number, location: string, nullable: boolean): FakeTableColumn {
    return new FakeTableColumn(
      this.context,
      () => {
        const t = this._model();
        if (!t) return null;
        const found = this._list(t).find(
          (c) =>
            String(c.index + 1) === String(key) ||
            displayText(t.sheet.get(t.box.r0, t.box.c0 + c.index)).toLowerCase() ===
              String(key).toLowerCase()
        );
        if (!found && !nullable)
          throw new FakeOfficeError(FakeErrorCode.itemNotFound, undefined, location);
        return found ?? null;
      },
      nullable
    );
  }

  getItem(key: string | number): FakeTableColumn {
    return this.find(key, "TableColumnCollection.getItem", false);
  }

  getItemOrNullObject(key: string | number): FakeTableColumn {
    return this.find(key, "TableColumnCollection.getItemOrNullObject", true);
  }

  getItemAt(index: number): FakeTableColumn {
    return new FakeTableColumn(this.context, () => {
      const t = this._model();
      if (!t) return null;
      if (!(index >= 0 && index < colCount(t.box)))
        throw new FakeOfficeError(
          FakeErrorCode.itemNotFound,
          undefined,
          "TableColumnCollection.getItemAt"
        );
      return { table: t, index };
    });
  }

  getCount(): FakeClientResult<number> {
    return resultOf(this, "getCount", (t) => colCount(t.box));
  }

  add(): never {
    throw notModelled("TableColumnCollection.add", "adding table columns");
  }
}
defineProps<TableModel>(FakeTableColumnCollection, { count: { get: (t) => colCount(t.box) } });

export class FakeTableRowCollection extends FakeObject<TableModel> {
  constructor(context: FakeRequestContext, resolve: () => TableModel | null) {
    super(context, "TableRowCollection", resolve);
  }

  getCount(): FakeClientResult<number> {
    return resultOf(this, "getCount", (t) => rowCount(dataBody(t)));
  }

  /** Appends rows below the table (only at the end: index null/undefined) and writes `values`. */
  add(index?: number | null, values?: unknown[][]): void {
    this._op("add", values ?? null, (t, s) => {
      if (index !== undefined && index !== null)
        throw notModelled("TableRowCollection.add", "inserting rows inside a table");
      const rows = values?.length ?? 1;
      const box = { r0: t.box.r1 + 1, r1: t.box.r1 + rows, c0: t.box.c0, c1: t.box.c1 };
      if (values)
        writeInputs(s.context._host, { sheet: t.sheet, box }, values, "TableRowCollection.add");
      t.box = { ...t.box, r1: box.r1 };
      s.changed(t.sheet, box);
    });
  }
}
defineProps<TableModel>(FakeTableRowCollection, { count: { get: (t) => rowCount(dataBody(t)) } });
