/**
 * Page setup of a sheet from its column widths and row heights (issue 11, "Print";
 * docs/method.md is silent on print, the rules are here): A4, Excel's default margins.
 * - Portrait when the used columns fit a portrait page, else landscape.
 * - Fit to one page width only when the scale stays ≥ 8/11 (11 pt text prints at ≥ 8 pt);
 *   otherwise column breaks (preferring block boundaries) with the repeated key columns, printed
 *   at the largest scale (≥ 8/11) that needs no more page bands than the smallest allowed scale;
 *   the bands after the first then print from below the title block (a print area of several
 *   rectangles), so the repeated key columns never show the title cut at their edge.
 * - Widths are measured as the widest common renderer draws them (see `columnPoints`), so a band
 *   planned here never spills onto an extra page.
 * - Row breaks keep each table with its chart: a section that would straddle a page starts
 *   on the next one (unless it starts in the page's first quarter); a section taller than a page
 *   then at least starts at the top of one.
 */
import { rangeA1 } from "./ranges";
import type { Language, PrintSpec, SheetLayout } from "./types";

/** Printable A4 area in points with Excel's normal margins (0.7" sides, 0.75" + header/footer). */
const PAGE = {
  portrait: { width: 595 - 2 * 0.7 * 72, height: 842 - 2 * 1.05 * 72 },
  landscape: { width: 842 - 2 * 0.7 * 72, height: 595 - 2 * 1.05 * 72 },
};
/** Smallest print scale in percent: 11 pt body text stays at ≥ 8 pt. */
const MIN_SCALE_PERCENT = Math.ceil((8 / 11) * 100);
export const DEFAULT_ROW_HEIGHT = 15;
/**
 * A column the layout leaves at the default width (under charts) as LibreOffice prints it: 2.26 cm
 * = 64 pt, wider than 8.43 characters at 7 pt (59 pt); planned at 59 pt, charts spilled onto an
 * extra page band.
 */
const DEFAULT_COLUMN_POINTS = 64;
/**
 * Points per character of column width as printed. A column's width counts the default font's
 * digit width: Excel with Calibri 11 draws 7 px = 5.25 pt, but LibreOffice without Calibri (or
 * its metric twin Carlito) measures DejaVu Sans, 7 pt (measured on the 2015 ranking's PDF). Page
 * decisions take the wider one: with Calibri every page band simply keeps some room.
 */
const POINTS_PER_CHAR = 7;

/** Width in points of a column `chars` characters wide, as the widest common renderer prints it. */
export const columnPoints = (chars: number): number => chars * POINTS_PER_CHAR;

/** Printed width in points of column `c` of a sheet with these widths (characters). */
export const columnPointsAt = (widths: readonly number[], c: number): number => {
  const chars = widths[c];
  return chars === undefined ? DEFAULT_COLUMN_POINTS : columnPoints(chars);
};

/** Whether columns this wide (characters) print on one landscape page band at ≥ 8/11 scale. */
export function fitsOneBand(widths: readonly number[]): boolean {
  const total = widths.reduce((sum, w) => sum + columnPoints(w), 0);
  return (total * MIN_SCALE_PERCENT) / 100 <= PAGE.landscape.width;
}

export type PrintInput = {
  title: string;
  language: Language;
  columnWidths: readonly number[];
  /** Columns in use (blocks and charts): 0 … usedColumns − 1. */
  usedColumns: number;
  usedRows: number;
  rowHeight: (row: number) => number;
  repeatRows?: { from: number; to: number };
  repeatColumns?: { from: number; to: number };
  /** Columns a page may preferably start at (block starts). */
  preferredColumnBreaks: readonly number[];
  /**
   * Columns that must start a page band (blocks printed side by side, each on its pages): the
   * sheet prints at the largest scale (≥ 8/11) at which every band fits, landscape.
   */
  bandStarts?: readonly number[];
  /**
   * Row ranges (inclusive) to keep on one page: a table with its chart; `newPage` ones start a
   * page (after a table many pages long, where the estimate of the last page's fill drifts).
   */
  keepTogether: readonly { from: number; to: number; newPage?: boolean }[];
  /**
   * Row a later page band (columns from … to − 1) starts at: below the title block, which the
   * repeated key columns would print cut (`bandTop` in title-fit.ts; see `bandPrintArea`).
   */
  bandTop?: (from: number, to: number) => number;
};

