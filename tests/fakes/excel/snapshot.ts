/**
 * The whole fake workbook as plain JSON (for golden files and before/after comparisons), and
 * the reverse: a document rebuilt from such a snapshot.
 */
import {
  Box,
  boxAddress,
  cellAddress,
  colIndex,
  colName,
  parseAddress,
  qualifiedAddress,
  splitSheet,
} from "./address";
import type { ChartModel, Props, Ref, SeriesModel, TableModel, WorkbookModel } from "./model";
import type { SheetModel } from "./sheet";
import { Cell, CellValue, ERROR_VALUES, Style } from "./values";

export interface CellSnapshot {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  quotePrefix?: true;
  style?: Style;
}

export interface TableSnapshot {
  name: string;
  range: string;
  style: string;
  showHeaders: boolean;
  showTotals: boolean;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
}

export interface SeriesSnapshot {
  name: string;
  nameRef?: string;
  values?: string;
  xValues?: string;
  props?: Props;
}

export interface ChartSnapshot {
  name: string;
  type: string;
  source?: string;
  seriesBy: string;
  position: ChartModel["position"];
  props: Props;
  series: SeriesSnapshot[];
}

export interface ConditionalFormatSnapshot {
  type: string;
  range: string;
  props: Props;
}

export interface SheetSnapshot {
  name: string;
  visibility: string;
  tabColor?: string;
  showGridlines?: false;
  freezePanes: { rows: number; columns: number };
  /** Cells with content or formatting, keyed by A1 address, row by row. */
  cells: Record<string, CellSnapshot>;
  columnWidths?: Record<string, number>;
  rowHeights?: Record<string, number>;
  columnStyles?: Record<string, Style>;
  rowStyles?: Record<string, Style>;
  merges?: string[];
  tables: TableSnapshot[];
  charts: ChartSnapshot[];
  conditionalFormats: ConditionalFormatSnapshot[];
  /** Page setup properties that were set (print titles as "1:3" / "A:B"), when any. */
  pageLayout?: Props;
  /** Manual page breaks: 1-based rows and column letters a break precedes, when any. */
  pageBreaks?: { rows: number[]; columns: string[] };
}

export interface WorkbookSnapshot {
  activeSheet: string | null;
  sheets: SheetSnapshot[];
  settings: Record<string, unknown>;
  bindings: { id: string; type: string; range: string; table?: string }[];
}

export interface SnapshotOptions {
  /** Only these sheets (default all). */
  sheets?: string[];
  /** Include cell styles, column widths and row heights (default true). */
  formats?: boolean;
}

function refText(ref: Ref | undefined): string | undefined {
  if (!ref) return undefined;
  return ref.sheet.deleted ? "#REF!" : qualifiedAddress(ref.sheet.name, ref.box);
}

function sortedRecord<T>(
  map: Map<number, T>,
  key: (i: number) => string
): Record<string, T> | undefined {
  if (map.size === 0) return undefined;
  const out: Record<string, T> = {};
  for (const i of [...map.keys()].sort((a, b) => a - b)) out[key(i)] = map.get(i) as T;
  return out;
}

/** A cell as JSON, or null when it holds nothing worth recording. */
export function cellSnapshot(cell: Cell | undefined, formats = true): CellSnapshot | null {
  if (!cell) return null;
  const snap: CellSnapshot = { value: cell.v };
  if (cell.f) snap.formula = cell.f;
  if (cell.qp) snap.quotePrefix = true;
  if (formats && cell.nf) snap.numberFormat = cell.nf;
  if (formats && cell.s) snap.style = { ...cell.s };
  return snap.value === "" && Object.keys(snap).length === 1 ? null : snap;
}

function cellsOf(sheet: SheetModel, formats: boolean): Record<string, CellSnapshot> {
  const cells: Record<string, CellSnapshot> = {};
  for (const r of [...sheet.rows.keys()].sort((a, b) => a - b)) {
    const row = sheet.rows.get(r) ?? [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell) continue;
      const snap = cellSnapshot(cell, formats);
      if (snap) cells[cellAddress(r, c)] = snap;
    }
  }
  return cells;
}

