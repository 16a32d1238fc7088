/**
 * <sheetData> of one sheet, streamed row by row from the layout's blocks (side by side blocks
 * merge into one row). Only cells that hold data are written, plus empty cells whose format
 * shows (a header fill); ragged and sparse value rows are walked by their own entries, never by
 * the bounding box, so memory and time follow the cells that hold data.
 */
import { columnLetters } from "../engine/text";
import { blockRow } from "../layout/rows";
import type { Block, CellValue, SheetLayout } from "../layout/types";
import type { Band } from "./block-formats";
import type { PartWriter } from "./package";
import { ascii, CELL_ROOM, RowBytes } from "./row-bytes";
import type { SharedStrings } from "./shared-strings";

/** Rows longer than this are walked by their present indices (sparse rows of a hostile input). */
const DENSE_ROW = 1024;
const letterCache: string[] = [];
export const letters = (column: number): string => (letterCache[column] ??= columnLetters(column));

/**
 * Per column of a band, the pre-encoded pieces of its cells: the column letters (for `r`) and the
 * attributes after it for a number, a shared string and an empty visible cell (an empty array:
 * an empty cell is not written). Built once per band.
 */
type CellPieces = {
  letters: Uint8Array[];
  number: Uint8Array[];
  text: Uint8Array[];
  empty: Uint8Array[];
};

type Active = { block: Block; bands: Band[]; band: number; pieces: CellPieces | undefined };

const NONE = new Uint8Array(0);
const ROW_OPEN = ascii(`<row r="`);
const ROW_CLOSE = ascii(`</row>`);
const CELL_OPEN = ascii(`<c`);
const REFERENCE = ascii(` r="`);
const VALUE_CLOSE = ascii(`</v></c>`);
const QUOTE = ascii(`"`);
const ROW_END = ascii(`">`);

function cellPieces(block: Block, band: Band | undefined): CellPieces {
  const pieces: CellPieces = { letters: [], number: [], text: [], empty: [] };
  for (let j = 0; j < block.columns; j++) {
    const xf = band?.xf[j] ?? 0;
    const s = xf !== 0 ? ` s="${xf}"` : "";
    pieces.letters.push(ascii(letters(block.column + j)));
    pieces.number.push(ascii(`${s}><v>`));
    pieces.text.push(ascii(`${s} t="s"><v>`));
    pieces.empty.push(xf !== 0 && band?.isVisible[j] === 1 ? ascii(`${s}/>`) : NONE);
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

  /** Writes cell `j` of a block (at absolute `column`) holding `value`, when it shows. */
  cell(pieces: CellPieces, j: number, column: number, value: CellValue | undefined): void {
    let attributes: Uint8Array;
    if (typeof value === "number") attributes = pieces.number[j] as Uint8Array;
    else if (typeof value === "string") attributes = pieces.text[j] as Uint8Array;
    else {
      attributes = pieces.empty[j] as Uint8Array;
      if (attributes.length === 0) return;
    }
    const { bytes } = this;
    bytes.room(CELL_ROOM);
    bytes.put(CELL_OPEN);
    if (column !== this.last + 1) {
      bytes.put(REFERENCE);
      bytes.put(pieces.letters[j] as Uint8Array);
      bytes.unsigned(this.row + 1);
      bytes.put(QUOTE);
    }
    this.last = column;
    bytes.put(attributes);
    if (typeof value === "number") bytes.number(value);
    else if (typeof value === "string") bytes.unsigned(this.strings.of(value));
    else return;
    bytes.put(VALUE_CLOSE);
  }
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
      active.push({ block, bands: context.bands.get(block) ?? [], band: 0, pieces: undefined });
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
    for (const a of active) blockRowCells(a, row, texts, cells);
    if (cells.empty && height === undefined) bytes.rewind(rowStart);
    else {
      bytes.room(CELL_ROOM);
      bytes.put(ROW_CLOSE);
      if (bytes.endRow()) await out.drain();
    }
    // Blocks that end here leave (checked without a new array per row: most rows end none).
    if (active.some((a) => a.block.row + a.block.rows <= row + 1))
      active = active.filter((a) => a.block.row + a.block.rows > row + 1);
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
  cells: RowCells
): void {
  const { block } = a;
  const i = row - block.row;
  while (a.band < a.bands.length - 1 && (a.bands[a.band] as Band).to <= i) {
    a.band += 1;
    a.pieces = undefined;
  }
  const band = a.bands[a.band];
  const pieces = (a.pieces ??= cellPieces(block, band));
  const values = blockRow(block, i);
  const limit = Math.min(values?.length ?? 0, block.columns);
  const at = block.column;
  const emit = (j: number): void =>
    cells.cell(pieces, j, at + j, texts?.get(at + j) ?? values?.[j]);
  const visible = band?.visibleEmpty ?? [];
  if (limit <= DENSE_ROW) {
    if (texts === undefined && values !== undefined)
      for (let j = 0; j < limit; j++) cells.cell(pieces, j, at + j, values[j]);
    else for (let j = 0; j < limit; j++) emit(j);
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