const FOOTER = {
  zh: { page: "页码", of: "/" },
  en: { page: "Page", of: "of" },
};

export function printSpec(input: PrintInput): PrintSpec {
  const width = (c: number): number => columnPointsAt(input.columnWidths, c);
  const banded = input.bandStarts?.length ? bandedSpec(input, width, input.bandStarts) : null;
  if (banded) return banded;
  let total = 0;
  for (let c = 0; c < input.usedColumns; c++) total += width(c);

  const orientation = total <= PAGE.portrait.width ? "portrait" : "landscape";
  const page = PAGE[orientation];
  const fitToWidth = total > page.width && (total * MIN_SCALE_PERCENT) / 100 <= page.width;
  const split = total > page.width && !fitToWidth;
  let scale = fitToWidth ? page.width / total : 1;
  const spec: PrintSpec = {
    orientation,
    fitToWidth,
    headerText: input.title,
    footerText: FOOTER[input.language],
  };
  if (input.repeatRows) spec.repeatRows = input.repeatRows;
  if (input.repeatColumns && total > page.width) spec.repeatColumns = input.repeatColumns;
  if (split) {
    const percent = splitScalePercent(input, width, page.width);
    scale = percent / 100;
    if (percent < 100) spec.scalePercent = percent;
    const breaks = columnBreaks(input, width, page.width / scale);
    if (breaks.length > 0) spec.columnBreaks = breaks;
    const area = spec.repeatColumns ? bandPrintArea(input, breaks) : undefined;
    if (area) spec.printArea = area;
  }
  const rowBreaks = pageRowBreaks(input, page.height / scale);
  if (rowBreaks.length > 0) spec.rowBreaks = rowBreaks;
  return spec;
}

/**
 * The print area of a sheet split into page bands with repeated key columns: the first band
 * whole, each later one from the first row holding something in its columns. Printed whole, a
 * later band would show the title block in the repeated columns, cut at their right edge (the
 * page header carries the sheet title there). Undefined when no band starts below row 0.
 */
function bandPrintArea(input: PrintInput, breaks: readonly number[]): string[] | undefined {
  const top = input.bandTop;
  if (!top || breaks.length === 0 || input.usedRows < 1) return undefined;
  const edges = [0, ...breaks, input.usedColumns];
  const area: string[] = [];
  let skips = false;
  for (let i = 0; i + 1 < edges.length; i++) {
    const from = edges[i] ?? 0;
    const to = edges[i + 1] ?? 0;
    const row = i === 0 ? 0 : Math.min(top(from, to), input.usedRows - 1);
    if (row > 0) skips = true;
    area.push(rangeA1(row, from, input.usedRows - row, to - from));
  }
  return skips ? area : undefined;
}

/** Widest band in points when a page band starts at each of `starts` (and at column 0). */
function widestBand(input: PrintInput, width: (c: number) => number, starts: readonly number[]) {
  const edges = [0, ...starts, input.usedColumns];
  let widest = 0;
  for (let i = 0; i + 1 < edges.length; i++) {
    let band = 0;
    for (let c = edges[i] ?? 0; c < (edges[i + 1] ?? 0); c++) band += width(c);
    widest = Math.max(widest, band);
  }
  return widest;
}

/** Largest print scale (percent, ≤ 100) at which columns this wide fit a landscape page. */
export function bandScalePercent(bandPoints: number): number {
  return Math.min(100, Math.floor((PAGE.landscape.width / bandPoints) * 100));
}

/** Page setup with a band at each of `starts`, or null when a band would need text below 8 pt. */
function bandedSpec(
  input: PrintInput,
  width: (c: number) => number,
  starts: readonly number[]
): PrintSpec | null {
  const percent = bandScalePercent(widestBand(input, width, starts));
  if (percent < MIN_SCALE_PERCENT) return null;
  const spec: PrintSpec = {
    orientation: "landscape",
    fitToWidth: false,
    headerText: input.title,
    footerText: FOOTER[input.language],
    columnBreaks: [...starts],
  };
  if (percent < 100) spec.scalePercent = percent;
  if (input.repeatRows) spec.repeatRows = input.repeatRows;
  const rowBreaks = pageRowBreaks(input, PAGE.landscape.height / (percent / 100));
  if (rowBreaks.length > 0) spec.rowBreaks = rowBreaks;
  return spec;
}

