/** Finding score tables in every sheet of the workbook (the pane's Find & bind view). */
import { findTables } from "../engine/table";
import type { ColumnMapping, Grid } from "../engine/table";
import type { Framework } from "../engine/types";
import { rangeAddress } from "./address";
import type { ScanCandidate } from "./pane-actions";

/** Header rows are looked for in the first 50 rows; the city column is guessed from 20 more. */
export const SCAN_ROWS = 72;
/** Columns read per sheet: far more than any score table has, small enough for one request. */
export const SCAN_COLUMNS = 256;

/** Where a sheet's used range starts and how big it is. */
export type UsedArea = { row: number; column: number; rows: number; columns: number };

/** The mapping with its rows counted from `top` instead of the grid's first row. */
function fromTop(mapping: ColumnMapping, top: number): ColumnMapping {
  return { ...mapping, headerRow: mapping.headerRow - top, dataRow: mapping.dataRow - top };
}

/**
 * Score tables in the top rows of one sheet (pure: `grid` holds the top rows of the used range).
 * A table runs from its first header row to the end of the used range, across all its columns.
 */
export function candidatesInSheet(
  sheet: string,
  grid: Grid,
  used: UsedArea,
  framework: Framework
): ScanCandidate[] {
  return findTables(grid, framework).map((found) => {
    const top = found.mapping.headerRow - (found.mapping.headerRows - 1);
    const origin = { row: used.row + top, column: used.column };
    return {
      sheet,
      address: rangeAddress(origin.row, origin.column, used.rows - top, used.columns),
      origin,
      mapping: fromTop(found.mapping, top),
      matched: found.matched,
      unmatchedIndicators: found.unmatchedIndicators,
      dataRows: Math.max(0, used.rows - found.mapping.dataRow),
    };
  });
}

/**
 * Scans every visible worksheet except `skipSheets` (names or ids of the add-in's own summary
 * sheets) in three requests: the sheets, the used ranges' extents, then the top SCAN_ROWS ×
 * SCAN_COLUMNS of each. Hidden and very hidden sheets (often stale copies) are scanned only with
 * `includeHidden`, the user's explicit choice; their candidates say `hidden: true`.
 */
export async function scanWorkbook(
  framework: Framework,
  skipSheets: readonly string[] = [],
  includeHidden = false
): Promise<ScanCandidate[]> {
  const skip = new Set(skipSheets.map((n) => n.toLowerCase()));
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/id,items/visibility");
    await context.sync();
    const sheets = worksheets.items
      .filter((ws) => !skip.has(ws.name.toLowerCase()) && !skip.has(ws.id.toLowerCase()))
      .filter((ws) => includeHidden || ws.visibility === "Visible")
      .map((ws) => ({
        name: ws.name,
        hidden: ws.visibility !== "Visible",
        worksheet: ws,
        used: ws.getUsedRangeOrNullObject(true),
      }));
    sheets.forEach((s) => s.used.load("rowIndex,columnIndex,rowCount,columnCount"));
    await context.sync();

    const tops = sheets
      .filter((s) => !s.used.isNullObject)
      .map((s) => {
        const area: UsedArea = {
          row: s.used.rowIndex,
          column: s.used.columnIndex,
          rows: s.used.rowCount,
          columns: s.used.columnCount,
        };
        const top = s.worksheet.getRangeByIndexes(
          area.row,
          area.column,
          Math.min(area.rows, SCAN_ROWS),
          Math.min(area.columns, SCAN_COLUMNS)
        );
        top.load("values");
        return { name: s.name, hidden: s.hidden, area, top };
      });
    await context.sync();
    return tops.flatMap((s) =>
      candidatesInSheet(s.name, s.top.values as Grid, s.area, framework).map((c) =>
        s.hidden ? { ...c, hidden: true } : c
      )
    );
  });
}
