/** Worksheet, WorksheetCollection and WorksheetFreezePanes. */
import { FULL_SHEET_BOX, checkBox, parseAddress } from "./address";
import { FakeChartCollection } from "./chart";
import { FakeCollection } from "./collection";
import type { FakeRequestContext } from "./context";
import { FakeErrorCode, FakeOfficeError, invalidArgument } from "./errors";
import type { Ref, WorkbookModel } from "./model";
import { createPageLayout, FakePageBreakCollection } from "./page-layout";
import {
  FakeBag,
  FakeClientResult,
  FakeEventSource,
  FakeObject,
  defineProps,
  resultOf,
} from "./proxy";
import { FakeRange, refOf } from "./range";
import type { SheetModel } from "./sheet";
import { FakeTableCollection } from "./table";

function notFound(location: string): FakeOfficeError {
  return new FakeOfficeError(FakeErrorCode.itemNotFound, undefined, location);
}

export class FakeWorksheet extends FakeObject<SheetModel> {
  private _tables?: FakeTableCollection;
  private _charts?: FakeChartCollection;
  private _freeze?: FakeWorksheetFreezePanes;
  private _pageLayout?: FakeBag;
  private _rowBreaks?: FakePageBreakCollection;
  private _columnBreaks?: FakePageBreakCollection;

  constructor(context: FakeRequestContext, resolve: () => SheetModel | null, nullable = false) {
    super(context, "Worksheet", resolve, nullable);
  }

  override _guard(m: SheetModel): void {
    if (m.deleted)
      throw new FakeOfficeError(FakeErrorCode.itemNotFound, "The worksheet was deleted.");
  }

  get tables(): FakeTableCollection {
    return (this._tables ??= new FakeTableCollection(this.context, () => {
      const sheet = this._model();
      return sheet && { doc: this.context._host.doc, sheet };
    }));
  }

  get charts(): FakeChartCollection {
    return (this._charts ??= new FakeChartCollection(this.context, () => this._model()));
  }

  get freezePanes(): FakeWorksheetFreezePanes {
    this.context._host.requireApi("Worksheet.freezePanes");
    return (this._freeze ??= new FakeWorksheetFreezePanes(this.context, () => this._model()));
  }

  get pageLayout(): FakeBag {
    return (this._pageLayout ??= createPageLayout(this.context, () => this._model()));
  }

  get horizontalPageBreaks(): FakePageBreakCollection {
    return (this._rowBreaks ??= new FakePageBreakCollection(
      this.context,
      () => this._model(),
      "rows"
    ));
  }

  get verticalPageBreaks(): FakePageBreakCollection {
    return (this._columnBreaks ??= new FakePageBreakCollection(
      this.context,
      () => this._model(),
      "columns"
    ));
  }

  get onChanged(): FakeEventSource<SheetModel> {
    return new FakeEventSource(this, "onChanged", (m) => m.onChanged);
  }

  private range(where: string, f: (sheet: SheetModel) => Ref | null, nullable = false): FakeRange {
    this.context._host.requireApi(`Worksheet.${where}`);
    return new FakeRange(
      this.context,
      () => {
        const sheet = this._model();
        if (!sheet) return null;
        this._guard(sheet);
        return f(sheet);
      },
      nullable
    );
  }

