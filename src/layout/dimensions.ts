/**
 * One sheet per dimension (图表 27, 40, 53, 63, 76, 86): every city's indicator scores, dimension
 * score, rate and rank, sorted by the dimension rank; below it the dimension's top ten chart and
 * the indicator means by region and by level (图表 29-30, 42-43, …), each with its chart.
 */
import type { Grouping } from "../engine/evaluate";
import { fraction, orderByRank, type Context, type DimensionItem } from "./context";
import {
  anchorAt,
  categoryAxis,
  columnSeries,
  SheetBuilder,
  topWithTiesAt,
  type Column,
} from "./sheet-builder";
import { placeTextIds } from "./overall";
import { FORMATS, SERIES_COLORS, TAB_COLORS } from "./styles";
import { fitsOneBand, repeatColumnsOnlyWhereSplit } from "./print";
import { cellA1, parseA1 } from "./ranges";
import type { CellValue, ChartSpec, SheetLayout } from "./types";

const CHART_ROWS = 14;
/** The top ten chart has its page to itself (below the ranking's repeated header). */
const TOP_CHART_ROWS = 20;
/** Charts start right of the repeated key columns, ≥ this many characters wide, within a band. */
const CHART_COLUMN = 2;
const CHART_CHARS = 64;
/**
 * The means tables' first column: where the ranking prints in one band, the province column,
 * so their indicator columns stand under the ranking's (same header, same width: a column
 * widened for another header could break a Chinese one badly); where it is split, the city
 * column, repeated on every band, so their group names label each band.
 */
const MEANS_COLUMN = { aligned: 3, split: 1 };
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
  const byDimension = orderByRank(c.order, series.rank);
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
  const rows = {
    count: byDimension.length,
    row: (i: number) => rowOf(byDimension[i] as number),
    textIds: {
      columns: [{ column: 1, texts: names.city }, ...placeTextIds(ctx, 2)],
      idAt: (i: number) => c.order[byDimension[i] as number] as number,
    },
  };
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

  // Below the ranking, each block with its chart on one page, all within the ranking's width
  // (at most two printed page bands): the top ten, then the indicator means by region and by
  // level, placed so their indicator columns stand under the ranking's.
  let row = ranking.end + 1;
  const meansColumn = fitsOneBand(b.currentWidths()) ? MEANS_COLUMN.aligned : MEANS_COLUMN.split;
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
  // The top ten and every city tied with the tenth (the ranking table shows their equal ranks).
  const top = topWithTiesAt(
    byDimension.length,
    (i) => series.rank[c.order[byDimension[i] as number] as number] ?? null,
    TOP
  );
  if (top > 0) {
    add(
      {
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
      },
      row,
      TOP_CHART_ROWS
    );
  }
  const meansWithChart = (grouping: Grouping & ("region" | "level")): void => {
    const sectionStart = row;
    const table = b.table({
      key: `${grouping}Means`,
      row,
      column: meansColumn,
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
    row = table.end;
    if (table.rows === 0 || indicators.length === 0) return;
    add(
      {
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
      sectionStart
    );
  };
  meansWithChart("region");
  meansWithChart("level");
  return chartsWithinBands(repeatColumnsOnlyWhereSplit(b.build(), columns.length));
}

/**
 * Ends each chart at the page band its first column prints on, so no chart is cut by a column
 * break (the ranking is wider than one band in some languages).
 */
function chartsWithinBands(sheet: SheetLayout): SheetLayout {
  const breaks = sheet.print?.columnBreaks ?? [];
  for (const chart of sheet.charts) {
    const from = parseA1(chart.anchor.from);
    const to = parseA1(chart.anchor.to);
    const bandEnd = breaks.find((c) => c > from.column);
    if (bandEnd !== undefined && to.column >= bandEnd)
      chart.anchor = { from: chart.anchor.from, to: cellA1(to.row, bandEnd - 1) };
  }
  return sheet;
}
