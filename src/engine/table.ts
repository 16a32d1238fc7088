import { lookupCity } from "./cities";
import { messages } from "./messages";
import { cellAddress, columnLetters, normalizeName } from "./text";
import type { CityRecord, Dataset, Framework, ValidationIssue } from "./types";

/** A cell as read from a sheet or file: Excel errors arrive as strings like "#N/A". */
export type Cell = string | number | boolean | null | undefined;
export type Grid = readonly (readonly Cell[])[];

/** Where each framework field is read from (0-based grid columns), and where the data starts. */
export type ColumnMapping = {
  /** Grid row of the indicator header row. */
  headerRow: number;
  /** 2 when a dimension row sits above the indicator row (the report's appendix). */
  headerRows: 1 | 2;
  /** First grid row of data. */
  dataRow: number;
  city: number | null;
  /** Indexed like `framework.indicators`. */
  indicators: (number | null)[];
  /** Indexed like `framework.bonus`. */
  bonus: (number | null)[];
  total: number | null;
  region: number | null;
  province: number | null;
  level: number | null;
};

export type SourcePosition = {
  /** Name used in messages: sheet name or file name. */
  source: string;
  /** Sheet name for cell addresses ("Sheet1!C5"); omit for files. */
  sheet?: string;
  /** Grid offset inside the sheet (when the grid is a used range starting below A1). */
  origin?: { row: number; column: number };
};

const META_HEADERS: Record<"city" | "total" | "region" | "province" | "level", string[]> = {
  city: ["城市", "城市名称", "城市名", "地市", "名称", "city", "cityname", "name"],
  total: ["总分", "总计", "合计", "总得分", "total", "totalscore", "score"],
  region: ["区域", "地区", "所属区域", "大区", "region"],
  province: ["省份", "省", "所属省份", "省区", "province"],
  level: ["行政级别", "级别", "行政区划", "城市级别", "城市类型", "level", "adminlevel", "tier"],
};

/** Header text in canonical form, with a trailing "(5分)" / "（满分10）" note removed. */
function headerKey(cell: Cell): string {
  if (typeof cell !== "string") return "";
  return normalizeName(cell).replace(/\([^()]*\)$/u, "");
}

function itemKeys(x: { name: string; nameEn: string; id: string; aliases: string[] }): string[] {
  return [x.name, x.nameEn, x.id, ...x.aliases].map((n) => headerKey(n)).filter((k) => k !== "");
}

/** A header row candidate, with how many framework indicators it names. */
export type TableCandidate = {
  mapping: ColumnMapping;
  matched: number;
  unmatchedIndicators: string[];
};

/**
 * Finds score tables in a grid: rows whose cells name at least half of the framework's
 * indicators (by Chinese or English name, id or alias, ignoring spaces, line breaks and
 * full-width forms). A row directly above that names dimensions makes a two-row header. Best
 * candidate first. Scans the first `maxRows` rows. Cost O(rows × columns).
 */
export function findTables(grid: Grid, framework: Framework, maxRows = 50): TableCandidate[] {
  const indicatorKeys = framework.indicators.map(itemKeys);
  const bonusKeys = framework.bonus.map((b) => [...itemKeys(b), "加分项", "加分", "bonus"]);
  const dimensionKeys = new Set(framework.dimensions.flatMap(itemKeys));
  const candidates: TableCandidate[] = [];
  const rows = Math.min(grid.length, maxRows);
  for (let r = 0; r < rows; r++) {
    const row = grid[r] ?? [];
    const keys = row.map(headerKey);
    const columnOf = (names: string[], taken: Set<number>): number | null => {
      const c = keys.findIndex((k, i) => !taken.has(i) && names.includes(k));
      return c < 0 ? null : c;
    };
    const taken = new Set<number>();
    const indicators = indicatorKeys.map((names) => {
      const c = columnOf(names, taken);
      if (c !== null) taken.add(c);
      return c;
    });
    const matched = indicators.filter((c) => c !== null).length;
    if (matched === 0 || matched < framework.indicators.length / 2) continue;

    const above = r > 0 ? (grid[r - 1] ?? []).map(headerKey) : [];
    const headerRows: 1 | 2 = above.some((k) => dimensionKeys.has(k)) ? 2 : 1;
    // Labels of meta columns may sit in either header row (merged cells in a two-row header).
    const labelAt = (c: number): string[] =>
      headerRows === 2 ? [keys[c] ?? "", above[c] ?? ""] : [keys[c] ?? ""];
    const width = Math.max(row.length, above.length);
    const metaColumn = (names: string[]): number | null => {
      for (let c = 0; c < width; c++) {
        if (!taken.has(c) && labelAt(c).some((k) => names.includes(k))) {
          taken.add(c);
          return c;
        }
      }
      return null;
    };
    const bonus = bonusKeys.map((names) => metaColumn(names));
    const mapping: ColumnMapping = {
      headerRow: r,
      headerRows,
      dataRow: r + 1,
      indicators,
      bonus,
      total: metaColumn(META_HEADERS.total),
      region: metaColumn(META_HEADERS.region),
      province: metaColumn(META_HEADERS.province),
      level: metaColumn(META_HEADERS.level),
      city: metaColumn(META_HEADERS.city),
    };
    if (mapping.city === null) mapping.city = guessCityColumn(grid, r + 1, taken);
    candidates.push({
      mapping,
      matched,
      unmatchedIndicators: framework.indicators
        .filter((_, i) => indicators[i] === null)
        .map((x) => x.name),
    });
  }
  return candidates.sort(
    (a, b) => b.matched - a.matched || a.mapping.headerRow - b.mapping.headerRow
  );
}

