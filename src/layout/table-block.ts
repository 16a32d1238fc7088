/**
 * A table's block as data: which columns hold numbers (right-aligned headers) or indented text,
 * the header and body styles and number formats, and the addresses a placed table gives charts.
 * SheetBuilder.table (sheet-builder.ts) places it and sizes its columns.
 */
import { cellA1, rangeA1 } from "./ranges";
import { streamRows, tableRowAt, type TableRows } from "./rows";
import type { Block, CellValue, StyleName } from "./types";

/** Rows read to decide a column's kind and width (per-city tables can be 100,000 rows). */
export const SAMPLE_ROWS = 500;

/**
 * A column of a table: header text, number format of its data cells, and for long text a width
 * (characters) at which it wraps; the rows then get the height of their lines. `headerLines`: the
 * header may wrap onto up to this many lines (default 2) for a narrower column.
 */
export type Column = { header: string; format?: string; wrap?: number; headerLines?: number };

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
  /** The body rows: stored, or streamed (`row(i)` on demand, see rows.ts) for per-city tables. */
  rows: CellValue[][] | TableRows;
  /** Caption in the row above the header (then the header moves down one row). */
  caption?: string;
  /** Makes an Excel table (name must be workbook-unique); omit for plain ranges such as a matrix. */
  tableName?: string;
  /** Style of the first column's data cells (a matrix's row labels). */
  firstColumnStyle?: StyleName;
};

/**
 * Which columns hold numbers, and which text columns stand right of a number column (those are
 * indented, so "80.21" and "华东" never touch).
 */
export function columnKinds(
  columns: readonly Column[],
  sample: readonly (readonly CellValue[])[]
): { holdsNumbers: boolean[]; indented: boolean[] } {
  const holdsNumbers = columns.map(
    (c, j) => c.format !== undefined || sample.some((r) => typeof r[j] === "number")
  );
  const indented = columns.map(
    (c, j) =>
      j > 0 &&
      holdsNumbers[j - 1] === true &&
      c.format === undefined &&
      sample.some((r) => typeof r[j] === "string") &&
      !sample.some((r) => typeof r[j] === "number")
  );
  return { holdsNumbers, indented };
}

/** The table's block: header row, body (stored or streamed), number formats and styles. */
export function tableBlock(
  options: TableOptions,
  rows: TableRows,
  headerRow: number,
  headers: string[],
  holdsNumbers: readonly boolean[],
  indented: readonly boolean[]
): Block {
  const { key, column, columns } = options;
  const n = rows.count;
  const head = {
    key,
    row: headerRow,
    column,
    rows: n + 1,
    columns: columns.length,
    numberFormats: [],
    styles: [
      { row: 0, column: 0, rows: 1, columns: columns.length, style: "header" as const },
      ...numberHeaders(holdsNumbers),
    ],
  };
  const block: Block = Array.isArray(options.rows)
    ? { ...head, values: [headers, ...options.rows] }
    : streamRows(head, tableRowAt(headers, rows));
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
    // The header too, so "Rank" (right-aligned over its numbers) never touches "City".
    columns.forEach((_, j) => {
      if (indented[j])
        block.styles.push({ row: 0, column: j, rows: n + 1, columns: 1, style: "indented" });
    });
  }
  // Rows holding wrapped text: every cell top-aligned, so a row reads as one line of figures.
  if (n > 0 && columns.some((c) => c.wrap !== undefined))
    block.styles.splice(1, 0, {
      row: 1,
      column: 0,
      rows: n,
      columns: columns.length,
      style: "wrapped",
    });
  return block;
}

/** The placed table's addresses (header cell, data ranges, body) for charts and formats. */
export function placedTable(
  block: Block,
  headerRow: number,
  column: number,
  n: number,
  columns: number
): PlacedTable {
  return {
    block,
    headerRow,
    column,
    rows: n,
    end: headerRow + n + 1,
    columnOf: (j) => column + j,
    headerCell: (j) => cellA1(headerRow, column + j),
    dataRange: (j, from = 0, count = n - from) =>
      rangeA1(headerRow + 1 + from, column + j, count, 1),
    body: () => rangeA1(headerRow + 1, column, n, columns),
  };
}

/**
 * Header cells of number columns, right-aligned over their right-aligned numbers (text columns
 * keep the left-aligned header): one region per run of adjacent number columns.
 */
export function numberHeaders(holdsNumbers: readonly boolean[], headerRows = 1): Block["styles"] {
  const regions: Block["styles"] = [];
  holdsNumbers.forEach((numbers, j) => {
    if (!numbers) return;
    const last = regions[regions.length - 1];
    if (last && last.column + last.columns === j) last.columns += 1;
    else regions.push({ row: 0, column: j, rows: headerRows, columns: 1, style: "numberHeader" });
  });
  return regions;
}
