/** Table columns and rows. */
import { Box, colCount, rowCount } from "./address";
import { writeInputs } from "./cells";
import { FakeCollection } from "./collection";
import type { FakeRequestContext } from "./context";
import { FakeErrorCode, FakeOfficeError, notModelled } from "./errors";
import type { TableModel } from "./model";
import { FakeClientResult, FakeObject, defineProps, resultOf } from "./proxy";
import { FakeRange } from "./range";
import { dataBody, normalizeHeaders } from "./table-create";
import { displayText } from "./values";

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
