/**
 * Assembles one SheetLayout: places text, tables and charts and keeps their A1 ranges consistent;
 * sizes columns from the text they hold, wraps headers (row heights that fit the lines) and
 * derives the page setup (print.ts).
 */
import { TABLE_STYLE } from "./styles";
import { parseA1, rangeA1, uniqueHeaders } from "./ranges";
import { DEFAULT_ROW_HEIGHT, printSpec } from "./print";
import { asTableRows } from "./rows";
import {
  columnKinds,
  placedTable,
  SAMPLE_ROWS,
  tableBlock,
  type PlacedTable,
  type TableOptions,
} from "./table-block";
import { MAX_WIDTH, valueWidth, wrapLines, wrapWidth } from "./text-width";
import { bandTop, splitToFit, textStyle } from "./title-fit";
import type {
  Block,
  CellValue,
  ChartSpec,
  ConditionalFormatSpec,
  Language,
  SheetLayout,
  StyleName,
  TableSpec,
} from "./types";

const MIN_WIDTH = 6;
/** Points per wrapped line of 11 pt text (CJK glyphs need a little more than Latin). */
const LINE_HEIGHT = 16;
/** Points per line of wrapped 11 pt cell text (Excel's row height for Calibri 11). */
const TEXT_LINE_HEIGHT = 15;

/** Height (points) of a row whose text wraps onto `lines` lines: a bold header's, or a cell's. */
export function wrappedRowHeight(lines: number, header: boolean): number {
  return header ? lines * LINE_HEIGHT + 4 : lines * TEXT_LINE_HEIGHT + 2;
}

export class SheetBuilder {
  private readonly blocks: Block[] = [];
  private readonly tables: TableSpec[] = [];
  private readonly conditionalFormats: ConditionalFormatSpec[] = [];
  private readonly charts: ChartSpec[] = [];
  private readonly widths: number[] = [];
  /**
   * Cells whose text wraps (headers, long notes): their rows get heights that fit the lines;
   * `bold`: a header, `boldText`: bold data text (lines as bold, heights as text).
   */
  private readonly wrapCells: {
    row: number;
    column: number;
    text: string;
    bold: boolean;
    boldText?: boolean;
  }[] = [];
  private readonly sections: { from: number; to: number; newPage?: boolean }[] = [];
  freeze: { rows: number; columns: number } | undefined;
  tabColor: string | undefined;
  /** Print titles: rows repeated on every page, and the key columns repeated on wide sheets. */
  repeatRows: { from: number; to: number } | undefined;
  repeatColumns: { from: number; to: number } | undefined;
  /** Columns a printed page should start at when the sheet is split across pages. */
  readonly pageStarts: number[] = [];
  /** Columns that must start a printed page band (blocks side by side, see print.ts). */
  readonly bandStarts: number[] = [];

  constructor(
    readonly key: string,
    readonly name: string,
    readonly title: string,
    readonly language: Language
  ) {
    this.text("title", 0, 0, title, "title");
  }

  /**
   * Text in one cell (a title, caption or note), styled over `span` cells (the rest empty);
   * text never widens its column.
   */
  text(key: string, row: number, column: number, text: string, style: StyleName, span = 1): Block {
    const values: CellValue[][] = [[text, ...new Array<null>(span - 1).fill(null)]];
    const block: Block = {
      key,
      row,
      column,
      rows: 1,
      columns: span,
      values,
      numberFormats: [],
      styles: [{ row: 0, column: 0, rows: 1, columns: span, style }],
    };
    this.blocks.push(block);
    return block;
  }

  /** Any block (e.g. label / value pairs); its columns widen to fit the values. */
  block(block: Block): Block {
    this.blocks.push(block);
    block.values.forEach((row) =>
      row.forEach((v, j) => this.widen(block.column + j, valueWidth(v, undefined)))
    );
    return block;
  }

  /** A header row plus data rows, with per-column number formats; optionally an Excel table. */
  table(options: TableOptions): PlacedTable {
    const { key, column, columns, caption, tableName } = options;
    const rows = asTableRows(options.rows);
    if (caption !== undefined)
      this.text(`${key}.caption`, options.row, column, caption, "subtitle");
    const headerRow = caption === undefined ? options.row : options.row + 1;
    const sample = Array.from({ length: Math.min(rows.count, SAMPLE_ROWS) }, (_, i) => rows.row(i));
    const { holdsNumbers, indented } = columnKinds(columns, sample);
    const headers = uniqueHeaders(columns.map((c) => c.header));
    const n = rows.count;
    const block = tableBlock(options, rows, headerRow, headers, holdsNumbers, indented);
    this.blocks.push(block);
    columns.forEach((c, j) => {
      let data = 0;
      for (let i = 0; i < Math.min(n, SAMPLE_ROWS); i++)
        data = Math.max(data, valueWidth(sample[i]?.[j] ?? null, c.format));
      if (indented[j]) data += 1;
      if (c.wrap !== undefined && n > 0) {
        data = Math.min(data, c.wrap);
        // A matrix's row labels (first column) print bold, and bold text wraps sooner.
        const boldText = j === 0 && options.firstColumnStyle === "rowHeader";
        for (let i = 0; i < n; i++) {
          const text = rows.row(i)[j];
          if (typeof text === "string") {
            const cell = { row: headerRow + 1 + i, column: column + j, text, bold: false };
            this.wrapCells.push(boldText ? { ...cell, boldText } : cell);
          }
        }
      }
      const header = headers[j] ?? "";
      this.widen(column + j, wrapWidth(header, data, c.headerLines));
      this.wrapCells.push({ row: headerRow, column: column + j, text: header, bold: true });
    });
    const placed = placedTable(block, headerRow, column, n, columns.length);
    if (tableName !== undefined && n > 0) {
      this.tables.push({
        name: tableName,
        range: rangeA1(headerRow, column, n + 1, columns.length),
        style: TABLE_STYLE,
        showBandedRows: true,
        showFilterButton: true,
      });
    }
    return placed;
  }

