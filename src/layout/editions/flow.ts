/**
 * The editions sheet's sections on paper (issue 11, "Print"): every table starts at column 0, so
 * the sheet prints as one page band as wide as its widest table (fit to that width, text ≥ 8 pt,
 * print.ts); each chart stands beside its table when both fit that band, else directly below it;
 * each table with its chart is kept on one page (a row break before it when the rest of the page
 * is too short). A long list of names follows, several columns a page (name-list.ts).
 */
import { anchorAt, SheetBuilder, type PlacedTable } from "../sheet-builder";
import type { ChartSpec } from "../types";
import type { TableData } from "./tables";
import { placeList, planList, widthOf, type NameList } from "./name-list";
import type { KeptRows } from "./pages";

/** A table of the sheet with its caption and, optionally, the chart that shows it. */
export type Section = {
  key: string;
  data: TableData;
  caption: string;
  tableName?: string;
  /** The chart bound to the placed table (null: none, e.g. an empty table). */
  chart?: (table: PlacedTable) => Omit<ChartSpec, "anchor"> | null;
};

/** Chart size: beside a table, and below one (wider, for the many lines of the bump chart). */
const CHART = { besideRows: 12, besideChars: 64, belowRows: 15, belowChars: 96 };
/** Empty rows between sections. */
const GAP_ROWS = 1;

/** Width (characters) of columns 0 … count − 1. */
const widthTo = (widths: readonly number[], count: number): number => widthOf(widths, 0, count);

/**
 * Column widths of the sheet once every table is placed (charts never widen a column): the
 * placement of a chart depends on them, and they do not depend on rows.
 */
function finalWidths(
  b: SheetBuilder,
  sections: readonly Section[],
  columnsOf: (s: Section) => TableData["columns"]
): readonly number[] {
  const trial = new SheetBuilder(b.key, b.name, b.title, b.language);
  for (const s of sections)
    trial.table({ key: s.key, row: 1, column: 0, ...s.data, columns: columnsOf(s) });
  return trial.currentWidths();
}

/**
 * Places `sections` from sheet row `row` down: `row` is the first row after them, `placeList`
 * places `list` (planned with them, as it may widen their columns) from a row and returns the
 * first row after it. `columnsOf` gives a section's columns as placed (text columns wrap). The
 * rows of each table with its chart are added to `ranges`, for `keepOnPages`.
 */
export function placeSections(
  b: SheetBuilder,
  sections: readonly Section[],
  row: number,
  columnsOf: (s: Section) => TableData["columns"],
  ranges: KeptRows[],
  list?: NameList
): { row: number; placeList: (row: number) => number } {
  let widths = finalWidths(b, sections, columnsOf);
  let band = sections.reduce((m, s) => Math.max(m, widthTo(widths, s.data.columns.length)), 0);
  const plan = list ? planList(list, widths, band, b.language) : null;
  if (plan) {
    widths = plan.widths;
    band = Math.max(band, widthTo(widths, widths.length));
  }
  /** Columns from `column` on spanning about `chars` (at least one), within the band. */
  const span = (column: number, chars: number): number => {
    let count = 1;
    while (widthTo(widths, column + count) - widthTo(widths, column) < chars) {
      if (widthTo(widths, column + count + 1) > band) break;
      count += 1;
    }
    return count;
  };
  for (const s of sections) {
    const columns = columnsOf(s);
    const start = row;
    const table = b.table({
      key: s.key,
      row,
      column: 0,
      ...s.data,
      columns,
      caption: s.caption,
      ...(s.tableName ? { tableName: s.tableName } : {}),
    });
    let last = table.end - 1;
    const spec = s.chart?.(table) ?? null;
    if (spec) {
      // Beside: after an empty column where the band allows, so no figure touches the chart.
      const fits = (column: number): boolean => widthTo(widths, column) + CHART.besideChars <= band;
      if (fits(columns.length)) {
        const column = fits(columns.length + 1) ? columns.length + 1 : columns.length;
        b.chart({
          ...spec,
          anchor: anchorAt(
            table.headerRow,
            column,
            CHART.besideRows,
            span(column, CHART.besideChars)
          ),
        });
        last = Math.max(last, table.headerRow + CHART.besideRows - 1);
      } else {
        b.chart({
          ...spec,
          anchor: anchorAt(table.end + GAP_ROWS, 0, CHART.belowRows, span(0, CHART.belowChars)),
        });
        last = table.end + GAP_ROWS + CHART.belowRows - 1;
      }
    }
    ranges.push({ from: start, to: last });
    row = last + 1 + GAP_ROWS;
  }
  return { row, placeList: (at) => (list && plan ? placeList(b, list, plan, at, ranges) : at) };
}
