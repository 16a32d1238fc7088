/**
 * Per-city tables described column by column (docs/adr/0020-column-reads.md): body row i is the
 * city `keyAt(i)`, and each column says where its cell comes from — a number array (the
 * engine's typed columns), a text array (names by city, as text ids), or a function for anything
 * else. `columnRows` derives the rows every reader sees (`row(i)`, rows.ts) from this one
 * description, so a writer that reads the columns directly (the .xlsx writer: no row array and
 * no boxed number per cell) writes the same cells as one that reads rows (the Office writer).
 */
import type { TableRows } from "./rows";
import type { CellValue } from "./types";

/** Where column j's cell of city `key` comes from. */
export type ColumnRead =
  /** `values[key]` (a missing or null entry is an empty cell), divided by `divisor` when given. */
  | { kind: "number"; values: ArrayLike<number | null>; divisor?: number }
  /** `texts[key]` (null: an empty cell); the column is a text-id column (rows.ts `TextIds`). */
  | { kind: "text"; texts: readonly (string | null)[] }
  /** Any other cell. */
  | { kind: "cell"; at: (key: number) => CellValue };

/** A table body by columns: `count` rows, row i about city `keyAt(i)`. */
export type TableColumns = {
  count: number;
  keyAt: (i: number) => number;
  columns: readonly ColumnRead[];
};

/** Engine rates are percentages (80.2); cells hold fractions (0.802) shown with "0.00%". */
export const PERCENT = 100;

/** The cell of column `read` for city `key`, as every reader sees it. */
export function readCell(read: ColumnRead, key: number): CellValue {
  if (read.kind === "text") return read.texts[key] ?? null;
  if (read.kind === "cell") return read.at(key);
  const v = read.values[key];
  if (v === undefined || v === null) return null;
  return read.divisor === undefined ? v : v / read.divisor;
}

/** The row of city `key` (one cell per column). */
export function rowOfColumns(columns: readonly ColumnRead[], key: number): CellValue[] {
  const row: CellValue[] = [];
  for (const read of columns) row.push(readCell(read, key));
  return row;
}

/** The rows of a table given by columns; its text columns are its text ids. */
export function columnRows(table: TableColumns): TableRows {
  const { keyAt, columns } = table;
  const texts = columns.flatMap((read, column) =>
    read.kind === "text" ? [{ column, texts: read.texts }] : []
  );
  return {
    count: table.count,
    row: (i) => rowOfColumns(columns, keyAt(i)),
    ...(texts.length > 0 && { textIds: { columns: texts, idAt: keyAt } }),
    columns: table,
  };
}
