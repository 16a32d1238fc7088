/**
 * Page setup of a sheet from its column widths and row heights (issue 11, "Print";
 * docs/method.md is silent on print, the rules are here): A4, Excel's default margins.
 * - Portrait when the used columns fit a portrait page, else landscape.
 * - Fit to one page width only when the scale stays ≥ 8/11 (11 pt text prints at ≥ 8 pt);
 *   otherwise column breaks (preferring block boundaries) with the repeated key columns.
 * - Row breaks keep each table with its chart: a section that would straddle a page starts
 *   on the next one (unless it starts in the page's first quarter); a section taller than a page
 *   then at least starts at the top of one.
 */
import type { Language, PrintSpec } from "./types";

/** Printable A4 area in points with Excel's normal margins (0.7" sides, 0.75" + header/footer). */
const PAGE = {
  portrait: { width: 595 - 2 * 0.7 * 72, height: 842 - 2 * 1.05 * 72 },
  landscape: { width: 842 - 2 * 0.7 * 72, height: 595 - 2 * 1.05 * 72 },
};
/** Smallest fit-to-width scale: 11 pt body text stays at ≥ 8 pt. */
const MIN_SCALE = 8 / 11;
export const DEFAULT_ROW_HEIGHT = 15;
/**
 * Spreadsheet programs print columns a little wider than Excel's nominal width (other fonts, CJK
 * glyphs): page decisions keep this margin.
 */
const PRINT_MARGIN = 1.15;
const DEFAULT_COLUMN_CHARS = 8.43;

/** Width in points of a column `chars` characters wide (Calibri 11: 7 px a character + 5 px padding). */
export const columnPoints = (chars: number): number => (chars * 7 + 5) * 0.75;

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
  /** Row ranges (inclusive) to keep on one page: a table with its chart. */
  keepTogether: readonly { from: number; to: number }[];
};

const FOOTER = {
  zh: { page: "页码", of: "/" },
  en: { page: "Page", of: "of" },
};

export function printSpec(input: PrintInput): PrintSpec {
  const width = (c: number): number =>
    columnPoints(input.columnWidths[c] ?? DEFAULT_COLUMN_CHARS) * PRINT_MARGIN;
  let total = 0;
  for (let c = 0; c < input.usedColumns; c++) total += width(c);

  const orientation = total <= PAGE.portrait.width ? "portrait" : "landscape";
  const page = PAGE[orientation];
  const fitToWidth = total > page.width && total * MIN_SCALE <= page.width;
  const scale = fitToWidth ? page.width / total : 1;
  const spec: PrintSpec = {
    orientation,
    fitToWidth,
    headerText: input.title,
    footerText: FOOTER[input.language],
  };
  if (input.repeatRows) spec.repeatRows = input.repeatRows;
  const split = total > page.width && !fitToWidth;
  if (input.repeatColumns && total > page.width) spec.repeatColumns = input.repeatColumns;
  if (split) {
    const breaks = columnBreaks(input, width, page.width);
    if (breaks.length > 0) spec.columnBreaks = breaks;
  }
  const rowBreaks = pageRowBreaks(input, page.height / scale);
  if (rowBreaks.length > 0) spec.rowBreaks = rowBreaks;
  return spec;
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
  const sectionAt = new Map(input.keepTogether.map((s) => [s.from, s.to]));
  const breaks: number[] = [];
  let y = 0;
  let pageTop = 0;
  for (let r = 0; r < input.usedRows; r++) {
    const end = sectionAt.get(r);
    if (end !== undefined && r > pageTop) {
      let height = 0;
      for (let k = r; k <= end; k++) height += input.rowHeight(k);
      const top = r > (repeat?.to ?? -1) ? repeatHeight : 0;
      // Breaking when the page holds little more than the title would waste it.
      if (y + height > pageHeight && y > pageHeight / 4) {
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
