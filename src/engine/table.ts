import { lookupCity, lookupNormalizedCity, normalizeCityName, type CityInfo } from "./cities";
import { detectTable, type ColumnMapping } from "./header";
import { parseScore, plainNumber } from "./numbers";
import { IssueLog, ScoreReader, type RowSums } from "./score-cells";
import { compareTotal, TOTAL_ITEM, totalTolerance } from "./totals";
import { columnarDataset, emptyColumns, type DatasetColumns } from "./dataset";
import { FirstRows } from "./first-rows";
import type { Dataset, Framework, ValidationIssue } from "./types";

export { detectTable, findTables, type ColumnMapping, type TableCandidate } from "./header";
export { parseScore, type NumberForm, type ParsedScore } from "./numbers";

/** A cell as read from a sheet or file: Excel errors arrive as strings like "#N/A". */
export type Cell = string | number | boolean | null | undefined;
export type Grid = readonly (readonly Cell[])[];

export type SourcePosition = {
  /** Name used in messages: sheet name or file name. */
  source: string;
  /** Sheet name for cell addresses ("Sheet1!C5"); omit for files. */
  sheet?: string;
  /** Grid offset inside the sheet (when the grid is a used range starting below A1). */
  origin?: { row: number; column: number };
};

function cellText(cell: Cell): string {
  return cell === null || cell === undefined ? "" : String(cell).trim();
}

/**
 * Visible ASCII without A-Z, and CJK ideographs: text that is its own normalised city name
 * (`normalizeCityName`) and its own lower case, the common case, told by one test.
 */
const PLAIN_NAME = /^[\x21-\x40\x5b-\x7e\u4e00-\u9fff]*$/u;

/** A city's key among the rows: its bundled city (name variants), else its normalised name. */
function cityKey(city: string): CityInfo | string {
  if (PLAIN_NAME.test(city)) return lookupNormalizedCity(city) ?? city;
  const normalized = normalizeCityName(city);
  const folded = PLAIN_NAME.test(normalized) ? normalized : normalized.toLowerCase();
  return lookupCity(normalized) ?? folded;
}

/** A metadata cell's text, else the bundled table's value, else null. */
function metaOf(
  row: readonly Cell[],
  c: number | null,
  fallback: string | undefined
): string | null {
  const value = c === null ? "" : cellText(row[c]);
  return value !== "" ? value : (fallback ?? null);
}

/**
 * Reads a dataset from a grid with a column mapping. Never throws: every problem becomes a
 * validation issue naming city, indicator and cell (text or error values where a score belongs,
 * numbers in forms Excel does not read, blanks, negatives, scores above the weight, duplicate
 * cities by name variant, rows without a city, missing indicator columns, a reported total beyond
 * rounding of the sum, unknown cities). Invalid scores are kept as null and count as 0 in totals.
 * Region, province and level come from mapped columns, else from the bundled city table.
 * Cost O(rows × columns).
 */
export function readDataset(
  grid: Grid,
  framework: Framework,
  mapping: ColumnMapping,
  position: SourcePosition
): Dataset {
  const { columns, issues } = readColumns(grid, framework, mapping, position);
  return columnarDataset(framework, columns, issues, position.source, {});
}

