/** Tables: creation over a filled range (header normalisation as Excel does), styles, columns, rows. */
import { Box, parseAddress } from "./address";
import { FakeCollection } from "./collection";
import type { FakeRequestContext } from "./context";
import { FakeErrorCode, FakeOfficeError, invalidArgument } from "./errors";
import type { Ref, TableModel, WorkbookModel } from "./model";
import { FakeClientResult, FakeEventSource, FakeObject, defineProps, resultOf } from "./proxy";
import { FakeRange } from "./range";
import type { SheetModel } from "./sheet";
import { FakeTableColumnCollection, FakeTableRowCollection } from "./table-parts";
import { createTable, dataBody, removeTable } from "./table-create";

const BUILT_IN_STYLE =
  /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

function checkStyle(v: unknown): string {
  if (typeof v !== "string" || (v !== "" && !BUILT_IN_STYLE.test(v)))
    throw invalidArgument("Table.style", `unknown table style '${String(v)}'`);
  return v;
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
