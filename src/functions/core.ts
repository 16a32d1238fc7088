import { resolveCity } from "../engine/cities";
import { findItem, weightOf } from "../engine/framework";
import { rank, rankOf } from "../engine/ranking";
import { quartileDeviation } from "../engine/statistics";
import { parseScore, type Cell } from "../engine/table";
import { cellAddress, columnIndex } from "../engine/text";
import type { Framework, RankMethod, RankOptions } from "../engine/types";

/**
 * The custom functions as pure code: ranges in, a value or an error value out. functions.ts turns
 * error values into CustomFunctions.Error; tests and the HyperFormula plugin call these directly.
 */
export type FnError = { error: "invalidValue" | "notAvailable" | "invalidNumber"; message: string };
export type FnResult<T> = T | FnError;

export const isError = (x: unknown): x is FnError => typeof x === "object" && x !== null && "error" in x && "message" in x;
const fail = (error: FnError["error"], message: string): FnError => ({ error, message });

/** "Sheet1!C2:T2" → a function naming the cell at an offset inside that range, or "item k". */
export function locator(address: string | undefined, label: string): (r: number, c: number) => string {
  const m = address ? /^(?:(.*)!)?\$?([A-Z]+)\$?(\d+)/u.exec(address) : null;
  if (!m) return (r, c) => `${label} item ${r > 0 ? `${r + 1},` : ""}${c + 1}`;
  const sheet = m[1]?.replace(/^'(.*)'$/u, "$1").replace(/''/g, "'");
  const row = Number(m[3]) - 1;
  const column = columnIndex(m[2] as string);
  return (r, c) => cellAddress(row + r, column + c, sheet);
}

const flat = (range: readonly (readonly Cell[])[]): { value: Cell; r: number; c: number }[] =>
  range.flatMap((row, r) => row.map((value, c) => ({ value, r, c })));

/** Reads numbers from a range; blanks are 0 (Excel passes blanks as 0 anyway); text is an error. */
function numbersOf(range: readonly (readonly Cell[])[], where: (r: number, c: number) => string): FnResult<number[]> {
  const values: number[] = [];
  for (const { value, r, c } of flat(range)) {
    const parsed = parseScore(value);
    if (parsed.kind === "text") return fail("invalidValue", `${where(r, c)} holds text "${parsed.text}", not a score.`);
    if (parsed.kind === "error") return fail("invalidValue", `${where(r, c)} holds the error ${parsed.text}.`);
    values.push(parsed.kind === "number" ? parsed.value : 0);
  }
  return values;
}

/** SMARTCITY.TOTAL: sum of a row of scores; with headers, every score is checked against its weight. */
export function total(f: Framework, scores: Cell[][], indicators: Cell[][] | null, scoresAddress?: string): FnResult<number> {
  const where = locator(scoresAddress, "scores");
  const values = numbersOf(scores, where);
  if (isError(values)) return values;
  if (indicators && flat(indicators).some(({ value }) => value !== null && value !== "" && value !== 0)) {
    const names = flat(indicators).map(({ value }) => String(value ?? ""));
    if (names.length !== values.length) {
      return fail("invalidValue", `indicators has ${names.length} cells but scores has ${values.length}; give one name per score.`);
    }
    for (let k = 0; k < values.length; k++) {
      const name = names[k] as string;
      const item = findItem(f, name);
      const cell = flat(scores)[k] as { r: number; c: number };
      if (!item || item.kind === "total" || item.kind === "dimension") {
        return fail("invalidValue", `"${name}" is not an indicator or bonus item of ${f.name}.`);
      }
      const v = values[k] as number;
      if (v < 0) return fail("invalidValue", `${where(cell.r, cell.c)}: ${item.item.name} is negative (${v}).`);
      if (v > item.item.weight + 1e-9) {
        return fail("invalidValue", `${where(cell.r, cell.c)}: ${item.item.name} is ${v}, above its weight of ${item.item.weight}.`);
      }
    }
  }
  return Math.round(values.reduce((s, v) => s + v, 0) * 1e9) / 1e9;
}

