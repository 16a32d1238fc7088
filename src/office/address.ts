/** A1 address helpers of the Office layer (pure). */
import { columnIndex, columnLetters } from "../engine/text";

/**
 * Splits "Sheet1!C5", "'My sheet'!C5" or "'It''s'!A1:B2" into sheet name and local address;
 * an address without a sheet gives `sheet: null`.
 */
export function splitAddress(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** "B3:D10" for a 0-based top-left cell and a size (a single cell gives "B3"). */
export function rangeAddress(row: number, column: number, rows: number, columns: number): string {
  const first = `${columnLetters(column)}${row + 1}`;
  if (rows <= 1 && columns <= 1) return first;
  return `${first}:${columnLetters(column + Math.max(1, columns) - 1)}${row + Math.max(1, rows)}`;
}

/** 0-based rows and columns, both ends included, an address covers; whole rows/columns are open-ended. */
export type Area = { firstRow: number; lastRow: number; firstColumn: number; lastColumn: number };

/**
 * The area of a sheet-local address as change events report it: "B3", "B3:D9", "B:D" (whole
 * columns), "3:9" (whole rows), with or without `$`; null for anything else.
 */
export function addressArea(address: string): Area | null {
  const local = splitAddress(address).local.replace(/\$/g, "").toUpperCase();
  const match = /^([A-Z]*)(\d*)(?::([A-Z]*)(\d*))?$/.exec(local);
  if (!match) return null;
  const [, c1 = "", r1 = "", c2 = c1, r2 = r1] = match;
  const span = (a: string, b: string, index: (s: string) => number): [number, number] | null => {
    if (a === "" || b === "") return a === b ? [0, Infinity] : null;
    return [Math.min(index(a), index(b)), Math.max(index(a), index(b))];
  };
  const columns = span(c1, c2, columnIndex);
  const rows = span(r1, r2, (r) => Number(r) - 1);
  if (!columns || !rows || (c1 === "" && r1 === "")) return null;
  return { firstRow: rows[0], lastRow: rows[1], firstColumn: columns[0], lastColumn: columns[1] };
}

/** A sheet name not used yet (case-insensitive, as Excel compares): "Sample", "Sample (2)", … */
export function unusedSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let k = 2; ; k++) {
    const name = `${wanted} (${k})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
