/**
 * The custom functions as pure code: ranges in, a value or an error value out. functions.ts turns
 * error values into CustomFunctions.Error; tests and the HyperFormula plugin call these directly.
 */
import { resolveCity } from "../engine/cities";
import { findItem, weightOf } from "../engine/framework";
import { rank, rankOf } from "../engine/ranking";
import { quartileDeviation } from "../engine/statistics";
import { parseScore, type Cell } from "../engine/table";
import type { Framework, RankMethod, RankOptions, ScoredItem } from "../engine/types";
import {
  describeCell,
  fail,
  flat,
  frameworkName,
  isError,
  locator,
  type FnError,
  type FnResult,
  type Located,
} from "./results";
import { scenarioScales } from "./scenario-weights";

export { errorMessage, isError, locator, type FnError, type FnResult } from "./results";

/** Score of a cell: blanks are 0 (Excel passes blanks as 0 anyway), numeric text counts, other text is an error. */
function scoreOf(
  cell: Located,
  where: (r: number, c: number) => string,
  label?: string
): FnResult<number> {
  const parsed = parseScore(cell.value);
  if (parsed.kind === "number") return parsed.value;
  if (parsed.kind === "blank") return 0;
  return fail("invalidValue", "notAScore", {
    where: where(cell.r, cell.c),
    label: label ?? null,
    found: describeCell(cell.value),
  });
}

/** True when a header range is absent or blank: Excel passes an omitted range as null and blank cells as 0. */
const isBlankRange = (range: Cell[][] | null | undefined): boolean =>
  !range ||
  flat(range).every(
    ({ value }) => value === null || value === undefined || value === "" || value === 0
  );

/**
 * Matches header cells to the framework's indicators and bonus items, one header per score cell;
 * an item named twice is an error. `strict` (TOTAL): every header must name one. Otherwise
 * (DIMENSION) other headers (blank, "城市", "总分", …) give null. Cost O(cells × items).
 */
function matchHeaders(
  f: Framework,
  headers: Cell[][],
  count: number,
  where: (r: number, c: number) => string,
  strict: boolean
): FnResult<(ScoredItem | null)[]> {
  const cells = flat(headers);
  if (cells.length !== count) {
    return fail("invalidValue", "headerCount", { headers: cells.length, scores: count });
  }
  const items: (ScoredItem | null)[] = [];
  const seen = new Map<string, string>();
  for (const cell of cells) {
    const here = where(cell.r, cell.c);
    const name =
      cell.value === null || cell.value === undefined || cell.value === 0
        ? ""
        : String(cell.value).trim();
    const found = name === "" ? undefined : findItem(f, name);
    if (!found || found.kind === "total" || found.kind === "dimension") {
      if (!strict) {
        items.push(null);
        continue;
      }
      if (name === "") return fail("invalidValue", "blankHeader", { where: here });
      return fail("invalidValue", "notAnItem", { where: here, name, framework: frameworkName(f) });
    }
    const before = seen.get(found.item.id);
    if (before !== undefined)
      return fail("invalidValue", "namedTwice", {
        item: found.item.name,
        first: before,
        second: here,
      });
    seen.set(found.item.id, here);
    items.push(found.item);
  }
  return items;
}

/** A score below 0 or above its item's weight, as an error naming the cell. */
function outOfRange(where: string, item: ScoredItem, v: number): FnError | null {
  if (v < 0) return fail("invalidValue", "negative", { where, item: item.name, value: v });
  if (v > item.weight + 1e-9)
    return fail("invalidValue", "aboveWeight", {
      where,
      item: item.name,
      value: v,
      weight: item.weight,
    });
  return null;
}

/**
 * SMARTCITY.TOTAL: sum of a row of scores. With headers, each header must name an indicator or
 * bonus item (once), and each score must lie between 0 and that item's weight. With `weights`
 * (one positive weight per header, needs headers) it is the scenario total: each score times
 * new / framework weight (docs/method.md, "What-if weights").
 */
