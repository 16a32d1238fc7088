/**
 * The cells of a sheet row as ASCII bytes (sheet-data.ts walks the rows): per band the
 * pre-encoded starts of each column's cells, and the writer of one row's cells.
 */
import { columnLetters } from "../engine/text";
import type { Block, CellValue } from "../layout/types";
import type { Band } from "./block-formats";
import { inlineTextBytes } from "./inline-string";
import { ascii, CELL_ROOM, type RowBytes } from "./row-bytes";
import type { SharedStrings } from "./shared-strings";

const letterCache: string[] = [];
export const letters = (column: number): string => (letterCache[column] ??= columnLetters(column));

/**
 * Per column of a band, the pre-encoded starts of its cells, built once per band: `reference`
 * is `<c r="` and the column letters; per kind of cell (a number, a shared string, an empty
 * visible cell) the start of a cell that follows the previous one (`<c s="5"><v>`) and the rest
 * after a reference and its row number (`" s="5"><v>`). An empty array: the cell is not written.
 */
export type CellPieces = {
  reference: Uint8Array[];
  number: { follow: Uint8Array[]; after: Uint8Array[] };
  text: { follow: Uint8Array[]; after: Uint8Array[] };
  empty: { follow: Uint8Array[]; after: Uint8Array[] };
  /** Up to `<is>` of an inline string (inline-string.ts; a worker thread's text not shared). */
  inline: { follow: Uint8Array[]; after: Uint8Array[] };
};

const NONE = new Uint8Array(0);
const VALUE_CLOSE = ascii(`</v></c>`);

export function cellPieces(block: Block, band: Band | undefined): CellPieces {
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

/**
 * Cells of one row as bytes. `r` is written on the first cell of a row and after a gap; a cell
 * right after the previous one omits it (ECMA-376 §18.3.1.4: the next column is implied).
 */
export class RowCells {
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

  /**
   * Cell j at `column` holding the finite number staged in row-bytes.ts `STAGED[0]` (a table
   * given by columns: column-cells.ts); the caller made room, as for `cell`.
   */
  staged(pieces: CellPieces, j: number, column: number): void {
    if (!this.open(pieces, pieces.number, j, column)) return;
    this.bytes.staged();
    this.bytes.put(VALUE_CLOSE);
  }

  /** Cell j at `column` holding a shared string's index. */
  shared(pieces: CellPieces, j: number, column: number, index: number): void {
    if (!this.open(pieces, pieces.text, j, column)) return;
    this.bytes.unsigned(index);
    this.bytes.put(VALUE_CLOSE);
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
