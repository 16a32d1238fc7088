import { lookupCity, normalizeCityName } from "./cities";
import { detectTable, type ColumnMapping } from "./header";
import { validationMessages, type Place, type ValidationCode } from "./messages/validation";
import { parseScore, plainNumber } from "./numbers";
import { cellAddress, columnLetters } from "./text";
import { compareTotal, totalTolerance } from "./totals";
import type { CityRecord, Dataset, Framework, ValidationIssue } from "./types";

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

/** The arguments of a code's message, without `where` when the issue has a cell. */
type Params<C extends ValidationCode> = (typeof validationMessages)[C]["sample"];

/** Collects issues; `message` is the English rendering of the catalogue entry (JSON contract). */
class IssueLog {
  readonly issues: ValidationIssue[] = [];
  constructor(private readonly position: SourcePosition) {}

  /** The place of grid cell (r, c) for messages. Built only for an issue: cheap enough then. */
  place(r: number, c: number): Place {
    const row = (this.position.origin?.row ?? 0) + r;
    const column = (this.position.origin?.column ?? 0) + c;
    return {
      source: this.position.source,
      inSheet: this.position.sheet !== undefined && this.position.sheet !== "",
      cell: cellAddress(row, column, this.position.sheet || undefined),
      row: row + 1,
      column: columnLetters(column),
    };
  }

  add<C extends ValidationCode>(
    severity: ValidationIssue["severity"],
    code: C,
    city: string | null,
    indicator: string | null,
    params: Params<C>
  ): void {
    const at = (params as { where?: Place }).where;
    this.issues.push({
      severity,
      code,
      city,
      indicator,
      row: at?.row ?? null,
      column: at?.column ?? null,
      cell: at?.cell ?? null,
      message: (validationMessages[code].en as (a: Params<C>) => string)(params),
      params: params as Record<string, unknown>,
    });
  }
}

/** A score as read: the value counted (null when blank or invalid) and any number as written. */
type ReadScore = { counted: number | null; written: number | null };

const BLANK: ReadScore = { counted: null, written: null };

/** Reads one score cell, logging what is wrong with it (docs/method.md, "Reading scores"). */
function readScore(
  log: IssueLog,
  cell: Cell,
  r: number,
  c: number,
  city: string,
  item: { name: string; weight: number }
): ReadScore {
  const parsed = parseScore(cell);
  // Places are built only for an issue: building them for every valid score cost ~25% of
  // reading 100,000 rows (bench: engine.evaluate.ms.100000).
  switch (parsed.kind) {
    case "number": {
      const value = parsed.value;
      // A relative tolerance: the weight and a score equal to it may come from different texts.
      if (value >= 0 && value <= item.weight * (1 + 1e-12))
        return { counted: value, written: value };
      const where = log.place(r, c);
      if (value < 0)
        log.add("error", "negative-score", city, item.name, { where, indicator: item.name, value });
      else
        log.add("error", "above-weight", city, item.name, {
          where,
          indicator: item.name,
          value,
          weight: item.weight,
        });
      return { counted: null, written: value };
    }
    case "blank":
      log.add("warning", "blank-score", city, item.name, {
        where: log.place(r, c),
        indicator: item.name,
      });
      return BLANK;
    case "error":
      log.add("error", "error-score", city, item.name, {
        where: log.place(r, c),
        indicator: item.name,
        value: parsed.text,
      });
      return BLANK;
    case "text": {
      const where = log.place(r, c);
      const value = parsed.text;
      if (parsed.form)
        log.add("error", "number-format", city, item.name, {
          where,
          indicator: item.name,
          value,
          form: parsed.form,
        });
      else log.add("error", "text-score", city, item.name, { where, indicator: item.name, value });
      return BLANK;
    }
  }
}

/** A row's running sums: of the numbers as written, of the counted ones, and their count. */
type RowSums = { cellsSum: number; countedSum: number; cells: number };