/** The first free column whose data cells are mostly text: the city names when no header says so. */
function guessCityColumn(grid: Grid, dataRow: number, taken: Set<number>): number | null {
  const sample = grid.slice(dataRow, dataRow + 20);
  const width = Math.max(0, ...sample.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    if (taken.has(c)) continue;
    const texts = sample.filter(
      (r) => typeof r[c] === "string" && Number.isNaN(Number(r[c])) && r[c] !== ""
    ).length;
    if (texts > sample.length / 2) return c;
  }
  return null;
}

/** The best score table in a grid, or null when no header row names the framework's indicators. */
export function detectTable(grid: Grid, framework: Framework): ColumnMapping | null {
  return findTables(grid, framework)[0]?.mapping ?? null;
}

const EXCEL_ERROR =
  /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)/u;

type Parsed =
  { kind: "number"; value: number } | { kind: "blank" } | { kind: "error" | "text"; text: string };

/** Interprets a cell as a score: numbers, numeric text ("4.70", full-width digits), blanks, errors, text. */
export function parseScore(cell: Cell): Parsed {
  if (typeof cell === "number")
    return Number.isFinite(cell)
      ? { kind: "number", value: cell }
      : { kind: "error", text: String(cell) };
  if (cell === null || cell === undefined) return { kind: "blank" };
  if (typeof cell === "boolean") return { kind: "text", text: String(cell) };
  const t = cell.normalize("NFKC").trim();
  if (t === "") return { kind: "blank" };
  if (EXCEL_ERROR.test(t)) return { kind: "error", text: t };
  const n = Number(t.replace(/,/g, ""));
  return Number.isFinite(n) && /\d/u.test(t)
    ? { kind: "number", value: n }
    : { kind: "text", text: cell };
}

function cellText(cell: Cell): string {
  return cell === null || cell === undefined ? "" : String(cell).trim();
}

/**
 * Reads a dataset from a grid with a column mapping. Never throws: every problem becomes a
 * validation issue naming city, indicator and cell (text or error values where a score belongs,
 * blanks, negatives, scores above the weight, duplicate cities, rows without a city, missing
 * indicator columns, a reported total more than 0.01 off the computed one, unknown cities).
 * Invalid scores are kept as null and count as 0 in totals. Region, province and level come from
 * mapped columns, else from the bundled city table. Cost O(rows × columns).
 */
