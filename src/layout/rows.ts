/**
 * Blocks whose rows are a function rather than a stored grid (docs/adr/0012-layout-row-source.md):
 * a 100,000-city layout describes its per-city tables by `rowAt(i)`, so writers pull rows one
 * at a time (or in chunks) and never hold every sheet's cells at once.
 *
 * `block.values` stays readable on every block: on a streamed block it is built on first read
 * and kept (small layouts, tests and JSON). Writers read rows through `blockRow`, which never
 * builds it.
 */
import type { TableColumns } from "./table-columns";
import type { Block, CellValue } from "./types";

/** Row i of a block (0 = its first row), or undefined for an empty row. */
export type RowSource = (i: number) => readonly CellValue[] | undefined;

/**
 * Text columns whose cell in row i is `texts[idAt(i)]` (a city's name by its index), or a
 * repaired copy of it: a writer maps each id to its shared-string index once, instead of
 * looking up every city name in a table of all of them. Writers check the value is still
 * `texts[id]` (the same string) before using the id.
 */
export type TextIds = {
  columns: readonly { column: number; texts: readonly (string | null)[] }[];
  idAt: (i: number) => number;
};

/**
 * Rows of a table's body: how many, row i on demand, optionally text columns by id and, for a
 * table given by columns (table-columns.ts `columnRows`), the columns its rows are made from.
 */
export type TableRows = {
  count: number;
  row: (i: number) => CellValue[];
  textIds?: TextIds;
  columns?: TableColumns;
};

/** A streamed block's body by columns: block row i (≥ `first`) is body row i − `first`. */
export type BlockColumns = TableColumns & { first: number };

const ROW_SOURCE = Symbol("rowSource");
const TEXT_IDS = Symbol("textIds");
const COLUMNS = Symbol("columns");
type Streamed = Block & {
  [ROW_SOURCE]?: RowSource;
  [TEXT_IDS]?: TextIds;
  [COLUMNS]?: BlockColumns;
};
/** A row source made by `tableRowAt` carries its body's text ids and columns to `streamRows`. */
type SourceWithIds = RowSource & { [TEXT_IDS]?: TextIds; [COLUMNS]?: BlockColumns };

/** Row i of `block`, without building `block.values` when the block is streamed. */
export function blockRow(block: Block, i: number): readonly CellValue[] | undefined {
  const source = (block as Streamed)[ROW_SOURCE];
  return source ? source(i) : block.values[i];
}

/** The row source of a streamed block, or undefined when the block stores its values. */
export const rowSourceOf = (block: Block): RowSource | undefined => (block as Streamed)[ROW_SOURCE];

/** The text ids of a streamed block's rows (block row i, header included), if it has them. */
export const textIdsOf = (block: Block): TextIds | undefined => (block as Streamed)[TEXT_IDS];

/**
 * The columns a streamed block's body rows are made from (table-columns.ts), while its rows
 * still come from them: undefined once `values` is built or assigned, and on a copy with another
 * row source (`withRowSource`; the guard re-attaches them with its cell checks).
 */
export const columnsOf = (block: Block): BlockColumns | undefined => (block as Streamed)[COLUMNS];

/** Gives a streamed `block` the columns its raw rows are made from (guard.ts). */
export function attachColumns(block: Block, columns: BlockColumns | undefined): Block {
  const source = rowSourceOf(block);
  if (columns && source) defineColumns(block as Streamed, columns, () => rowSourceOf(block));
  return block;
}

function defineColumns(block: Streamed, columns: BlockColumns, live: () => unknown): void {
  Object.defineProperty(block, COLUMNS, {
    configurable: true,
    enumerable: false,
    get: () => (live() !== undefined ? columns : undefined),
  });
}

/**
 * Makes `block` streamed: rows come from `source`; `values` is built from it on first read
 * (then kept) and may be replaced by assignment, which ends the streaming.
 */
export function streamRows(block: Omit<Block, "values">, source: RowSource): Block {
  let cache: CellValue[][] | undefined;
  const streamed = block as Streamed;
  const textIds = (source as SourceWithIds)[TEXT_IDS];
  if (textIds) Object.defineProperty(streamed, TEXT_IDS, { configurable: true, value: textIds });
  const columns = (source as SourceWithIds)[COLUMNS];
  if (columns) defineColumns(streamed, columns, () => (cache === undefined ? source : undefined));
  Object.defineProperty(streamed, ROW_SOURCE, {
    configurable: true,
    enumerable: false,
    get: () => (cache === undefined ? source : undefined),
  });
  Object.defineProperty(streamed, "values", {
    configurable: true,
    enumerable: true,
    get: (): CellValue[][] => (cache ??= materialise(source, block.rows)),
    set: (values: CellValue[][]) => {
      cache = values;
    },
  });
  return streamed;
}

/** A streamed copy of `block` (everything but its values) whose rows come from `source`. */
export function withRowSource(block: Block, source: RowSource): Block {
  const head: Record<string, unknown> = {};
  // Object.keys lists `values` without reading it (reading would build it).
  for (const key of Object.keys(block))
    if (key !== "values") head[key] = (block as Record<string, unknown>)[key];
  // Rows keep their places, so the ids still hold (writers check each value against them).
  const textIds = textIdsOf(block);
  const withIds: SourceWithIds = textIds ? Object.assign(source, { [TEXT_IDS]: textIds }) : source;
  return streamRows(head as Omit<Block, "values">, withIds);
}

/** Every row of a source; empty rows stay holes, as in a stored sparse grid. */
function materialise(source: RowSource, rows: number): CellValue[][] {
  const values: CellValue[][] = [];
  for (let i = 0; i < rows; i++) {
    const row = source(i);
    if (row !== undefined) values[i] = row as CellValue[];
  }
  values.length = rows;
  return values;
}

/** Rows of a table: a stored grid as is, or a streamed source with a header row in front. */
export function tableRowAt(headers: CellValue[], rows: TableRows): RowSource {
  const source: SourceWithIds = (i) =>
    i === 0 ? headers : i <= rows.count ? rows.row(i - 1) : undefined;
  const body = rows.textIds;
  if (body) {
    // Block row i is body row i - 1; the header row's id is never used (its texts differ).
    const idAt = (i: number): number => (i === 0 ? -1 : body.idAt(i - 1));
    source[TEXT_IDS] = { columns: body.columns, idAt };
  }
  if (rows.columns) source[COLUMNS] = { ...rows.columns, first: 1 };
  return source;
}

/** A table's body rows as a source (a stored grid is read in place). */
export function asTableRows(rows: CellValue[][] | TableRows): TableRows {
  return Array.isArray(rows) ? { count: rows.length, row: (i) => rows[i] ?? [] } : rows;
}
