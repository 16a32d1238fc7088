/**
 * <sheetData> of one sheet, streamed row by row from the layout's blocks (side by side blocks
 * merge into one row). Only cells that hold data are written, plus empty cells whose format
 * shows (a header fill); ragged and sparse value rows are walked by their own entries, never by
 * the bounding box, so memory and time follow the cells that hold data.
 */
import { cellGuardOf, cleanId, needsRepair, type CellGuard } from "../layout/guard-cells";
import { columnsOf, rowSourceOf, textIdsOf, type RowSource, type TextIds } from "../layout/rows";
import type { Block, CellValue, SheetLayout } from "../layout/types";
import type { Band } from "./block-formats";
import { columnCells, writeColumnRow, type ColumnCells } from "./column-cells";
import type { PartWriter } from "./package";
import { ascii, CELL_ROOM, RowBytes } from "./row-bytes";
import { cellPieces, RowCells, type CellPieces } from "./row-cells";
import type { SharedStrings } from "./shared-strings";

/** Rows longer than this are walked by their present indices (sparse rows of a hostile input). */
const DENSE_ROW = 1024;

type Active = {
  block: Block;
  bands: Band[];
  band: number;
  pieces: CellPieces | undefined;
  ids: ActiveIds | undefined;
  /** The block's row source (rows.ts), read once: undefined for a block that stores its values. */
  source: RowSource | undefined;
  /** The guard's cell checks (guard-cells.ts): common rows are read raw and checked per cell. */
  guard: CellGuard | undefined;
  /** A table body given by columns (table-columns.ts): its rows are written from them. */
  columns: ColumnCells | undefined;
};

/** A block's text ids (rows.ts) with each column's id → shared-string table. */
type ActiveIds = {
  idAt: TextIds["idAt"];
  columns: {
    j: number;
    texts: readonly (string | null)[];
    table: Int32Array;
    /** With a cell guard: the verdicts of its texts (guard-cells.ts `cleanId`); a dirty one is repaired. */
    verdicts: Uint8Array | undefined;
  }[];
  /** Per block column, the shared-string index of this row's cell; -1: look the text up. */
  shared: Int32Array;
};

function activeIds(
  block: Block,
  strings: SharedStrings,
  guard: CellGuard | undefined
): ActiveIds | undefined {
  const ids = textIdsOf(block);
  if (!ids) return undefined;
  const columns = ids.columns
    .filter((c) => c.column < block.columns)
    .map((c) => ({
      j: c.column,
      texts: c.texts,
      table: strings.idTable(c.texts),
      verdicts: guard?.verdicts(c.texts),
    }));
  const shared = new Int32Array(block.columns).fill(-1);
  return { idAt: ids.idAt, columns, shared };
}

const ROW_OPEN = ascii(`<row r="`);
const ROW_CLOSE = ascii(`</row>`);
const ROW_END = ascii(`">`);

export type SheetDataContext = {
  strings: SharedStrings;
  /** Each block's format bands (block-formats.ts), computed before any sheet is written. */
  bands: ReadonlyMap<Block, Band[]>;
  /** Texts written instead of the layout value by row, then column (table headers: always text). */
  textAt: ReadonlyMap<number, ReadonlyMap<number, string>>;
};

/** Whether an active block's last row is before row `this` (a `some` callback: no closure per row). */
function endsAt(this: number, a: Active): boolean {
  return a.block.row + a.block.rows <= this;
}

/** Writes the <sheetData> element. */
export async function writeSheetData(
  out: PartWriter,
  sheet: SheetLayout,
  context: SheetDataContext
): Promise<void> {
  const blocks = [...sheet.blocks].sort((a, b) => a.row - b.row || a.column - b.column);
  const heights = [...(sheet.rowHeights ?? [])].sort((a, b) => a.row - b.row);
  out.write("<sheetData>");
  const cells = new RowCells(new RowBytes(out), context.strings);
  const { bytes } = cells;
  let next = 0; // next block to activate
  let nextHeight = 0;
  let active: Active[] = [];
  let row = Math.min(blocks[0]?.row ?? Infinity, heights[0]?.row ?? Infinity);
  while (Number.isFinite(row)) {
    while (next < blocks.length && (blocks[next] as Block).row <= row) {
      const block = blocks[next++] as Block;
      const bands = context.bands.get(block) ?? [];
      const guard = cellGuardOf(block);
      const ids = activeIds(block, context.strings, guard);
      const source = rowSourceOf(block);
      const byColumns = columnsOf(block);
      const columns = byColumns && columnCells(block, byColumns, context.strings, guard);
      active.push({ block, bands, band: 0, pieces: undefined, ids, source, guard, columns });
      active.sort((a, b) => a.block.column - b.block.column);
    }
    let height: number | undefined;
    while (nextHeight < heights.length && (heights[nextHeight]?.row ?? 0) <= row) {
      const h = heights[nextHeight++];
      if (h?.row === row) height = h.height;
    }
    const rowStart = bytes.at;
    bytes.room(CELL_ROOM);
    bytes.put(ROW_OPEN);
    bytes.unsigned(row + 1);
    bytes.put(height !== undefined ? ascii(`" ht="${height}" customHeight="1">`) : ROW_END);
    cells.start(row);
    const texts = context.textAt.get(row);
    for (const a of active) blockRowCells(a, row, texts, cells, context.strings);
    if (cells.empty && height === undefined) bytes.rewind(rowStart);
    else {
      bytes.room(CELL_ROOM);
      bytes.put(ROW_CLOSE);
      if (bytes.endRow()) await out.drain();
    }
    // Blocks that end here leave (checked without a new array per row: most rows end none).
    if (active.some(endsAt, row + 1)) active = active.filter((a) => !endsAt.call(row + 1, a));
    const following = Math.min(blocks[next]?.row ?? Infinity, heights[nextHeight]?.row ?? Infinity);
    row = active.length > 0 ? row + 1 : following;
  }
  bytes.flush();
  out.write("</sheetData>");
}