  /** getRange() is the whole sheet; "A1", "A1:C3", "A:C", "1:3" or "ThisSheet!A1". */
  getRange(address?: string): FakeRange {
    return this.range("getRange", (sheet) =>
      address === undefined
        ? { sheet, box: FULL_SHEET_BOX }
        : refOf(address, { sheet, box: FULL_SHEET_BOX }, "Worksheet.getRange")
    );
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): FakeRange {
    return this.range("getRangeByIndexes", (sheet) => {
      const box = {
        r0: startRow,
        c0: startColumn,
        r1: startRow + rowCount - 1,
        c1: startColumn + columnCount - 1,
      };
      checkBox(box, "Worksheet.getRangeByIndexes");
      return { sheet, box };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.range("getCell", (sheet) => {
      const box = { r0: row, c0: column, r1: row, c1: column };
      checkBox(box, "Worksheet.getCell");
      return { sheet, box };
    });
  }

  /** The used range; on an empty sheet Excel returns A1. */
  getUsedRange(valuesOnly = false): FakeRange {
    return this.range("getUsedRange", (sheet) => ({
      sheet,
      box: sheet.usedBox(valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 },
    }));
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.range(
      "getUsedRangeOrNullObject",
      (sheet) => {
        const box = sheet.usedBox(valuesOnly);
        return box && { sheet, box };
      },
      true
    );
  }

  activate(): void {
    this._op("activate", undefined, (m, s) => {
      if (m.visibility !== "Visible")
        throw new FakeOfficeError(
          FakeErrorCode.invalidOperation,
          "A hidden worksheet can't be activated.",
          "Worksheet.activate"
        );
      s.context._host.doc.active = m;
    });
  }

  delete(): void {
    this._op("delete", undefined, (m, s) => s.context._host.doc.deleteSheet(m));
  }

  calculate(_markAllDirty: boolean): void {
    this._op("calculate", undefined, () => undefined);
  }
}
defineProps<SheetModel>(
  FakeWorksheet,
  {
    id: { get: (m) => m.id },
    name: {
      get: (m) => m.name,
      set: (m, v, s) => (m.name = s.context._host.doc.checkSheetName(v, "Worksheet.name", m)),
    },
    position: {
      get: (m) => m.index(),
      set: (m, v, s) => s.context._host.doc.moveSheet(m, v, "Worksheet.position"),
    },
    visibility: {
      get: (m) => m.visibility,
      set: (m, v, s) => s.context._host.doc.setVisibility(m, v, "Worksheet.visibility"),
    },
    tabColor: { get: (m) => m.tabColor, set: (m, v) => (m.tabColor = String(v)) },
    showGridlines: { get: (m) => m.showGridlines, set: (m, v) => (m.showGridlines = v === true) },
    standardWidth: { get: () => 8.43 },
    standardHeight: { get: () => 15 },
  },
  ["tables", "charts", "freezePanes", "pageLayout"]
);

export class FakeWorksheetCollection extends FakeCollection<
  WorkbookModel,
  SheetModel,
  FakeWorksheet
> {
  constructor(context: FakeRequestContext, resolve: () => WorkbookModel | null) {
    super(context, "WorksheetCollection", resolve);
  }

  _list(doc: WorkbookModel): SheetModel[] {
    return doc.sheets;
  }

  _wrap(sheet: SheetModel): FakeWorksheet {
    return new FakeWorksheet(this.context, () => sheet);
  }

  /** Adds a sheet at the end (not activated). Name rules are checked at sync, as in Excel. */
  add(name?: string): FakeWorksheet {
    let created: SheetModel | undefined;
    this._op("add", name ?? null, (doc) => (created = doc.addSheet(name)));
    return new FakeWorksheet(this.context, () => created ?? null);
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const doc = this._model();
      return doc && (doc.findSheet(key) ?? throwError(notFound("WorksheetCollection.getItem")));
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    this.context._host.requireApi("WorksheetCollection.getItemOrNullObject");
    return new FakeWorksheet(this.context, () => this._model()?.findSheet(key) ?? null, true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const doc = this._model();
      return doc && (doc.active ?? throwError(notFound("WorksheetCollection.getActiveWorksheet")));
    });
  }

  getFirst(visibleOnly = false): FakeWorksheet {
    this.context._host.requireApi("WorksheetCollection.getFirst");
    return new FakeWorksheet(this.context, () => {
      const doc = this._model();
      const list = doc && (visibleOnly ? doc.visibleSheets() : doc.sheets);
      return list && (list[0] ?? throwError(notFound("WorksheetCollection.getFirst")));
    });
  }

  getLast(visibleOnly = false): FakeWorksheet {
    this.context._host.requireApi("WorksheetCollection.getLast");
    return new FakeWorksheet(this.context, () => {
      const doc = this._model();
      const list = doc && (visibleOnly ? doc.visibleSheets() : doc.sheets);
      return list && (list[list.length - 1] ?? throwError(notFound("WorksheetCollection.getLast")));
    });
  }

  getCount(visibleOnly = false): FakeClientResult<number> {
    this.context._host.requireApi("WorksheetCollection.getCount");
    return resultOf(
      this,
      "getCount",
      (doc) => (visibleOnly ? doc.visibleSheets() : doc.sheets).length
    );
  }
}
defineProps<WorkbookModel>(FakeWorksheetCollection, {});

export function throwError(e: Error): never {
  throw e;
}

/** Frozen panes: rows at the top and columns at the left. */
export class FakeWorksheetFreezePanes extends FakeObject<SheetModel> {
  constructor(context: FakeRequestContext, resolve: () => SheetModel | null) {
    super(context, "WorksheetFreezePanes", resolve);
  }

  private set(where: string, rows: number, columns: number): void {
    this._op(where, [rows, columns], (m) => {
      if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 0 || columns < 0)
        throw invalidArgument(
          `WorksheetFreezePanes.${where}`,
          "counts must be non-negative integers"
        );
      m.freeze = { rows, columns };
    });
  }

  freezeRows(count = 1): void {
    this.set("freezeRows", count, 0);
  }

  freezeColumns(count = 1): void {
    this.set("freezeColumns", 0, count);
  }

  /** Freezes everything above and left of the bottom-right corner of `range` (its cells are frozen). */
  freezeAt(range: FakeRange | string): void {
    this._sameContext(range);
    this._op("freezeAt", typeof range === "string" ? range : null, (m) => {
      const { box } =
        typeof range === "string"
          ? { box: parseAddress(range, "WorksheetFreezePanes.freezeAt").box }
          : refOf(range, { sheet: m, box: FULL_SHEET_BOX }, "WorksheetFreezePanes.freezeAt");
      m.freeze = { rows: box.r1 + 1, columns: box.c1 + 1 };
    });
  }

  unfreeze(): void {
    this._op("unfreeze", undefined, (m) => (m.freeze = { rows: 0, columns: 0 }));
  }

  getLocationOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const m = this._model();
        if (!m || (m.freeze.rows === 0 && m.freeze.columns === 0)) return null;
        const rows = m.freeze.rows || FULL_SHEET_BOX.r1 + 1;
        const cols = m.freeze.columns || FULL_SHEET_BOX.c1 + 1;
        return { sheet: m, box: { r0: 0, c0: 0, r1: rows - 1, c1: cols - 1 } };
      },
      true
    );
  }
}
defineProps<SheetModel>(FakeWorksheetFreezePanes, {});
