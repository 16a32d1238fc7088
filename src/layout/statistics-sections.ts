/**
 * The sections of the statistics sheet after its descriptive statistics, each placed by
 * statistics.ts at a given row and column and returning the last sheet row it uses: the
 * distribution of totals with its chart beside it (图表 8-9), the correlation and significance
 * matrices (图表 11), the top and bottom ten with their stacked charts below them (图表 12-13).
 * Definitions: docs/method.md, "Definitions", "Ranks and ties".
 */
import { notesMessages, say } from "../engine/messages";
import type { Context } from "./context";
import { scoreColumns } from "./overall";
import { rangeA1 } from "./ranges";
import {
  anchorAt,
  categoryAxis,
  topWithTies,
  type Column,
  type SheetBuilder,
} from "./sheet-builder";
import { CORRELATION_SCALE, FORMATS, SERIES_COLORS } from "./styles";
import type { CellValue } from "./types";

const TOP = 10;
/** Rows of the charts beside or below a table (the stacked top / bottom ten charts: taller). */
export const CHART_ROWS = 15;
const LIST_CHART_ROWS = 20;
/** Columns of the distribution table (it stands at the end of the first band). */
export const DISTRIBUTION_COLUMNS = 5;

/**
 * The distribution of totals: its caption at (row, chart.column) over the table at (row + 1,
 * column) and its chart left of it, `chart.columns` columns from `chart.column` (the table takes
 * the first band's last columns, narrow figures of the descriptive statistics, so it widens none
 * of them; its caption there would run into the next band). Returns the last row used.
 */
export function distributionSection(
  ctx: Context,
  b: SheetBuilder,
  row: number,
  column: number,
  chart: { column: number; columns: number }
): number {
  const { s, evaluation } = ctx;
  const bins = evaluation.distribution;
  b.text("distribution.caption", row, chart.column, s.caption.distribution, "subtitle");
  const table = b.table({
    key: "distribution",
    row: row + 1,
    column,
    tableName: "sc_Distribution",
    columns: [
      { header: s.col.bin },
      { header: s.col.from, format: FORMATS.integer },
      { header: s.col.to, format: FORMATS.integer },
      { header: s.col.cities, format: FORMATS.integer },
      { header: s.col.share, format: FORMATS.rate },
    ],
    rows: bins.map((bin) => [`${bin.from}–${bin.to}`, bin.from, bin.to, bin.count, bin.share]),
  });
  if (table.rows === 0) return table.end - 1;
  b.chart({
    key: "distribution",
    type: "columnClustered",
    title: s.chart.distribution,
    categoriesRange: table.dataRange(0),
    ...categoryAxis(bins.map((bin) => `${bin.from}–${bin.to}`)),
    series: [
      {
        name: s.col.cities,
        nameRange: table.headerCell(3),
        valuesRange: table.dataRange(3),
        color: SERIES_COLORS[0],
      },
    ],
    categoryAxisTitle: s.chart.axis.bin,
    valueAxisTitle: s.chart.axis.cities,
    legend: "none",
    anchor: anchorAt(row + 1, chart.column, CHART_ROWS, chart.columns),
  });
  return Math.max(table.end - 1, row + CHART_ROWS);
}

/** The correlation matrix and its p-values at (row, column), with the note below them. */
export function correlationSection(
  ctx: Context,
  b: SheetBuilder,
  row: number,
  column: number
): number {
  const { s, evaluation } = ctx;
  const { labels, r, p, n } = evaluation.correlations;
  const matrixColumns = (corner: string, format: string): Column[] => [
    { header: corner },
    ...labels.map((l) => ({ header: ctx.labelOf(l), format })),
  ];
  // The p-value of a series with itself is meaningless: left empty, as SPSS does.
  const matrixRows = (m: (number | null)[][], diagonal: boolean): CellValue[][] =>
    labels.map((l, i) => [
      ctx.labelOf(l),
      ...labels.map((_, j) => (i === j && !diagonal ? null : finite(m[i]?.[j]))),
    ]);
  const correlation = b.table({
    key: "correlation",
    row,
    column,
    caption: s.caption.correlation,
    columns: matrixColumns("r", FORMATS.correlation),
    rows: matrixRows(r, true),
    firstColumnStyle: "rowHeader",
  });
  if (labels.length > 0) {
    b.conditionalFormat({
      type: "colorScale",
      range: rangeA1(correlation.headerRow + 1, column + 1, labels.length, labels.length),
      minimum: { type: "number", value: -1, color: CORRELATION_SCALE.negative },
      midpoint: { type: "number", value: 0, color: CORRELATION_SCALE.zero },
      maximum: { type: "number", value: 1, color: CORRELATION_SCALE.positive },
    });
  }
  const pValues = b.table({
    key: "pValues",
    row: correlation.end + 1,
    column,
    caption: s.caption.pValues,
    columns: matrixColumns("p", FORMATS.pValue),
    rows: matrixRows(p, false),
    firstColumnStyle: "rowHeader",
  });
  b.text("correlation.note", pValues.end, column, s.note.correlation(n), "note");
  return pValues.end;
}