/** The <c> elements of one block in one sheet row, ascending by column. */
function blockRowCells(
  a: Active,
  row: number,
  texts: ReadonlyMap<number, string> | undefined,
  cells: RowCells,
  strings: SharedStrings
): void {
  const { block } = a;
  const i = row - block.row;
  while (a.band < a.bands.length - 1 && (a.bands[a.band] as Band).to <= i) {
    a.band += 1;
    a.pieces = undefined;
  }
  const band = a.bands[a.band];
  const pieces = (a.pieces ??= cellPieces(block, band));
  const columns = a.columns;
  if (columns !== undefined && texts === undefined && i >= columns.first && i < columns.end) {
    writeColumnRow(columns, i, block.column, pieces, band?.visibleEmpty ?? [], cells);
    return;
  }
  // Guarded rows are read as the layout gives them and checked here, cell by cell (guard-cells.ts).
  const guard = texts === undefined ? a.guard : undefined;
  let values = guard ? guard.raw(i) : a.source !== undefined ? a.source(i) : block.values[i];
  const limit = Math.min(values?.length ?? 0, block.columns);
  const at = block.column;
  const visible = band?.visibleEmpty ?? [];
  if (limit <= DENSE_ROW && texts === undefined) {
    // The common row: no header texts, read in place; city names by id when the block has them.
    const ids = a.ids;
    const row = values as CellValue[];
    cells.reserve((limit + visible.length) * CELL_ROOM);
    const shared = ids !== undefined && sharedById(ids, i, row, strings) ? ids.shared : undefined;
    for (let j = 0; j < limit; j++) {
      const id = shared === undefined ? -1 : (shared[j] as number);
      const value = row[j];
      // A text of a clean id needs no check; any other value is checked as the guard would.
      if (guard !== undefined && id < 0 && needsRepair(value))
        cells.cell(pieces, j, at + j, guard.repair(i, j, value as CellValue));
      else cells.cell(pieces, j, at + j, value, id);
    }
    if (ids !== undefined && shared !== undefined) for (const c of ids.columns) shared[c.j] = -1;
    for (let k = 0; k < visible.length; k++) {
      const j = visible[k] as number;
      if (j >= limit) cells.cell(pieces, j, at + j, undefined);
    }
    return;
  }
  if (guard !== undefined) values = a.source?.(i); // a long row: read guarded
  const emit = (j: number): void => {
    cells.reserve(CELL_ROOM);
    cells.cell(pieces, j, at + j, texts?.get(at + j) ?? values?.[j]);
  };
  if (limit <= DENSE_ROW) {
    for (let j = 0; j < limit; j++) emit(j);
    for (const j of visible) if (j >= limit) emit(j);
    return;
  }
  // A long row: its present entries (Object.keys lists array indices ascending) and visible empties.
  const present = Object.keys(values as object)
    .map(Number)
    .filter((j) => Number.isInteger(j) && j < limit);
  let v = 0;
  for (const j of present) {
    while (v < visible.length && (visible[v] as number) < j) emit(visible[v++] as number);
    if (visible[v] === j) v += 1;
    emit(j);
  }
  while (v < visible.length) emit(visible[v++] as number);
}

/**
 * Fills `ids.shared` for row i's text-id columns whose value is still the text of its id (a
 * repaired text is looked up as usual); false when none is.
 */
function sharedById(
  ids: ActiveIds,
  i: number,
  values: readonly CellValue[],
  strings: SharedStrings
): boolean {
  const id = ids.idAt(i);
  if (id < 0) return false;
  let any = false;
  for (const c of ids.columns) {
    const value = values[c.j];
    // The id's own string (compared by reference first; texts hold strings or null), clean.
    if (
      value === c.texts[id] &&
      typeof value === "string" &&
      (c.verdicts === undefined || cleanId(c.verdicts, id, value))
    ) {
      ids.shared[c.j] = strings.ofId(c.table, id, value);
      any = true;
    }
  }
  return any;
}
