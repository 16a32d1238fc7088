/**
 * `--json` output in pieces: the evaluation is written key by key and its long arrays (cities,
 * validation) element by element, so 100,000+ cities never become one string past V8's limit.
 * The bytes equal `JSON.stringify(evaluation)` (`--pretty`: with an indent of 2), the public
 * shape of README's "Command line" section; tests/cli/json-output.test.ts checks it.
 */
import type {
  CityResult,
  Evaluation,
  EvaluationColumns,
  ScoreCell,
  ScoreColumns,
} from "../engine/evaluate";

const FLUSH_AT = 1 << 20;

/** Fields read straight from a column, in `CityResult`'s key order up to `groupRanks`. */
const LEADING = ["city", "region", "province", "level", "total", "rate", "rank"] as const;

/** One city's record from the columns, with `Evaluation.cities`'s keys in its order (evaluate.ts). */
function cityAt(columns: EvaluationColumns, k: number): CityResult {
  const record: Record<string, unknown> = {};
  for (const key of LEADING) record[key] = columns[key][k] ?? null;
  const groupRanks: Record<string, number | null> = {};
  for (const g of ["region", "province", "level"] as const)
    groupRanks[g] = columns.groupRanks[g][k] ?? null;
  record.groupRanks = groupRanks;
  for (const part of ["dimensions", "indicators"] as const) {
    const cells: Record<string, ScoreCell> = {};
    for (const [name, s] of Object.entries(columns[part] as Record<string, ScoreColumns>)) {
      const cell = { score: s.score[k], rate: s.rate[k], rank: s.rank[k] } as ScoreCell;
      // An own "__proto__" key, as the engine's records have (plain assignment would not make one).
      if (name === "__proto__")
        Object.defineProperty(cells, name, {
          value: cell,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else cells[name] = cell;
    }
    record[part] = cells;
  }
  record.bonus = columns.bonus[k];
  record.row = columns.row[k] ?? null;
  return record as CityResult;
}

/** A number as JSON.stringify writes it (non-finite and missing numbers are null). */
const jsonNumber = (v: number | null | undefined): string =>
  v === null || v === undefined || !Number.isFinite(v) ? "null" : String(v);

const CACHE_SLOTS = 1 << 14;

/**
 * `jsonNumber` with a direct-mapped cache, for a column of few distinct values (scores and
 * rates of 2-decimal data): formatting a double is the costliest step of writing a city.
 */
function cachedJsonNumber(): (v: number | undefined) => string {
  const values = new Float64Array(CACHE_SLOTS).fill(NaN);
  const texts = new Array<string>(CACHE_SLOTS).fill("");
  return (v) => {
    if (v === undefined || !Number.isFinite(v)) return "null";
    const slot = Math.round(v * 100) & (CACHE_SLOTS - 1);
    if (values[slot] === v) return texts[slot] as string;
    const text = String(v);
    values[slot] = v;
    texts[slot] = text;
    return text;
  };
}

/**
 * The head of a score cell, `<key>{"score":S,"rate":R,"rank":`, cached by (score, rate): within
 * a series the rate follows the score, so 2-decimal data has a few thousand distinct heads.
 */
function cachedCellHead(
  key: string
): (score: number | undefined, rate: number | undefined) => string {
  const scores = new Float64Array(CACHE_SLOTS).fill(NaN);
  const rates = new Float64Array(CACHE_SLOTS).fill(NaN);
  const texts = new Array<string>(CACHE_SLOTS).fill("");
  const head = (score: number | null | undefined, rate: number | null | undefined): string =>
    `${key}${jsonNumber(score)},"rate":${jsonNumber(rate)},"rank":`;
  return (score, rate) => {
    if (score === undefined || rate === undefined || !Number.isFinite(score))
      return head(score, rate);
    const slot = Math.round(score * 100) & (CACHE_SLOTS - 1);
    if (scores[slot] === score && rates[slot] === rate) return texts[slot] as string;
    const text = head(score, rate);
    scores[slot] = score;
    rates[slot] = rate;
    texts[slot] = text;
    return text;
  };
}

/** Texts of small non-negative integers (ranks), made once each. */
function integerTexts(): (v: number | null | undefined) => string {
  const texts: string[] = [];
  return (v) =>
    typeof v === "number" && Number.isInteger(v) && v >= 0 && v < 1 << 24
      ? (texts[v] ??= String(v))
      : jsonNumber(v);
}

/**
 * The compact JSON of city k's record, the bytes of `JSON.stringify(cityAt(columns, k))` built
 * from strings: stringifying 100,000 records of 23 nested objects each took seconds.
 */
function compactCityJson(columns: EvaluationColumns): (k: number) => string {
  const text = (v: string | null | undefined): string =>
    v === null || v === undefined ? "null" : JSON.stringify(v);
  const rankText = integerTexts();
  const series = (part: "dimensions" | "indicators") =>
    Object.entries(columns[part]).map(([name, s], i) => ({
      ...s,
      head: cachedCellHead(`${i === 0 ? "" : ","}${JSON.stringify(name)}:{"score":`),
    }));
  const dimensions = series("dimensions");
  const indicators = series("indicators");
  const cells = (list: ReturnType<typeof series>, k: number): string => {
    let out = "{";
    for (const s of list) out += `${s.head(s.score[k], s.rate[k])}${rankText(s.rank[k])}}`;
    return `${out}}`;
  };
  const { groupRanks } = columns;
  const totalText = cachedJsonNumber();
  const rateText = cachedJsonNumber();
  const bonusText = cachedJsonNumber();
  return (k) =>
    `{"city":${text(columns.city[k])},"region":${text(columns.region[k])},` +
    `"province":${text(columns.province[k])},"level":${text(columns.level[k])},` +
    `"total":${totalText(columns.total[k])},"rate":${rateText(columns.rate[k])},` +
    `"rank":${rankText(columns.rank[k])},"groupRanks":{"region":${rankText(groupRanks.region[k])},` +
    `"province":${rankText(groupRanks.province[k])},"level":${rankText(groupRanks.level[k])}},` +
    `"dimensions":${cells(dimensions, k)},"indicators":${cells(indicators, k)},` +
    `"bonus":${bonusText(columns.bonus[k])},"row":${jsonNumber(columns.row[k])}}`;
}

/** Writes `evaluation` as JSON through `write`, in pieces of about 1 MB. */
export function writeEvaluationJson(
  evaluation: Evaluation,
  write: (text: string) => void,
  indent: 0 | 2 = 0
): void {
  let buffer = "";
  const put = (text: string): void => {
    buffer += text;
    if (buffer.length >= FLUSH_AT) {
      write(buffer);
      buffer = "";
    }
  };
  const newline = (depth: number): string =>
    indent === 0 ? "" : `\n${" ".repeat(indent * depth)}`;
  /** JSON of a value nested `depth` levels deep (undefined where JSON leaves it out). */
  const json = (value: unknown, depth: number): string | undefined => {
    const text = JSON.stringify(value, null, indent);
    return text === undefined || indent === 0 ? text : text.replace(/\n/gu, newline(depth));
  };
  const array = (length: number, at: (i: number) => unknown): void => {
    if (length === 0) return put("[]");
    put("[");
    for (let i = 0; i < length; i++) {
      put(`${i === 0 ? "" : ","}${newline(2)}`);
      put(json(at(i), 2) ?? "null");
    }
    put(`${newline(1)}]`);
  };

  const columns = (evaluation as { columns?: EvaluationColumns }).columns;
  const keys = Object.keys(evaluation);
  put("{");
  let first = true;
  for (const key of keys) {
    const streamCities = key === "cities" && columns !== undefined;
    const value = streamCities ? null : (evaluation as Record<string, unknown>)[key];
    if (!streamCities && !Array.isArray(value) && json(value, 1) === undefined) continue;
    put(`${first ? "" : ","}${newline(1)}${JSON.stringify(key)}:${indent === 0 ? "" : " "}`);
    first = false;
    if (streamCities && indent === 0) {
      const city = compactCityJson(columns);
      const order = columns.order;
      put(order.length === 0 ? "[]" : "[");
      for (let p = 0; p < order.length; p++)
        put(`${p === 0 ? "" : ","}${city(order[p] as number)}`);
      if (order.length > 0) put("]");
    } else if (streamCities)
      array(columns.order.length, (p) => cityAt(columns, columns.order[p] as number));
    else if (Array.isArray(value)) array(value.length, (i) => value[i]);
    else put(json(value, 1) as string);
  }
  put(keys.length === 0 ? "}" : `${newline(0)}}`);
  write(buffer);
}
