/**
 * How a layout value is written through `range.values` so that Excel stores exactly that value.
 *
 * Excel "types" every string written to `values` as if a user had entered it: "=1+1" becomes a
 * formula, "-" or "+5" a formula or a number, "12%" or "1,234" a number, "TRUE" a boolean,
 * "#N/A" an error, "1-2" or "Mar 5" a date. Layout text is plain data (src/layout/types.ts), so
 * such strings get Excel's quote prefix: a leading apostrophe, which Excel consumes — the cell
 * shows and returns the exact text (`values` reads it back without the apostrophe) and keeps
 * the number format of its region. (The alternative, number format "@", would need a format
 * region per text cell and would turn numbers the user types there later into text.) Only
 * strings Excel could reinterpret get the prefix, so ordinary headers stay free of it.
 */
import type { CellValue } from "../layout/types";

/** First characters that make Excel read typed text as something else: formula (=), sign or
 * formula (+ -), implicit intersection (@), an existing quote prefix ('), an error literal (#),
 * leading blanks (Excel trims, " 12" is a number), numbers, percents, fractions, dates and times
 * ("1-2", "3:00"), currency and accounting negatives ("$5", "(5)"). */
const REINTERPRETED_FIRST = new Set("=+-@'# \t\r\n0123456789.,$(¥€£");
/** English month names (or their abbreviations) followed by a number are dates: "Mar 5", "May-15", "Sept. 2015". */
const MONTH_DATE = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-/]+\d/iu;
const BOOLEAN = /^(true|false)$/iu;

/** True when `text` must be written with a quote prefix to stay the same text in Excel. */
export function needsQuotePrefix(text: string): boolean {
  const first = text[0];
  if (first === undefined) return false;
  if (REINTERPRETED_FIRST.has(first)) return true;
  const letter = (first >= "a" && first <= "z") || (first >= "A" && first <= "Z");
  return letter && (BOOLEAN.test(text) || MONTH_DATE.test(text));
}

/**
 * A NaN or ±Infinity reached the Office writer. `guardLayout` (src/layout/guard.ts) replaces every
 * one before writing, so this is a bug in the project, never a property of the user's data:
 * Office.js would send it as JSON null and Excel would silently keep the cell's old value.
 */
export class NonFiniteCellError extends Error {
  constructor(readonly value: number) {
    super(`Internal error: the summary holds the number ${value}, which Excel cannot store.`);
    this.name = "NonFiniteCellError";
  }
}

/**
 * The input that makes Excel store `value` as is: numbers unchanged, null → empty cell. Throws
 * NonFiniteCellError for NaN / ±Infinity (a defensive assertion: the guard removes them).
 */
export function cellInput(value: CellValue): string | number {
  if (value === null) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new NonFiniteCellError(value);
    return value;
  }
  return needsQuotePrefix(value) ? `'${value}` : value;
}

/** A row of layout values as `range.values` input (a new array; the layout is never mutated). */
export function rowInput(row: readonly CellValue[], columns: number): (string | number)[] {
  const out = new Array<string | number>(columns);
  for (let j = 0; j < columns; j++) out[j] = cellInput(row[j] ?? null);
  return out;
}
