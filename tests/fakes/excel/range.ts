/** Excel.Range: a rectangle on a sheet; values / formulas / numberFormat read and written as 2-D arrays. */
import {
  Box,
  FULL_SHEET_BOX,
  checkBox,
  colCount,
  intersects,
  isEntireColumns,
  isEntireRows,
  parseAddress,
  qualifiedAddress,
  rowCount,
} from "./address";
import {
  clearRange,
  formulaOf,
  mergeRange,
  read2D,
  writeInputs,
  writeNumberFormats,
} from "./cells";
import { FakeConditionalFormatCollection } from "./conditional-format";
import type { FakeRequestContext } from "./context";
import { FakeErrorCode, FakeOfficeError, invalidArgument, notModelled } from "./errors";
import type { Ref } from "./model";
import { FakeObject, defineProps } from "./proxy";
import { FakeRangeFormat } from "./range-format";
import { displayText, valueType } from "./values";
import { FakeWorksheet } from "./worksheet";

/** Resolves a Range argument or an address string (on `sheetRef`'s sheet unless qualified). */
export function refOf(arg: unknown, sheetRef: Ref, location: string): Ref {
  if (arg instanceof FakeRange) {
    const m = arg._model();
    if (!m) throw invalidArgument(location, "null range");
    return m;
  }
  if (typeof arg !== "string") throw invalidArgument(location, "expected a Range or an address");
  const parsed = parseAddress(arg, location);
  if (parsed.sheet === undefined) return { sheet: sheetRef.sheet, box: parsed.box };
  const sheet = sheetRef.sheet;
  if (parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())
    throw invalidArgument(location, `address '${arg}' is on another sheet`);
  return { sheet, box: parsed.box };
}

function intersection(a: Box, b: Box): Box | null {
  if (!intersects(a, b)) return null;
  return {
    r0: Math.max(a.r0, b.r0),
    c0: Math.max(a.c0, b.c0),
    r1: Math.min(a.r1, b.r1),
    c1: Math.min(a.c1, b.c1),
  };
}

export class FakeRange extends FakeObject<Ref> {
  private _format?: FakeRangeFormat;
  private _cfs?: FakeConditionalFormatCollection;

  constructor(context: FakeRequestContext, resolve: () => Ref | null, nullable = false) {
    super(context, "Range", resolve, nullable);
  }

  override _guard(m: Ref): void {
    if (m.sheet.deleted)
      throw new FakeOfficeError(FakeErrorCode.itemNotFound, "The range's worksheet was deleted.");
  }

