/**
 * The formatting part of a summary sheet, queued in the structure sync: number formats and
 * styles by region, column widths, frozen panes and tab colour. Every call here costs a
 * constant number of operations per region (no per-cell payload), whatever the number of cities.
 */
import { STYLES } from "../layout/styles";
import type { Block, CellStyle, SheetLayout } from "../layout/types";
import { columnLetters } from "../engine/text";
import type { Features } from "./host";

const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;

/** Excel column width in points for a width in characters of the default font (7 px + 5 px padding). */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function regionRange(
  sheet: Excel.Worksheet,
  block: Block,
  r: { row: number; column: number; rows: number; columns: number }
): Excel.Range {
  return sheet.getRangeByIndexes(block.row + r.row, block.column + r.column, r.rows, r.columns);
}

/**
 * Applies the properties a named style sets; later calls override property by property. The
 * indent needs ExcelApi 1.9 (`indent`): below it numbers keep their alignment without the gap.
 */
export function applyStyle(
  range: Excel.Range,
  style: CellStyle,
  rows: number,
  indent: boolean
): void {
  const { format } = range;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.underline !== undefined) format.font.underline = style.underline ? "Single" : "None";
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontalAlignment !== undefined)
    format.horizontalAlignment = ALIGN[style.horizontalAlignment];
  if (style.verticalAlignment !== undefined)
    format.verticalAlignment = VERTICAL[style.verticalAlignment];
  if (style.indent !== undefined && indent) format.indentLevel = style.indent;
  if (style.wrapText !== undefined) format.wrapText = style.wrapText;
  if (style.borderBottom !== undefined) {
    // A bottom border on every cell of the region: its bottom edge and, for several rows, the lines between.
    const edges =
      rows > 1 ? (["EdgeBottom", "InsideHorizontal"] as const) : (["EdgeBottom"] as const);
    for (const index of edges) {
      const edge = format.borders.getItem(index);
      edge.style = "Continuous";
      edge.weight = "Thin";
      edge.color = style.borderBottom;
    }
  }
}

/**
 * One number format for a whole region: Excel applies a single value set on a multi-cell range
 * to every cell ("Update all cells in a range", Excel performance docs), so the request carries
 * one string instead of rows × columns copies. The typings only declare the 2-D form.
 */
function setUniformNumberFormat(range: Excel.Range, format: string): void {
  (range as unknown as { numberFormat: string }).numberFormat = format;
}

/** Consecutive runs of equal values: [first index, last index, value]. */
function runs<T>(items: readonly { at: number; value: T }[]): [number, number, T][] {
  const sorted = [...items].sort((a, b) => a.at - b.at);
  const out: [number, number, T][] = [];
  for (const { at, value } of sorted) {
    const last = out[out.length - 1];
    if (last && last[1] === at - 1 && last[2] === value) last[1] = at;
    else out.push([at, at, value]);
  }
  return out;
}

/**
 * Queues number formats, styles, widths, row heights, panes and tab colour of one sheet; returns
 * what the host's requirement sets leave out.
 */
export function queueSheetFormat(
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  features: Features
): string[] {
  const skipped: string[] = [];
  for (const block of layout.blocks) {
    for (const f of block.numberFormats)
      setUniformNumberFormat(regionRange(sheet, block, f), f.format);
    for (const s of block.styles) {
      const style = STYLES[s.style];
      applyStyle(regionRange(sheet, block, s), style, s.rows, features.indent);
      if (style.indent !== undefined && !features.indent)
        skipped.push("indents (ExcelApi 1.9): numbers keep their alignment without a gap");
    }
  }
  // Rows of equal height in a row share one operation ("3:5").
  const heights = (layout.rowHeights ?? []).map((h) => ({ at: h.row, value: h.height }));
  for (const [from, to, height] of runs(heights))
    sheet.getRange(`${from + 1}:${to + 1}`).format.rowHeight = height;
  // Consecutive columns of equal width share one operation.
  const widths = layout.columnWidths;
  for (let c = 0; c < widths.length;) {
    let end = c;
    while (end + 1 < widths.length && widths[end + 1] === widths[c]) end++;
    const width = widths[c];
    if (width !== undefined)
      sheet.getRange(`${columnLetters(c)}:${columnLetters(end)}`).format.columnWidth =
        columnWidthPoints(width);
    c = end + 1;
  }
  if (layout.freeze && features.freezePanes) {
    const { rows, columns } = layout.freeze;
    if (rows > 0 && columns > 0)
      sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
    else if (rows > 0) sheet.freezePanes.freezeRows(rows);
    else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
  }
  if (layout.tabColor && features.tabColor) sheet.tabColor = layout.tabColor;
  return skipped;
}
