/**
 * The cell rows of xml-grammar.ts's `CELL_ROWS`, recognised on bytes: the byte rows of
 * sheet-data.ts are checked where they are, without a string copy and a regular expression.
 * Same grammar, same longest match (tests/xlsx/cell-rows.test.ts compares both on random and
 * broken rows): `<row r="N"[ ht="H" customHeight="1"]>` then cells
 * `<c[ r="AB12"][ s="N"][ t="s"]/>` or `…><v>number</v></c>`, then `</row>`. Every byte a match
 * covers is printable ASCII, and a match is balanced, so the rest of the check skips it.
 */
/** Four bytes at `i` as one little-endian word (bytes past the end read as 0: no piece holds NUL). */
const word4 = (bytes: Uint8Array, i: number): number =>
  (bytes[i] as number) |
  ((bytes[i + 1] as number) << 8) |
  ((bytes[i + 2] as number) << 16) |
  ((bytes[i + 3] as number) << 24);
/** The word of a four-character ASCII piece. */
const word = (piece: string): number => word4(new TextEncoder().encode(piece), 0);

const ROW_OPEN = [word(`<row`), word(` r="`)] as const;
const ROW_HEIGHT = word(` ht=`);
const CUSTOM_HEIGHT = [`" cu`, `stom`, `Heig`, `ht="`].map(word);
const ROW_CLOSE = word(`</ro`);
const REFERENCE = word(` r="`);
const STYLE = word(` s="`);
const SHARED = word(` t="`);
const VALUE_OPEN = word(`><v>`);
const VALUE_CLOSE = [word(`</v>`), word(`</c>`)] as const;

const [LT, GT, SLASH, QUOTE, DOT, MINUS, PLUS] = [60, 62, 47, 34, 46, 45, 43];
const [LOWER_C, LOWER_S, LOWER_W, LOWER_E, UPPER_E, DIGIT_1] = [99, 115, 119, 101, 69, 49];

const isDigit = (c: number | undefined): boolean => c !== undefined && c >= 48 && c <= 57;

/** Index after the digits at `at` (at itself when there are none). */
function digits(bytes: Uint8Array, at: number): number {
  while (isDigit(bytes[at])) at++;
  return at;
}

/** Index after `…"` with at least one digit before the quote, or -1. */
function digitsQuote(bytes: Uint8Array, at: number): number {
  const end = digits(bytes, at);
  return end > at && bytes[end] === QUOTE ? end + 1 : -1;
}

/** Index of the '<' after a number as `NUMBER_TEXT` spells it at `at`, or -1. */
function numberThenLt(bytes: Uint8Array, at: number): number {
  let i = bytes[at] === MINUS ? at + 1 : at;
  if (isDigit(bytes[i])) {
    i = digits(bytes, i);
    if (bytes[i] === DOT) i = digits(bytes, i + 1);
  } else if (bytes[i] === DOT && isDigit(bytes[i + 1])) i = digits(bytes, i + 1);
  else return -1;
  const e = bytes[i];
  if (e === LOWER_E || e === UPPER_E) {
    i += 1;
    if (bytes[i] === MINUS || bytes[i] === PLUS) i += 1;
    const end = digits(bytes, i);
    if (end === i) return -1;
    i = end;
  }
  return bytes[i] === LT ? i : -1;
}

/** Index after a cell reference (1-3 capitals, digits, '"') at `at`, or -1. */
function reference(bytes: Uint8Array, at: number): number {
  let i = at;
  while (i < at + 3) {
    const c = bytes[i];
    if (c === undefined || c < 65 || c > 90) break;
    i++;
  }
  return i === at ? -1 : digitsQuote(bytes, i);
}

/** Index after one `<c …/>` or `<c …><v>…</v></c>` at `at` (after `<c`), or -1. */
function cell(bytes: Uint8Array, at: number): number {
  const n = bytes.length;
  let i = at;
  if (i + 4 > n) return -1;
  let w = word4(bytes, i);
  if (w === REFERENCE) {
    i = reference(bytes, i + 4);
    if (i < 0 || i + 4 > n) return -1;
    w = word4(bytes, i);
  }
  if (w === STYLE) {
    i = digitsQuote(bytes, i + 4);
    if (i < 0 || i + 4 > n) return -1;
    w = word4(bytes, i);
  }
  if (w === SHARED) {
    if (bytes[i + 4] !== LOWER_S || bytes[i + 5] !== QUOTE) return -1;
    i += 6;
    if (i + 4 > n) return -1;
    w = word4(bytes, i);
  }
  if (w === VALUE_OPEN) {
    i = numberThenLt(bytes, i + 4);
    if (i < 0 || i + 8 > n) return -1;
    return word4(bytes, i) === VALUE_CLOSE[0] && word4(bytes, i + 4) === VALUE_CLOSE[1]
      ? i + 8
      : -1;
  }
  return bytes[i] === SLASH && bytes[i + 1] === GT ? i + 2 : -1;
}

/** Index after `" customHeight="1">` at `at`, or -1. */
function customHeight(bytes: Uint8Array, at: number): number {
  if (at + 19 > bytes.length) return -1;
  for (let k = 0; k < 4; k++) if (word4(bytes, at + 4 * k) !== CUSTOM_HEIGHT[k]) return -1;
  return bytes[at + 16] === DIGIT_1 && bytes[at + 17] === QUOTE && bytes[at + 18] === GT
    ? at + 19
    : -1;
}

/** Index after one whole row at `at`, or -1. */
function row(bytes: Uint8Array, at: number): number {
  const n = bytes.length;
  if (at + 8 > n || word4(bytes, at) !== ROW_OPEN[0] || word4(bytes, at + 4) !== ROW_OPEN[1])
    return -1;
  let i = digitsQuote(bytes, at + 8);
  if (i < 0) return -1;
  if (bytes[i] === GT) i += 1;
  else {
    if (i + 5 > n || word4(bytes, i) !== ROW_HEIGHT || bytes[i + 4] !== QUOTE) return -1;
    const start = i + 5;
    i = start;
    for (let c = bytes[i]; isDigit(c) || c === DOT; c = bytes[++i]);
    if (i === start) return -1;
    i = customHeight(bytes, i);
    if (i < 0) return -1;
  }
  for (;;) {
    if (bytes[i] !== LT) return -1;
    const c = bytes[i + 1];
    if (c === LOWER_C) {
      i = cell(bytes, i + 2);
      if (i < 0) return -1;
    } else if (c === SLASH) {
      return i + 6 <= n &&
        word4(bytes, i) === ROW_CLOSE &&
        bytes[i + 4] === LOWER_W &&
        bytes[i + 5] === GT
        ? i + 6
        : -1;
    } else return -1;
  }
}

/**
 * End of the longest run of whole cell rows that starts at `at` (`at` itself when no row
 * matches): what `CELL_ROWS` matches there in the same text.
 */
export function cellRowsEnd(bytes: Uint8Array, at: number): number {
  let end = at;
  for (let next = row(bytes, end); next >= 0; next = row(bytes, end)) end = next;
  return end;
}
