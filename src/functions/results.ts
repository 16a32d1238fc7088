/**
 * Error values and cell helpers shared by the custom functions (core.ts, scenario-weights.ts).
 */
import { say, type MessageEntry, type MessageLanguage } from "../engine/messages";
import {
  functionsMessages,
  type FoundCell,
  type FunctionsMessageCode,
} from "../engine/messages/functions";
import { parseScore, type Cell } from "../engine/table";
import { cellAddress, columnIndex } from "../engine/text";
import type { Framework } from "../engine/types";

/** An error value: functions.ts turns it into CustomFunctions.Error, the HyperFormula plugin into a CellError. */
export type FnError = {
  error: "invalidValue" | "notAvailable" | "invalidNumber";
  /** The catalogue entry (src/engine/messages/functions.ts) and its arguments. */
  code: FunctionsMessageCode;
  args: unknown;
  /** The English message (functions.ts renders `code` in the user's language). */
  message: string;
};
export type FnResult<T> = T | FnError;

export const isError = (x: unknown): x is FnError =>
  typeof x === "object" && x !== null && "error" in x && "message" in x;

export function fail<C extends FunctionsMessageCode>(
  error: FnError["error"],
  code: C,
  args: (typeof functionsMessages)[C]["sample"]
): FnError {
  const entry = functionsMessages[code] as MessageEntry<typeof args>;
  return { error, code, args, message: say(entry, args, "en") };
}

/** The message of an error in `language`. */
export function errorMessage(e: FnError, language: MessageLanguage): string {
  return say(functionsMessages[e.code] as MessageEntry<unknown>, e.args, language);
}

export const frameworkName = (f: Framework) => ({ zh: f.name, en: f.nameEn || f.name });

/**
 * "Sheet1!C2:T2" → a function naming the cell at an offset inside that range ("Sheet1!E2"), or,
 * without a usable address, "scores (row 1, column 3)".
 */
export function locator(
  address: string | undefined,
  label: string
): (r: number, c: number) => string {
  const m = address ? /^(?:(.*)!)?\$?([A-Z]+)\$?(\d+)/u.exec(address) : null;
  if (!m) return (r, c) => `${label} (row ${r + 1}, column ${c + 1})`;
  const sheet = m[1]?.replace(/^'(.*)'$/u, "$1").replace(/''/g, "'");
  const row = Number(m[3]) - 1;
  const column = columnIndex(m[2] as string);
  return (r, c) => cellAddress(row + r, column + c, sheet);
}

export type Located = { value: Cell; r: number; c: number };

export const flat = (range: readonly (readonly Cell[])[]): Located[] =>
  range.flatMap((row, r) => row.map((value, c) => ({ value, r, c })));

/** What a cell holds, for messages (worded by `describeFound`). */
export function describeCell(value: Cell): FoundCell {
  if (typeof value === "boolean") return { kind: "logical", text: value ? "TRUE" : "FALSE" };
  if (typeof value === "number") return { kind: "number", text: String(value) };
  const parsed = parseScore(value);
  if (parsed.kind === "blank") return { kind: "blank", text: "" };
  if (parsed.kind === "error") return { kind: "error", text: parsed.text };
  return { kind: "text", text: String(value) };
}