export function total(
  f: Framework,
  scores: Cell[][],
  indicators: Cell[][] | null,
  scoresAddress?: string,
  indicatorsAddress?: string,
  weights?: Cell[][] | null,
  weightsAddress?: string
): FnResult<number> {
  const where = locator(scoresAddress, "scores");
  const cells = flat(scores);
  const values: number[] = [];
  for (const cell of cells) {
    const v = scoreOf(cell, where);
    if (isError(v)) return v;
    values.push(v);
  }
  const withWeights = weights !== null && weights !== undefined;
  if (isBlankRange(indicators)) {
    if (withWeights) return fail("invalidValue", "weightsNeedIndicators", {});
  } else {
    const items = matchHeaders(
      f,
      indicators as Cell[][],
      cells.length,
      locator(indicatorsAddress, "indicators"),
      true
    ) as FnResult<ScoredItem[]>;
    if (isError(items)) return items;
    for (let k = 0; k < values.length; k++) {
      const { r, c } = cells[k] as Located;
      const problem = outOfRange(where(r, c), items[k] as ScoredItem, values[k] as number);
      if (problem) return problem;
    }
    if (withWeights) {
      const scales = scenarioScales(items, weights, locator(weightsAddress, "weights"));
      if (isError(scales)) return scales;
      scales.forEach((scale, k) => (values[k] = (values[k] as number) * scale));
    }
  }
  return Math.round(values.reduce((s, v) => s + v, 0) * 1e9) / 1e9;
}

/**
 * SMARTCITY.DIMENSION: the sum of a dimension's indicator scores, found by the header names. Other
 * columns (other dimensions' indicators, bonus) are ignored; every score used must lie between 0
 * and its weight.
 */
export function dimension(
  f: Framework,
  scores: Cell[][],
  indicators: Cell[][],
  name: Cell,
  scoresAddress?: string,
  indicatorsAddress?: string
): FnResult<number> {
  const key = name === null || name === undefined ? "" : String(name);
  const found = findItem(f, key);
  if (!found || found.kind !== "dimension") {
    const dimensions = f.dimensions.map((d) => d.name);
    return fail("invalidValue", "notADimension", {
      name: key,
      framework: frameworkName(f),
      dimensions,
    });
  }
  const where = locator(scoresAddress, "scores");
  const cells = flat(scores);
  const items = matchHeaders(
    f,
    indicators,
    cells.length,
    locator(indicatorsAddress, "indicators"),
    false
  );
  if (isError(items)) return items;
  let sum = 0;
  for (const ind of found.item.indicators) {
    const k = items.findIndex((item) => item?.id === ind.id);
    if (k < 0)
      return fail("notAvailable", "missingColumn", {
        indicator: ind.name,
        dimension: found.item.name,
      });
    const cell = cells[k] as Located;
    const v = scoreOf(cell, where, ind.name);
    if (isError(v)) return v;
    const problem = outOfRange(where(cell.r, cell.c), ind, v);
    if (problem) return problem;
    sum += v;
  }
  return Math.round(sum * 1e9) / 1e9;
}

/**
 * Order and method arguments, as RANK.EQ: order omitted, blank or 0 = highest first; any other
 * number (or TRUE) = lowest first. Method: "competition" (default), "dense" or "ordinal".
 */
export function rankOptions(order: Cell, method: Cell): FnResult<RankOptions> {
  const o = order === null || order === undefined || order === "" ? 0 : Number(order);
  if (!Number.isFinite(o)) return fail("invalidValue", "badOrder", { found: describeCell(order) });
  const m =
    method === null || method === undefined || method === ""
      ? "competition"
      : String(method).trim().toLowerCase();
  if (!["competition", "dense", "ordinal"].includes(m)) {
    return fail("invalidValue", "badMethod", { method: String(method) });
  }
  return { order: o === 0 ? "descending" : "ascending", method: m as RankMethod };
}

