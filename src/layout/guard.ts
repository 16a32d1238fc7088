/**
 * The one validity gate every workbook passes before a writer renders it (issue 10, "Only
 * valid workbooks leave the writer"). Both writers (src/xlsx, src/office) call `guardLayout`:
 * - every text (cells, sheet names and titles, chart titles, series names and axis titles,
 *   print header / footer, the workbook title) has characters XML 1.0 forbids (C0 controls but
 *   tab / LF / CR, U+FFFE, U+FFFF, unpaired surrogates) replaced by U+FFFD;
 * - texts over Excel's 32,767 characters per cell are cut, ending in "…";
 * - NaN and ±Infinity become blank cells (and are dropped from chart / format settings).
 * Each kind of repair is reported once, with a count and the first place. The layout is copied
 * only where something changed (value rows included), so a clean 100,000-city layout costs one
 * scan and no copy.
 */
import { columnLetters } from "../engine/text";
import { uniqueSheetNames } from "./ranges";
import { MAX_CELL_TEXT, Repairs, XML_FORBIDDEN, type Order } from "./repairs";
import { attachColumns, columnsOf, rowSourceOf, withRowSource } from "./rows";
import {
  attachCellGuard,
  cellGuard,
  knownClean,
  needsRepair,
  resetVerdicts,
  textNeedsRepair,
} from "./guard-cells";
import type { Block, CellValue, ChartSpec, SheetLayout, SummaryLayout } from "./types";

export type GuardedLayout = { layout: SummaryLayout; repairs: string[] };
/**
 * `guardLayoutWhileWriting`: the repairs are known once every row has been read; `tally` counts
 * them (a writer adds a worker thread's counts to it).
 */
export type GuardingLayout = { layout: SummaryLayout; repairs: () => string[]; tally: Repairs };

export { MAX_CELL_TEXT, XML_FORBIDDEN };

/** Rows longer than this are walked by their present indices (sparse rows). */
const DENSE_ROW = 1024;

/** Steps of the scan of one sheet, in the order of `guardSheet`. */
const STEP = { print: 0, title: 1, blocks: 2, charts: 3, settings: 4 } as const;

const cellPlace = (sheet: string, row: number, column: number) => (): string =>
  `'${sheet.replace(/'/g, "''")}'!${columnLetters(column)}${row + 1}`;

/** A cell value as it may be written: repaired text, finite number or null. */
function guardValue(v: CellValue, repairs: Repairs, place: () => string): CellValue {
  if (typeof v === "string") return repairs.text(v, place);
  if (typeof v === "number") return repairs.finite(v, place) ?? null;
  return v;
}

/** Row i of a block, or a copy with repaired values when one needs repair. */
function guardRow(
  block: Block,
  row: readonly CellValue[],
  i: number,
  sheet: string,
  repairs: Repairs,
  known?: Uint8Array
): CellValue[] | undefined {
  let copy: CellValue[] | undefined;
  const n = row.length;
  if (n <= DENSE_ROW) {
    for (let j = 0; j < n; j++) {
      const v = row[j];
      // Clean cells (nearly all) cost one type check: finite numbers (x - x is 0 only for
      // them), nulls, texts their id found clean; other texts are read.
      if (typeof v === "number") {
        if (v - v === 0) continue;
      } else if (typeof v !== "string" || known?.[j] === 1 || !textNeedsRepair(v)) continue;
      copy = repairCell(block, row, copy, i, j, sheet, repairs);
    }
  } else {
    for (const key of Object.keys(row)) {
      const j = Number(key);
      if (needsRepair(row[j])) copy = repairCell(block, row, copy, i, j, sheet, repairs);
    }
  }
  return copy;
}

/** Repairs cell j of row i: the row's copy (made on the first change) with the repaired value. */
function repairCell(
  block: Block,
  row: readonly CellValue[],
  copy: CellValue[] | undefined,
  i: number,
  j: number,
  sheet: string,
  repairs: Repairs
): CellValue[] | undefined {
  const v = row[j] as CellValue;
  const [sheetIndex = 0, step = 0, blockIndex = 0] = repairs.order;
  repairs.order = [sheetIndex, step, blockIndex, i, j];
  const guarded = guardValue(v, repairs, cellPlace(sheet, block.row + i, block.column + j));
  if (guarded === v) return copy;
  const repaired = copy ?? row.slice();
  repaired[j] = guarded;
  return repaired;
}

/**
 * The block, or a copy with repaired values (only changed rows are copied). A streamed block
 * (rows.ts) is scanned row by row and stays streamed: repaired rows are kept beside its source.
 * `whileReading`: a streamed block is not scanned now; each row is guarded when it is read (the
 * .xlsx writer reads every row once, so the rows are not built twice), its repairs counted once.
 */
