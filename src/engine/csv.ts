/**
 * Delimited text as Excel writes it (RFC 4180 CSV, or tab-separated "Unicode Text"), with errors
 * as values: decoding the bytes, finding the delimiter, and parsing into rows. Pure: bytes and
 * strings in, data out.
 */

import { detached, FieldStrings, fieldHashNext, fieldHashStart } from "./field-strings";

export type CsvProblem =
  "unclosed-quote" | "text-after-quote" | "quote-in-field" | "rows" | "columns" | "cell-length";

/** `row` and `column` are 1-based; `message` is English (the CLI words `problem` itself). */
export type CsvError = {
  ok: false;
  row: number;
  column: number;
  problem: CsvProblem;
  message: string;
  length?: number;
};
export type CsvResult = { ok: true; rows: string[][] } | CsvError;

export type Delimiter = "," | "\t";
export type TableLimits = { rows: number; columns: number; cellCharacters: number };

const MESSAGES: Record<CsvProblem, string> = {
  "unclosed-quote": "a quoted field is never closed",
  "text-after-quote": "text after a closing quote",
  "quote-in-field": "a quote inside an unquoted field",
  rows: "too many rows",
  columns: "too many columns",
  "cell-length": "a field longer than a cell allows",
};

type FieldSink = (value: string, row: number, column: number) => CsvError | null;

const error = (problem: CsvProblem, row: number, column: number, length?: number): CsvError => ({
  ok: false,
  row: row + 1,
  column: column + 1,
  problem,
  message: MESSAGES[problem],
  ...(length === undefined ? {} : { length }),
});

/**
 * The parsing loop: fields optionally quoted with "", "" escapes a quote, CRLF / LF / CR line
 * ends, a leading BOM ignored, a trailing line end ignored. Calls `field` for every field (row
 * and column 0-based) and `endRow` after each row; repeated short fields of a column are one
 * string (field-strings.ts). Cost O(length).
 */
function scan(
  input: string,
  delimiter: Delimiter,
  field: FieldSink,
  endRow: (row: number) => void
): CsvError | null {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = delimiter.charCodeAt(0);
  const n = text.length;
  const fields = new FieldStrings(n);
  let row = 0;
  let column = 0;
  let i = 0;
  let open = false;
  while (i < n) {
    let value: string;
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const openRow = row;
      const openColumn = column;
      let pieces = "";
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) return error("unclosed-quote", openRow, openColumn);
        pieces += text.slice(from, q);
        if (text.charCodeAt(q + 1) === 0x22) {
          pieces += '"';
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      value = detached(pieces);
      const next = text.charCodeAt(i);
      if (i < n && next !== sep && next !== 0x0a && next !== 0x0d)
        return error("text-after-quote", row, column);
    } else {
      let j = i;
      let hash = fieldHashStart(column);
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === sep || d === 0x0a || d === 0x0d) break;
        if (d === 0x22) return error("quote-in-field", row, column);
        hash = fieldHashNext(hash, d);
        j++;
      }
      value = fields.take(text, i, j, hash, column);
      i = j;
    }
    const failed = field(value, row, column);
    if (failed) return failed;
    open = true;
    if (i >= n) break;
    const d = text.charCodeAt(i);
    i += d === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
    if (d === sep) {
      column += 1;
      if (i >= n) {
        const last = field("", row, column);
        if (last) return last;
      }
    } else {
      endRow(row);
      open = false;
      row += 1;
      column = 0;
    }
  }
  if (open) endRow(row);
  return null;
}

/**
 * Parses CSV text into dense rows (every field, empty ones as ""). A quote left open or a quote in
 * the middle of an unquoted field is an error naming its 1-based row and column.
 *
 * @example parseCsv('a,"b,c"\n1,2') // { ok: true, rows: [["a", "b,c"], ["1", "2"]] }
 */
export function parseCsv(input: string, delimiter: Delimiter = ","): CsvResult {
  const rows: string[][] = [];
  let current: string[] = [];
  const failed = scan(
    input,
    delimiter,
    (value) => {
      current.push(value);
      return null;
    },
    () => {
      rows.push(current);
      current = [];
    }
  );
  return failed ?? { ok: true, rows };
}

/**
 * Parses delimited text into a sparse grid: only non-empty fields are stored, so memory follows
 * the cells that hold data (empty rows and fields are holes). Stops at the first field past a
 * limit (rows, columns, characters per cell) with an error naming it.
 */
export function parseTable(
  input: string,
  delimiter: Delimiter,
  limits: TableLimits
): { ok: true; rows: string[][] } | CsvError {
  const rows: string[][] = [];
  const failed = scan(
    input,
    delimiter,
    (value, row, column) => {
      if (row >= limits.rows) return error("rows", row, column);
      if (column >= limits.columns) return error("columns", row, column);
      if (value.length > limits.cellCharacters)
        return error("cell-length", row, column, value.length);
      if (value !== "") (rows[row] ??= [])[column] = value;
      return null;
    },
    () => {}
  );
  return failed ?? { ok: true, rows };
}

export type DecodedText =
  | { ok: true; text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030" }
  | { ok: false };

const decodeWith = (encoding: string, bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
};

/** UTF-16 without a BOM: most code units of ASCII-heavy text have a zero high byte. */
function utf16Guess(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const units = sample / 2;
  if (oddZeros > units * 0.3 && evenZeros < units * 0.05) return "utf-16le";
  if (evenZeros > units * 0.3 && oddZeros < units * 0.05) return "utf-16be";
  return null;
}

/**
 * Decodes a text table as Excel writes them: UTF-8 (BOM optional), UTF-16 LE/BE (BOM, or
 * recognised by its zero bytes), else GB18030/GBK (Excel's Chinese "CSV"). Text that decodes
 * but holds NUL characters is binary, not a table: `{ ok: false }` like undecodable bytes.
 */
export function decodeTable(bytes: Uint8Array): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  let encoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | null = null;
  let text: string | null = null;
  if (b0 === 0xff && b1 === 0xfe) encoding = "utf-16le";
  else if (b0 === 0xfe && b1 === 0xff) encoding = "utf-16be";
  else encoding = utf16Guess(bytes);
  if (encoding !== null) text = decodeWith(encoding, bytes);
  else {
    for (const candidate of ["utf-8", "gb18030"] as const) {
      text = decodeWith(candidate, bytes);
      if (text !== null) {
        encoding = candidate;
        break;
      }
    }
  }
  if (text === null || encoding === null || text.includes("\u0000")) return { ok: false };
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding };
}

/**
 * Tab or comma: whichever separates more fields in the first lines (the header region), outside
 * quotes. Excel's "Unicode Text" is tab-separated; a tie (or neither) is comma.
 */
export function detectDelimiter(text: string, lines = 20): Delimiter {
  let tabs = 0;
  let commas = 0;
  let quoted = false;
  let seen = 0;
  for (let i = 0; i < text.length && seen < lines; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 0x09) tabs++;
    else if (c === 0x2c) commas++;
    else if (c === 0x0a) seen++;
  }
  return tabs > commas ? "\t" : ",";
}
