/**
 * The sections of a dimension sheet after its ranking: the top ten with its chart and the
 * indicator means by region and by level with theirs (图表 28-30, 41-43, …). Beside the ranking
 * when the ranking prints in one page band: each section is a band of its own within the first
 * page's rows, so the ranking's repeated header row never prints above it; else below the
 * ranking, each section starting a page.
 */
import type { Grouping } from "../engine/evaluate";
import { fraction, type Context, type DimensionItem } from "./context";
import {
  anchorAt,
  categoryAxis,
  columnSeries,
  type Column,
  type PlacedTable,
  type SheetBuilder,
} from "./sheet-builder";
import type { TableRows } from "./rows";
import { FORMATS, SERIES_COLORS } from "./styles";
import type { CellValue, ChartSpec } from "./types";

const CHART_ROWS = 14;
/** Below the ranking, the top ten chart has its page to itself. */
const TOP_CHART_ROWS = 20;
/** Charts start right of the repeated key columns, ≥ this many characters wide, within a band. */
const CHART_COLUMN = 2;
const CHART_CHARS = 64;
const CHART_COLUMN_CHARS = 8;
/** Narrow column between the blocks beside the ranking. */
const GAP_CHARS = 2;
/**
 * Below the ranking, the means tables' first column: where the ranking prints in one band, the
 * province column, so their indicator columns stand under the ranking's; where it is split, the
 * city column, repeated on every band, so their group names label each band.
 */
const MEANS_COLUMN = { aligned: 3, split: 1 };

export type DimensionSections = {
  ctx: Context;
  b: SheetBuilder;
  dimension: DimensionItem;
  index: number;
  ranking: PlacedTable;
  /** The ranking's rows in display order (dimension rank). */
  rows: TableRows;
  scoreColumn: number;
  /** Rows of the top ten, ties with the tenth included (0 = no chart). */
  top: number;
  /** Header lines the ranking's indicator headers may take (the means tables follow). */
  headerLines?: number;
  /** Beside the ranking: rows of each chart (the first page's height allowing). */
  chartRows: number;
};

function topTenChart(
  x: DimensionSections,
  categories: string,
  values: string,
  name: string,
  labels: CellValue[]
): Omit<ChartSpec, "anchor"> {
  const { s } = x.ctx;
  const label = x.dimension.label;
  return {
    key: "topTen",
    type: "columnClustered",
    title: s.chart.dimensionTopTen(label, x.top > 10 ? x.top : null),
    categoriesRange: categories,
    ...categoryAxis(labels),
    series: [
      {
        name: s.col.dimensionScore(label),
        nameRange: name,
        valuesRange: values,
        color: SERIES_COLORS[x.index % SERIES_COLORS.length],
      },
    ],
    categoryAxisTitle: s.chart.axis.city,
    valueAxisTitle: s.chart.axis.score,
    valueAxisMin: 0,
    legend: "none",
  };
}

/** The means table of `grouping` at (row, column), and its chart spec (null when empty). */
function meansTable(
  x: DimensionSections,
  grouping: Grouping & ("region" | "level"),
  row: number,
  column: number
): { table: PlacedTable; chart: Omit<ChartSpec, "anchor"> | null } {
  const { ctx, b, dimension, index } = x;
  const { s, evaluation } = ctx;
  const indicators = dimension.indicators;
  const lines = x.headerLines === undefined ? {} : { headerLines: x.headerLines };
  const columns: Column[] = [
    { header: s.col[grouping] },
    { header: s.col.count, format: FORMATS.integer },
    ...indicators.map((i) => ({ header: i.label, format: FORMATS.score, ...lines })),
    { header: s.col.dimensionScore(dimension.label), format: FORMATS.score, ...lines },
    { header: s.col.rate, format: FORMATS.rate },
  ];
  const table = b.table({
    key: `${grouping}Means`,
    row,
    column,
    caption: s.caption.groupMeans[grouping],
    tableName: `sc_Dim${index + 1}_${grouping === "region" ? "Regions" : "Levels"}`,
    columns,
    rows: evaluation.groups[grouping].map((g) => [
      ctx.groupLabel(grouping, g.name),
      g.count,
      ...indicators.map((i) => g.mean[i.name] ?? null),
      g.mean[dimension.name] ?? null,
      fraction(g.rate[dimension.name] ?? 0),
    ]),
  });
  if (table.rows === 0 || indicators.length === 0) return { table, chart: null };
  return {
    table,
    chart: {
      key: `${grouping}.indicatorMeans`,
      type: "columnClustered",
      title: s.chart.groupIndicatorMeans(dimension.label, grouping),
      categoriesRange: table.dataRange(0),
      ...categoryAxis(table.block.values.slice(1).map((r) => r[0] ?? null)),
      series: columnSeries(
        table,
        2,
        indicators.map((i) => i.label)
      ),
      categoryAxisTitle: s.col[grouping],
      valueAxisTitle: s.chart.axis.meanScore,
      valueAxisMin: 0,
      legend: "bottom",
    },
  };
}

