/**
 * What a cell holds and how Excel turns an input written through `values` / `formulas` into it
 * (the "typing" rules: `=`, `+`, `-`, leading apostrophe, numeric text, TRUE/FALSE, #N/A).
 */
import { FakeErrorCode, FakeOfficeError, invalidArgument } from "./errors";

export type CellValue = string | number | boolean;
/** Flat, interned cell style: keys like "font.bold", "fill.color", "horizontalAlignment". */
export type Style = Readonly<Record<string, string | number | boolean>>;

export interface Cell {
  /** Value ("" when empty); for a formula, its computed value. */
  v: CellValue;
  /** Formula text (starts with "="), absent for constants. */
  f?: string;
  /** Text entered with a leading apostrophe (Excel's quote prefix). */
  qp?: boolean;
  /** The value is an error ("#NAME?", "#N/A", ...). */
  err?: boolean;
  /** Number format; absent means "General". */
  nf?: string;
  s?: Style;
}

/** Content produced by one input; `nf` is a format Excel picks automatically (12% → "0%"). */
export type Entry = Omit<Cell, "s">;

export type FormulaEvaluator = (
  formula: string,
  at: { sheet: string; address: string }
) => CellValue | undefined;

export const MAX_CELL_TEXT = 32_767;
export const ERROR_VALUES: ReadonlySet<string> = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
]);
const plainNumber = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const percentNumber = /^[+-]?(\d+\.?\d*|\.\d+)%$/;
const groupedNumber = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

function numberEntry(text: string): Entry | null {
  const t = text.trim();
  if (plainNumber.test(t)) return { v: Number(t) };
  if (percentNumber.test(t))
    return { v: Number(t.slice(0, -1)) / 100, nf: t.includes(".") ? "0.00%" : "0%" };
  if (groupedNumber.test(t))
    return { v: Number(t.replace(/,/g, "")), nf: t.includes(".") ? "#,##0.00" : "#,##0" };
  return null;
}

/**
 * Converts one input element as Excel does when it is written to `values` or `formulas`.
 * Returns null for "leave the cell unchanged" (null, undefined, and NaN/Infinity, which JSON
 * sends as null). Throws InvalidArgument for objects and for text over 32,767 characters.
 */
export function parseInput(
  input: unknown,
  location: string,
  formula: (f: string) => Entry
): Entry | null {
  if (input === null || input === undefined) return null;
  if (typeof input === "number")
    return Number.isFinite(input) ? { v: input === 0 ? 0 : input } : null;
  if (typeof input === "boolean") return { v: input };
  if (input instanceof Date) return { v: input.toISOString() };
  if (typeof input !== "string")
    throw invalidArgument(location, "cell input must be a string, number or boolean");
  if (input.length > MAX_CELL_TEXT)
    throw invalidArgument(location, "text longer than 32,767 characters");
  if (input === "") return { v: "" };
  const first = input[0];
  if (first === "'") return { v: input.slice(1), qp: true };
  if (first === "=" && input.length > 1) return formula(input);
  const numeric = numberEntry(input);
  if (numeric) return numeric;
  if ((first === "+" || first === "-") && input.trim().length > 1) return formula(`=${input}`);
  if (/^(true|false)$/i.test(input)) return { v: input.toUpperCase() === "TRUE" };
  if (ERROR_VALUES.has(input)) return { v: input, err: true };
  return { v: input };
}

// ---- A tiny evaluator for constant formulas (=1+1, =-2^2, ="a"&"b"); anything else is #NAME? ----

type Val = number | string | boolean | { error: string };
class Unsupported extends Error {}

function toNumber(v: Val): number | { error: string } {
  if (typeof v === "object") return v;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const t = v.trim();
  return t !== "" && plainNumber.test(t) ? Number(t) : { error: "#VALUE!" };
}

function arith(a: Val, b: Val, op: string): Val {
  const x = toNumber(a);
  if (typeof x === "object") return x;
  const y = toNumber(b);
  if (typeof y === "object") return y;
  if (op === "/" && y === 0) return { error: "#DIV/0!" };
  const r =
    op === "+"
      ? x + y
      : op === "-"
        ? x - y
        : op === "*"
          ? x * y
          : op === "/"
            ? x / y
            : Math.pow(x, y);
  return Number.isFinite(r) ? r : { error: "#NUM!" };
}

function text(v: Val): string {
  return typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
}

