/** A1 addresses: parsing, printing, sheet-name quoting. Rows and columns are 0-based inside. */
import { invalidArgument } from "./errors";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** An inclusive rectangle of cells, 0-based. */
export interface Box {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export const FULL_SHEET_BOX: Box = { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 };

export function colName(col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, col: number): string {
  return `${colName(col)}${row + 1}`;
}

export function isEntireColumns(box: Box): boolean {
  return box.r0 === 0 && box.r1 === MAX_ROWS - 1;
}

export function isEntireRows(box: Box): boolean {
  return box.c0 === 0 && box.c1 === MAX_COLS - 1;
}

/** "A1", "A1:C3", "A:C" (entire columns) or "2:5" (entire rows), as Excel prints them. */
export function boxAddress(box: Box): string {
  if (isEntireColumns(box) && !isEntireRows(box)) return `${colName(box.c0)}:${colName(box.c1)}`;
  if (isEntireRows(box) && !isEntireColumns(box)) return `${box.r0 + 1}:${box.r1 + 1}`;
  const first = cellAddress(box.r0, box.c0);
  return box.r0 === box.r1 && box.c0 === box.c1 ? first : `${first}:${cellAddress(box.r1, box.c1)}`;
}

const plainSheetName = /^[A-Za-z_\u0080-\uFFFF][A-Za-z0-9_.\u0080-\uFFFF]*$/;
const looksLikeReference = /^([A-Za-z]{1,3}\d+|R\d*C\d*|R|C)$/i;

/** Sheet name as it appears in an address: quoted ('My sheet') unless it is a plain identifier. */
export function quoteSheet(name: string): string {
  return plainSheetName.test(name) && !looksLikeReference.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheetName: string, box: Box): string {
  return `${quoteSheet(sheetName)}!${boxAddress(box)}`;
}

const cellRef = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const colRef = /^\$?([A-Za-z]{1,3})$/;
const rowRef = /^\$?(\d{1,7})$/;

interface Corner {
  row?: number;
  col?: number;
}

function parseCorner(text: string): Corner | null {
  let m = cellRef.exec(text);
  if (m?.[1] && m[2]) return { col: colIndex(m[1]), row: Number(m[2]) - 1 };
  m = colRef.exec(text);
  if (m?.[1]) return { col: colIndex(m[1]) };
  m = rowRef.exec(text);
  if (m?.[1]) return { row: Number(m[1]) - 1 };
  return null;
}

/** Splits "Sheet1!A1:B2" / "'My ''x'''!A1" into sheet name and local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const text = address.trim();
  if (text.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < text.length) {
      if (text[i] === "'" && text[i + 1] === "'") {
        name += "'";
        i += 2;
      } else if (text[i] === "'") break;
      else name += text[i++];
    }
    if (text[i + 1] !== "!") return { local: text };
    return { sheet: name, local: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf("!");
  return bang < 0 ? { local: text } : { sheet: text.slice(0, bang), local: text.slice(bang + 1) };
}

/**
 * Parses an A1 address; throws InvalidArgument (as Excel does at sync) when it is not one.
 * Supports cells, rectangles, entire columns ("A:C") and entire rows ("1:3"), `$` markers.
 */
export function parseAddress(
  address: string,
  location = "Worksheet.getRange"
): { sheet?: string; box: Box } {
  const { sheet, local } = splitSheet(address);
  const parts = local.split(":");
  if (parts.length > 2 || !parts[0]) throw invalidArgument(location, `address '${address}'`);
  const a = parseCorner(parts[0]);
  const b = parts.length === 2 && parts[1] !== undefined ? parseCorner(parts[1]) : a;
  if (!a || !b) throw invalidArgument(location, `address '${address}'`);
  const bothCells =
    a.row !== undefined && a.col !== undefined && b.row !== undefined && b.col !== undefined;
  const bothCols =
    a.row === undefined && b.row === undefined && a.col !== undefined && b.col !== undefined;
  const bothRows =
    a.col === undefined && b.col === undefined && a.row !== undefined && b.row !== undefined;
  if (!bothCells && !bothCols && !bothRows) throw invalidArgument(location, `address '${address}'`);
  if ((bothCols || bothRows) && parts.length !== 2)
    throw invalidArgument(location, `address '${address}'`);
  const r0 = Math.min(a.row ?? 0, b.row ?? 0);
  const r1 = bothCols ? MAX_ROWS - 1 : Math.max(a.row ?? 0, b.row ?? 0);
  const c0 = Math.min(a.col ?? 0, b.col ?? 0);
  const c1 = bothRows ? MAX_COLS - 1 : Math.max(a.col ?? 0, b.col ?? 0);
  const box = { r0, c0, r1, c1 };
  checkBox(box, location);
  return sheet === undefined ? { box } : { sheet, box };
}

export function checkBox(box: Box, location: string): void {
  const ok =
    Number.isInteger(box.r0) &&
    Number.isInteger(box.c0) &&
    Number.isInteger(box.r1) &&
    Number.isInteger(box.c1) &&
    box.r0 >= 0 &&
    box.c0 >= 0 &&
    box.r1 >= box.r0 &&
    box.c1 >= box.c0 &&
    box.r1 < MAX_ROWS &&
    box.c1 < MAX_COLS;
  if (!ok) throw invalidArgument(location, "the range is outside the worksheet");
}

export function rowCount(box: Box): number {
  return box.r1 - box.r0 + 1;
}

export function colCount(box: Box): number {
  return box.c1 - box.c0 + 1;
}

export function intersects(a: Box, b: Box): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function sameBox(a: Box, b: Box): boolean {
  return a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;
}

export function containsBox(outer: Box, inner: Box): boolean {
  return (
    outer.r0 <= inner.r0 && outer.c0 <= inner.c0 && outer.r1 >= inner.r1 && outer.c1 >= inner.c1
  );
}