  chart(spec: ChartSpec): void {
    this.charts.push(spec);
  }

  /**
   * Keeps sheet rows from … to (inclusive) on one printed page: a table with its chart; with
   * `newPage`, on a page of its own start.
   */
  keepTogether(from: number, to: number, newPage = false): void {
    if (to >= from) this.sections.push(newPage ? { from, to, newPage } : { from, to });
  }

  conditionalFormat(spec: ConditionalFormatSpec): void {
    this.conditionalFormats.push(spec);
  }

  /**
   * Moves the end of one-cell text `block` that runs past `chars` column characters onto the next
   * row, which must be free (see `splitToFit`).
   */
  splitToFit(block: Block, chars: number): void {
    const rest = splitToFit(block, chars);
    if (rest !== null)
      this.text(`${block.key}.more`, block.row + 1, block.column, rest, textStyle(block));
  }

  /** Sets the width of column `column` exactly (e.g. a narrow gap between blocks). */
  setWidth(column: number, chars: number): void {
    this.widen(column, 0);
    this.widths[column] = chars;
  }

  /** Widths (characters) of the columns so far. */
  currentWidths(): readonly number[] {
    return [...this.widths];
  }

  /** Number of columns from `column` on (at least 1) whose current widths add up to ≥ `chars`. */
  columnsSpanning(column: number, chars: number): number {
    let span = 0;
    let width = 0;
    while (width < chars) width += this.widths[column + span++] ?? MIN_WIDTH;
    return Math.max(1, span);
  }

  /** Makes column `column` at least `chars` characters wide (within the limits). */
  widen(column: number, chars: number): void {
    const w = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(chars) + 2));
    for (let c = this.widths.length; c <= column; c++) this.widths.push(MIN_WIDTH);
    if (w > (this.widths[column] ?? 0)) this.widths[column] = w;
  }

  /** Heights of rows whose wrapped text needs more than one line, at the final widths. */
  private rowHeights(): { row: number; height: number }[] {
    const heights = new Map<number, number>();
    for (const h of this.wrapCells) {
      const width = (this.widths[h.column] ?? MIN_WIDTH) - 2;
      const lines = wrapLines(h.text, width, h.bold || h.boldText === true);
      if (lines < 2) continue;
      const height = wrappedRowHeight(lines, h.bold);
      heights.set(h.row, Math.max(heights.get(h.row) ?? 0, height));
    }
    return [...heights.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([row, height]) => ({ row, height }));
  }

  build(): SheetLayout {
    const rowHeights = this.rowHeights();
    const heights = new Map(rowHeights.map((r) => [r.row, r.height]));
    let usedRows = 0;
    let usedColumns = this.widths.length;
    for (const b of this.blocks) usedRows = Math.max(usedRows, b.row + b.rows);
    for (const c of this.charts) {
      const to = parseA1(c.anchor.to);
      usedRows = Math.max(usedRows, to.row + 1);
      usedColumns = Math.max(usedColumns, to.column + 1);
    }
    const sheet: SheetLayout = {
      key: this.key,
      name: this.name,
      title: this.title,
      blocks: this.blocks,
      columnWidths: this.widths,
      tables: this.tables,
      conditionalFormats: this.conditionalFormats,
      charts: this.charts,
    };
    if (this.freeze) sheet.freeze = this.freeze;
    if (this.tabColor) sheet.tabColor = this.tabColor;
    if (rowHeights.length > 0) sheet.rowHeights = rowHeights;
    sheet.print = printSpec({
      title: this.title,
      language: this.language,
      columnWidths: this.widths,
      usedColumns,
      usedRows,
      rowHeight: (row) => heights.get(row) ?? DEFAULT_ROW_HEIGHT,
      ...(this.repeatRows ? { repeatRows: this.repeatRows } : {}),
      ...(this.repeatColumns ? { repeatColumns: this.repeatColumns } : {}),
      preferredColumnBreaks: this.pageStarts,
      bandStarts: this.bandStarts,
      keepTogether: this.sections,
      bandTop: (from, to) =>
        bandTop(
          { blocks: this.blocks, charts: this.charts, widths: this.widths },
          from,
          to,
          this.repeatColumns
        ),
    });
    return sheet;
  }
}

export type { Column, PlacedTable, TableOptions } from "./table-block";
export { numberHeaders } from "./table-block";
export { anchorAt, categoryAxis, columnSeries, topWithTies, topWithTiesAt } from "./chart-helpers";
