/**
 * Body rows of a table the layout gives by columns (layout/table-columns.ts), written straight
 * from the columns: numbers read from the engine's typed arrays, names by id into the shared
 * strings, so no row array is built and no cell's type is tested
 * (docs/adr/0020-column-reads.md). The cells are those the row source gives, checked by the
 * guard's cell checks as sheet-data.ts checks a row's (guard-cells.ts).
 */
import { cleanId, foundClean, needsRepair, type CellGuard } from "../layout/guard-cells";
import type { BlockColumns } from "../layout/rows";
import { readCell, type ColumnRead } from "../layout/table-columns";
import type { Block, CellValue } from "../layout/types";
import { CELL_ROOM, STAGED } from "./row-bytes";
import type { CellPieces, RowCells } from "./row-cells";
import type { SharedStrings } from "./shared-strings";

/** Kinds of column, each read by its own code (typed arrays read unboxed). */
const [FLOAT, INT, NUMBER, TEXT, CELL] = [0, 1, 2, 3, 4];

/** A block's columns prepared for writing: per column its kind and what it reads. */
export type ColumnCells = {
  first: number;
  /** Block row after the last body row. */
  end: number;
  keyAt: (i: number) => number;
  kinds: Uint8Array;
  reads: readonly ColumnRead[];
  /** Per FLOAT column its values (unused entries: an empty array, so the reads stay monomorphic). */
  floats: Float64Array[];
  ints: Int32Array[];
  divisors: Float64Array;
  texts: (readonly (string | null)[] | undefined)[];
  /** Per text column, its id → shared-string table. */
  tables: (Int32Array | undefined)[];
  /** Per text column with a cell guard: the verdicts of its texts (guard-cells.ts `cleanId`). */
  verdicts: (Uint8Array | undefined)[];
  /** The text columns, and per column the shared-string index of this row's clean text. */
  textColumns: Int32Array;
  shared: Int32Array;
  strings: SharedStrings;
  guard: CellGuard | undefined;
  /** The gathered batch: body rows [from, to), their keys and values (`gather`). */
  batch: Batch;
};

/**
 * Rows gathered ahead of writing, BATCH at a time: the random reads of a batch's cities (each
 * often a cache miss) are issued together, so the processor overlaps them, instead of one at a
 * time between the writing of cells (at 100,000 cities that cost about a third more time).
 */
type Batch = {
  from: number;
  to: number;
  keys: Int32Array;
  /** FLOAT and INT values, row-major (BATCH × columns); NaN for a key past a FLOAT array. */
  values: Float64Array;
  /** 1 where a number column has no entry for the row's key (an empty cell). */
  missing: Uint8Array;
  /** Text columns' texts, row-major. */
  texts: (string | null | undefined)[];
  /**
   * Per text cell, read while gathering: its shared-string index when the text is clean and
   * already has one (indices never change), LOOK_UP when it is clean but has none yet (assigned
   * when written, in writing order), DIRTY for a text to repair and for no text.
   */
  known: Int32Array;
};

const BATCH = 64;
const [LOOK_UP, DIRTY] = [-1, -2];

const NO_FLOATS = new Float64Array(0);
const NO_INTS = new Int32Array(0);

function kindOf(read: ColumnRead): number {
  if (read.kind === "text") return TEXT;
  if (read.kind === "cell") return CELL;
  if (read.values instanceof Float64Array) return FLOAT;
  return read.values instanceof Int32Array && read.divisor === undefined ? INT : NUMBER;
}

export function columnCells(
  block: Block,
  columns: BlockColumns,
  strings: SharedStrings,
  guard: CellGuard | undefined
): ColumnCells {
  const reads = columns.columns.slice(0, block.columns);
  const c: ColumnCells = {
    first: columns.first,
    end: columns.first + columns.count,
    keyAt: columns.keyAt,
    kinds: new Uint8Array(reads.map(kindOf)),
    textColumns: new Int32Array(reads.flatMap((r, j) => (r.kind === "text" ? [j] : []))),
    shared: new Int32Array(reads.length).fill(-1),
    reads,
    floats: [],
    ints: [],
    divisors: new Float64Array(reads.length).fill(1),
    texts: [],
    tables: [],
    verdicts: [],
    strings,
    guard,
    batch: {
      from: 0,
      to: 0,
      keys: new Int32Array(BATCH),
      values: new Float64Array(BATCH * reads.length),
      missing: new Uint8Array(BATCH * reads.length),
      texts: new Array<string | null | undefined>(BATCH * reads.length).fill(null),
      known: new Int32Array(BATCH * reads.length),
    },
  };
  reads.forEach((read, j) => {
    const values = read.kind === "number" ? read.values : undefined;
    c.floats.push(values instanceof Float64Array ? values : NO_FLOATS);
    c.ints.push(values instanceof Int32Array ? values : NO_INTS);
    c.texts.push(read.kind === "text" ? read.texts : undefined);
    c.tables.push(read.kind === "text" ? strings.idTable(read.texts) : undefined);
    c.verdicts.push(read.kind === "text" ? guard?.verdicts(read.texts) : undefined);
    if (read.kind === "number" && read.divisor !== undefined) c.divisors[j] = read.divisor;
  });
  return c;
}