function tableSnapshot(t: TableModel): TableSnapshot {
  return {
    name: t.name,
    range: qualifiedAddress(t.sheet.name, t.box),
    style: t.style,
    showHeaders: t.showHeaders,
    showTotals: t.showTotals,
    showBandedRows: t.showBandedRows,
    showBandedColumns: t.showBandedColumns,
    showFilterButton: t.showFilterButton,
    highlightFirstColumn: t.highlightFirstColumn,
    highlightLastColumn: t.highlightLastColumn,
  };
}

function seriesSnapshot(s: SeriesModel): SeriesSnapshot {
  const out: SeriesSnapshot = { name: s.name };
  const nameRef = refText(s.nameRef);
  const values = refText(s.values);
  const xValues = refText(s.xValues);
  if (nameRef) out.nameRef = nameRef;
  if (values) out.values = values;
  if (xValues) out.xValues = xValues;
  if (Object.keys(s.props).length > 0) out.props = JSON.parse(JSON.stringify(s.props)) as Props;
  return out;
}

function chartSnapshot(c: ChartModel): ChartSnapshot {
  const source = refText(c.source);
  return {
    name: c.name,
    type: c.type,
    ...(source ? { source } : {}),
    seriesBy: c.seriesBy,
    position: { ...c.position },
    props: JSON.parse(JSON.stringify(c.props)) as Props,
    series: c.series.map(seriesSnapshot),
  };
}

export function takeSnapshot(doc: WorkbookModel, options: SnapshotOptions = {}): WorkbookSnapshot {
  const formats = options.formats !== false;
  const wanted = options.sheets?.map((n) => n.toLowerCase());
  const sheets = doc.sheets
    .filter((s) => !wanted || wanted.includes(s.name.toLowerCase()))
    .map((sheet): SheetSnapshot => {
      const snap: SheetSnapshot = {
        name: sheet.name,
        visibility: sheet.visibility,
        ...(sheet.tabColor ? { tabColor: sheet.tabColor } : {}),
        ...(sheet.showGridlines ? {} : { showGridlines: false as const }),
        freezePanes: { ...sheet.freeze },
        cells: cellsOf(sheet, formats),
        tables: doc.tables.filter((t) => t.sheet === sheet).map(tableSnapshot),
        charts: sheet.charts.map(chartSnapshot),
        conditionalFormats: sheet.conditionalFormats.map((cf) => ({
          type: cf.type,
          range: qualifiedAddress(sheet.name, cf.box),
          props: JSON.parse(JSON.stringify(cf.props)) as Props,
        })),
      };
      if (formats) {
        const widths = sortedRecord(sheet.colWidths, colName);
        const heights = sortedRecord(sheet.rowHeights, (r) => String(r + 1));
        const colStyles = sortedRecord(sheet.colStyles, colName);
        const rowStyles = sortedRecord(sheet.rowStyles, (r) => String(r + 1));
        if (widths) snap.columnWidths = widths;
        if (heights) snap.rowHeights = heights;
        if (colStyles) snap.columnStyles = colStyles;
        if (rowStyles) snap.rowStyles = rowStyles;
      }
      if (sheet.merges.length > 0) snap.merges = sheet.merges.map(boxAddress);
      if (Object.keys(sheet.pageLayout).length > 0)
        snap.pageLayout = JSON.parse(JSON.stringify(sheet.pageLayout)) as Props;
      const { rows, columns } = sheet.pageBreaks;
      if (rows.length + columns.length > 0)
        snap.pageBreaks = { rows: rows.map((r) => r + 1), columns: columns.map(colName) };
      return snap;
    });
  const settings: Record<string, unknown> = {};
  for (const key of [...doc.settings.keys()].sort())
    settings[key] = JSON.parse(doc.settings.get(key) ?? "null") as unknown;
  const bindings = [...doc.bindings.values()].map((b) => ({
    id: b.id,
    type: b.type,
    range: qualifiedAddress(b.sheet.name, b.table ? b.table.box : b.box),
    ...(b.table ? { table: b.table.name } : {}),
  }));
  return { activeSheet: doc.active?.name ?? null, sheets, settings, bindings };
}

// ---- Restore ----

function parseRef(doc: WorkbookModel, text: string | undefined): Ref | undefined {
  if (!text || text === "#REF!") return undefined;
  const { sheet } = splitSheet(text);
  const model = sheet === undefined ? undefined : doc.findSheet(sheet);
  return model ? { sheet: model, box: parseAddress(text).box } : undefined;
}

function localBox(address: string): Box {
  return parseAddress(address).box;
}

