/** Text helpers shared by header matching and city lookup. */

/**
 * Canonical form for matching names typed by people: Unicode NFKC (full-width → half-width),
 * all whitespace removed (incl. U+3000 ideographic space and line breaks), lower case.
 *
 * @example normalizeName(" 基础网络\n建设水平 ") // "基础网络建设水平"
 */
export function normalizeName(text: string): string {
  return text.normalize("NFKC").replace(/\s+/gu, "").toLowerCase();
}

/** Column letters for a 0-based column index: 0 → "A", 26 → "AA". */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0-based column index of column letters: "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Quote a sheet name for an A1 reference when needed: 'My Sheet'!A1. */
export function sheetRef(sheet: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff.]*$/u.test(sheet)
    ? sheet
    : `'${sheet.replace(/'/g, "''")}'`;
}

/** "Sheet!C5" for a 0-based row/column, or "C5" without a sheet. */
export function cellAddress(row: number, column: number, sheet?: string): string {
  const local = `${columnLetters(column)}${row + 1}`;
  return sheet ? `${sheetRef(sheet)}!${local}` : local;
}