/** SMARTCITY.DIMENSION: the sum of a dimension's indicator scores, found by the header names. */
export function dimension(f: Framework, scores: Cell[][], indicators: Cell[][], name: string, scoresAddress?: string): FnResult<number> {
  const found = findItem(f, name);
  if (!found || found.kind !== "dimension") return fail("invalidValue", `"${name}" is not a dimension of ${f.name}.`);
  const where = locator(scoresAddress, "scores");
  const names = flat(indicators).map(({ value }) => String(value ?? ""));
  const cells = flat(scores);
  if (names.length !== cells.length) {
    return fail("invalidValue", `indicators has ${names.length} cells but scores has ${cells.length}; give one name per score.`);
  }
  let sum = 0;
  for (const ind of found.item.indicators) {
    const k = names.findIndex((n) => findItem(f, n)?.kind === "indicator" && (findItem(f, n) as { item: { id: string } }).item.id === ind.id);
    if (k < 0) return fail("notAvailable", `No column named "${ind.name}" among the indicators; ${found.item.name} needs it.`);
    const cell = cells[k] as { value: Cell; r: number; c: number };
    const parsed = parseScore(cell.value);
    if (parsed.kind === "text" || parsed.kind === "error") {
      return fail("invalidValue", `${where(cell.r, cell.c)}: ${ind.name} holds "${parsed.text}", not a score.`);
    }
    const v = parsed.kind === "number" ? parsed.value : 0;
    if (v > ind.weight + 1e-9) return fail("invalidValue", `${where(cell.r, cell.c)}: ${ind.name} is ${v}, above its weight of ${ind.weight}.`);
    sum += v;
  }
  return Math.round(sum * 1e9) / 1e9;
}

/** Order and method arguments: order 0 (default) = highest first, 1 = lowest first, as RANK.EQ. */
export function rankOptions(order: Cell, method: Cell): FnResult<RankOptions> {
  const o = order === null || order === undefined || order === "" ? 0 : Number(order);
  if (o !== 0 && o !== 1) return fail("invalidValue", `order must be 0 (highest first) or 1 (lowest first), not ${String(order)}.`);
  const m = method === null || method === undefined || method === "" ? "competition" : String(method).toLowerCase();
  if (!["competition", "dense", "ordinal"].includes(m)) {
    return fail("invalidValue", `method must be "competition", "dense" or "ordinal", not "${String(method)}".`);
  }
  return { order: o === 0 ? "descending" : "ascending", method: m as RankMethod };
}

/** Numbers of a range for ranking; text and errors are skipped as RANK.EQ does. */
const rankable = (values: Cell[][]): (number | null)[] =>
  flat(values).map(({ value }) => {
    const parsed = typeof value === "number" ? parseScore(value) : { kind: "text" as const };
    return parsed.kind === "number" ? parsed.value : null;
  });

/** SMARTCITY.RANK: rank of a value in a list; #N/A when the value is not in the list. O(n). */
export function rankOne(value: Cell, values: Cell[][], order: Cell, method: Cell): FnResult<number> {
  const options = rankOptions(order, method);
  if (isError(options)) return options;
  if (typeof value !== "number") return fail("invalidValue", `value must be a number, not "${String(value)}".`);
  const r = rankOf(value, rankable(values), options);
  return r === null ? fail("notAvailable", `${value} does not occur in values.`) : r;
}

/** SMARTCITY.RANKS: ranks of a whole range at once, same shape; text cells get "". O(n log n). */
export function rankAll(values: Cell[][], order: Cell, method: Cell): FnResult<(number | string)[][]> {
  const options = rankOptions(order, method);
  if (isError(options)) return options;
  const ranks = rank(rankable(values), options);
  let k = 0;
  return values.map((row) => row.map(() => ranks[k++] ?? ""));
}

/** SMARTCITY.RATE: score / weight as a fraction (format the cell as %). */
export function rate(f: Framework, score: Cell, weightOrName: Cell): FnResult<number> {
  if (typeof score !== "number") return fail("invalidValue", `score must be a number, not "${String(score)}".`);
  const w = typeof weightOrName === "number" ? weightOrName : weight(f, weightOrName);
  if (isError(w)) return w;
  if (!(w > 0)) return fail("invalidNumber", `The weight must be positive, not ${w}.`);
  return score / w;
}

/** SMARTCITY.WEIGHT: weight of an indicator, dimension, bonus item, or "总分"/"total". */
export function weight(f: Framework, name: Cell): FnResult<number> {
  const found = typeof name === "string" ? findItem(f, name) : undefined;
  if (!found) {
    return fail("notAvailable", `"${String(name ?? "")}" is not an indicator, dimension, bonus or total of ${f.name}.`);
  }
  return weightOf(found);
}

/** SMARTCITY.QD: Q3 − Q1 with QUARTILE.EXC (METHOD.md); text ignored, blanks arrive as 0. */
export function qd(values: Cell[][]): FnResult<number> {
  const numbers = flat(values)
    .map(({ value }) => value)
    .filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  if (numbers.length < 3) return fail("invalidNumber", `QD needs at least 3 numbers (QUARTILE.EXC); got ${numbers.length}.`);
  return Math.round(quartileDeviation(numbers) * 1e9) / 1e9;
}

/** SMARTCITY.REGION / PROVINCE / LEVEL from the bundled city table. */
export function cityField(city: Cell, field: "region" | "province" | "level"): FnResult<string> {
  const resolved = resolveCity(String(city ?? ""));
  return resolved.ok ? resolved.city[field] : fail("notAvailable", resolved.message);
}
