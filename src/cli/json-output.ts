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
    for (const [name, s] of Object.entries(columns[part] as Record<string, ScoreColumns>))
      Object.defineProperty(cells, name, {
        value: { score: s.score[k], rate: s.rate[k], rank: s.rank[k] },
        enumerable: true,
        writable: true,
        configurable: true,
      });
    record[part] = cells;
  }
  record.bonus = columns.bonus[k];
  record.row = columns.row[k] ?? null;
  return record as CityResult;
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
    if (streamCities)
      array(columns.order.length, (p) => cityAt(columns, columns.order[p] as number));
    else if (Array.isArray(value)) array(value.length, (i) => value[i]);
    else put(json(value, 1) as string);
  }
  put(keys.length === 0 ? "}" : `${newline(0)}}`);
  write(buffer);
}
