/**
 * The rows of the editions sheet's tables, computed from an `EditionComparison` (pure data; the
 * sheet places them). Rates become fractions for the "0.00%" format.
 */
import type { CityTrack, DimensionTrack, EditionComparison } from "../../engine/editions";
import { editionsMessages as e } from "../../engine/messages/editions";
import type { CellValue, Language } from "../types";
import type { Column } from "../sheet-builder";
import { FORMATS } from "../styles";

export const RANK_CHANGE_FORMAT = "+0;-0;0";
export const RATE_CHANGE_FORMAT = "+0.00%;-0.00%;0.00%";

export type TableData = { columns: Column[]; rows: CellValue[][] };

const fraction = (percent: number | null | undefined): number | null =>
  percent === null || percent === undefined ? null : percent / 100;
const last = <T>(items: readonly T[]): T | undefined => items[items.length - 1];

/** Names in one cell (ties, entries, exits): 、 in Chinese, a comma in English. */
const joinNames = (names: readonly string[], language: Language): string =>
  names.join(language === "zh" ? "、" : ", ");

export const dimensionLabel = (d: DimensionTrack, language: Language): string =>
  language === "en" && d.nameEn ? d.nameEn : d.name;

/** 历届前 N 名对比表: one row per rank, one column per edition (tied cities joined). */
export function historyTable(c: EditionComparison, language: Language): TableData {
  const columns: Column[] = [
    { header: e.colRank[language](), format: FORMATS.integer },
    ...c.editions.map((ed) => ({ header: ed.label })),
  ];
  const rows: CellValue[][] = [];
  for (let rank = 1; rank <= c.topN; rank++) {
    const cells = c.editions.map((_, i) => {
      const names = c.cities.filter((t) => t.ranks[i] === rank).map((t) => t.city);
      return names.length > 0 ? joinNames(names, language) : null;
    });
    if (cells.some((x) => x !== null)) rows.push([rank, ...cells]);
  }
  return { columns, rows };
}

/** Entries and exits of the top N between consecutive editions. */
export function topChangesTable(c: EditionComparison, language: Language): TableData {
  return {
    columns: [
      { header: e.colPeriod[language]() },
      { header: e.colEntered[language]() },
      { header: e.colLeft[language]() },
    ],
    rows: c.topChanges.map((t) => [
      `${t.from}–${t.to}`,
      joinNames(t.entered, language),
      joinNames(t.left, language),
    ]),
  };
}

/**
 * Every city: rank and rate per edition, rank and rate change between the last two. Rate and
 * change columns without a single figure are left out (published lists have ranks only), so the
 * table fits one page band.
 */
export function citiesTable(c: EditionComparison, language: Language): TableData {
  const labels = c.editions.map((ed) => ed.label);
  const columns: Column[] = [
    { header: e.colCity[language]() },
    ...labels.map((label) => ({
      header: e.colRankIn[language]({ label }),
      format: FORMATS.integer,
    })),
    ...labels.map((label) => ({ header: e.colRateIn[language]({ label }), format: FORMATS.rate })),
    { header: e.colRankChange[language](), format: RANK_CHANGE_FORMAT },
    { header: e.colRateChange[language](), format: RATE_CHANGE_FORMAT },
  ];
  const rows = c.cities.map((t: CityTrack): CellValue[] => [
    t.city,
    ...t.ranks,
    ...t.ratesPercent.map(fraction),
    last(t.rankChanges) ?? null,
    fraction(last(t.rateChangesPoints)),
  ]);
  const optional = (j: number): boolean => j > labels.length;
  const kept = columns
    .map((_, j) => j)
    .filter((j) => !optional(j) || rows.some((r) => r[j] !== null && r[j] !== undefined));
  return {
    columns: kept.map((j) => columns[j] as Column),
    rows: rows.map((r) => kept.map((j) => r[j] ?? null)),
  };
}

/**
 * The cities table split for print: `tracked`, the cities of any edition but the newest (every
 * column), and `newestOnly`, those ranked in the newest edition only ([city, rank, rate]: their
 * other cells are empty), a long list that prints in several columns a page.
 */
export function splitCitiesTable(
  c: EditionComparison,
  language: Language
): { tracked: TableData; newestOnly: TableData } {
  const all = citiesTable(c, language);
  const newest = c.editions.length;
  const label = c.editions[newest - 1]?.label ?? "";
  const rate = all.columns.findIndex((col) => col.header === e.colRateIn[language]({ label }));
  // Absent from every earlier edition: no earlier rank or rate, no change.
  const only = (r: CellValue[]): boolean =>
    r[newest] !== null && r.slice(1, newest).every((v) => v === null);
  const picked = rate < 0 ? [0, newest] : [0, newest, rate];
  return {
    tracked: { columns: all.columns, rows: all.rows.filter((r) => !only(r)) },
    newestOnly: {
      columns: picked.map((j) => all.columns[j] as Column),
      rows: all.rows.filter(only).map((r) => picked.map((j) => r[j] ?? null)),
    },
  };
}

