/**
 * One worksheet's cells, stored sparsely: a Map from row index to a (possibly holey) array of
 * cells. Column/row-wide formats are kept per column/row, as Excel keeps them, so formatting
 * "A:A" does not materialise a million cells.
 */
import { Box, isEntireColumns, isEntireRows } from "./address";
import type { Cell, Style } from "./values";
import type { ChartModel, ConditionalFormatModel, Handler } from "./model";

export type StylePatch = Record<string, string | number | boolean | undefined>;

/** Interns styles so equal styles share one object (cheap equality and memory). */
export class StyleTable {
  private readonly byKey = new Map<string, Style>();

  intern(style: Record<string, string | number | boolean | undefined>): Style | undefined {
    const keys = Object.keys(style)
      .filter((k) => style[k] !== undefined)
      .sort();
    if (keys.length === 0) return undefined;
    const clean: Record<string, string | number | boolean> = {};
    for (const k of keys) clean[k] = style[k] as string | number | boolean;
    const key = JSON.stringify(clean);
    let found = this.byKey.get(key);
    if (!found) {
      found = Object.freeze(clean);
      this.byKey.set(key, found);
    }
    return found;
  }
}

export class SheetModel {
  readonly rows = new Map<number, (Cell | undefined)[]>();
  readonly colStyles = new Map<number, Style>();
  readonly rowStyles = new Map<number, Style>();
  readonly colWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  merges: Box[] = [];
  freeze = { rows: 0, columns: 0 };
  visibility = "Visible";
  tabColor = "";
  showGridlines = true;
  deleted = false;
  /** Position in the workbook (set by the workbook model). */
  index: () => number = () => -1;
  chartCounter = 0;
  charts: ChartModel[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  /** Page setup properties set through `worksheet.pageLayout` (page-layout.ts). */
  pageLayout: Record<string, unknown> = {};
  /** Manual page breaks: 0-based rows / columns a break precedes, ascending. */
  pageBreaks: { rows: number[]; columns: number[] } = { rows: [], columns: [] };
  readonly onChanged = new Set<Handler>();

  constructor(
    readonly id: string,
    public name: string,
    private readonly styles: StyleTable
  ) {}

  get(r: number, c: number): Cell | undefined {
    return this.rows.get(r)?.[c];
  }

  /** The style and number format a new cell at (r, c) inherits from its row or column. */
  inherited(r: number, c: number): { s?: Style; nf?: string } {
    const rowStyle = this.rowStyles.get(r);
    const colStyle = this.colStyles.get(c);
    if (!rowStyle && !colStyle) return {};
    const merged: StylePatch = { ...colStyle, ...rowStyle };
    const nf = merged.numberFormat;
    delete merged.numberFormat;
    const s = this.styles.intern(merged);
    return { ...(s ? { s } : {}), ...(typeof nf === "string" ? { nf } : {}) };
  }

  getOrCreate(r: number, c: number): Cell {
    let row = this.rows.get(r);
    if (!row) {
      row = [];
      this.rows.set(r, row);
    }
    let cell = row[c];
    if (!cell) {
      cell = { v: "", ...this.inherited(r, c) };
      row[c] = cell;
    }
    return cell;
  }

  remove(r: number, c: number): void {
    const row = this.rows.get(r);
    if (!row || !row[c]) return;
    row[c] = undefined;
  }

  /** Calls fn for every stored cell inside box, row by row (cost: stored cells, not box area). */
  forEachStored(box: Box, fn: (cell: Cell, r: number, c: number) => void): void {
    const visit = (r: number, row: (Cell | undefined)[]): void => {
      const last = Math.min(box.c1, row.length - 1);
      for (let c = box.c0; c <= last; c++) {
        const cell = row[c];
        if (cell) fn(cell, r, c);
      }
    };
    if (box.r1 - box.r0 + 1 < this.rows.size) {
      for (let r = box.r0; r <= box.r1; r++) {
        const row = this.rows.get(r);
        if (row) visit(r, row);
      }
    } else {
      const inBox = [...this.rows.keys()]
        .filter((r) => r >= box.r0 && r <= box.r1)
        .sort((a, b) => a - b);
      for (const r of inBox) visit(r, this.rows.get(r) ?? []);
    }
  }

  /** Bounding box of cells with content (valuesOnly) or with content or formatting; null if none. */
  usedBox(valuesOnly: boolean): Box | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [r, row] of this.rows) {
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (!cell) continue;
        if (valuesOnly ? cell.v === "" && !cell.f : cell.v === "" && !cell.f && !cell.s && !cell.nf)
          continue;
        if (r < r0) r0 = r;
        if (r > r1) r1 = r;
        if (c < c0) c0 = c;
        if (c > c1) c1 = c;
      }
    }
    return r1 < 0 ? null : { r0, c0, r1, c1 };
  }

  /** Merges `patch` into the style of every cell of box (undefined values remove keys). */
  applyStyle(box: Box, patch: StylePatch): void {
    const cache = new Map<Style | undefined, Style | undefined>();
    const restyle = (s: Style | undefined): Style | undefined => {
      if (!cache.has(s)) cache.set(s, this.styles.intern({ ...s, ...patch }));
      return cache.get(s);
    };
    const setStyle = (cell: Cell, s: Style | undefined): void => {
      if (s) cell.s = s;
      else delete cell.s;
    };
    if (this.applyLayer(box, restyle)) {
      this.forEachStored(box, (cell) => setStyle(cell, restyle(cell.s)));
      return;
    }
    for (let r = box.r0; r <= box.r1; r++) {
      for (let c = box.c0; c <= box.c1; c++) {
        const cell = this.getOrCreate(r, c);
        setStyle(cell, restyle(cell.s));
      }
    }
  }

  /** For entire columns/rows, restyles the column/row layer and returns true; else false. */
  applyLayer(box: Box, restyle: (s: Style | undefined) => Style | undefined): boolean {
    if (!isEntireColumns(box) && !isEntireRows(box)) return false;
    const layer = isEntireColumns(box) ? this.colStyles : this.rowStyles;
    const [from, to] = isEntireColumns(box) ? [box.c0, box.c1] : [box.r0, box.r1];
    for (let i = from; i <= to; i++) {
      const s = restyle(layer.get(i));
      if (s) layer.set(i, s);
      else layer.delete(i);
    }
    return true;
  }

  patchLayer(box: Box, patch: StylePatch): boolean {
    return this.applyLayer(box, (s) => this.styles.intern({ ...s, ...patch }));
  }

  /** Style of (r, c) as read back: its own, else what it would inherit. */
  styleAt(r: number, c: number): Style | undefined {
    const cell = this.get(r, c);
    return cell ? cell.s : this.inherited(r, c).s;
  }

  numberFormatAt(r: number, c: number): string {
    const cell = this.get(r, c);
    return (cell ? cell.nf : this.inherited(r, c).nf) ?? "General";
  }

  /** Drops cells that hold nothing at all (keeps the map small after clears). */
  compact(box: Box): void {
    this.forEachStored(box, (cell, r, c) => {
      if (cell.v === "" && !cell.f && !cell.s && !cell.nf && !cell.qp) this.remove(r, c);
    });
  }
}
