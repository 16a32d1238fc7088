/**
 * Reading a published list from a grid: a header row with a rank, a city and a total or rate
 * column (no indicator columns), then one row per city. Rates written with "%" or above 1 are
 * percent; a rate column whose numbers are all within 0-1 holds fractions (docs/editions.md).
 */
import { parseScore } from "../numbers";
import type { Grid } from "../table";
import { normalizeName } from "../text";
import { TOTAL_ITEM } from "../totals";
import type { PublishedRow } from "./edition";

const HEADERS = {
  rank: ["排名", "名次", "排序", "rank", "ranking", "no.", "#"],
  city: ["城市", "城市名称", "地区", "city", "cityname", "name"],
  total: [TOTAL_ITEM, "得分", "total", "score", "totalscore"],
  rate: ["得分率", "总得分率", "rate", "scorerate", "rate%", "得分率%"],
};

/** Rows scanned for the header. */
const HEADER_ROWS = 20;

export type PublishedColumns = {
  headerRow: number;
  rank: number;
  city: number;
  total: number | null;
  rate: number | null;
};

export type PublishedProblem = { row: number; problem: "rank" | "city" | "figure" };

export type PublishedList = {
  rows: PublishedRow[];
  problems: PublishedProblem[];
  columns: PublishedColumns;
};

const columnOf = (row: readonly unknown[], names: string[]): number =>
  row.findIndex((cell) => typeof cell === "string" && names.includes(normalizeName(cell)));

/** The header of a published list within the first rows, or null. */
export function findPublishedHeader(grid: Grid): PublishedColumns | null {
  for (let r = 0; r < Math.min(grid.length, HEADER_ROWS); r++) {
    const row = grid[r] ?? [];
    const rank = columnOf(row, HEADERS.rank);
    const city = columnOf(row, HEADERS.city);
    const total = columnOf(row, HEADERS.total);
    const rate = columnOf(row, HEADERS.rate);
    if (rank >= 0 && city >= 0 && (total >= 0 || rate >= 0))
      return {
        headerRow: r,
        rank,
        city,
        total: total >= 0 ? total : null,
        rate: rate >= 0 ? rate : null,
      };
  }
  return null;
}

type Figure = { value: number; percentSign: boolean } | null | "bad";

function figure(cell: unknown): Figure {
  const parsed = parseScore(cell as Parameters<typeof parseScore>[0]);
  if (parsed.kind === "blank") return null;
  if (parsed.kind === "number") return { value: parsed.value, percentSign: false };
  if (parsed.kind === "text" && parsed.form === "percent") {
    const value = Number(parsed.text.replace(/[%\s]/gu, ""));
    return Number.isFinite(value) ? { value, percentSign: true } : "bad";
  }
  return "bad";
}

/**
 * The rows of a published list. A cell naming several tied cities ("上海、深圳", as the report
 * prints ties) gives one row each; blank rows are skipped; row numbers in problems are 1-based.
 */
export function readPublishedList(grid: Grid, columns: PublishedColumns): PublishedList {
  const rows: PublishedRow[] = [];
  const problems: PublishedProblem[] = [];
  const rates: { row: PublishedRow; figure: { value: number; percentSign: boolean } }[] = [];
  for (let r = columns.headerRow + 1; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    if (cells.every((c) => parseScore(c).kind === "blank")) continue;
    const rank = figure(cells[columns.rank]);
    const cityText = String(cells[columns.city] ?? "").trim();
    if (rank === null || rank === "bad" || !Number.isInteger(rank.value) || rank.value < 1) {
      problems.push({ row: r + 1, problem: "rank" });
      continue;
    }
    if (cityText === "") {
      problems.push({ row: r + 1, problem: "city" });
      continue;
    }
    const total = columns.total === null ? null : figure(cells[columns.total]);
    const rate = columns.rate === null ? null : figure(cells[columns.rate]);
    if (total === "bad" || rate === "bad") {
      problems.push({ row: r + 1, problem: "figure" });
      continue;
    }
    for (const city of cityText
      .split(/[、,，;；]/u)
      .map((c) => c.trim())
      .filter((c) => c !== "")) {
      const row: PublishedRow = {
        city,
        rank: rank.value,
        total: total?.value ?? null,
        ratePercent: null,
      };
      rows.push(row);
      if (rate) rates.push({ row, figure: rate });
    }
  }
  // Fractions when no rate carries "%" and every rate is within 0-1.
  const fractions =
    rates.length > 0 && rates.every((x) => !x.figure.percentSign && Math.abs(x.figure.value) <= 1);
  for (const x of rates) x.row.ratePercent = fractions ? x.figure.value * 100 : x.figure.value;
  return { rows, problems, columns };
}