/** Numbers of a range for ranking; text, logical values and errors are skipped as RANK.EQ does. */
const rankable = (values: Cell[][]): (number | null)[] =>
  flat(values).map(({ value }) =>
    typeof value === "number" && Number.isFinite(value) ? value : null
  );

/**
 * SMARTCITY.RANK: rank of a value in a list; #N/A when the value is not in the list. For "ordinal",
 * a tied value gets the rank of its first occurrence (its competition rank). O(n).
 */
export function rankOne(
  value: Cell,
  values: Cell[][],
  order: Cell,
  method: Cell
): FnResult<number> {
  const options = rankOptions(order, method);
  if (isError(options)) return options;
  if (typeof value !== "number" || !Number.isFinite(value))
    return fail("invalidValue", "valueNotNumber", { found: describeCell(value) });
  const r = rankOf(value, rankable(values), options);
  return r === null ? fail("notAvailable", "notInValues", { value }) : r;
}

/** SMARTCITY.RANKS: ranks of a whole range at once, same shape; cells without a number get "". O(n log n). */
export function rankAll(
  values: Cell[][],
  order: Cell,
  method: Cell
): FnResult<(number | string)[][]> {
  const options = rankOptions(order, method);
  if (isError(options)) return options;
  const ranks = rank(rankable(values), options);
  let k = 0;
  return values.map((row) => row.map(() => ranks[k++] ?? ""));
}

/** SMARTCITY.RATE: score / weight as a fraction (format the cell as %). A blank score is 0; numeric text counts as its number. */
export function rate(f: Framework, score: Cell, weightOrName: Cell): FnResult<number> {
  const s = parseScore(score);
  if (s.kind === "text" || s.kind === "error")
    return fail("invalidValue", "scoreNotNumber", { found: describeCell(score) });
  const asNumber =
    typeof weightOrName === "boolean" ? { kind: "text" as const } : parseScore(weightOrName);
  const w = asNumber.kind === "number" ? asNumber.value : weight(f, weightOrName);
  if (isError(w)) return w;
  if (!(w > 0)) return fail("invalidNumber", "weightNotPositive", { weight: w });
  return (s.kind === "number" ? s.value : 0) / w;
}

/** SMARTCITY.WEIGHT: weight of an indicator, dimension, bonus item, or "总分"/"total". */
export function weight(f: Framework, name: Cell): FnResult<number> {
  const text = name === null || name === undefined ? "" : String(name).trim();
  if (text === "") return fail("notAvailable", "weightNeedsName", { framework: frameworkName(f) });
  const found = typeof name === "string" ? findItem(f, name) : undefined;
  if (!found)
    return fail("notAvailable", "unknownName", { name: text, framework: frameworkName(f) });
  return weightOf(found);
}

/** SMARTCITY.QD: Q3 − Q1 with QUARTILE.EXC (METHOD.md); text, logical values and errors are ignored, blanks arrive as 0. */
export function qd(values: Cell[][]): FnResult<number> {
  const numbers = flat(values)
    .map(({ value }) => value)
    .filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  if (numbers.length < 3) return fail("invalidNumber", "tooFewNumbers", { count: numbers.length });
  return Math.round(quartileDeviation(numbers) * 1e9) / 1e9;
}

/** SMARTCITY.REGION / PROVINCE / LEVEL from the bundled city table. */
export function cityField(city: Cell, field: "region" | "province" | "level"): FnResult<string> {
  const name = city === null || city === undefined ? "" : String(city);
  const resolved = resolveCity(name);
  if (resolved.ok) return resolved.city[field];
  if (resolved.reason === "empty") return fail("notAvailable", "cityEmpty", {});
  const code = resolved.reason === "ambiguous" ? "cityAmbiguous" : "cityUnknown";
  return fail("notAvailable", code, { city: name, detail: resolved.message });
}