/** `readDataset`'s work: the columns and the issues. */
function readColumns(
  grid: Grid,
  framework: Framework,
  mapping: ColumnMapping,
  position: SourcePosition
): { columns: DatasetColumns; issues: ValidationIssue[] } {
  const log = new IssueLog(position);
  const originRow = position.origin?.row ?? 0;
  framework.indicators.forEach((ind, i) => {
    if (mapping.indicators[i] === null || mapping.indicators[i] === undefined)
      log.add("error", "missing-column", null, ind.name, {
        source: position.source,
        indicator: ind.name,
      });
  });
  if (mapping.city === null)
    log.add("error", "missing-city-column", null, null, { source: position.source });

  const scoreColumns = [...mapping.indicators, ...mapping.bonus].filter(
    (c): c is number => c !== null && c !== undefined
  );
  // At most one city per row: the score columns are cut to the cities read at the end.
  const capacity = Math.max(0, grid.length - mapping.dataRow);
  const items = framework.indicators.length + framework.bonus.length;
  const columns = emptyColumns(framework, capacity);
  const indicatorsOut = { scores: columns.indicators, noScore: columns.noScore, k: 0, at: 0 };
  const bonusOut = { scores: columns.bonus, noScore: columns.noScore, k: 0, at: 0 };
  let n = 0;
  /** First row of each city, keyed by the bundled city (name variants) or the normalised name. */
  const firstOf = new FirstRows(capacity);
  const scores = new ScoreReader(log, framework.indicators, mapping.indicators);
  const bonus = new ScoreReader(log, framework.bonus, mapping.bonus);
  const sums: RowSums = { cellsSum: 0, countedSum: 0, cells: 0 };

  // A row without city and scores ends the table body: rows after it that have no scores are
  // notes under the table ("数据来源：…"), not cities.
  let afterGap = false;
  const noScores = (row: readonly Cell[]): boolean =>
    scoreColumns.every((c) => parseScore(row[c]).kind === "blank");
  for (let r = mapping.dataRow; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const city = mapping.city === null ? "" : cellText(row[mapping.city]);
    if (city !== "" && afterGap && noScores(row)) {
      log.add("info", "note-row", city, null, {
        where: log.place(r, mapping.city as number),
        text: city,
      });
      continue;
    }
    if (city === "") {
      if (noScores(row)) afterGap = n > 0;
      else log.add("error", "missing-city", null, null, { where: log.place(r, mapping.city ?? 0) });
      continue;
    }
    const cityColumn = mapping.city as number;
    const key = cityKey(city);
    const known = typeof key === "string" ? undefined : key;
    const first = firstOf.firstOr(key, r);
    if (first !== undefined) {
      log.add("error", "duplicate-city", city, null, {
        where: log.place(r, cityColumn),
        city,
        first: log.place(first, cityColumn),
        firstCity: cellText(grid[first]?.[cityColumn]),
      });
      continue;
    }

    // Both sums accumulate in cell order, so they are equal exactly when no number was rejected.
    sums.cellsSum = sums.countedSum = sums.cells = 0;
    indicatorsOut.k = bonusOut.k = n;
    indicatorsOut.at = n * items;
    bonusOut.at = n * items + framework.indicators.length;
    scores.read(row, r, city, sums, indicatorsOut);
    bonus.read(row, r, city, sums, bonusOut);
    columns.cells[n] = sums.cells;
    const region = metaOf(row, mapping.region, known?.region);
    const province = metaOf(row, mapping.province, known?.province);
    const level = metaOf(row, mapping.level, known?.level);
    if (!known && (region === null || province === null || level === null))
      log.add("warning", "unknown-city", city, null, { where: log.place(r, cityColumn), city });
    columns.reported[n] =
      mapping.total === null
        ? NaN
        : (readReportedTotal(log, row[mapping.total], r, mapping.total, city, sums) ?? NaN);
    columns.city[n] = city;
    columns.region[n] = region;
    columns.province[n] = province;
    columns.level[n] = level;
    columns.row[n] = originRow + r + 1;
    n += 1;
  }
  return { columns: n < capacity ? cutColumns(columns, n, items) : columns, issues: log.issues };
}

/** The first n cities of the columns (views on the typed arrays). */
function cutColumns(columns: DatasetColumns, n: number, items: number): DatasetColumns {
  const cut = (column: Float64Array): Float64Array => column.subarray(0, n);
  const names = <T>(column: T[]): T[] => {
    column.length = n;
    return column;
  };
  return {
    city: names(columns.city),
    region: names(columns.region),
    province: names(columns.province),
    level: names(columns.level),
    indicators: columns.indicators.map(cut),
    bonus: columns.bonus.map(cut),
    noScore: columns.noScore.subarray(0, n * items),
    cells: columns.cells.subarray(0, n),
    reported: cut(columns.reported),
    row: names(columns.row),
  };
}

/**
 * The reported total of a row, or null when the cell is blank or not a number (a warning). A
 * total beyond rounding of the sum is a warning giving the sum of the cells as written
 * (docs/method.md, "Totals").
 */
function readReportedTotal(
  log: IssueLog,
  cell: Cell,
  r: number,
  c: number,
  city: string,
  sums: RowSums
): number | null {
  // Plain numbers, the common case, skip parseScore's object (same value).
  let reported = plainNumber(cell);
  if (reported !== reported) {
    const parsed = parseScore(cell);
    if (parsed.kind === "blank") return null;
    if (parsed.kind !== "number") {
      const value = parsed.kind === "error" ? parsed.text : String(cell);
      log.add("warning", "total-not-number", city, TOTAL_ITEM, { where: log.place(r, c), value });
      return null;
    }
    reported = parsed.value;
  }
  if (compareTotal(reported, sums.countedSum, sums.cells) === "beyond") {
    log.add("warning", "total-mismatch", city, TOTAL_ITEM, {
      where: log.place(r, c),
      reported,
      cellsSum: Number.isFinite(sums.cellsSum) ? sums.cellsSum : null,
      countedSum: sums.countedSum,
      tolerance: totalTolerance(sums.cells),
    });
  }
  return reported;
}

/** Header detection plus reading in one step; a grid without a score header gives an error issue. */
export function readGrid(
  grid: Grid,
  framework: Framework,
  position: SourcePosition
): Dataset & { mapping: ColumnMapping | null } {
  const mapping = detectTable(grid, framework);
  if (!mapping) {
    const log = new IssueLog(position);
    log.add("error", "no-header", null, null, { source: position.source });
    return { framework, cities: [], issues: log.issues, source: position.source, mapping: null };
  }
  const { columns, issues } = readColumns(grid, framework, mapping, position);
  return columnarDataset(framework, columns, issues, position.source, { mapping });
}