function parseConstantFormula(src: string): Val {
  let i = 0;
  const ws = (): void => {
    while (src[i] === " ") i++;
  };
  const primary = (): Val => {
    ws();
    const rest = src.slice(i);
    const num = /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?/i.exec(rest);
    if (num) {
      i += num[0].length;
      return Number(num[0]);
    }
    if (src[i] === '"') {
      let s = "";
      i++;
      for (;;) {
        if (i >= src.length) throw new Unsupported();
        if (src[i] === '"' && src[i + 1] === '"') {
          s += '"';
          i += 2;
        } else if (src[i] === '"') {
          i++;
          return s;
        } else s += src[i++];
      }
    }
    const bool = /^(TRUE|FALSE)\b/i.exec(rest);
    if (bool?.[1]) {
      i += bool[1].length;
      return bool[1].toUpperCase() === "TRUE";
    }
    if (src[i] === "(") {
      i++;
      const v = concat();
      ws();
      if (src[i] !== ")") throw new Unsupported();
      i++;
      return v;
    }
    throw new Unsupported();
  };
  const percent = (): Val => {
    let v = primary();
    for (ws(); src[i] === "%"; ws()) {
      i++;
      v = arith(v, 100, "/");
    }
    return v;
  };
  const unary = (): Val => {
    ws();
    if (src[i] === "-" || src[i] === "+") {
      const sign = src[i++];
      const v = unary();
      return sign === "-" ? arith(0, v, "-") : v;
    }
    return percent();
  };
  const power = (): Val => {
    let v = unary();
    for (ws(); src[i] === "^"; ws()) {
      i++;
      v = arith(v, unary(), "^");
    }
    return v;
  };
  const product = (): Val => {
    let v = power();
    for (ws(); src[i] === "*" || src[i] === "/"; ws()) {
      const op = src[i++] ?? "*";
      v = arith(v, power(), op);
    }
    return v;
  };
  const sum = (): Val => {
    let v = product();
    for (ws(); src[i] === "+" || src[i] === "-"; ws()) {
      const op = src[i++] ?? "+";
      v = arith(v, product(), op);
    }
    return v;
  };
  const concat = (): Val => {
    let v = sum();
    for (ws(); src[i] === "&"; ws()) {
      i++;
      const w = sum();
      v = typeof v === "object" ? v : typeof w === "object" ? w : text(v) + text(w);
    }
    return v;
  };
  const result = concat();
  ws();
  if (i !== src.length) throw new Unsupported();
  return result;
}

/** Value of a formula the fake can compute by itself: constant arithmetic/text, else "#NAME?". */
export function evaluateConstantFormula(formula: string): Entry {
  try {
    const v = parseConstantFormula(formula.slice(1));
    return typeof v === "object" ? { v: v.error, f: formula, err: true } : { v, f: formula };
  } catch (e) {
    if (e instanceof Unsupported) return { v: "#NAME?", f: formula, err: true };
    throw e;
  }
}

// ---- Display text (`range.text`) and value types ----

function generalNumber(n: number): string {
  const a = Math.abs(n);
  if (a !== 0 && (a >= 1e11 || a < 1e-9)) {
    const [mant, exp] = n.toExponential(5).split("e");
    const e = Number(exp);
    return `${String(Number(mant))}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  return String(Number(n.toPrecision(10)));
}

/** Renders a number with the common formats (General, 0, 0.00, #,##0.00, 0.0%); others as General. */
export function formatNumber(n: number, numberFormat: string | undefined): string {
  const section = (numberFormat ?? "General").split(";")[0] ?? "General";
  if (section === "General" || section === "@" || !/[0#]/.test(section)) return generalNumber(n);
  const percent = section.includes("%");
  const decimals = /\.(0+)/.exec(section)?.[1]?.length ?? 0;
  const x = percent ? n * 100 : n;
  let digits = Math.abs(x).toFixed(decimals);
  if (/#,##0|0,0/.test(section)) {
    const [int = "", frac] = digits.split(".");
    digits = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? `.${frac}` : "");
  }
  const negative = x < 0 && Number(digits.replace(/,/g, "")) !== 0;
  return `${negative ? "-" : ""}${digits}${percent ? "%" : ""}`;
}

export function displayText(cell: Cell | undefined): string {
  if (!cell || cell.v === "") return "";
  if (typeof cell.v === "boolean") return cell.v ? "TRUE" : "FALSE";
  if (typeof cell.v === "string") return cell.v;
  return formatNumber(cell.v, cell.nf);
}

export function valueType(cell: Cell | undefined): string {
  if (!cell || (cell.v === "" && !cell.f)) return "Empty";
  if (cell.err) return "Error";
  return typeof cell.v === "number" ? "Double" : typeof cell.v === "boolean" ? "Boolean" : "String";
}

// ---- Payload size: approximate JSON bytes (UTF-8) of a value ----

function stringBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += c === 34 || c === 92 ? 2 : c < 0x20 ? 6 : 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Approximate size in bytes of `JSON.stringify(value)` encoded as UTF-8, without building it. */
export function jsonSize(value: unknown): number {
  if (value === null || value === undefined) return 4;
  switch (typeof value) {
    case "string":
      return stringBytes(value);
    case "number":
      return Number.isFinite(value) ? String(value).length : 4;
    case "boolean":
      return value ? 4 : 5;
    case "object": {
      if (Array.isArray(value)) {
        let n = 1 + Math.max(1, value.length);
        for (const v of value) n += jsonSize(v);
        return n;
      }
      let n = 2;
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (v !== undefined && typeof v !== "function") n += stringBytes(k) + 2 + jsonSize(v);
      }
      return n;
    }
    default:
      return 0;
  }
}

export function checkFinite(location: string, n: unknown): number {
  if (typeof n !== "number" || !Number.isFinite(n))
    throw invalidArgument(location, "expected a number");
  return n;
}

export function badShape(location: string): FakeOfficeError {
  return new FakeOfficeError(
    FakeErrorCode.invalidArgument,
    "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    location
  );
}
