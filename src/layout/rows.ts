/**
 * Blocks whose rows are a function rather than a stored grid (docs/adr/0012-layout-row-source.md):
 * a 100,000-city layout describes its per-city tables by `rowAt(i)`, so writers pull rows one
 * at a time (or in chunks) and never hold every sheet's cells at once.
 *
 * `block.values` stays readable on every block: on a streamed block it is built on first read
 * and kept (small layouts, tests and JSON). Writers read rows through `blockRow`, which never
 * builds it.
 */
import type { Block, CellValue } from "./types";

/** Row i of a block (0 = its first row), or undefined for an empty row. */
export type RowSource = (i: number) => readonly CellValue[] | undefined;

/** Rows of a table's body: how many, and row i on demand. */
export type TableRows = { count: number; row: (i: number) => CellValue[] };

const ROW_SOURCE = Symbol("rowSource");
type Streamed = Block & { [ROW_SOURCE]?: RowSource };

/** Row i of `block`, without building `block.values` when the block is streamed. */
export function blockRow(block: Block, i: number): readonly CellValue[] | undefined {
  const source = (block as Streamed)[ROW_SOURCE];
  return source ? source(i) : block.values[i];
}

/** The row source of a streamed block, or undefined when the block stores its values. */
export const rowSourceOf = (block: Block): RowSource | undefined => (block as Streamed)[ROW_SOURCE];

/**
 * Makes `block` streamed: rows come from `source`; `values` is built from it on first read
 * (then kept) and may be replaced by assignment, which ends the streaming.
 */
export function streamRows(block: Omit<Block, "values">, source: RowSource): Block {
  let cache: CellValue[][] | undefined;
  const streamed = block as Streamed;
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
  return streamRows(head as Omit<Block, "values">, source);
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
  return (i) => (i === 0 ? headers : i <= rows.count ? rows.row(i - 1) : undefined);
}

/** A table's body rows as a source (a stored grid is read in place). */
export function asTableRows(rows: CellValue[][] | TableRows): TableRows {
  return Array.isArray(rows) ? { count: rows.length, row: (i) => rows[i] ?? [] } : rows;
}
