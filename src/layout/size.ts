/**
 * How many cells each sheet of a layout writes: block rows × columns, read from the block
 * headers only (no row of a streamed block is generated), so sizing a 100,000-city layout is
 * as cheap as counting its blocks. Used to warn before a large insert (docs/adr/0014-large-summary-sheet-choice.md).
 */
import type { SheetLayout, SummaryLayout } from "./types";

/** The sheets that grow with cities × indicators: the per-indicator rankings and the source copy. */
export const WIDE_SHEET_KEYS: readonly string[] = ["indicators", "source"];

export type SheetCells = { key: string; name: string; cells: number; wide: boolean };

/** Cells one sheet's blocks span. */
export function sheetCellCount(sheet: SheetLayout): number {
  let cells = 0;
  for (const block of sheet.blocks) cells += block.rows * block.columns;
  return cells;
}

/** Cells of every sheet, in layout order; `wide` marks the sheets `WIDE_SHEET_KEYS` names. */
export function sheetCells(layout: SummaryLayout): SheetCells[] {
  return layout.sheets.map((sheet) => ({
    key: sheet.key,
    name: sheet.name,
    cells: sheetCellCount(sheet),
    wide: WIDE_SHEET_KEYS.includes(sheet.key),
  }));
}

/** Cells of the whole layout. */
export function layoutCellCount(layout: SummaryLayout): number {
  let cells = 0;
  for (const sheet of layout.sheets) cells += sheetCellCount(sheet);
  return cells;
}