/** Reads the score cells of one kind (indicators or bonus items) of a row. */
class ScoreReader {
  /** Largest valid score of each item: the weight with a relative tolerance (see readScore). */
  private readonly limits: Float64Array;

  constructor(
    private readonly log: IssueLog,
    private readonly items: readonly { name: string; weight: number }[],
    private readonly columns: readonly (number | null | undefined)[]
  ) {
    this.limits = Float64Array.from(items, (item) => item.weight * (1 + 1e-12));
  }

  /** The counted score of each item (null where blank, invalid or unmapped); adds to `sums`. */
  read(row: readonly Cell[], r: number, city: string, sums: RowSums): (number | null)[] {
    const count = this.items.length;
    const out = new Array<number | null>(count);
    for (let i = 0; i < count; i++) {
      const c = this.columns[i];
      if (c === null || c === undefined) {
        out[i] = null;
        continue;
      }
      // Plain numbers, the common case, skip readScore's objects.
      const value = plainNumber(row[c]);
      if (value >= 0 && value <= (this.limits[i] as number)) {
        sums.cellsSum += value;
        sums.countedSum += value;
        sums.cells += 1;
        out[i] = value;
        continue;
      }
      const score = readScore(this.log, row[c], r, c, city, this.items[i] as ScoredItemRef);
      if (score.written !== null) sums.cellsSum += score.written;
      if (score.counted !== null) {
        sums.countedSum += score.counted;
        sums.cells += 1;
      }
      out[i] = score.counted;
    }
    return out;
  }
}

type ScoredItemRef = { name: string; weight: number };

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
  const cities: CityRecord[] = [];
  /** First row of each city, keyed by the bundled city (name variants) or the normalised name. */
  const firstOf = new Map<unknown, number>();
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
      if (noScores(row)) afterGap = cities.length > 0;
      else log.add("error", "missing-city", null, null, { where: log.place(r, mapping.city ?? 0) });
      continue;
    }
    const cityColumn = mapping.city as number;
    const normalized = normalizeCityName(city);
    const known = lookupCity(normalized);
    const key: unknown = known ?? normalized.toLowerCase();
    const first = firstOf.get(key);
    if (first !== undefined) {
      log.add("error", "duplicate-city", city, null, {
        where: log.place(r, cityColumn),
        city,
        first: log.place(first, cityColumn),
        firstCity: cellText(grid[first]?.[cityColumn]),
      });
      continue;
    }
    firstOf.set(key, r);

    // Both sums accumulate in cell order, so they are equal exactly when no number was rejected.
    sums.cellsSum = sums.countedSum = sums.cells = 0;
    const record: CityRecord = {
      city,
      scores: scores.read(row, r, city, sums),
      bonus: bonus.read(row, r, city, sums),
      reportedTotal: null,
      region: metaOf(row, mapping.region, known?.region),
      province: metaOf(row, mapping.province, known?.province),
      level: metaOf(row, mapping.level, known?.level),
      row: originRow + r + 1,
    };
    if (!known && (record.region === null || record.province === null || record.level === null))
      log.add("warning", "unknown-city", city, null, { where: log.place(r, cityColumn), city });
    if (mapping.total !== null)
      record.reportedTotal = readReportedTotal(
        log,
        row[mapping.total],
        r,
        mapping.total,
        city,
        sums
      );
    cities.push(record);
  }
  return { framework, cities, issues: log.issues, source: position.source };
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
  const parsed = parseScore(cell);
  if (parsed.kind === "blank") return null;
  if (parsed.kind !== "number") {
    const value = parsed.kind === "error" ? parsed.text : String(cell);
    log.add("warning", "total-not-number", city, "总分", { where: log.place(r, c), value });
    return null;
  }
  const reported = parsed.value;
  if (compareTotal(reported, sums.countedSum, sums.cells) === "beyond") {
    log.add("warning", "total-mismatch", city, "总分", {
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
  return { ...readDataset(grid, framework, mapping, position), mapping };
}
