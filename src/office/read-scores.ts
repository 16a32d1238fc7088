/**
 * Reads the cells of a score table: a binding, a sheet's range, or the active sheet's used
 * range. One sync finds the range, then a constant number of syncs read its values in row
 * chunks so that no response exceeds the payload limit (Excel on the web: 5 MB).
 *
 * A binding's table grows downward: the rows the user appended below the bound range (in the
 * same sync, its sheet's used range gives how far to look) are read with it, up to the first
 * completely blank row, so content further below is not taken for cities. A table binding over
 * an Excel table already follows the table; the same rule then only adds rows typed right below it.
 *
 * Only `values` is loaded: Excel returns an error cell's value as its error string ("#N/A",
 * "#DIV/0!"; Range.values docs), which the engine already reports as an error score, so
 * `valueTypes` would only double the response.
 */
import type { Grid } from "../engine/table";
import { rangeAddress } from "./address";

/** Where the scores are; default: the active sheet's used range. */
export type ScoreSource = { bindingId?: string; sheet?: string; address?: string };

export type SourceGrid = {
  grid: Grid;
  /** Sheet name, for cell addresses in messages. */
  sheet: string;
  /** Sheet row and column of grid[0][0] (0-based). */
  origin: { row: number; column: number };
  /** Sheet-local A1 address of the range read. */
  address: string;
  /** context.sync() calls made. */
  syncs: number;
};

/** Estimated response bytes per cell (a number with a few decimals or a short CJK name, plus a comma). */
export const READ_BYTES_PER_CELL = 10;
export const READ_BUDGET_BYTES = 3_900_000;
/** Read syncs at least; more when the estimated response passes the budget (20,000 × 22 cells: 2). */
export const MIN_READ_SYNCS = 1;

function sourceRange(context: Excel.RequestContext, source: ScoreSource): Excel.Range {
  if (source.bindingId !== undefined)
    return context.workbook.bindings.getItem(source.bindingId).getRange();
  const sheet =
    source.sheet !== undefined
      ? context.workbook.worksheets.getItem(source.sheet)
      : context.workbook.worksheets.getActiveWorksheet();
  return source.address !== undefined
    ? sheet.getRange(source.address)
    : sheet.getUsedRangeOrNullObject(true);
}

const isBlank = (cell: unknown): boolean =>
  cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

/** How many of `rows` come before the first completely blank one. */
function rowsBeforeBlank(rows: readonly (readonly unknown[])[]): number {
  const blank = rows.findIndex((row) => row.every(isBlank));
  return blank < 0 ? rows.length : blank;
}

/** The source's cells, or null when the range is empty. */
export async function readScores(
  context: Excel.RequestContext,
  source: ScoreSource = {}
): Promise<SourceGrid | null> {
  let syncs = 0;
  const range = sourceRange(context, source);
  range.load("rowIndex,columnIndex,rowCount,columnCount");
  const sheet = range.worksheet;
  sheet.load("name");
  const used = source.bindingId !== undefined ? sheet.getUsedRangeOrNullObject(true) : null;
  used?.load("rowIndex,rowCount");
  syncs++;
  await context.sync();
  if (range.isNullObject) return null;

  const { rowIndex, columnIndex, columnCount } = range;
  const bound = range.rowCount;
  const usedEnd = used && !used.isNullObject ? used.rowIndex + used.rowCount : 0;
  const rowCount = Math.max(bound, usedEnd - rowIndex);
  const bytes = rowCount * columnCount * READ_BYTES_PER_CELL;
  const chunks = Math.min(rowCount, Math.max(MIN_READ_SYNCS, Math.ceil(bytes / READ_BUDGET_BYTES)));
  const rowsPerChunk = Math.ceil(rowCount / chunks);
  const grid: Grid[number][] = [];
  for (let start = 0; start < rowCount; start += rowsPerChunk) {
    const part = sheet.getRangeByIndexes(
      rowIndex + start,
      columnIndex,
      Math.min(rowsPerChunk, rowCount - start),
      columnCount
    );
    part.load("values");
    // Row chunks keep each response under the limit: ceil(estimated bytes / budget) of them.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    syncs++;
    for (const row of part.values) grid.push(row as Grid[number]);
  }
  // Rows below the bound range belong to the table up to the first blank one.
  grid.length = bound + rowsBeforeBlank(grid.slice(bound));
  return {
    grid,
    sheet: sheet.name,
    origin: { row: rowIndex, column: columnIndex },
    address: rangeAddress(rowIndex, columnIndex, grid.length, columnCount),
    syncs,
  };
}
