/** Looks values up in a sheet layout by A1 range (for table rows and chart caches); computes nothing. */
import { parseA1 } from "../layout/ranges";
import { blockRow } from "../layout/rows";
import type { CellValue, ChartSpec, SheetLayout } from "../layout/types";
import type { ChartData } from "./charts";

/** The value the layout puts at a 0-based cell of the sheet (null when no block covers it). */
export function valueAt(sheet: SheetLayout, row: number, column: number): CellValue {
  for (const b of sheet.blocks) {
    if (
      row >= b.row &&
      row < b.row + b.rows &&
      column >= b.column &&
      column < b.column + b.columns
    ) {
      return blockRow(b, row - b.row)?.[column - b.column] ?? null;
    }
  }
  return null;
}

/** Values of a sheet-local A1 range, row by row. */
export function rangeValues(sheet: SheetLayout, a1: string): CellValue[][] {
  const r = parseA1(a1);
  return Array.from({ length: r.rows }, (_, i) =>
    Array.from({ length: r.columns }, (_, j) => valueAt(sheet, r.row + i, r.column + j))
  );
}

const flat = (sheet: SheetLayout, a1: string): CellValue[] => rangeValues(sheet, a1).flat();

/** A chart's categories, series names and values as the layout holds them (for the chart caches). */
export function chartData(sheet: SheetLayout, spec: ChartSpec): ChartData {
  return {
    spec,
    categories: flat(sheet, spec.categoriesRange).map((v) => (v === null ? "" : String(v))),
    series: spec.series.map((s) => {
      const name = flat(sheet, s.nameRange)[0];
      return {
        name: typeof name === "string" && name !== "" ? name : s.name,
        values: flat(sheet, s.valuesRange).map((v) => (typeof v === "number" ? v : null)),
      };
    }),
  };
}
