/** Reading and writing the cells of a range model (values, formulas, number formats, clear, merge). */
import {
  Box,
  cellAddress,
  colCount,
  containsBox,
  intersects,
  isEntireColumns,
  isEntireRows,
  rowCount,
} from "./address";
import { FakeOfficeError, invalidArgument } from "./errors";
import type { FakeHost } from "./host";
import type { Ref } from "./model";
import type { SheetModel } from "./sheet";
import { Cell, CellValue, Entry, badShape, evaluateConstantFormula, parseInput } from "./values";

/** Excel refuses single operations over very large areas (RangeExceedsLimit); so does the fake. */
export const MAX_CELLS_PER_OPERATION = 10_000_000;

function area(box: Box): number {
  return rowCount(box) * colCount(box);
}

export function checkArea(box: Box, location: string): void {
  if (area(box) > MAX_CELLS_PER_OPERATION)
    throw new FakeOfficeError(
      "RangeExceedsLimit",
      "The cell count in the range has exceeded the maximum supported number.",
      location
    );
}

/** A 2-D array of `read(cell)` over the box (missing cells read as undefined). */
export function read2D<T>(
  ref: Ref,
  read: (cell: Cell | undefined, r: number, c: number) => T
): T[][] {
  const { sheet, box } = ref;
  checkArea(box, "Range.load");
  const out: T[][] = new Array<T[]>(rowCount(box));
  for (let r = box.r0; r <= box.r1; r++) {
    const row = sheet.rows.get(r);
    const line = new Array<T>(colCount(box));
    for (let c = box.c0; c <= box.c1; c++) line[c - box.c0] = read(row?.[c], r, c);
    out[r - box.r0] = line;
  }
  return out;
}

/** Checks a 2-D input has exactly the range's dimensions (Excel: InvalidArgument otherwise). */
function checkShape(box: Box, input: unknown[], location: string): void {
  const cols = colCount(box);
  if (input.length !== rowCount(box)) throw badShape(location);
  for (const row of input) if (!Array.isArray(row) || row.length !== cols) throw badShape(location);
}

/** Calls put(r, c, item) for a 2-D input, or for every cell with a single (non-array) input. */
function forEachInput(
  box: Box,
  input: unknown,
  location: string,
  put: (r: number, c: number, item: unknown) => void
): void {
  if (!Array.isArray(input)) {
    checkArea(box, location);
    for (let r = box.r0; r <= box.r1; r++) for (let c = box.c0; c <= box.c1; c++) put(r, c, input);
    return;
  }
  checkShape(box, input, location);
  for (let i = 0; i < input.length; i++) {
    const row = input[i] as unknown[];
    for (let j = 0; j < row.length; j++) put(box.r0 + i, box.c0 + j, row[j]);
  }
}

export function storeEntry(sheet: SheetModel, r: number, c: number, e: Entry): void {
  if (e.v === "" && !e.f) {
    const cell = sheet.get(r, c);
    if (!cell) return;
    cell.v = "";
    cell.f = cell.qp = cell.err = undefined;
    if (!cell.s && !cell.nf) sheet.remove(r, c);
    return;
  }
  const cell = sheet.getOrCreate(r, c);
  cell.v = e.v;
  cell.f = e.f;
  cell.qp = e.qp;
  cell.err = e.err;
  if (e.nf && (!cell.nf || cell.nf === "General")) cell.nf = e.nf;
}

/** A formula's value: the test's evaluator if it answers, else the built-in constant evaluator. */
export function formulaEntry(
  host: FakeHost,
  sheet: SheetModel,
  r: number,
  c: number,
  formula: string
): Entry {
  const custom = host.options.evaluateFormula?.(formula, {
    sheet: sheet.name,
    address: cellAddress(r, c),
  });
  if (custom === undefined) return evaluateConstantFormula(formula);
  const err = typeof custom === "string" && /^#[A-Z/0!?]+[!?A]?$/.test(custom);
  return { v: custom, f: formula, ...(err ? { err } : {}) };
}

/** Writes `values` or `formulas` input: both behave like typing into the cells. */
export function writeInputs(host: FakeHost, ref: Ref, input: unknown, location: string): void {
  const { sheet, box } = ref;
  let r = 0;
  let c = 0;
  const formula = (f: string): Entry => formulaEntry(host, sheet, r, c, f);
  forEachInput(box, input, location, (row, col, item) => {
    r = row;
    c = col;
    const entry = parseInput(item, location, formula);
    if (entry) storeEntry(sheet, row, col, entry);
  });
}

export function writeNumberFormats(ref: Ref, input: unknown, location: string): void {
  const { sheet, box } = ref;
  const check = (item: unknown): string | null => {
    if (item === null || item === undefined) return null;
    if (typeof item !== "string") throw invalidArgument(location, "number formats must be strings");
    return item;
  };
  if (!Array.isArray(input) && (isEntireColumns(box) || isEntireRows(box))) {
    const nf = check(input);
    if (nf === null) return;
    const value = nf === "General" ? undefined : nf;
    sheet.patchLayer(box, { numberFormat: value });
    sheet.forEachStored(box, (cell) => (cell.nf = value));
    return;
  }
  forEachInput(box, input, location, (r, c, item) => {
    const nf = check(item);
    if (nf === null) return;
    if (nf === "General") {
      const cell = sheet.get(r, c);
      if (cell) cell.nf = undefined;
    } else sheet.getOrCreate(r, c).nf = nf;
  });
}

export function formulaOf(cell: Cell | undefined): CellValue {
  if (!cell) return "";
  return cell.f ?? cell.v;
}

/** range.clear(applyTo): "All" (default), "Contents", "Formats" (also unmerges), others as Contents. */
export function clearRange(ref: Ref, applyTo: string): boolean {
  const { sheet, box } = ref;
  const contents = applyTo !== "Formats";
  const formats = applyTo === "All" || applyTo === "Formats";
  sheet.forEachStored(box, (cell) => {
    if (contents) {
      cell.v = "";
      cell.f = cell.qp = cell.err = undefined;
    }
    if (formats) cell.s = cell.nf = undefined;
  });
  if (formats) {
    sheet.applyLayer(box, () => undefined);
    sheet.merges = sheet.merges.filter((m) => !intersects(m, box));
    sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !containsBox(box, cf.box));
  }
  sheet.compact(box);
  return contents;
}

/** range.merge(across): keeps the top-left value of each merged area (Excel clears the rest). */
export function mergeRange(ref: Ref, across: boolean, tablesHere: boolean): void {
  const { sheet, box } = ref;
  if (tablesHere)
    throw new FakeOfficeError(
      "InvalidOperation",
      "Cells in a table can't be merged.",
      "Range.merge"
    );
  const areas: Box[] = across
    ? Array.from({ length: rowCount(box) }, (_, i) => ({
        r0: box.r0 + i,
        r1: box.r0 + i,
        c0: box.c0,
        c1: box.c1,
      }))
    : [box];
  sheet.merges = sheet.merges.filter((m) => !intersects(m, box));
  for (const a of areas) {
    if (area(a) === 1) continue;
    sheet.merges.push(a);
    sheet.forEachStored(a, (cell, r, c) => {
      if (r === a.r0 && c === a.c0) return;
      cell.v = "";
      cell.f = cell.qp = cell.err = undefined;
    });
  }
}
