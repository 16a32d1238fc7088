/**
 * Finding the score table in a grid: header rows that name the framework's indicators, and the
 * columns of city, bonus, total, region, province and level.
 */
import { normalizeName } from "./text";
import { TOTAL_ITEM } from "./totals";
import type { Framework } from "./types";
import type { Cell, Grid } from "./table";

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

const META_HEADERS: Record<"city" | "total" | "region" | "province" | "level", string[]> = {
  city: ["城市", "城市名称", "城市名", "地市", "名称", "city", "cityname", "name"],
  total: [TOTAL_ITEM, "总计", "合计", "总得分", "total", "totalscore", "score"],
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
  const width = sample.reduce((w, r) => Math.max(w, r.length), 0);
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