export function readDataset(
  grid: Grid,
  framework: Framework,
  mapping: ColumnMapping,
  position: SourcePosition
): Dataset {
  const issues: ValidationIssue[] = [];
  const originRow = position.origin?.row ?? 0;
  const originColumn = position.origin?.column ?? 0;
  const where = (
    r: number,
    c: number
  ): { row: number; column: string; cell: string; label: string } => {
    const row = originRow + r;
    const column = originColumn + c;
    const cell = cellAddress(row, column, position.sheet);
    const label = position.sheet
      ? cell
      : `${position.source} row ${row + 1}, column ${columnLetters(column)}`;
    return { row: row + 1, column: columnLetters(column), cell, label };
  };
  const issue = (
    severity: ValidationIssue["severity"],
    code: string,
    city: string | null,
    indicator: string | null,
    r: number | null,
    c: number | null,
    message: string
  ): void => {
    const at = r !== null && c !== null ? where(r, c) : null;
    issues.push({
      severity,
      code,
      city,
      indicator,
      row: at?.row ?? null,
      column: at?.column ?? null,
      cell: at?.cell ?? null,
      message,
    });
  };

  framework.indicators.forEach((ind, i) => {
    if (mapping.indicators[i] === null || mapping.indicators[i] === undefined) {
      issue(
        "error",
        "missing-column",
        null,
        ind.name,
        null,
        null,
        messages.missingColumn(position.source, ind.name)
      );
    }
  });
  if (mapping.city === null)
    issue(
      "error",
      "missing-city-column",
      null,
      null,
      null,
      null,
      messages.noCityColumn(position.source)
    );

  const scoreColumns = [...mapping.indicators, ...mapping.bonus].filter(
    (c): c is number => c !== null && c !== undefined
  );
  const cities: CityRecord[] = [];
  const firstRowOf = new Map<string, number | null>();
  const readScore = (
    r: number,
    c: number | null | undefined,
    city: string,
    name: string,
    weight: number
  ): number | null => {
    if (c === null || c === undefined) return null;
    const parsed = parseScore(grid[r]?.[c]);
    // Cell addresses are built only for an issue: building them for every valid score cost ~25%
    // of reading 100,000 rows (bench: engine.evaluate.ms.100000).
    switch (parsed.kind) {
      case "blank":
        issue(
          "warning",
          "blank-score",
          city,
          name,
          r,
          c,
          messages.blankScore(where(r, c).label, name)
        );
        return null;
      case "error":
        issue(
          "error",
          "error-score",
          city,
          name,
          r,
          c,
          messages.errorScore(where(r, c).label, name, parsed.text)
        );
        return null;
      case "text":
        issue(
          "error",
          "text-score",
          city,
          name,
          r,
          c,
          messages.textScore(where(r, c).label, name, parsed.text)
        );
        return null;
      case "number":
        if (parsed.value < 0) {
          issue(
            "error",
            "negative-score",
            city,
            name,
            r,
            c,
            messages.negativeScore(where(r, c).label, name, parsed.value)
          );
          return null;
        }
        if (parsed.value > weight + 1e-9) {
          issue(
            "error",
            "above-weight",
            city,
            name,
            r,
            c,
            messages.aboveWeight(where(r, c).label, name, parsed.value, weight)
          );
          return null;
        }
        return parsed.value;
    }
  };

  // A row without city and scores ends the table body: rows after it that have no scores are
  // notes under the table ("数据来源：…"), not cities.
  let afterGap = false;
  const noScores = (row: readonly Cell[]): boolean =>
    scoreColumns.every((c) => parseScore(row[c]).kind === "blank");
  for (let r = mapping.dataRow; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const city = mapping.city === null ? "" : cellText(row[mapping.city]);
    if (city !== "" && afterGap && noScores(row)) {
      const at = where(r, mapping.city as number);
      issue("info", "note-row", city, null, r, mapping.city, messages.noteRow(at.label, city));
      continue;
    }
    if (city === "") {
      if (noScores(row)) afterGap = cities.length > 0;
      else
        issue(
          "error",
          "missing-city",
          null,
          null,
          r,
          mapping.city ?? 0,
          messages.missingCity(where(r, mapping.city ?? 0).label)
        );
      continue;
    }
    const cityColumn = mapping.city as number;
    const key = normalizeName(city);
    if (firstRowOf.has(key)) {
      issue(
        "error",
        "duplicate-city",
        city,
        null,
        r,
        cityColumn,
        messages.duplicateCity(where(r, cityColumn).label, city, firstRowOf.get(key) ?? null)
      );
      continue;
    }
    firstRowOf.set(key, originRow + r + 1);

    const scores = framework.indicators.map((ind, i) =>
      readScore(r, mapping.indicators[i], city, ind.name, ind.weight)
    );
    const bonus = framework.bonus.map((b, i) =>
      readScore(r, mapping.bonus[i], city, b.name, b.weight)
    );
    let reportedTotal: number | null = null;
    if (mapping.total !== null) {
      const parsed = parseScore(row[mapping.total]);
      if (parsed.kind === "number") reportedTotal = parsed.value;
    }
    const known = lookupCity(city);
    const meta = (c: number | null, fallback: string | undefined): string | null => {
      const value = c === null ? "" : cellText(row[c]);
      return value !== "" ? value : (fallback ?? null);
    };
    const record: CityRecord = {
      city,
      scores,
      bonus,
      reportedTotal,
      region: meta(mapping.region, known?.region),
      province: meta(mapping.province, known?.province),
      level: meta(mapping.level, known?.level),
      row: originRow + r + 1,
    };
    if (!known && (record.region === null || record.province === null || record.level === null)) {
      issue(
        "warning",
        "unknown-city",
        city,
        null,
        r,
        cityColumn,
        messages.unknownCity(where(r, cityColumn).label, city)
      );
    }
    if (reportedTotal !== null && mapping.total !== null) {
      const computed = [...scores, ...bonus].reduce<number>((s, v) => s + (v ?? 0), 0);
      if (Math.abs(computed - reportedTotal) > 0.01 + 1e-9) {
        issue(
          "warning",
          "total-mismatch",
          city,
          "总分",
          r,
          mapping.total,
          messages.totalMismatch(where(r, mapping.total).label, reportedTotal, computed)
        );
      }
    }
    cities.push(record);
  }
  return { framework, cities, issues, source: position.source };
}

/** Header detection plus reading in one step; a grid without a score header gives an error issue. */
export function readGrid(
  grid: Grid,
  framework: Framework,
  position: SourcePosition
): Dataset & { mapping: ColumnMapping | null } {
  const mapping = detectTable(grid, framework);
  if (!mapping) {
    const issue: ValidationIssue = {
      severity: "error",
      code: "no-header",
      city: null,
      indicator: null,
      row: null,
      column: null,
      cell: null,
      message: messages.noHeader(position.source),
    };
    return { framework, cities: [], issues: [issue], source: position.source, mapping: null };
  }
  return { ...readDataset(grid, framework, mapping, position), mapping };
}
