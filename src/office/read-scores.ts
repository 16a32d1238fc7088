/**
 * Reads the cells of a score table: a binding, a sheet's range, or the active sheet's used
 * range. One sync finds the range, then a constant number of syncs read its values in row
 * chunks so that no response exceeds the payload limit (Excel on the web: 5 MB).
 *
 * Only `values` is loaded: Excel returns an error cell's value as its error string ("#N/A",
 * "#DIV/0!"; Range.values docs), which the engine already reports as an error score, so
 * `valueTypes` would only double the response.
 */
import type { Grid } from "../engine/table";

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
export const READ_BUDGET_BYTES = 3_500_000;
/** Value syncs reserved whatever the size: 2 × 3.5 MB covers 20,000 rows of 35 columns. */
export const MIN_READ_SYNCS = 2;

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

/** The source's cells, or null when the range is empty. */
export async function readScores(
  context: Excel.RequestContext,
  source: ScoreSource = {}
): Promise<SourceGrid | null> {
  let syncs = 0;
  const range = sourceRange(context, source);
  range.load("address,rowIndex,columnIndex,rowCount,columnCount");
  const sheet = range.worksheet;
  sheet.load("name");
  syncs++;
  await context.sync();
  if (range.isNullObject) return null;

  const { rowIndex, columnIndex, rowCount, columnCount } = range;
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
    // Row chunks keep each response under the limit; their number is constant up to MIN_READ_SYNCS × budget.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    syncs++;
    for (const row of part.values) grid.push(row as Grid[number]);
  }
  const address = range.address.includes("!")
    ? range.address.slice(range.address.lastIndexOf("!") + 1)
    : range.address;
  return {
    grid,
    sheet: sheet.name,
    origin: { row: rowIndex, column: columnIndex },
    address,
    syncs,
  };
}