/** NaN / ±Infinity (e.g. r of a constant series) become empty cells. */
function finite(x: number | null | undefined): number | null {
  return typeof x === "number" && Number.isFinite(x) ? x : null;
}

/** Top or bottom ten: the cities (order positions), the rank shared by the cut, keys, captions. */
type List = {
  key: "topTen" | "bottomTen";
  cities: Uint32Array;
  tiedRank: number | null;
  caption: string;
  tableName: string;
};

/**
 * The top ten from (row, column) and the bottom ten below it, with their dimension scores, every
 * city tied with the tenth included (marked), each table with its stacked chart below it.
 * Returns the rows each list (caption … chart) takes, to print each on a page of its own.
 */
export function extremesSections(
  ctx: Context,
  b: SheetBuilder,
  row: number,
  column: number
): { from: number; to: number }[] {
  const { s } = ctx;
  const { columns: scoreCols, row: cityRow, dimensionColumn } = scoreColumns(ctx, false);
  const order = ctx.columns.order;
  const ranks = ctx.columns.rank;
  const ranked = Array.from(order, (k) => ranks[k] ?? null);
  const top = order.subarray(0, topWithTies(ranked, TOP));
  // Bottom ten: the last ten, extended upwards over cities sharing the rank of the tenth from last.
  const bottomCount = Math.min(order.length, topWithTies(ranked.reverse(), TOP));
  const bottom = order.subarray(order.length - bottomCount);
  const ties = top.length > TOP || bottom.length > TOP;
  const columns: Column[] = ties ? [...scoreCols, { header: s.col.tied }] : scoreCols;
  const lists: List[] = [
    {
      key: "topTen",
      cities: top,
      tiedRank: ranks[top[TOP - 1] ?? -1] ?? null,
      caption: s.caption.topTen,
      tableName: "sc_TopTen",
    },
    {
      key: "bottomTen",
      cities: bottom,
      tiedRank: ranks[bottom[bottom.length - TOP] ?? -1] ?? null,
      caption: s.caption.bottomTen,
      tableName: "sc_BottomTen",
    },
  ];
  const placed: { from: number; to: number }[] = [];
  for (const list of lists) {
    const from = placed.length === 0 ? row : (placed[placed.length - 1]?.to ?? row) + 2;
    const extended = list.cities.length > TOP;
    const table = b.table({
      key: list.key,
      row: from,
      column,
      caption: list.caption,
      columns,
      rows: Array.from(list.cities, (k) =>
        ties ? [...cityRow(k), extended && ranks[k] === list.tiedRank ? "*" : null] : cityRow(k)
      ),
      tableName: list.tableName,
    });
    let end = table.end - 1;
    if (extended) {
      const note = say(notesMessages.tiedAtCut, { count: TOP }, ctx.language);
      b.text(`${list.key}.ties`, table.end, column, note, "note");
      end = table.end;
    }
    if (table.rows > 0) {
      const chartRow = end + 2;
      b.chart({
        key: list.key,
        type: "columnStacked",
        title: list.key === "topTen" ? s.chart.topTen : s.chart.bottomTen,
        categoriesRange: table.dataRange(1),
        ...categoryAxis(table.block.values.slice(1).map((r) => r[1] ?? null)),
        series: scoreCols.slice(dimensionColumn, scoreCols.length - 2).map((c, k) => ({
          name: c.header,
          nameRange: table.headerCell(dimensionColumn + k),
          valuesRange: table.dataRange(dimensionColumn + k),
          color: SERIES_COLORS[k % SERIES_COLORS.length],
        })),
        categoryAxisTitle: s.chart.axis.city,
        valueAxisTitle: s.chart.axis.score,
        legend: "bottom",
        // As wide as the table: seven series in the legend below.
        anchor: anchorAt(chartRow, column, LIST_CHART_ROWS, columns.length),
      });
      end = chartRow + LIST_CHART_ROWS - 1;
    }
    placed.push({ from, to: end });
  }
  return placed;
}