/** The newest top N (ties included) as rows of editions × cities, for the bump chart. */
export function bumpTable(
  c: EditionComparison,
  language: Language
): TableData & { cities: string[] } {
  const newest = c.editions.length - 1;
  const tracks = c.cities.filter((t) => (t.ranks[newest] ?? Infinity) <= c.topN);
  return {
    cities: tracks.map((t) => t.city),
    columns: [
      { header: e.colEdition[language]() },
      ...tracks.map((t) => ({ header: t.city, format: FORMATS.integer })),
    ],
    rows: c.editions.map((ed, i) => [ed.label, ...tracks.map((t) => t.ranks[i] ?? null)]),
  };
}

/** Up to `count` biggest risers then fallers between the last two editions (ranked in both). */
export function moversTable(c: EditionComparison, language: Language, count = 5): TableData {
  const moved = c.cities
    .map((t) => ({ city: t.city, change: last(t.rankChanges) ?? null }))
    .filter((x): x is { city: string; change: number } => x.change !== null && x.change !== 0);
  const risers = moved.filter((x) => x.change > 0).sort((a, b) => b.change - a.change);
  const fallers = moved.filter((x) => x.change < 0).sort((a, b) => a.change - b.change);
  return {
    columns: [
      { header: e.colCity[language]() },
      { header: e.colRankChange[language](), format: RANK_CHANGE_FORMAT },
    ],
    rows: [...risers.slice(0, count), ...fallers.slice(0, count).reverse()].map((x) => [
      x.city,
      x.change,
    ]),
  };
}

/** Editions for which some dimension has a national rate. */
export function editionsWithRates(c: EditionComparison): number[] {
  return c.editions
    .map((_, i) => i)
    .filter((i) => c.dimensions.some((d) => d.ratesPercent[i] !== null));
}

/** National score rate of each dimension per edition (editions without any rate left out). */
export function dimensionRatesTable(c: EditionComparison, language: Language): TableData {
  const shown = editionsWithRates(c);
  return {
    columns: [
      { header: e.colDimension[language]() },
      ...shown.map((i) => ({ header: c.editions[i]?.label ?? "", format: FORMATS.rate })),
    ],
    rows: c.dimensions.map((d) => [
      dimensionLabel(d, language),
      ...shown.map((i) => fraction(d.ratesPercent[i])),
    ]),
  };
}

/** Score rate by region: one column per dimension and edition that has regional rates. */
export function regionRatesTable(c: EditionComparison, language: Language): TableData {
  const series = c.dimensions.flatMap((d) =>
    c.editions
      .map((ed, i) => ({ d, i, label: ed.label }))
      .filter(({ i }) => Object.values(d.regionRatesPercent).some((rates) => rates[i] !== null))
  );
  const regions = [...new Set(c.dimensions.flatMap((d) => Object.keys(d.regionRatesPercent)))];
  return {
    columns: [
      { header: e.colRegion[language]() },
      ...series.map(({ d, label }) => ({
        header: `${dimensionLabel(d, language)} ${label}`,
        format: FORMATS.rate,
      })),
    ],
    rows: regions.map((region) => [
      region,
      ...series.map(({ d, i }) => fraction(d.regionRatesPercent[region]?.[i])),
    ]),
  };
}

/** A dimension's top N side by side for each edition that has one (the report's layout). */
export function dimensionTopTable(
  c: EditionComparison,
  d: DimensionTrack,
  language: Language
): TableData & { labels: string[] } {
  const shown = c.editions.map((_, i) => i).filter((i) => (d.tops[i]?.length ?? 0) > 0);
  const labels = shown.map((i) => c.editions[i]?.label ?? "");
  const columns: Column[] = labels.flatMap((label) => [
    { header: `${label} ${e.colRank[language]()}`, format: FORMATS.integer },
    { header: `${label} ${e.colCity[language]()}` },
    { header: `${label} ${e.colRate[language]()}`, format: FORMATS.rate },
  ]);
  const length = shown.reduce((m, i) => Math.max(m, d.tops[i]?.length ?? 0), 0);
  const rows = Array.from({ length }, (_, r) =>
    shown.flatMap((i): CellValue[] => {
      const row = d.tops[i]?.[r];
      return row ? [row.rank, row.city, fraction(row.ratePercent)] : [null, null, null];
    })
  );
  return { columns, rows, labels };
}
