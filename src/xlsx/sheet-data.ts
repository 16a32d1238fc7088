/**
 * <sheetData> of one sheet, streamed row by row from the layout's blocks (side by side blocks
 * merge into one row). Only cells that hold data are written, plus empty cells whose format
 * shows (a header fill); ragged and sparse value rows are walked by their own entries, never by
 * the bounding box, so memory and time follow the cells that hold data.
 */
import { columnLetters } from "../engine/text";
import { cellGuardOf, cleanId, needsRepair, type CellGuard } from "../layout/guard-cells";
import { rowSourceOf, textIdsOf, type RowSource, type TextIds } from "../layout/rows";
import type { Block, CellValue, SheetLayout } from "../layout/types";
import type { Band } from "./block-formats";
import type { PartWriter } from "./package";
import { inlineTextBytes } from "./inline-string";
import { ascii, CELL_ROOM, RowBytes } from "./row-bytes";
import type { SharedStrings } from "./shared-strings";

/** Rows longer than this are walked by their present indices (sparse rows of a hostile input). */
const DENSE_ROW = 1024;
const letterCache: string[] = [];
export const letters = (column: number): string => (letterCache[column] ??= columnLetters(column));

/**
 * Per column of a band, the pre-encoded starts of its cells, built once per band: `reference`
 * is `<c r="` and the column letters; per kind of cell (a number, a shared string, an empty
 * visible cell) the start of a cell that follows the previous one (`<c s="5"><v>`) and the rest
 * after a reference and its row number (`" s="5"><v>`). An empty array: the cell is not written.
 */
type CellPieces = {
  reference: Uint8Array[];
  number: { follow: Uint8Array[]; after: Uint8Array[] };
  text: { follow: Uint8Array[]; after: Uint8Array[] };
  empty: { follow: Uint8Array[]; after: Uint8Array[] };
  /** Up to `<is>` of an inline string (inline-string.ts; a worker thread's text not shared). */
  inline: { follow: Uint8Array[]; after: Uint8Array[] };
};

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

const NONE = new Uint8Array(0);
const ROW_OPEN = ascii(`<row r="`);
const ROW_CLOSE = ascii(`</row>`);
const VALUE_CLOSE = ascii(`</v></c>`);
const ROW_END = ascii(`">`);

function cellPieces(block: Block, band: Band | undefined): CellPieces {
  const kind = (): CellPieces["number"] => ({ follow: [], after: [] });
  const pieces: CellPieces = {
    reference: [],
    number: kind(),
    text: kind(),
    empty: kind(),
    inline: kind(),
  };
  const add = (to: CellPieces["number"], rest: string): void => {
    to.follow.push(ascii(`<c${rest}`));
    to.after.push(ascii(`"${rest}`));
  };
  for (let j = 0; j < block.columns; j++) {
    const xf = band?.xf[j] ?? 0;
    const s = xf !== 0 ? ` s="${xf}"` : "";
    pieces.reference.push(ascii(`<c r="${letters(block.column + j)}`));
    add(pieces.number, `${s}><v>`);
    add(pieces.text, `${s} t="s"><v>`);
    add(pieces.inline, `${s} t="inlineStr"><is>`);
    if (xf !== 0 && band?.isVisible[j] === 1) add(pieces.empty, `${s}/>`);
    else {
      pieces.empty.follow.push(NONE);
      pieces.empty.after.push(NONE);
    }
  }
  return pieces;
}

export type SheetDataContext = {
  strings: SharedStrings;
  /** Each block's format bands (block-formats.ts), computed before any sheet is written. */
  bands: ReadonlyMap<Block, Band[]>;
  /** Texts written instead of the layout value by row, then column (table headers: always text). */
  textAt: ReadonlyMap<number, ReadonlyMap<number, string>>;
};

/**
 * Cells of one row as bytes. `r` is written on the first cell of a row and after a gap; a cell
 * right after the previous one omits it (ECMA-376 §18.3.1.4: the next column is implied).
 */
class RowCells {
  /** Absolute column of the last cell written in this row (-2: none yet, so the first has `r`). */
  private last = -2;
  private row = 0;

  constructor(
    readonly bytes: RowBytes,
    private readonly strings: SharedStrings
  ) {}

  start(row: number): void {
    this.row = row;
    this.last = -2;
  }

  get empty(): boolean {
    return this.last === -2;
  }

  /** Bytes the caller made room for (the cells it is about to write; an inline text adds its own). */
  private reserved = CELL_ROOM;

  /** Makes room for the cells about to be written: `CELL_ROOM` per cell. */
  reserve(bytes: number): void {
    this.reserved = bytes;
    this.bytes.room(bytes);
  }

  /**
   * Writes cell `j` of a block (at absolute `column`) holding `value`, when it shows. The caller
   * made room (`CELL_ROOM` per cell): once per row of a bounded row.
   */
  cell(
    pieces: CellPieces,
    j: number,
    column: number,
    value: CellValue | undefined,
    shared = -1
  ): void {
    let text = shared;
    if (text < 0 && typeof value === "string") {
      text = this.strings.of(value);
      if (text < 0) return this.inline(pieces, j, column, value);
    }
    const kind = text >= 0 ? pieces.text : typeof value === "number" ? pieces.number : pieces.empty;
    if (!this.open(pieces, kind, j, column)) return;
    const { bytes } = this;
    if (text >= 0) bytes.unsigned(text);
    else if (typeof value === "number") bytes.number(value);
    else return;
    bytes.put(VALUE_CLOSE);
  }

  /** Starts cell j at `column` (its reference when not right after the previous one). */
  private open(pieces: CellPieces, kind: CellPieces["number"], j: number, column: number): boolean {
    const follow = kind.follow[j] as Uint8Array;
    if (follow.length === 0) return false;
    const { bytes } = this;
    if (column === this.last + 1) bytes.put(follow);
    else {
      bytes.put(pieces.reference[j] as Uint8Array);
      bytes.unsigned(this.row + 1);
      bytes.put(kind.after[j] as Uint8Array);
    }
    this.last = column;
    return true;
  }

  /** A text the shared-string table does not know (a worker thread's): an inline string. */
  private inline(pieces: CellPieces, j: number, column: number, value: string): void {
    const text = inlineTextBytes(value);
    // Its own bytes on top of the room the row reserved, so the cells after it keep theirs.
    this.bytes.room(text.length + this.reserved);
    this.open(pieces, pieces.inline, j, column);
    this.bytes.put(text);
  }
}

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
      active.push({ block, bands, band: 0, pieces: undefined, ids, source, guard });
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
