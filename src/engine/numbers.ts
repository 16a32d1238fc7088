/**
 * Reading a score cell as Excel reads typed text (docs/method.md, "Reading scores"): a number, or
 * text of the form Excel itself turns into a number when typed into a cell — optional spaces
 * around, an optional sign, digits with an optional decimal point, an optional exponent
 * ("4.70", " -1 ", "+.5", "1E2"). Forms people mean as numbers that Excel does not read this way
 * (or reads differently) are reported with the form they look like, never guessed.
 */
import type { Cell } from "./table";

/** Why a text that looks numeric is not read as a number (docs/method.md, "Reading scores"). */
export type NumberForm =
  | "hexadecimal"
  | "binary"
  | "octal"
  | "comma-decimal"
  | "thousands-separator"
  | "percent"
  | "full-width"
  | "currency"
  | "not-finite"
  | "odd-space";

export type ParsedScore =
  | { kind: "number"; value: number }
  | { kind: "blank" }
  | { kind: "error"; text: string }
  /** `form` is set when the text looks like a number written in a form that is not read. */
  | { kind: "text"; text: string; form?: NumberForm };

const EXCEL_ERROR =
  /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)/u;

/** The decimal form Excel reads from typed text (ASCII only). */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/u;
/** Spaces Excel trims around typed numbers. */
const SPACES = /^[ \t\r\n]+|[ \t\r\n]+$/gu;
const BLANK = /^[\s\u200b-\u200d\u2060\ufeff]*$/u;

const FORMS: [NumberForm, RegExp][] = [
  ["hexadecimal", /^[+-]?0x[0-9a-f]+$/iu],
  ["binary", /^[+-]?0b[01]+$/iu],
  ["octal", /^[+-]?0o[0-7]+$/iu],
  ["thousands-separator", /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/u],
  ["comma-decimal", /^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d*),\d+$/u],
  ["percent", /^[+-]?(?:\d+\.?\d*|\.\d+)\s*%$/u],
  [
    "currency",
    /^(?:[+-]?[$¥€£₹]\s*[+-]?(?:\d[\d,]*\.?\d*|\.\d+)|[+-]?(?:\d[\d,]*\.?\d*|\.\d+)\s*(?:元|[$¥€£]))$/u,
  ],
  ["not-finite", /^[+-]?(?:infinity|inf|nan|∞)$/iu],
];

/** The form a non-number text looks like, if any. */
function numericForm(raw: string, trimmed: string): NumberForm | undefined {
  for (const [form, pattern] of FORMS) if (pattern.test(trimmed)) return form;
  const folded = raw.normalize("NFKC");
  if (folded !== raw) {
    const t = folded.replace(SPACES, "");
    if (DECIMAL.test(t)) return /[０-９．＋－]/u.test(raw) ? "full-width" : "odd-space";
    const inner = numericForm(folded, t);
    if (inner) return inner;
  }
  if (DECIMAL.test(raw.replace(/[\s\u00a0\u200b-\u200d\u2060\ufeff]+/gu, ""))) return "odd-space";
  return undefined;
}

/** Interprets a cell as a score: a number, a blank, an Excel error value or text (with its form). */
export function parseScore(cell: Cell): ParsedScore {
  if (typeof cell === "number")
    return Number.isFinite(cell)
      ? { kind: "number", value: cell }
      : { kind: "text", text: String(cell), form: "not-finite" };
  if (cell === null || cell === undefined) return { kind: "blank" };
  if (typeof cell === "boolean") return { kind: "text", text: String(cell) };
  const t = cell.replace(SPACES, "");
  // Only spaces of any kind (U+3000, no-break): a cell that looks blank is blank.
  if (t === "" || BLANK.test(t)) return { kind: "blank" };
  if (DECIMAL.test(t)) {
    const value = Number(t);
    // "1e999" is Infinity in JavaScript; Excel rejects it as well.
    return Number.isFinite(value)
      ? { kind: "number", value }
      : { kind: "text", text: cell, form: "not-finite" };
  }
  if (EXCEL_ERROR.test(t)) return { kind: "error", text: t };
  const form = numericForm(cell, t);
  return form ? { kind: "text", text: cell, form } : { kind: "text", text: cell };
}

/** 10^k for k = 0 … 22: exact doubles. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * Reads plain decimal text one character code at a time (digits, at most one point, at most 15
 * digits: "4.70", "12", "0.5"), without making strings. At most 15 digits make the digits an exact
 * integer M below 2^53 and the value M / 10^k one correctly rounded division: what
 * `Number(text)` returns.
 */
export class PlainDecimal {
  private mantissa = 0;
  private digits = 0;
  private point = -1;
  private length = 0;

  reset(): void {
    this.mantissa = this.digits = this.length = 0;
    this.point = -1;
  }

  /** Takes the next character code; false when it cannot belong to plain decimal text. */
  add(code: number): boolean {
    if (code >= 48 && code <= 57) {
      this.mantissa = this.mantissa * 10 + (code - 48);
      this.digits += 1;
    } else if (code === 46 && this.point < 0) this.point = this.length;
    else return false;
    this.length += 1;
    return true;
  }

  /** The value of the codes taken, or NaN when they are not plain decimal text. */
  value(): number {
    if (this.digits === 0 || this.digits > 15) return NaN;
    if (this.point < 0) return this.mantissa;
    return this.mantissa / (POWERS_OF_TEN[this.length - 1 - this.point] as number);
  }
}

const plain = new PlainDecimal();

/**
 * The value of a finite number cell or of plain decimal text (see `PlainDecimal`), else NaN: the
 * common cells, read without the regular expressions and objects of `parseScore`, with the same
 * value.
 */
export function plainNumber(cell: Cell): number {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : NaN;
  if (typeof cell !== "string" || cell.length === 0 || cell.length > 16) return NaN;
  plain.reset();
  for (let i = 0; i < cell.length; i++) if (!plain.add(cell.charCodeAt(i))) return NaN;
  return plain.value();
}