/**
 * Writes body row `i` (a block row from `first` to before `end`) of a block at sheet column `at`,
 * then the visible empty cells right of its columns.
 */
export function writeColumnRow(
  c: ColumnCells,
  i: number,
  at: number,
  pieces: CellPieces,
  visible: readonly number[],
  cells: RowCells
): void {
  const row = i - c.first;
  const { batch } = c;
  if (row < batch.from || row >= batch.to) gather(c, row);
  const n = c.kinds.length;
  const base = (row - batch.from) * n;
  const key = batch.keys[row - batch.from] as number;
  sharedTexts(c, base, key);
  cells.reserve((n + visible.length) * CELL_ROOM);
  for (let j = 0; j < n; j++) {
    const kind = c.kinds[j];
    if (kind === FLOAT || kind === INT) {
      if (batch.missing[base + j] === 1) cells.cell(pieces, j, at + j, null);
      else {
        // Staged, not passed: a double argument would be boxed (row-bytes.ts STAGED).
        STAGED[0] = batch.values[base + j] as number;
        if (finiteStaged()) cells.staged(pieces, j, at + j);
        else guarded(c, i, j, at, STAGED[0] as number, pieces, cells);
      }
    } else if (kind === TEXT) textCell(c, i, j, batch.texts[base + j], at, pieces, cells);
    else {
      const read = c.reads[j] as Extract<ColumnRead, { kind: "number" | "cell" }>;
      guarded(c, i, j, at, readCell(read, key), pieces, cells);
    }
  }
  for (let k = 0; k < visible.length; k++) {
    const j = visible[k] as number;
    if (j >= n) cells.cell(pieces, j, at + j, undefined);
  }
}

/** Reads body rows [row, row + BATCH) of the block's number and text columns into its batch. */
function gather(c: ColumnCells, row: number): void {
  const { batch, kinds } = c;
  const n = kinds.length;
  const to = Math.min(row + BATCH, c.end - c.first);
  for (let r = row; r < to; r++) {
    const key = c.keyAt(r);
    const base = (r - row) * n;
    batch.keys[r - row] = key;
    for (let j = 0; j < n; j++) {
      const kind = kinds[j];
      if (kind === FLOAT) {
        const values = c.floats[j] as Float64Array;
        batch.missing[base + j] = key < values.length ? 0 : 1;
        // Dividing by 1 is exact: the value is the one the row source gives.
        batch.values[base + j] = (values[key] as number) / (c.divisors[j] as number);
      } else if (kind === INT) {
        const values = c.ints[j] as Int32Array;
        batch.missing[base + j] = key < values.length ? 0 : 1;
        batch.values[base + j] = values[key] ?? 0;
      } else if (kind === TEXT) {
        const verdicts = c.verdicts[j];
        const index = (c.tables[j] as Int32Array)[key] ?? LOOK_UP;
        // A text found clean that has its index is written by the index: not read (one miss less).
        if (index >= 0 && (verdicts === undefined || foundClean(verdicts, key))) {
          batch.known[base + j] = index;
          continue;
        }
        const text = (c.texts[j] as readonly (string | null)[])[key];
        batch.texts[base + j] = text;
        // A verdict is the text's alone (cleanId reports nothing): taking it early is the same.
        batch.known[base + j] =
          typeof text === "string" && (verdicts === undefined || cleanId(verdicts, key, text))
            ? index
            : DIRTY;
      }
    }
  }
  batch.from = row;
  batch.to = to;
}

/** Whether the staged number is finite (x − x is 0 only for finite numbers). */
const finiteStaged = (): boolean => (STAGED[0] as number) - (STAGED[0] as number) === 0;

/** Cell j holding `value`, repaired first when the guard would repair it. */
function guarded(
  c: ColumnCells,
  i: number,
  j: number,
  at: number,
  value: CellValue,
  pieces: CellPieces,
  cells: RowCells
): void {
  const { guard } = c;
  cells.cell(pieces, j, at + j, guard && needsRepair(value) ? guard.repair(i, j, value) : value);
}

/**
 * The shared-string index of each clean text of the row (-1 for others), looked up before any
 * cell is written, as sheet-data.ts does for text ids: texts get their indices in the same order.
 */
function sharedTexts(c: ColumnCells, base: number, key: number): void {
  const { batch, shared } = c;
  for (let k = 0; k < c.textColumns.length; k++) {
    const j = c.textColumns[k] as number;
    const known = batch.known[base + j] as number;
    shared[j] =
      known >= 0
        ? c.strings.counted(known)
        : known === LOOK_UP
          ? c.strings.ofId(c.tables[j] as Int32Array, key, batch.texts[base + j] as string)
          : -1;
  }
}

/** Text column j's cell: its shared string when clean and known, else as `guarded` writes it. */
function textCell(
  c: ColumnCells,
  i: number,
  j: number,
  text: string | null | undefined,
  at: number,
  pieces: CellPieces,
  cells: RowCells
): void {
  const index = c.shared[j] as number;
  if (index >= 0) cells.shared(pieces, j, at + j, index);
  // A repaired text, or one a worker thread's table lacks (`cell` writes an inline string).
  else guarded(c, i, j, at, text ?? null, pieces, cells);
}
