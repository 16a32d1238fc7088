/**
 * One sheet per dimension (图表 27, 40, 53, 63, 76, 86): every city's indicator scores, dimension
 * score, rate and rank, sorted by the dimension rank; to the right the indicator means by region
 * and by level (图表 29-30, 42-43, …) and charts: those means and the dimension's top ten.
 */
import type { Grouping } from "../engine/evaluate";
import { fraction, orderByRank, type Context, type DimensionItem } from "./context";
import {
  anchorAt,
  categoryAxis,
  SheetBuilder,
  topWithTiesAt,
  type Column,
  type PlacedTable,
} from "./sheet-builder";
import { FORMATS, SERIES_COLORS, TAB_COLORS } from "./styles";
import { repeatColumnsOnlyWhereSplit } from "./print";
import type { CellValue, ChartSpec, SheetLayout } from "./types";

const CHART_ROWS = 16;
const CHART_COLUMNS = 8;
const TOP = 10;

/** Sheet key of a dimension's sheet. */
export const dimensionSheetKey = (dimensionId: string): string => `dimension.${dimensionId}`;

export function dimensionSheet(ctx: Context, dimension: DimensionItem, index: number): SheetLayout {
  const { s, evaluation } = ctx;
  const key = dimensionSheetKey(dimension.id);
  const b = new SheetBuilder(
    key,
    ctx.sheetNames[key] ?? dimension.label,
    s.title.dimension(dimension.label),
    ctx.language
  );
  b.tabColor = TAB_COLORS.dimension;
  b.text("note", 1, 0, s.note.dimension, "note");
  const indicators = dimension.indicators;
  const series = ctx.dimensionColumns[index] ?? { score: [], rate: [], rank: [] };
  const first = ctx.indicators.findIndex((i) => i.dimension === dimension);
  const indicatorScores = indicators.map((_, i) => ctx.indicatorColumns[first + i]?.score ?? []);

  const columns: Column[] = [
    { header: s.col.rank, format: FORMATS.integer },
    { header: s.col.city },
    { header: s.col.region },
    { header: s.col.province },
    { header: s.col.level },
    ...indicators.map((i) => ({ header: i.label, format: FORMATS.score })),
    { header: s.col.dimensionScore(dimension.label), format: FORMATS.score },
    { header: s.col.rate, format: FORMATS.rate },
  ];
  const scoreColumn = columns.length - 2;
  // Positions p of the overall ranking, re-sorted by the dimension rank (stable: ties keep the
  // overall order), then mapped to city indices k.
  const c = ctx.columns;
  const names = ctx.names;
  const byDimension = orderByRank(c.order.length, (p) => series.rank[c.order[p] as number] ?? 0);
  const rowOf = (p: number): CellValue[] => {
    const k = c.order[p] as number;
    const rate = series.rate[k];
    const values: CellValue[] = [
      series.rank[k] ?? null,
      names.city[k] as string,
      names.region[k] ?? null,
      names.province[k] ?? null,
      names.level[k] ?? null,
    ];
    for (const scores of indicatorScores) values.push(scores[k] ?? null);
    values.push(series.score[k] ?? null, rate === undefined ? null : fraction(rate));
    return values;
  };
  const rows = { count: byDimension.length, row: (i: number) => rowOf(byDimension[i] as number) };
  const ranking = b.table({
    key: "ranking",
    row: 3,
    column: 0,
    columns,
    rows,
    caption: s.caption.dimensionRanking(dimension.label),
    tableName: `sc_Dim${index + 1}`,
  });
  b.freeze = { rows: ranking.headerRow + 1, columns: 2 };
  b.repeatRows = { from: ranking.headerRow, to: ranking.headerRow };
  b.repeatColumns = { from: 0, to: 1 };

  // Indicator means by region and by level, right of the ranking.
  const groupColumn = columns.length + 1;
  b.setWidth(columns.length, 3);
  const meansTable = (grouping: "region" | "level", row: number, column: number): PlacedTable =>
    b.table({
      key: `${grouping}Means`,
      row,
      column,
      caption: s.caption.groupMeans[grouping],
      tableName: `sc_Dim${index + 1}_${grouping === "region" ? "Regions" : "Levels"}`,
      columns: [
        { header: s.col[grouping] },
        { header: s.col.count, format: FORMATS.integer },
        ...indicators.map((i) => ({ header: i.label, format: FORMATS.score })),
        { header: s.col.dimensionScore(dimension.label), format: FORMATS.score },
        { header: s.col.rate, format: FORMATS.rate },
      ],
      rows: evaluation.groups[grouping].map((g) => [
        ctx.groupLabel(grouping, g.name),
        g.count,
        ...indicators.map((i) => g.mean[i.name] ?? null),
        g.mean[dimension.name] ?? null,
        fraction(g.rate[dimension.name] ?? 0),
      ]),
    });
  // Side by side, both headers on the ranking's header row: a header row further down would
  // stretch one of the ranking's city rows.
  const meansColumns = indicators.length + 4;
  const regions = meansTable("region", 3, groupColumn);
  b.setWidth(groupColumn + meansColumns, 3);
  const levels = meansTable("level", 3, groupColumn + meansColumns + 1);
  b.pageStarts.push(groupColumn, groupColumn + meansColumns + 1);

  const chartColumn = groupColumn + 2 * (meansColumns + 1);
  b.pageStarts.push(chartColumn);
  let chartRow = 3;
  const add = (spec: ChartSpec | null): void => {
    if (!spec) return;
    b.chart(spec);
    // A chart prints whole, on one page.
    b.keepTogether(chartRow, chartRow + CHART_ROWS - 1);
    chartRow += CHART_ROWS + 1;
  };
  const means = (
    grouping: Grouping & ("region" | "level"),
    table: PlacedTable
  ): ChartSpec | null =>
    table.rows === 0 || indicators.length === 0
      ? null
      : {
          key: `${grouping}.indicatorMeans`,
          type: "columnClustered",
          title: s.chart.groupIndicatorMeans(dimension.label, grouping),
          categoriesRange: table.dataRange(0),
          ...categoryAxis(table.block.values.slice(1).map((r) => r[0] ?? null)),
          series: indicators.map((i, k) => ({
            name: i.label,
            nameRange: table.headerCell(2 + k),
            valuesRange: table.dataRange(2 + k),
            color: SERIES_COLORS[k % SERIES_COLORS.length],
          })),
          categoryAxisTitle: s.col[grouping],
          valueAxisTitle: s.chart.axis.meanScore,
          valueAxisMin: 0,
          legend: "bottom",
          anchor: anchorAt(chartRow, chartColumn, CHART_ROWS, CHART_COLUMNS),
        };
  add(means("region", regions));
  add(means("level", levels));
  // The top ten and every city tied with the tenth (the ranking table shows their equal ranks).
  const top = topWithTiesAt(
    byDimension.length,
    (i) => series.rank[c.order[byDimension[i] as number] as number] ?? null,
    TOP
  );
  if (top > 0) {
    add({
      key: "topTen",
      type: "columnClustered",
      title: s.chart.dimensionTopTen(dimension.label, top > TOP ? top : null),
      categoriesRange: ranking.dataRange(1, 0, top),
      ...categoryAxis(Array.from({ length: top }, (_, i) => rows.row(i)[1] ?? null)),
      series: [
        {
          name: s.col.dimensionScore(dimension.label),
          nameRange: ranking.headerCell(scoreColumn),
          valuesRange: ranking.dataRange(scoreColumn, 0, top),
          color: SERIES_COLORS[index % SERIES_COLORS.length],
        },
      ],
      categoryAxisTitle: s.chart.axis.city,
      valueAxisTitle: s.chart.axis.score,
      valueAxisMin: 0,
      legend: "none",
      anchor: anchorAt(chartRow, chartColumn, CHART_ROWS, CHART_COLUMNS),
    });
  }
  return repeatColumnsOnlyWhereSplit(b.build(), columns.length);
}
