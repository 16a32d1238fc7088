/** A1 addresses, sheet names and table names: the Excel rules the layout must respect. */
import { columnIndex, columnLetters } from "../engine/text";

/** "B3" for 0-based row 2, column 1. */
export function cellA1(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** "B3:D12" for a rectangle of `rows` × `columns` cells at (row, column); a single cell gives "B3". */
export function rangeA1(row: number, column: number, rows: number, columns: number): string {
  if (rows < 1 || columns < 1) throw new RangeError(`Empty range at ${cellA1(row, column)}`);
  const from = cellA1(row, column);
  return rows === 1 && columns === 1
    ? from
    : `${from}:${cellA1(row + rows - 1, column + columns - 1)}`;
}

export type ParsedRange = { row: number; column: number; rows: number; columns: number };

/** Inverse of `rangeA1` / `cellA1` for sheet-local addresses ("B3", "B3:D12", "$B$3"). */
export function parseA1(address: string): ParsedRange {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/u.exec(
    address.toUpperCase()
  );
  if (!match) throw new RangeError(`Not a sheet-local A1 address: ${address}`);
  const [, c1 = "A", r1 = "1", c2 = c1, r2 = r1] = match;
  const row = Math.min(Number(r1), Number(r2)) - 1;
  const column = Math.min(columnIndex(c1), columnIndex(c2));
  return {
    row,
    column,
    rows: Math.abs(Number(r2) - Number(r1)) + 1,
    columns: Math.abs(columnIndex(c2) - columnIndex(c1)) + 1,
  };
}

/** Excel's limit on sheet names. */
export const MAX_SHEET_NAME = 31;
const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/gu;

/**
 * An Excel-valid sheet name: forbidden characters []:*?/\ become "_", no leading or trailing
 * apostrophe, at most 31 characters, not empty and not the reserved "History".
 */
export function validSheetName(name: string): string {
  let s = Array.from(name.replace(FORBIDDEN_IN_SHEET_NAME, "_"), (ch) =>
    ch.charCodeAt(0) < 32 ? " " : ch
  )
    .join("")
    .trim();
  s = s.replace(/^'+|'+$/gu, "").trim();
  s = Array.from(s).slice(0, MAX_SHEET_NAME).join("").replace(/'+$/u, "").trim();
  if (s === "") s = "Sheet";
  if (s.toLowerCase() === "history") s = "History_";
  return s;
}

/** Valid names, unique ignoring case (Excel's rule): later duplicates get " (2)", " (3)", … */
export function uniqueSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((raw) => {
    const base = validSheetName(raw);
    let name = base;
    for (let k = 2; taken.has(name.toLowerCase()); k++) {
      const suffix = ` (${k})`;
      name =
        Array.from(base)
          .slice(0, MAX_SHEET_NAME - suffix.length)
          .join("")
          .trimEnd() + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

/** True when `name` is a name Excel accepts for a sheet (ignores uniqueness). */
export function isValidSheetName(name: string): boolean {
  return validSheetName(name) === name && name.toLowerCase() !== "history";
}

/** Headers made unique (an Excel table renames duplicate headers itself, which would break charts). */
export function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  return headers.map((h) => {
    let name = h.trim() === "" ? "-" : h;
    for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${h} (${k})`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/**
 * The one contiguous A1 rectangle holding a chart's header row, categories column and series
 * columns (categories immediately left of the series, series side by side), or null when the
 * chart's cells are not laid out that way. With ExcelApi 1.1 only (no `series.setValues`), a
 * writer can create such a chart from this range with series in columns.
 */
export function chartSourceArea(chart: {
  categoriesRange: string;
  series: { nameRange: string; valuesRange: string }[];
}): string | null {
  const categories = parseA1(chart.categoriesRange);
  let column = categories.column;
  for (const s of chart.series) {
    const values = parseA1(s.valuesRange);
    const name = parseA1(s.nameRange);
    column += 1;
    const aligned =
      values.column === column &&
      values.row === categories.row &&
      values.rows === categories.rows &&
      values.columns === 1;
    if (!aligned || name.column !== column || name.row !== categories.row - 1) return null;
  }
  return rangeA1(
    categories.row - 1,
    categories.column,
    categories.rows + 1,
    chart.series.length + 1
  );
}

/**
 * True for text Excel would parse as a formula or a signed number when typed: it starts with
 * "=", "+", "-" or "@". Writers store such values as text (e.g. a city named "=1+1").
 */
export function looksLikeFormula(value: unknown): value is string {
  return typeof value === "string" && /^[=+\-@]/u.test(value);
}
