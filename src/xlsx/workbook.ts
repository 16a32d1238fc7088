/**
 * Renders a summary layout into an ExcelJS workbook: values, number formats, named styles,
 * internal links, frozen panes, column widths, tab colours, tables and conditional formats.
 * Everything comes from the layout; nothing is recomputed. Text is always written as text
 * (ExcelJS stores strings as shared strings, so "=1+1" never becomes a formula).
 */
import ExcelJS from "exceljs";
import { cellA1, parseA1 } from "../layout/ranges";
import { STYLES } from "../layout/styles";
import type {
  Block,
  CellStyle,
  ColorScalePoint,
  ConditionalFormatSpec,
  SheetLayout,
  StyleName,
  SummaryLayout,
  TableSpec,
} from "../layout/types";
import { rangeValues } from "./layout-values";

const argb = (color: string): string => `FF${color.replace(/^#/, "").toUpperCase()}`;
const DEFAULT_FONT = { name: "Calibri", size: 11, family: 2 };

/** The ExcelJS style of a set of named styles (applied in order) plus a number format. */
function excelStyle(
  names: readonly StyleName[],
  numFmt: string | undefined
): Partial<ExcelJS.Style> {
  const s: CellStyle = Object.assign({}, ...names.map((n) => STYLES[n]));
  const style: Partial<ExcelJS.Style> = {};
  if (names.length > 0) {
    style.font = {
      ...DEFAULT_FONT,
      ...(s.fontSize !== undefined ? { size: s.fontSize } : {}),
      ...(s.bold ? { bold: true } : {}),
      ...(s.italic ? { italic: true } : {}),
      ...(s.underline ? { underline: true } : {}),
      ...(s.fontColor ? { color: { argb: argb(s.fontColor) } } : {}),
    };
    if (s.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
    if (s.horizontalAlignment || s.wrapText) {
      style.alignment = {
        ...(s.horizontalAlignment ? { horizontal: s.horizontalAlignment } : {}),
        ...(s.wrapText ? { wrapText: true, vertical: "top" } : {}),
      };
    }
    if (s.borderBottom)
      style.border = { bottom: { style: "thin", color: { argb: argb(s.borderBottom) } } };
  }
  if (numFmt !== undefined) style.numFmt = numFmt;
  return style;
}

/** Writes one block: values, then one shared style object per distinct (styles, format) combination. */
function writeBlock(ws: ExcelJS.Worksheet, block: Block): void {
  for (let i = 0; i < block.rows; i++) {
    const values = block.values[i] ?? [];
    const row = ws.getRow(block.row + i + 1);
    for (let j = 0; j < block.columns; j++) {
      const v = values[j] ?? null;
      if (v !== null) row.getCell(block.column + j + 1).value = v;
    }
  }
  // Later regions win property by property: collect each cell's style names and last format.
  const cellStyles = new Map<number, { names: StyleName[]; format?: string }>();
  const at = (i: number, j: number) => {
    const k = i * block.columns + j;
    let entry = cellStyles.get(k);
    if (!entry) cellStyles.set(k, (entry = { names: [] }));
    return entry;
  };
  const eachCell = (
    r: { row: number; column: number; rows: number; columns: number },
    f: (i: number, j: number) => void
  ): void => {
    for (let i = r.row; i < Math.min(r.row + r.rows, block.rows); i++)
      for (let j = r.column; j < Math.min(r.column + r.columns, block.columns); j++) f(i, j);
  };
  for (const s of block.styles) eachCell(s, (i, j) => at(i, j).names.push(s.style));
  for (const f of block.numberFormats) eachCell(f, (i, j) => (at(i, j).format = f.format));
  const cache = new Map<string, Partial<ExcelJS.Style>>();
  for (const [k, entry] of cellStyles) {
    const key = `${entry.names.join(",")}|${entry.format ?? ""}`;
    let style = cache.get(key);
    if (!style) cache.set(key, (style = excelStyle(entry.names, entry.format)));
    const i = Math.floor(k / block.columns);
    ws.getCell(block.row + i + 1, block.column + (k % block.columns) + 1).style = style;
  }
}

/** Internal hyperlinks of a block (written after tables, which rewrite their cells' values). */
function writeLinks(
  ws: ExcelJS.Worksheet,
  block: Block,
  sheetNameOf: (key: string) => string | undefined
): void {
  for (const link of block.links ?? []) {
    const sheet = sheetNameOf(link.sheetKey);
    const cell = ws.getCell(block.row + link.row + 1, block.column + link.column + 1);
    const text = cell.value === null || cell.value === undefined ? "" : String(cell.value);
    if (sheet === undefined || text === "") continue;
    // ExcelJS writes "Sheet!A1" targets as internal links (location=); package.ts drops the stray relationship.
    cell.value = {
      text,
      hyperlink: `'${sheet.replace(/'/g, "''")}'!${(link.cell.split(":")[0] ?? "A1").replace(/\$/g, "")}`,
    };
  }
}

function cfvo(point: ColorScalePoint): ExcelJS.Cvfo {
  switch (point.type) {
    case "lowestValue":
      return { type: "min" };
    case "highestValue":
      return { type: "max" };
    case "number":
      return { type: "num", value: point.value ?? 0 };
    case "percentile":
      return { type: "percentile", value: point.value ?? 50 };
  }
}

function conditionalFormat(
  ws: ExcelJS.Worksheet,
  spec: ConditionalFormatSpec,
  priority: number
): void {
  if (spec.type === "dataBar") {
    const rule = {
      type: "dataBar",
      priority,
      cfvo: [{ type: "min" }, { type: "max" }],
      color: { argb: argb(spec.color) },
      gradient: true,
      showValue: true,
    } as unknown as ExcelJS.ConditionalFormattingRule;
    ws.addConditionalFormatting({ ref: spec.range, rules: [rule] });
    return;
  }
  const points = [spec.minimum, ...(spec.midpoint ? [spec.midpoint] : []), spec.maximum];
  const rule = {
    type: "colorScale",
    priority,
    cfvo: points.map(cfvo),
    color: points.map((p) => ({ argb: argb(p.color) })),
  } as unknown as ExcelJS.ConditionalFormattingRule;
  ws.addConditionalFormatting({ ref: spec.range, rules: [rule] });
}

function table(ws: ExcelJS.Worksheet, sheet: SheetLayout, spec: TableSpec): void {
  const [header = [], ...rows] = rangeValues(sheet, spec.range);
  if (rows.length === 0) return; // an Excel table needs a data row
  const r = parseA1(spec.range);
  ws.addTable({
    name: spec.name,
    displayName: spec.name,
    ref: cellA1(r.row, r.column),
    headerRow: true,
    totalsRow: false,
    style: {
      theme: spec.style as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: spec.showBandedRows,
    },
    columns: header.map((h) => ({ name: String(h ?? ""), filterButton: spec.showFilterButton })),
    rows: rows.map((row) => row.map((v) => v ?? null)),
  } as ExcelJS.TableProperties);
}

/** ExcelJS drops a width of exactly 9 (its own default; Excel's is 8.43): nudge it so it is written. */
const columnWidth = (width: number): number => (width === 9 ? 9.001 : width);

/** Renders every sheet of the layout, in order, into a new workbook. */
export function buildWorkbook(layout: SummaryLayout): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "smartcity";
  wb.title = layout.title;
  wb.created = new Date();
  wb.modified = wb.created;
  const names = new Map(layout.sheets.map((s) => [s.key, s.name]));
  for (const sheet of layout.sheets) {
    const ws = wb.addWorksheet(sheet.name, {
      ...(sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {}),
      // Printing (and PDF export): landscape, all columns on one page width.
      pageSetup: {
        orientation: "landscape",
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      },
    });
    for (const block of sheet.blocks) writeBlock(ws, block);
    sheet.columnWidths.forEach((width, c) => (ws.getColumn(c + 1).width = columnWidth(width)));
    if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)) {
      ws.views = [
        {
          state: "frozen",
          xSplit: sheet.freeze.columns,
          ySplit: sheet.freeze.rows,
          topLeftCell: cellA1(sheet.freeze.rows, sheet.freeze.columns),
        },
      ];
    }
    sheet.tables.forEach((t) => table(ws, sheet, t));
    sheet.conditionalFormats.forEach((cf, i) => conditionalFormat(ws, cf, i + 1));
    for (const block of sheet.blocks) writeLinks(ws, block, (key) => names.get(key));
  }
  return wb;
}
