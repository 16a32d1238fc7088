/** Assembles one SheetLayout: places text, tables and charts and keeps their A1 ranges consistent. */
import { TABLE_STYLE } from "./styles";
import { cellA1, rangeA1, uniqueHeaders } from "./ranges";
import type {
  Block,
  CellValue,
  ChartSpec,
  ConditionalFormatSpec,
  SheetLayout,
  StyleName,
  TableSpec,
} from "./types";

/** A column of a table: header text and number format of its data cells. */
export type Column = { header: string; format?: string };

/** A table placed on the sheet, with the addresses charts and formats need. */
export type PlacedTable = {
  block: Block;
  /** Sheet row of the header row. */
  headerRow: number;
  column: number;
  /** Number of data rows. */
  rows: number;
  /** First sheet row after the table (and its caption). */
  end: number;
  /** Sheet column of the table's column j. */
  columnOf(j: number): number;
  /** A1 of the header cell of column j. */
  headerCell(j: number): string;
  /** A1 of data rows [from, from + count) of column j. */
  dataRange(j: number, from?: number, count?: number): string;
  /** A1 of all data cells. */
  body(): string;
};

export type TableOptions = {
  key: string;
  row: number;
  column: number;
  columns: Column[];
  rows: CellValue[][];
  /** Caption in the row above the header (then the header moves down one row). */
  caption?: string;
  /** Makes an Excel table (name must be workbook-unique); omit for plain ranges such as a matrix. */
  tableName?: string;
  /** Style of the first column's data cells (a matrix's row labels). */
  firstColumnStyle?: StyleName;
};

const SAMPLE_ROWS = 500;
const MIN_WIDTH = 6;
const MAX_WIDTH = 40;
const MAX_HEADER_WIDTH = 14;

/** Display width in characters: CJK and full-width characters count 2. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch
      )
        ? 2
        : 1;
  return w;
}

function valueWidth(value: CellValue, format: string | undefined): number {
  if (value === null) return 0;
  if (typeof value === "string") return textWidth(value);
  const decimals = /\.(0+)/u.exec(format ?? "")?.[1]?.length ?? 0;
  const percent = format?.includes("%") ?? false;
  return (percent ? value * 100 : value).toFixed(decimals).length + (percent ? 1 : 0);
}

export class SheetBuilder {
  private readonly blocks: Block[] = [];
  private readonly tables: TableSpec[] = [];
  private readonly conditionalFormats: ConditionalFormatSpec[] = [];
  private readonly charts: ChartSpec[] = [];
  private readonly widths: number[] = [];
  freeze: { rows: number; columns: number } | undefined;
  tabColor: string | undefined;

  constructor(
    readonly key: string,
    readonly name: string,
    readonly title: string
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
    const { key, column, columns, rows, caption, tableName } = options;
    if (caption !== undefined)
      this.text(`${key}.caption`, options.row, column, caption, "subtitle");
    const headerRow = caption === undefined ? options.row : options.row + 1;
    const headers = uniqueHeaders(columns.map((c) => c.header));
    const n = rows.length;
    const block: Block = {
      key,
      row: headerRow,
      column,
      rows: n + 1,
      columns: columns.length,
      values: [headers, ...rows],
      numberFormats: [],
      styles: [{ row: 0, column: 0, rows: 1, columns: columns.length, style: "header" }],
    };
    if (n > 0) {
      columns.forEach((c, j) => {
        if (c.format !== undefined)
          block.numberFormats.push({ row: 1, column: j, rows: n, columns: 1, format: c.format });
      });
      if (options.firstColumnStyle)
        block.styles.push({
          row: 1,
          column: 0,
          rows: n,
          columns: 1,
          style: options.firstColumnStyle,
        });
    }
    this.blocks.push(block);
    columns.forEach((c, j) => {
      let w = Math.min(textWidth(headers[j] ?? ""), MAX_HEADER_WIDTH);
      for (let i = 0; i < Math.min(n, SAMPLE_ROWS); i++)
        w = Math.max(w, valueWidth(rows[i]?.[j] ?? null, c.format));
      this.widen(column + j, w);
    });
    const placed: PlacedTable = {
      block,
      headerRow,
      column,
      rows: n,
      end: headerRow + n + 1,
      columnOf: (j) => column + j,
      headerCell: (j) => cellA1(headerRow, column + j),
      dataRange: (j, from = 0, count = n - from) =>
        rangeA1(headerRow + 1 + from, column + j, count, 1),
      body: () => rangeA1(headerRow + 1, column, n, columns.length),
    };
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

  conditionalFormat(spec: ConditionalFormatSpec): void {
    this.conditionalFormats.push(spec);
  }

  /** Sets the width of column `column` exactly (e.g. a narrow gap between blocks). */
  setWidth(column: number, chars: number): void {
    this.widen(column, 0);
    this.widths[column] = chars;
  }

  /** Makes column `column` at least `chars` characters wide (within the limits). */
  widen(column: number, chars: number): void {
    const w = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(chars) + 2));
    for (let c = this.widths.length; c <= column; c++) this.widths.push(MIN_WIDTH + 3);
    if (w > (this.widths[column] ?? 0)) this.widths[column] = w;
  }

  build(): SheetLayout {
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
    return sheet;
  }
}

/** Chart anchor of `columns` × `rows` cells with its top-left at (row, column). */
export function anchorAt(row: number, column: number, rows = 16, columns = 8): ChartSpec["anchor"] {
  return { from: cellA1(row, column), to: cellA1(row + rows - 1, column + columns - 1) };
}