function guardBlock(
  block: Block,
  sheet: string,
  repairs: Repairs,
  order: Order,
  whileReading: boolean
): Block {
  const source = rowSourceOf(block);
  repairs.order = order;
  if (source && whileReading) {
    const counted = new Uint8Array(block.rows);
    const cleanById = knownClean(block);
    const guarded = withRowSource(block, (i) => {
      const row = source(i);
      if (!row) return row;
      repairs.order = order;
      repairs.silent = counted[i] === 1;
      counted[i] = 1;
      const copy = guardRow(block, row, i, sheet, repairs, cleanById?.(row, i));
      repairs.silent = false;
      return copy ?? row;
    });
    // The .xlsx writer may instead read the rows as they are (or their columns) and check each
    // cell in its own type dispatch; a row's repairs are counted once either way.
    let row = -1;
    let silent = false;
    return attachCellGuard(
      attachColumns(guarded, columnsOf(block)),
      cellGuard(source, (i, j, value) => {
        if (row !== i) [row, silent, counted[i]] = [i, counted[i] === 1, 1];
        repairs.order = [...order, i, j];
        repairs.silent = silent;
        const repaired = guardValue(
          value,
          repairs,
          cellPlace(sheet, block.row + i, block.column + j)
        );
        repairs.silent = false;
        return repaired;
      })
    );
  }
  if (source) {
    const repaired = new Map<number, CellValue[]>();
    for (let i = 0; i < block.rows; i++) {
      const row = source(i);
      const copy = row && guardRow(block, row, i, sheet, repairs);
      if (copy) repaired.set(i, copy);
    }
    if (repaired.size === 0) return block;
    return withRowSource(block, (i) => repaired.get(i) ?? source(i));
  }
  let values: CellValue[][] | undefined;
  for (let i = 0; i < block.values.length; i++) {
    const row = block.values[i];
    const copy = row && guardRow(block, row, i, sheet, repairs);
    if (copy) {
      values ??= block.values.slice();
      values[i] = copy;
    }
  }
  return values ? { ...block, values } : block;
}

function guardChart(chart: ChartSpec, sheet: string, repairs: Repairs): ChartSpec {
  const place = repairs.place(sheet, "chart");
  const text = (t: string | undefined): string | undefined =>
    t === undefined ? undefined : repairs.text(t, place);
  const guarded: ChartSpec = {
    ...chart,
    title: repairs.text(chart.title, place),
    series: chart.series.map((s) => ({ ...s, name: repairs.text(s.name, place) })),
    categoryAxisTitle: text(chart.categoryAxisTitle),
    valueAxisTitle: text(chart.valueAxisTitle),
    valueAxisMin: repairs.finite(chart.valueAxisMin, place),
    valueAxisMax: repairs.finite(chart.valueAxisMax, place),
    categoryLabelRotation: repairs.finite(chart.categoryLabelRotation, place),
  };
  for (const key of Object.keys(guarded) as (keyof ChartSpec)[])
    if (guarded[key] === undefined) delete guarded[key];
  return guarded;
}

function guardSheet(
  sheet: SheetLayout,
  name: string,
  repairs: Repairs,
  index: number,
  whileReading: boolean
): SheetLayout {
  const setting = repairs.place(name, "setting");
  const step = (at: number): true => {
    repairs.order = [index, at];
    return true;
  };
  step(STEP.print);
  const print = sheet.print && {
    ...sheet.print,
    ...(sheet.print.headerText !== undefined && {
      headerText: repairs.text(sheet.print.headerText, repairs.place(name, "printHeader")),
    }),
    ...(sheet.print.footerText && {
      footerText: {
        page: repairs.text(sheet.print.footerText.page, repairs.place(name, "printHeader")),
        of: repairs.text(sheet.print.footerText.of, repairs.place(name, "printHeader")),
      },
    }),
  };
  return {
    ...sheet,
    name,
    title: step(STEP.title) && repairs.text(sheet.title, repairs.place(name, "sheetTitle")),
    blocks: sheet.blocks.map((b, k) =>
      guardBlock(b, name, repairs, [index, STEP.blocks, k], whileReading)
    ),
    charts: step(STEP.charts) && sheet.charts.map((c) => guardChart(c, name, repairs)),
    columnWidths:
      step(STEP.settings) && sheet.columnWidths.map((w) => repairs.finite(w, setting) ?? 8.43),
    conditionalFormats: sheet.conditionalFormats.map((cf) => {
      if (cf.type !== "colorScale") return cf;
      const point = <P extends { value?: number }>(p: P): P =>
        p.value === undefined ? p : { ...p, value: repairs.finite(p.value, setting) ?? 0 };
      return {
        ...cf,
        minimum: point(cf.minimum),
        maximum: point(cf.maximum),
        ...(cf.midpoint && { midpoint: point(cf.midpoint) }),
      };
    }),
    ...(sheet.rowHeights && {
      rowHeights: sheet.rowHeights.filter((h) => repairs.finite(h.height, setting) !== undefined),
    }),
    ...(print && { print }),
  };
}

export function guardLayout(layout: SummaryLayout): GuardedLayout {
  const { layout: guarded, repairs } = guard(layout, false);
  return { layout: guarded, repairs: repairs() };
}

/**
 * `guardLayout` for a writer that reads every row once (the .xlsx writer): streamed blocks are
 * guarded row by row as they are read, so their rows are built once; `repairs()` is complete
 * after the writer has read them all.
 */
export function guardLayoutWhileWriting(layout: SummaryLayout): GuardingLayout {
  return guard(layout, true);
}

function guard(layout: SummaryLayout, whileReading: boolean): GuardingLayout {
  const repairs = new Repairs(layout.language);
  resetVerdicts();
  const title = repairs.text(layout.title, repairs.place("", "workbookTitle"));
  let names = layout.sheets.map((s) => repairs.text(s.name, repairs.place(s.name, "sheetName")));
  // A repaired name may now equal another one (ignoring case): make them unique again.
  if (names.some((n, i) => n !== layout.sheets[i]?.name)) names = uniqueSheetNames(names);
  const sheets = layout.sheets.map((s, i) =>
    guardSheet(s, names[i] ?? s.name, repairs, i, whileReading)
  );
  return {
    layout: { ...layout, title, sheets },
    repairs: () => repairs.messages(),
    tally: repairs,
  };
}