  get format(): FakeRangeFormat {
    return (this._format ??= new FakeRangeFormat(this.context, () => this._model()));
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.context._host.requireApi("Range.conditionalFormats");
    return (this._cfs ??= new FakeConditionalFormatCollection(this.context, () => this._model()));
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this._model()?.sheet ?? null);
  }

  /** A range computed from this one when first used (errors surface at sync, as in Excel). */
  private derive(where: string, f: (m: Ref) => Ref | null, nullable = false): FakeRange {
    this.context._host.requireApi(`Range.${where}`);
    return new FakeRange(
      this.context,
      () => {
        const m = this._model();
        if (!m) return null;
        this._guard(m);
        const out = f(m);
        if (out) checkBox(out.box, `Range.${where}`);
        return out;
      },
      nullable
    );
  }

  private relative(where: string, f: (b: Box) => Box): FakeRange {
    return this.derive(where, (m) => ({ sheet: m.sheet, box: f(m.box) }));
  }

  getCell(row: number, column: number): FakeRange {
    return this.relative("getCell", (b) => ({
      r0: b.r0 + row,
      c0: b.c0 + column,
      r1: b.r0 + row,
      c1: b.c0 + column,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.relative("getResizedRange", (b) => ({
      ...b,
      r1: b.r1 + deltaRows,
      c1: b.c1 + deltaColumns,
    }));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): FakeRange {
    return this.relative("getAbsoluteResizedRange", (b) => ({
      ...b,
      r1: b.r0 + numRows - 1,
      c1: b.c0 + numColumns - 1,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.relative("getOffsetRange", (b) => ({
      r0: b.r0 + rowOffset,
      c0: b.c0 + columnOffset,
      r1: b.r1 + rowOffset,
      c1: b.c1 + columnOffset,
    }));
  }

  getRow(row: number): FakeRange {
    return this.relative("getRow", (b) => ({ ...b, r0: b.r0 + row, r1: b.r0 + row }));
  }

  getColumn(column: number): FakeRange {
    return this.relative("getColumn", (b) => ({ ...b, c0: b.c0 + column, c1: b.c0 + column }));
  }

  getLastRow(): FakeRange {
    return this.relative("getLastRow", (b) => ({ ...b, r0: b.r1 }));
  }

  getLastColumn(): FakeRange {
    return this.relative("getLastColumn", (b) => ({ ...b, c0: b.c1 }));
  }

  getLastCell(): FakeRange {
    return this.relative("getLastCell", (b) => ({ r0: b.r1, c0: b.c1, r1: b.r1, c1: b.c1 }));
  }

  getEntireRow(): FakeRange {
    return this.relative("getEntireRow", (b) => ({ ...b, c0: 0, c1: FULL_SHEET_BOX.c1 }));
  }

  getEntireColumn(): FakeRange {
    return this.relative("getEntireColumn", (b) => ({ ...b, r0: 0, r1: FULL_SHEET_BOX.r1 }));
  }

  getRowsAbove(count = 1): FakeRange {
    return this.relative("getRowsAbove", (b) => ({ ...b, r0: b.r0 - count, r1: b.r0 - 1 }));
  }

  getRowsBelow(count = 1): FakeRange {
    return this.relative("getRowsBelow", (b) => ({ ...b, r0: b.r1 + 1, r1: b.r1 + count }));
  }

  getColumnsBefore(count = 1): FakeRange {
    return this.relative("getColumnsBefore", (b) => ({ ...b, c0: b.c0 - count, c1: b.c0 - 1 }));
  }

  getColumnsAfter(count = 1): FakeRange {
    return this.relative("getColumnsAfter", (b) => ({ ...b, c0: b.c1 + 1, c1: b.c1 + count }));
  }

  getIntersection(other: FakeRange | string): FakeRange {
    this._sameContext(other);
    return this.derive("getIntersection", (m) => {
      const box = intersection(m.box, refOf(other, m, "Range.getIntersection").box);
      if (!box)
        throw new FakeOfficeError(FakeErrorCode.itemNotFound, undefined, "Range.getIntersection");
      return { sheet: m.sheet, box };
    });
  }

  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    this._sameContext(other);
    return this.derive(
      "getIntersectionOrNullObject",
      (m) => {
        const box = intersection(m.box, refOf(other, m, "Range.getIntersectionOrNullObject").box);
        return box ? { sheet: m.sheet, box } : null;
      },
      true
    );
  }

  getBoundingRect(other: FakeRange | string): FakeRange {
    this._sameContext(other);
    return this.derive("getBoundingRect", (m) => {
      const o = refOf(other, m, "Range.getBoundingRect").box;
      const b = m.box;
      const box = {
        r0: Math.min(b.r0, o.r0),
        c0: Math.min(b.c0, o.c0),
        r1: Math.max(b.r1, o.r1),
        c1: Math.max(b.c1, o.c1),
      };
      return { sheet: m.sheet, box };
    });
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return this.derive("getUsedRange", (m) => {
      const used = m.sheet.usedBox(valuesOnly);
      const box = used && intersection(m.box, used);
      if (!box)
        throw new FakeOfficeError(FakeErrorCode.itemNotFound, undefined, "Range.getUsedRange");
      return { sheet: m.sheet, box };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.derive(
      "getUsedRangeOrNullObject",
      (m) => {
        const used = m.sheet.usedBox(valuesOnly);
        const box = used && intersection(m.box, used);
        return box ? { sheet: m.sheet, box } : null;
      },
      true
    );
  }

  clear(applyTo: string = "All"): void {
    this._op("clear", applyTo, (m, s) => {
      if (clearRange(m, applyTo)) s.changed(m.sheet, m.box);
    });
  }

  merge(across = false): void {
    this.context._host.requireApi("Range.merge");
    this._op("merge", across, (m, s) => {
      mergeRange(m, across, s.context._host.doc.tablesOverlapping(m.sheet, m.box).length > 0);
      s.changed(m.sheet, m.box);
    });
  }

  unmerge(): void {
    this.context._host.requireApi("Range.unmerge");
    this._op(
      "unmerge",
      undefined,
      (m) => (m.sheet.merges = m.sheet.merges.filter((b) => !intersects(b, m.box)))
    );
  }

  select(): void {
    this._op("select", undefined, (m, s) => {
      const doc = s.context._host.doc;
      if (m.sheet.visibility !== "Visible")
        throw new FakeOfficeError(FakeErrorCode.invalidOperation, undefined, "Range.select");
      doc.active = m.sheet;
      doc.selection = { sheet: m.sheet, box: m.box };
    });
  }

  calculate(): void {
    this._op("calculate", undefined, () => undefined);
  }

  insert(_shift: string): never {
    throw notModelled("Range.insert", "inserting cells");
  }

  delete(_shift: string): never {
    throw notModelled("Range.delete", "deleting cells");
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

const ro = <T>(get: (m: Ref) => T) => ({ get });

defineProps<Ref>(
  FakeRange,
  {
    address: ro((m) => qualifiedAddress(m.sheet.name, m.box)),
    addressLocal: ro((m) => qualifiedAddress(m.sheet.name, m.box)),
    cellCount: ro((m) => rowCount(m.box) * colCount(m.box)),
    rowCount: ro((m) => rowCount(m.box)),
    columnCount: ro((m) => colCount(m.box)),
    rowIndex: ro((m) => m.box.r0),
    columnIndex: ro((m) => m.box.c0),
    isEntireColumn: ro((m) => isEntireColumns(m.box)),
    isEntireRow: ro((m) => isEntireRows(m.box)),
    values: {
      get: (m) => read2D(m, (cell) => (cell ? cell.v : "")),
      set: (m, v, s) => {
        writeInputs(s.context._host, m, v, "Range.values");
        s.changed(m.sheet, m.box);
      },
    },
    formulas: {
      get: (m) => read2D(m, formulaOf),
      set: (m, v, s) => {
        writeInputs(s.context._host, m, v, "Range.formulas");
        s.changed(m.sheet, m.box);
      },
    },
    formulasLocal: {
      get: (m) => read2D(m, formulaOf),
      set: (m, v, s) => {
        writeInputs(s.context._host, m, v, "Range.formulasLocal");
        s.changed(m.sheet, m.box);
      },
    },
    numberFormat: {
      get: (m) => {
        const layered = m.sheet.colStyles.size > 0 || m.sheet.rowStyles.size > 0;
        return read2D(m, (cell, r, c) =>
          cell || !layered ? (cell?.nf ?? "General") : m.sheet.numberFormatAt(r, c)
        );
      },
      set: (m, v) => writeNumberFormats(m, v, "Range.numberFormat"),
    },
    text: ro((m) => read2D(m, displayText)),
    valueTypes: ro((m) => read2D(m, valueType)),
  },
  ["format", "conditionalFormats", "worksheet"]
);