/**
 * Height in points (at sheet scale) of a page of a sheet `points` wide that prints in one band:
 * portrait or landscape and fit to width as `printSpec` chooses.
 */
export function oneBandPageHeight(points: number): number {
  const page = points <= PAGE.portrait.width ? PAGE.portrait : PAGE.landscape;
  return page.height / Math.min(1, page.width / points);
}

/**
 * Whether sheet rows 0 … lastRow print on the first page at `percent` scale, landscape (rows of
 * `heights`, others the default height).
 */
export function firstPageHolds(
  lastRow: number,
  percent: number,
  heights: readonly { row: number; height: number }[]
): boolean {
  const tall = new Map(heights.map((h) => [h.row, h.height]));
  let total = 0;
  for (let r = 0; r <= lastRow; r++) total += tall.get(r) ?? DEFAULT_ROW_HEIGHT;
  return total <= PAGE.landscape.height / (percent / 100);
}

/**
 * Scale of a sheet split into page bands: the largest percent (≥ 8/11) at which the columns take
 * no more bands than at 8/11, so a table that fits on two pages at 90 % is not cut into three.
 */
function splitScalePercent(
  input: PrintInput,
  width: (c: number) => number,
  pageWidth: number
): number {
  const bands = (percent: number): number =>
    columnBreaks(input, width, (pageWidth * 100) / percent).length + 1;
  const fewest = bands(MIN_SCALE_PERCENT);
  let percent = 100;
  while (percent > MIN_SCALE_PERCENT && bands(percent) > fewest) percent -= 1;
  return percent;
}

function columnBreaks(
  input: PrintInput,
  width: (c: number) => number,
  pageWidth: number
): number[] {
  const repeat = input.repeatColumns;
  let repeatWidth = 0;
  if (repeat) for (let c = repeat.from; c <= repeat.to; c++) repeatWidth += width(c);
  const preferred = [...input.preferredColumnBreaks].sort((a, b) => a - b);
  const breaks: number[] = [];
  let start = 0;
  let x = 0;
  for (let c = 0; c < input.usedColumns; c++) {
    x += width(c);
    if (x <= pageWidth || c === start) continue;
    const candidates = preferred.filter((p) => p > start && p <= c);
    const at = candidates[candidates.length - 1] ?? c;
    breaks.push(at);
    start = at;
    x = repeatWidth;
    for (let k = at; k <= c; k++) x += width(k);
  }
  return breaks;
}

function pageRowBreaks(input: PrintInput, pageHeight: number): number[] {
  if (input.keepTogether.length === 0) return [];
  const repeat = input.repeatRows;
  let repeatHeight = 0;
  if (repeat) for (let r = repeat.from; r <= repeat.to; r++) repeatHeight += input.rowHeight(r);
  const sectionAt = new Map(input.keepTogether.map((s) => [s.from, s]));
  const breaks: number[] = [];
  let y = 0;
  let pageTop = 0;
  for (let r = 0; r < input.usedRows; r++) {
    const section = sectionAt.get(r);
    if (section !== undefined && r > pageTop) {
      let height = 0;
      for (let k = r; k <= section.to; k++) height += input.rowHeight(k);
      const top = r > (repeat?.to ?? -1) ? repeatHeight : 0;
      // Breaking when the page holds little more than the title would waste it.
      if (section.newPage === true || (y + height > pageHeight && y > pageHeight / 4)) {
        breaks.push(r);
        pageTop = r;
        y = top;
      }
    }
    const h = input.rowHeight(r);
    if (y + h > pageHeight) {
      pageTop = r;
      y = repeatHeight;
    }
    y += h;
  }
  return breaks;
}

/**
 * Drops the repeated key columns when the table they label (columns 0 … tableEnd − 1) prints
 * whole on the first page band: on the bands of charts and side tables they would label nothing.
 */
export function repeatColumnsOnlyWhereSplit(sheet: SheetLayout, tableEnd: number): SheetLayout {
  const print = sheet.print;
  const repeat = print?.repeatColumns;
  if (!print || !repeat) return sheet;
  const splitsTable = (print.columnBreaks ?? []).some((c) => c > repeat.to && c < tableEnd);
  if (!splitsTable) {
    delete print.repeatColumns;
    delete print.printArea;
  }
  return sheet;
}