/** The last sheet row `sectionsBeside` uses with charts `chartRows` tall. */
export function besideLastRow(x: DimensionSections, chartRows: number): number {
  const header = x.ranking.headerRow;
  let last = x.top > 0 ? Math.max(header + x.top, header + chartRows - 1) : header - 1;
  for (const grouping of ["region", "level"] as const) {
    const n = x.ctx.evaluation.groups[grouping].length;
    const end = header + n + 1;
    const charted = n > 0 && x.dimension.indicators.length > 0;
    last = Math.max(last, charted ? end + chartRows : end - 1);
  }
  return last;
}

/**
 * Beside the ranking (which prints in one band), from its caption row: the top ten table with
 * its chart, then each means table with its chart below, each block a page band of its own.
 * Returns the last sheet row used.
 */
export function sectionsBeside(x: DimensionSections): number {
  const { b, ranking, rows } = x;
  const { s } = x.ctx;
  const row = ranking.headerRow - 1;
  let column = ranking.columnOf(ranking.block.columns);
  let last = row;
  // Each block's band starts with a narrow gap column (the ranking's band keeps its width).
  const gap = (): void => {
    b.bandStarts.push(column);
    b.setWidth(column, GAP_CHARS);
    column += 1;
  };
  gap();
  if (x.top > 0) {
    const label = x.dimension.label;
    const values = Array.from({ length: x.top }, (_, i) => {
      const r = rows.row(i);
      return [r[0] ?? null, r[1] ?? null, r[x.scoreColumn] ?? null];
    });
    const table = b.table({
      key: "topTen",
      row,
      column,
      caption: s.chart.dimensionTopTen(label, x.top > 10 ? x.top : null),
      tableName: `sc_Dim${x.index + 1}_Top`,
      columns: [
        { header: s.col.rank, format: FORMATS.integer },
        { header: s.col.city },
        { header: s.col.dimensionScore(label), format: FORMATS.score, headerLines: 4 },
      ],
      rows: values,
    });
    column += 3;
    b.setWidth(column++, GAP_CHARS);
    const chartColumns = Math.ceil(CHART_CHARS / CHART_COLUMN_CHARS);
    for (let c = 0; c < chartColumns; c++) b.setWidth(column + c, CHART_COLUMN_CHARS);
    const spec = topTenChart(
      x,
      table.dataRange(1),
      table.dataRange(2),
      table.headerCell(2),
      values.map((v) => v[1] ?? null)
    );
    const anchor = anchorAt(table.headerRow, column, x.chartRows, chartColumns);
    b.chart({ ...spec, anchor });
    last = Math.max(last, table.end - 1, table.headerRow + x.chartRows - 1);
    column += chartColumns;
    gap();
  }
  (["region", "level"] as const).forEach((grouping, k) => {
    const { table, chart } = meansTable(x, grouping, row, column);
    last = Math.max(last, table.end - 1);
    let width = table.block.columns;
    if (chart) {
      const span = b.columnsSpanning(column, CHART_CHARS);
      b.chart({ ...chart, anchor: anchorAt(table.end + 1, column, x.chartRows, span) });
      last = Math.max(last, table.end + x.chartRows);
      width = Math.max(width, span);
    }
    column += width;
    if (k === 0) gap();
  });
  return last;
}

/**
 * Below the ranking, each block with its chart starting a page, within the ranking's width (at
 * most two page bands): the top ten chart, then the indicator means by region and by level.
 */
export function sectionsBelow(x: DimensionSections, rankingFitsOneBand: boolean): void {
  const { b, ranking, rows } = x;
  let row = ranking.end + 1;
  const meansColumn = rankingFitsOneBand ? MEANS_COLUMN.aligned : MEANS_COLUMN.split;
  const add = (
    spec: Omit<ChartSpec, "anchor"> | null,
    sectionStart = row,
    chartRows = CHART_ROWS
  ): void => {
    if (!spec) return;
    const span = b.columnsSpanning(CHART_COLUMN, CHART_CHARS);
    b.chart({ ...spec, anchor: anchorAt(row, CHART_COLUMN, chartRows, span) });
    // Each on a new page: the ranking above runs over several pages.
    b.keepTogether(sectionStart, row + chartRows - 1, true);
    row += chartRows + 1;
  };
  if (x.top > 0) {
    const labels = Array.from({ length: x.top }, (_, i) => rows.row(i)[1] ?? null);
    add(
      topTenChart(
        x,
        ranking.dataRange(1, 0, x.top),
        ranking.dataRange(x.scoreColumn, 0, x.top),
        ranking.headerCell(x.scoreColumn),
        labels
      ),
      row,
      TOP_CHART_ROWS
    );
  }
  for (const grouping of ["region", "level"] as const) {
    const sectionStart = row;
    const { table, chart } = meansTable(x, grouping, row, meansColumn);
    row = table.end;
    add(chart, sectionStart);
  }
}
