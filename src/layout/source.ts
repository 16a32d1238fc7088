/**
 * The input table as its own sheet of the summary (issue 5, "the source data as its own sheet";
 * issue 11, "formatted like the rest"): the grid from A1 exactly as read, so the workbook can be
 * summarized again with `--sheet <name>`; header rows styled, frozen and repeated on printed
 * pages; columns sized from their text and numbers formatted per column. Numeric text ("4.70"
 * from a CSV) becomes a number; other text stays text. Headers stay in the language given.
 *
 * Hostile grids are normal (issue 10): rows may be ragged or sparse, so only the cells present
 * are visited (`Object.keys`), rows are never padded to the widest one and no loop runs over
 * the bounding box. Memory is proportional to the cells holding data.
 */
import { printSpec } from "./print";
import { textWidth } from "./text-width";
import { FORMATS } from "./styles";
import { streamRows } from "./rows";
import { numberHeaders } from "./sheet-builder";
import type { Block, CellValue, Language, SheetLayout, SourceCell, SourceData } from "./types";

export type { SourceData } from "./types";

const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/u;
const MIN_WIDTH = 6;
const MAX_WIDTH = 30;
/** Rows sampled for widths and number formats. */
const SAMPLE_ROWS = 500;

function sourceValue(cell: SourceCell): CellValue {
  if (cell === null || cell === undefined || cell === "") return null;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : String(cell);
  if (typeof cell === "boolean") return String(cell).toUpperCase();
  const trimmed = cell.trim();
  return NUMBER.test(trimmed) ? Number(trimmed) : cell;
}

/** Indices of the entries present in a (possibly sparse) array, ascending. */
const present = (array: readonly unknown[]): number[] => Object.keys(array).map(Number);

/** Rows longer than this may be sparse: their last index is found among the entries present. */
const DENSE_ROW = 1024;

/** One more than the last index holding a value (a sparse row's holes are skipped). */
function widestPresent(row: readonly SourceCell[]): number {
  if (row.length <= DENSE_ROW) {
    for (let c = row.length - 1; c >= 0; c--) if (sourceValue(row[c]) !== null) return c + 1;
    return 0;
  }
  const keys = present(row);
  for (let k = keys.length - 1; k >= 0; k--) {
    const c = keys[k] as number;
    if (sourceValue(row[c]) !== null) return c + 1;
  }
  return 0;
}

/** A grid row as cells (holes stay holes, so a sparse row stays sparse), or undefined when empty. */
function sourceRow(row: readonly SourceCell[] | undefined): CellValue[] | undefined {
  if (!row) return undefined;
  // Filled by assignment, never preallocated: a far cell makes a sparse (dictionary) array.
  const out: CellValue[] = [];
  let any = false;
  for (const c of row.length <= DENSE_ROW ? row.keys() : present(row)) {
    const value = sourceValue(row[c]);
    if (value === null) continue;
    out[c] = value;
    any = true;
  }
  return any ? out : undefined;
}

export function defaultSourceName(language: Language): string {
  return language === "zh" ? "源数据" : "Source data";
}

type ColumnStats = {
  width: number;
  integers: boolean;
  decimals2: boolean;
  numbers: number;
  texts: number;
};

/** A sheet layout holding the grid from A1, header rows styled, frozen and repeated in print. */
export function sourceSheet(source: SourceData, name: string, language: Language): SheetLayout {
  const sheetName = name || source.name || defaultSourceName(language);
  const stats = new Map<number, ColumnStats>();
  let columns = 1;
  let sampled = 0;
  for (const r of present(source.grid)) {
    const row = source.grid[r];
    if (!row) continue;
    // Width of the sheet from every row; values and formats from the sampled rows only.
    if (sampled >= SAMPLE_ROWS) {
      if (row.length > columns) columns = Math.max(columns, widestPresent(row));
      continue;
    }
    for (const c of present(row)) {
      const value = sourceValue(row[c]);
      if (value === null) continue;
      if (c + 1 > columns) columns = c + 1;
      observe(stats, c, value, r < source.headerRows);
    }
    sampled += 1;
  }
  const rows = Math.max(1, source.grid.length);
  const headerRows = Math.min(source.headerRows, rows);
  // Streamed (rows.ts): each row is converted when a writer reads it, never all at once.
  const block: Block = streamRows(
    {
      key: "source",
      row: 0,
      column: 0,
      rows,
      columns,
      numberFormats: numberFormats(stats, headerRows, rows),
      styles:
        headerRows > 0
          ? [
              { row: 0, column: 0, rows: headerRows, columns, style: "header" },
              // Headers of number columns right-aligned like their numbers.
              ...numberHeaders(
                Array.from({ length: columns }, (_, c) => {
                  const s = stats.get(c);
                  return s !== undefined && s.numbers > 0 && s.texts === 0;
                }),
                headerRows
              ),
            ]
          : [],
    },
    (r) => sourceRow(source.grid[r])
  );
  const widestSampled = [...stats.keys()].reduce((m, c) => Math.max(m, c), -1);
  const columnWidths = Array.from({ length: widestSampled + 1 }, (_, c) =>
    Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, (stats.get(c)?.width ?? 0) + 2))
  );
  const sheet: SheetLayout = {
    key: "source",
    name: sheetName,
    title: sheetName,
    blocks: [block],
    columnWidths,
    tables: [],
    conditionalFormats: [],
    charts: [],
  };
  if (headerRows > 0) sheet.freeze = { rows: headerRows, columns: 0 };
  sheet.print = printSpec({
    title: sheetName,
    language,
    columnWidths,
    usedColumns: Math.min(columns, columnWidths.length || 1),
    usedRows: rows,
    rowHeight: () => 15,
    ...(headerRows > 0 ? { repeatRows: { from: 0, to: headerRows - 1 } } : {}),
    repeatColumns: { from: 0, to: 0 },
    preferredColumnBreaks: [],
    keepTogether: [],
  });
  return sheet;
}

function observe(stats: Map<number, ColumnStats>, c: number, value: CellValue, header: boolean) {
  let s = stats.get(c);
  if (!s) stats.set(c, (s = { width: 0, integers: true, decimals2: true, numbers: 0, texts: 0 }));
  const text = typeof value === "number" ? String(value) : String(value);
  s.width = Math.max(s.width, Math.min(MAX_WIDTH, textWidth(text)));
  if (header) return;
  if (typeof value !== "number") {
    s.texts += 1;
    return;
  }
  s.numbers += 1;
  if (!Number.isInteger(value)) s.integers = false;
  if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-9) s.decimals2 = false;
}

/** "0" for whole-number columns, "0.00" for scores with at most 2 decimals (as the report prints). */
function numberFormats(stats: Map<number, ColumnStats>, headerRows: number, rows: number) {
  const formats: Block["numberFormats"] = [];
  if (rows <= headerRows) return formats;
  for (const [column, s] of stats) {
    if (s.numbers === 0) continue;
    const format = s.integers ? FORMATS.integer : s.decimals2 ? FORMATS.score : undefined;
    if (format)
      formats.push({ row: headerRows, column, rows: rows - headerRows, columns: 1, format });
  }
  return formats.sort((a, b) => a.column - b.column);
}
