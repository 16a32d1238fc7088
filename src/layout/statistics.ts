/**
 * Sheet "statistics": descriptive statistics of total, dimensions, indicators and bonus; the
 * distribution of totals (图表 8-9); dimension score rates (图表 10); the correlation matrix with
 * p-values (图表 11); top and bottom ten by dimension (图表 12-13). Charts sit right of the tables.
 * Definitions: docs/method.md, "Definitions", "Quartiles and spread", "Ranks and ties".
 */
import type { Statistics } from "../engine/evaluate";
import { notesMessages, say } from "../engine/messages";
import { fraction, type Context } from "./context";
import { scoreColumns } from "./overall";
import {
  anchorAt,
  categoryAxis,
  SheetBuilder,
  topWithTies,
  type Column,
  type PlacedTable,
} from "./sheet-builder";
import { rangeA1 } from "./ranges";
import { CORRELATION_SCALE, FORMATS, SERIES_COLORS, TAB_COLORS } from "./styles";
import type { CellValue, ChartSpec, SheetLayout } from "./types";

const CHART_ROWS = 16;
const CHART_COLUMNS = 9;
const TOP = 10;

export function statisticsSheet(ctx: Context): SheetLayout {
  const { s, evaluation } = ctx;
  const b = new SheetBuilder(
    "statistics",
    ctx.sheetNames.statistics ?? s.sheet.statistics,
    `${s.title.statistics} — ${ctx.frameworkLabel}`,
    ctx.language
  );
  b.tabColor = TAB_COLORS.summary;
  b.text("note", 1, 0, s.note.statistics, "note");

  // Descriptive statistics: one row per series, dimensions right after the total (chart source).
  // Long indicator names (English) wrap rather than run under the next column.
  const describeColumns: Column[] = [
    { header: s.col.item, wrap: 30 },
    { header: s.col.kind },
    { header: s.col.weight, format: FORMATS.score },
    { header: s.col.count, format: FORMATS.integer },
    ...(
      ["mean", "median", "max", "min", "range", "q1", "q3", "quartileDeviation", "stdev"] as const
    ).map((k) => ({ header: s.col[k], format: FORMATS.score })),
    { header: s.col.rate, format: FORMATS.rate },
  ];
  const describe = (label: string, kind: string, key: string, weight: number): CellValue[] => {
    const st: Statistics | undefined = evaluation.statistics[key];
    if (!st)
      return [label, kind, weight, 0, null, null, null, null, null, null, null, null, null, null];
    return [
      label,
      kind,
      weight,
      st.count,
      st.mean,
      st.median,
      st.max,
      st.min,
      st.range,
      st.q1,
      st.q3,
      st.quartileDeviation,
      st.stdev,
      st.rate === null ? null : fraction(st.rate),
    ];
  };
  const fw = evaluation.framework;
  const describeRows: CellValue[][] = [
    describe(s.col.total, s.kind.total, "total", fw.maxTotal),
    ...ctx.dimensions.map((d) => describe(d.label, s.kind.dimension, d.name, d.weight)),
    ...ctx.indicators.map((i) => describe(i.label, s.kind.indicator, i.name, i.weight)),
    ...fw.bonus.map((x) =>
      describe(ctx.language === "en" ? x.nameEn : x.name, s.kind.bonus, x.name, x.weight)
    ),
  ];
  const rateColumn = describeColumns.length - 1;
  const chartColumn = describeColumns.length + 1;
  const described = b.table({
    key: "describe",
    row: 3,
    column: 0,
    columns: describeColumns,
    rows: describeRows,
    caption: s.caption.describe,
    tableName: "sc_Statistics",
    firstColumnStyle: "rowHeader",
  });
  described.block.styles.push({
    row: 1,
    column: 0,
    rows: 1,
    columns: describeColumns.length,
    style: "emphasis",
  });

  let chartRow = 3;
  const place = (
    table: PlacedTable,
    chart: (anchor: ChartSpec["anchor"]) => ChartSpec | null
  ): number => {
    const row = Math.max(table.headerRow - 1, chartRow);
    const spec =
      table.rows > 0 ? chart(anchorAt(row, chartColumn, CHART_ROWS, CHART_COLUMNS)) : null;
    if (spec) {
      b.chart(spec);
      chartRow = row + CHART_ROWS + 1;
    }
    const end = Math.max(table.end, spec ? chartRow : 0);
    b.keepTogether(table.headerRow - 1, end - 1);
    return end + 1;
  };
  b.pageStarts.push(chartColumn);

  const dimensionCount = ctx.dimensions.length;
  let row = place(described, (anchor) =>
    dimensionCount === 0
      ? null
      : {
          key: "dimensionRates",
          type: "columnClustered",
          title: s.chart.dimensionRates,
          categoriesRange: described.dataRange(0, 1, dimensionCount),
          ...categoryAxis(describeRows.slice(1, 1 + dimensionCount).map((r) => r[0] ?? null)),
          series: [
            {
              name: s.col.rate,
              nameRange: described.headerCell(rateColumn),
              valuesRange: described.dataRange(rateColumn, 1, dimensionCount),
              color: SERIES_COLORS[0],
            },
          ],
          categoryAxisTitle: s.chart.axis.dimension,
          valueAxisTitle: s.chart.axis.rate,
          valueAxisNumberFormat: "0%",
          valueAxisMin: 0,
          legend: "none",
          anchor,
        }
  );

  // Distribution of totals.
  const bins = evaluation.distribution;
  const distribution = b.table({
    key: "distribution",
    row,
    column: 0,
    caption: s.caption.distribution,
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
  row = place(distribution, (anchor) => ({
    key: "distribution",
    type: "columnClustered",
    title: s.chart.distribution,
    categoriesRange: distribution.dataRange(0),
    ...categoryAxis(bins.map((bin) => `${bin.from}–${bin.to}`)),
    series: [
      {
        name: s.col.cities,
        nameRange: distribution.headerCell(3),
        valuesRange: distribution.dataRange(3),
        color: SERIES_COLORS[0],
      },
    ],
    categoryAxisTitle: s.chart.axis.bin,
    valueAxisTitle: s.chart.axis.cities,
    legend: "none",
    anchor,
  }));

  // Correlation matrix and p-values.
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
    column: 0,
    caption: s.caption.correlation,
    columns: matrixColumns("r", FORMATS.correlation),
    rows: matrixRows(r, true),
    firstColumnStyle: "rowHeader",
  });
  if (labels.length > 0) {
    b.conditionalFormat({
      type: "colorScale",
      range: rangeA1(correlation.headerRow + 1, 1, labels.length, labels.length),
      minimum: { type: "number", value: -1, color: CORRELATION_SCALE.negative },
      midpoint: { type: "number", value: 0, color: CORRELATION_SCALE.zero },
      maximum: { type: "number", value: 1, color: CORRELATION_SCALE.positive },
    });
  }
  const pValues = b.table({
    key: "pValues",
    row: correlation.end + 1,
    column: 0,
    caption: s.caption.pValues,
    columns: matrixColumns("p", FORMATS.pValue),
    rows: matrixRows(p, false),
    firstColumnStyle: "rowHeader",
  });
  b.text("correlation.note", pValues.end, 0, s.note.correlation(n), "note");
  row = pValues.end + 2;

  // Top and bottom ten with their dimension scores, and every city tied with the tenth (marked).
  const { columns: scoreCols, row: cityRow, dimensionColumn } = scoreColumns(ctx, false);
  const order = ctx.columns.order;
  const ranks = ctx.columns.rank;
  const ranked = Array.from(order, (k) => ranks[k] ?? null);
  const top = order.subarray(0, topWithTies(ranked, TOP));
  const fromBottom = ranked.reverse();
  // Bottom ten: the last ten, extended upwards over cities sharing the rank of the tenth from last.
  const bottomCount = Math.min(order.length, topWithTies(fromBottom, TOP));
  const bottom = order.subarray(order.length - bottomCount);
  const ties = top.length > TOP || bottom.length > TOP;
  const columns: Column[] = ties ? [...scoreCols, { header: s.col.tied }] : scoreCols;
  const listRows = (list: Uint32Array, tiedRank: number | null): CellValue[][] =>
    Array.from(list, (k) =>
      ties ? [...cityRow(k), list.length > TOP && ranks[k] === tiedRank ? "*" : null] : cityRow(k)
    );
  /** Under a list extended by ties: the note that says so. */
  const tieNote = (key: string, table: PlacedTable, list: Uint32Array): void => {
    if (list.length <= TOP) return;
    const note = say(notesMessages.tiedAtCut, { count: TOP }, ctx.language);
    b.text(`${key}.ties`, table.end, 0, note, "note");
  };
  const stacked =
    (table: PlacedTable, key: string, title: string) =>
    (anchor: ChartSpec["anchor"]): ChartSpec => ({
      key,
      type: "columnStacked",
      title,
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
      anchor,
    });
  const topTable = b.table({
    key: "topTen",
    row,
    column: 0,
    caption: s.caption.topTen,
    columns,
    rows: listRows(top, ranks[top[TOP - 1] ?? -1] ?? null),
    tableName: "sc_TopTen",
  });
  tieNote("topTen", topTable, top);
  row = place(topTable, stacked(topTable, "topTen", s.chart.topTen));
  const bottomTable = b.table({
    key: "bottomTen",
    row,
    column: 0,
    caption: s.caption.bottomTen,
    columns,
    rows: listRows(bottom, ranks[bottom[bottom.length - TOP] ?? -1] ?? null),
    tableName: "sc_BottomTen",
  });
  tieNote("bottomTen", bottomTable, bottom);
  place(bottomTable, stacked(bottomTable, "bottomTen", s.chart.bottomTen));

  return b.build();
}

/** NaN / ±Infinity (e.g. r of a constant series) become empty cells. */
function finite(x: number | null | undefined): number | null {
  return typeof x === "number" && Number.isFinite(x) ? x : null;
}
