/**
 * Helpers for the charts of a sheet: series of table columns, anchors, category axis labels and
 * the rows of a top-N list with ties (docs/method.md, "Ranks and ties").
 */
import type { PlacedTable } from "./sheet-builder";
import { cellA1 } from "./ranges";
import { SERIES_COLORS } from "./styles";
import { textWidth } from "./text-width";
import type { CellValue, ChartSpec } from "./types";

/** Chart series of the table's columns first, first + 1, … named `names`, in the series colours. */
export function columnSeries(
  table: PlacedTable,
  first: number,
  names: readonly string[]
): ChartSpec["series"] {
  return names.map((name, k) => ({
    name,
    nameRange: table.headerCell(first + k),
    valuesRange: table.dataRange(first + k),
    color: SERIES_COLORS[k % SERIES_COLORS.length],
  }));
}

/** Chart anchor of `columns` × `rows` cells with its top-left at (row, column). */
export function anchorAt(row: number, column: number, rows = 16, columns = 8): ChartSpec["anchor"] {
  return { from: cellA1(row, column), to: cellA1(row + rows - 1, column + columns - 1) };
}

/** Charts show every category label up to this many categories (rotated when crowded). */
const ALL_LABELS_UP_TO = 40;

/**
 * Category axis settings for chart categories `labels`: every label shown up to 40 categories,
 * turned −45° when they would crowd (many, or long), −90° beyond 20.
 */
export function categoryAxis(
  labels: readonly CellValue[]
): Pick<ChartSpec, "showAllCategoryLabels" | "categoryLabelRotation"> {
  const n = labels.length;
  if (n === 0 || n > ALL_LABELS_UP_TO) return {};
  const longest = labels.reduce(
    (m: number, l) => Math.max(m, textWidth(String(l ?? ""))),
    -Infinity
  );
  const rotation = n > 20 ? -90 : n > 8 || n * longest > 60 ? -45 : undefined;
  return rotation === undefined
    ? { showAllCategoryLabels: true }
    : { showAllCategoryLabels: true, categoryLabelRotation: rotation };
}

/**
 * Rows of a ranked list to show as a top `n`: the first n, plus every row tied with the n-th
 * (equal rank). `ranks` are the list's ranks in display order (docs/method.md, "Ranks and ties").
 */
export function topWithTies(ranks: readonly (number | null)[], n: number): number {
  return topWithTiesAt(ranks.length, (i) => ranks[i] ?? null, n);
}

/** `topWithTies` over `length` ranks read by `rankAt(i)` (no array of 100,000 ranks built). */
export function topWithTiesAt(
  length: number,
  rankAt: (i: number) => number | null,
  n: number
): number {
  if (length <= n) return length;
  const cut = rankAt(n - 1);
  let count = n;
  while (count < length && rankAt(count) === cut) count += 1;
  return count;
}
