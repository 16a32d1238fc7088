/** Shared helpers of the layout tests: the 2015 layouts and cell lookup through blocks. */
import { dataset2015 } from "../../src/engine/bundled";
import { evaluate } from "../../src/engine/evaluate";
import { buildSummaryLayout, parseA1 } from "../../src/layout";
import type { Block, CellValue, Language, SheetLayout, SummaryLayout } from "../../src/layout";

const cache = new Map<string, SummaryLayout>();

/** The summary of the bundled 2015 data (printed appendix, or the precise reconstruction). */
export function layout2015(language: Language = "zh", precise = false): SummaryLayout {
  const key = `${language}/${precise}`;
  let layout = cache.get(key);
  if (!layout) {
    const dataset = dataset2015(precise);
    layout = buildSummaryLayout(evaluate(dataset), dataset, { language });
    cache.set(key, layout);
  }
  return layout;
}

export function sheet(layout: SummaryLayout, key: string): SheetLayout {
  const found = layout.sheets.find((s) => s.key === key);
  if (!found) throw new Error(`No sheet ${key}`);
  return found;
}

export function block(sheetLayout: SheetLayout, key: string): Block {
  const found = sheetLayout.blocks.find((b) => b.key === key);
  if (!found) throw new Error(`No block ${key} on ${sheetLayout.key}`);
  return found;
}

/** The block holding cell (row, column), or undefined. */
export function blockAt(sheetLayout: SheetLayout, row: number, column: number): Block | undefined {
  return sheetLayout.blocks.find(
    (b) =>
      row >= b.row && row < b.row + b.rows && column >= b.column && column < b.column + b.columns
  );
}

/** Value of a sheet cell as the writer would write it (undefined = no block covers it). */
export function cellValue(
  sheetLayout: SheetLayout,
  row: number,
  column: number
): CellValue | undefined {
  const b = blockAt(sheetLayout, row, column);
  return b ? (b.values[row - b.row]?.[column - b.column] ?? null) : undefined;
}

/** Values of a one-column A1 range, top to bottom. */
export function columnValues(sheetLayout: SheetLayout, a1: string): (CellValue | undefined)[] {
  const r = parseA1(a1);
  if (r.columns !== 1) throw new Error(`${a1} is not one column`);
  return Array.from({ length: r.rows }, (_, i) => cellValue(sheetLayout, r.row + i, r.column));
}

/** Rows of a table block as objects keyed by header. */
export function records(b: Block): Record<string, CellValue>[] {
  const [header = [], ...rows] = b.values;
  return rows.map((row) => Object.fromEntries(header.map((h, j) => [String(h), row[j] ?? null])));
}