/** Rebuilds a document from a snapshot (the inverse of takeSnapshot). */
export function restoreSnapshot(doc: WorkbookModel, snap: WorkbookSnapshot): void {
  for (const s of snap.sheets) {
    const sheet = doc.addSheet(s.name, "restore");
    sheet.visibility = s.visibility;
    sheet.tabColor = s.tabColor ?? "";
    sheet.showGridlines = s.showGridlines !== false;
    sheet.freeze = { ...s.freezePanes };
    for (const [address, c] of Object.entries(s.cells)) {
      const { r0, c0 } = localBox(address);
      const cell = sheet.getOrCreate(r0, c0);
      cell.v = c.value;
      cell.f = c.formula;
      cell.qp = c.quotePrefix;
      cell.err =
        typeof c.value === "string" && ERROR_VALUES.has(c.value) && !c.quotePrefix
          ? true
          : undefined;
      cell.nf = c.numberFormat;
      cell.s = c.style ? doc.styles.intern(c.style) : undefined;
    }
    for (const [col, w] of Object.entries(s.columnWidths ?? {}))
      sheet.colWidths.set(colIndex(col), w);
    for (const [row, h] of Object.entries(s.rowHeights ?? {}))
      sheet.rowHeights.set(Number(row) - 1, h);
    for (const [col, st] of Object.entries(s.columnStyles ?? {})) {
      const interned = doc.styles.intern(st);
      if (interned) sheet.colStyles.set(colIndex(col), interned);
    }
    for (const [row, st] of Object.entries(s.rowStyles ?? {})) {
      const interned = doc.styles.intern(st);
      if (interned) sheet.rowStyles.set(Number(row) - 1, interned);
    }
    sheet.merges = (s.merges ?? []).map(localBox);
    sheet.pageLayout = JSON.parse(JSON.stringify(s.pageLayout ?? {})) as Record<string, unknown>;
    sheet.pageBreaks = {
      rows: (s.pageBreaks?.rows ?? []).map((r) => r - 1),
      columns: (s.pageBreaks?.columns ?? []).map(colIndex),
    };
  }
  for (const s of snap.sheets) {
    const sheet = doc.findSheet(s.name);
    if (!sheet) continue;
    for (const t of s.tables) {
      const { name, range, ...flags } = t;
      doc.tables.push({
        id: doc.newId(),
        name,
        sheet,
        box: localBox(range),
        ...flags,
        deleted: false,
        onChanged: new Set(),
      });
    }
    for (const c of s.charts) {
      const source = parseRef(doc, c.source);
      sheet.charts.push({
        id: doc.newId(),
        name: c.name,
        sheet,
        type: c.type,
        seriesBy: c.seriesBy,
        ...(source ? { source } : {}),
        position: { ...c.position },
        props: JSON.parse(JSON.stringify(c.props)) as Props,
        series: c.series.map((x) => {
          const nameRef = parseRef(doc, x.nameRef);
          const values = parseRef(doc, x.values);
          const xValues = parseRef(doc, x.xValues);
          return {
            name: x.name,
            ...(nameRef ? { nameRef } : {}),
            ...(values ? { values } : {}),
            ...(xValues ? { xValues } : {}),
            props: JSON.parse(JSON.stringify(x.props ?? {})) as Props,
          };
        }),
        deleted: false,
      });
      sheet.chartCounter++;
    }
    sheet.conditionalFormats = s.conditionalFormats.map((cf) => ({
      id: doc.newId(),
      type: cf.type,
      sheet,
      box: localBox(cf.range),
      props: JSON.parse(JSON.stringify(cf.props)) as Props,
      deleted: false,
    }));
  }
  for (const [key, value] of Object.entries(snap.settings))
    doc.settings.set(key, JSON.stringify(value));
  for (const b of snap.bindings) {
    const ref = parseRef(doc, b.range);
    if (!ref) continue;
    const table = b.table ? doc.findTable(b.table) : undefined;
    doc.bindings.set(b.id, {
      id: b.id,
      type: b.type,
      sheet: ref.sheet,
      box: ref.box,
      ...(table ? { table } : {}),
      onDataChanged: new Set(),
      onSelectionChanged: new Set(),
    });
  }
  doc.active =
    (snap.activeSheet ? doc.findSheet(snap.activeSheet) : undefined) ?? doc.sheets[0] ?? null;
}
