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
