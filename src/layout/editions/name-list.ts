/**
 * A long list (city, rank, rate) printed in several columns a page, like the report's own long
 * lists: each page a block of tables side by side with the same columns, read down then across,
 * as many across as fit the sheet's page band (a narrow empty column between them, so a number
 * never touches the next name); the last block's columns balanced. Issue 11, "Print".
 */
import { columnPoints, DEFAULT_ROW_HEIGHT, oneBandPageHeight } from "../print";
import { SheetBuilder, wrappedRowHeight } from "../sheet-builder";
import { wrapLines } from "../text-width";
import type { CellValue, Language } from "../types";
import type { KeptRows } from "./pages";
import type { TableData } from "./tables";

export type NameList = { key: string; caption: string; data: TableData };

/**
 * A list may widen the sheet up to a landscape page printed at 85 % (text at 9.4 pt), or by 5 %
 * (one page band still, text ≥ 8 pt as print.ts checks).
 */
const LIST_MAX_CHARS = 124;
const LIST_WIDEN = 1.05;
/** Rows a column of the list holds at least (fewer names: fewer columns). */
const MIN_ROWS = 10;
/** Rows of slack per page (renderers' row heights differ a little). */
const SLACK_ROWS = 2;
/** Characters of a column left at the default width (64 pt as LibreOffice prints it, print.ts). */
const DEFAULT_CHARS = 9;

/** Width (characters) of sheet columns from … to − 1. */
export function widthOf(widths: readonly number[], from: number, to: number): number {
  let sum = 0;
  for (let c = from; c < to; c++) sum += widths[c] ?? DEFAULT_CHARS;
  return sum;
}

export type ListPlan = {
  /** Tables side by side (1 = one column). */
  across: number;
  /** Sheet column widths once the list is placed. */
  widths: number[];
};

/** Columns `across` copies of the list widen: `widths` with each copy's own widths applied. */
function widened(widths: readonly number[], own: readonly number[], across: number): number[] {
  const result = [...widths];
  const stride = own.length + 1;
  for (let p = 0; p < across; p++)
    own.forEach((w, j) => {
      const c = p * stride + j;
      for (let k = result.length; k <= c; k++) result.push(DEFAULT_CHARS);
      result[c] = Math.max(result[c] ?? 0, w);
    });
  return result;
}

/** How many copies across fit `band` characters (or up to LIST_MAX_CHARS). */
export function planList(
  list: NameList,
  widths: readonly number[],
  band: number,
  language: Language
): ListPlan {
  const trial = new SheetBuilder("list", "list", "", language);
  trial.table({ key: list.key, row: 1, column: 0, ...list.data });
  const own = trial.currentWidths();
  const limit = Math.max(band * LIST_WIDEN, LIST_MAX_CHARS);
  const most = Math.max(1, Math.ceil(list.data.rows.length / MIN_ROWS));
  let across = 1;
  while (across < most) {
    const next = widened(widths, own, across + 1);
    if (widthOf(next, 0, next.length) > limit) break;
    across += 1;
  }
  return { across, widths: widened(widths, own, across) };
}

/**
 * Places the list from sheet row `row` as `plan` says, each block's rows added to `ranges`;
 * returns the first row after it.
 */
export function placeList(
  b: SheetBuilder,
  list: NameList,
  plan: ListPlan,
  row: number,
  ranges: KeptRows[]
): number {
  const { columns, rows: items } = list.data;
  const { across, widths } = plan;
  const stride = columns.length + 1;
  const pageHeight = oneBandPageHeight(columnPoints(widthOf(widths, 0, widths.length)));
  const most = (count: number, at: (k: number) => number): number => {
    let m = 0;
    for (let k = 0; k < count; k++) m = Math.max(m, at(k));
    return m;
  };
  // Each column's narrowest copy: a name wraps there first.
  const textWidth = (j: number): number => {
    let least = Infinity;
    for (let p = 0; p < across; p++) least = Math.min(least, widths[p * stride + j] ?? 0);
    return least - 2;
  };
  const lines = (text: CellValue, j: number, bold: boolean): number =>
    typeof text === "string" ? wrapLines(text, textWidth(j), bold) : 1;
  // Row heights as sheet-builder.ts gives them, once per name.
  const heights = items.map((item) => {
    const count = most(item.length, (j) => lines(item[j] ?? null, j, false));
    return count > 1 ? wrappedRowHeight(count, false) : DEFAULT_ROW_HEIGHT;
  });
  const header = most(columns.length, (j) => lines(columns[j]?.header ?? "", j, true));
  const room =
    pageHeight -
    DEFAULT_ROW_HEIGHT -
    wrappedRowHeight(header, true) -
    SLACK_ROWS * DEFAULT_ROW_HEIGHT;
  const blockHeight = (start: number, rows: number): number => {
    let sum = 0;
    for (let r = 0; r < rows; r++) sum += most(across, (p) => heights[start + p * rows + r] ?? 0);
    return sum;
  };
  let start = 0;
  let block = 0;
  while (start < items.length) {
    let rows = Math.max(1, Math.floor(room / DEFAULT_ROW_HEIGHT));
    while (rows > 1 && blockHeight(start, rows) > room) rows -= 1;
    // The last block: its columns balanced.
    rows = Math.min(rows, Math.ceil((items.length - start) / across));
    let end = row;
    for (let p = 0; p < across && start + p * rows < items.length; p++) {
      const part = items.slice(start + p * rows, start + (p + 1) * rows);
      const table = b.table({
        key: `${list.key}.${block}.${p}`,
        row: p === 0 ? row : row + 1,
        column: p * stride,
        columns,
        rows: part,
        ...(p === 0 ? { caption: list.caption } : {}),
      });
      end = Math.max(end, table.end - 1);
    }
    ranges.push({ from: row, to: end });
    start += rows * across;
    block += 1;
    row = end + 2;
  }
  return row;
}
