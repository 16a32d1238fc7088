/**
 * Sheet "statistics": descriptive statistics of total, dimensions, indicators and bonus; the
 * distribution of totals (图表 8-9); dimension score rates (图表 10); the correlation matrix with
 * p-values (图表 11); top and bottom ten by dimension (图表 12-13).
 * Print (issue 11): the descriptive statistics are the first page band, on the first page; below
 * them, on the next page of that band, the score rates chart and the distribution with its chart.
 * The other sections are a second page band right of it, starting at that page's rows (so no row
 * of theirs shares a height with a wrapped row of the first table): the matrices, then the top
 * and the bottom ten each with its chart on a page of its own. Bands never share columns, so each
 * prints at ≥ 8 pt; empty pages (band 2 beside the first table, band 1 beside the lists) are not
 * printed. Definitions: docs/method.md, "Definitions", "Quartiles and spread", "Ranks and ties".
 */
import type { Statistics } from "../engine/evaluate";
import { fraction, type Context } from "./context";
import { bandScalePercent, columnPoints, firstPageHolds, fitsOneBand } from "./print";
import {
  anchorAt,
  categoryAxis,
  SheetBuilder,
  type Column,
  type PlacedTable,
} from "./sheet-builder";
import {
  CHART_ROWS,
  correlationSection,
  DISTRIBUTION_COLUMNS,
  distributionSection,
  extremesSections,
} from "./statistics-sections";
import { FORMATS, SERIES_COLORS, TAB_COLORS } from "./styles";
import type { CellValue, SheetLayout } from "./types";

/**
 * Widths (characters) at which long item names (English indicators) may wrap, tried in order: the
 * first at which the table prints in one band with all its rows on the first page. From 30 up
 * (fewer lines, smaller print), then down (a band too wide at 30).
 */
const ITEM_WRAPS = [30, 32, 34, 36, 38, 40, 28, 26, 24, 22, 20];
/** Used when no width lets the table print whole on one page (e.g. a framework of many indicators). */
const DEFAULT_ITEM_WRAP = 30;
/** Narrow column that starts the second page band. */
const GAP_CHARS = 2;

export function statisticsSheet(ctx: Context): SheetLayout {
  const { s } = ctx;
  const builder = (): SheetBuilder => {
    const b = new SheetBuilder(
      "statistics",
      ctx.sheetNames.statistics ?? s.sheet.statistics,
      `${s.title.statistics} — ${ctx.frameworkLabel}`,
      ctx.language
    );
    b.tabColor = TAB_COLORS.summary;
    b.text("note", 1, 0, s.note.statistics, "note");
    return b;
  };
  const b = builder();
  const first = firstBand(ctx, b, itemWrap(ctx, builder));

  // Band 2 from the first band's second page: the matrices, then each list on a page of its own.
  // The matrices' first column stands over the lists' city column, their dimensions over theirs.
  const bandEnd = first.columns;
  b.bandStarts.push(bandEnd);
  b.pageStarts.push(bandEnd);
  b.setWidth(bandEnd, GAP_CHARS);
  const right = correlationSection(ctx, b, first.pageTop, bandEnd + 2);
  const secondPageEnd = Math.max(first.end, right);
  b.keepTogether(first.pageTop, secondPageEnd, true);
  for (const list of extremesSections(ctx, b, secondPageEnd + 2, bandEnd + 1))
    b.keepTogether(list.from, list.to, true);
  return b.build();
}

/**
 * The first page band: the descriptive statistics on the first page; on the next, the score rates
 * chart below them (a row down: a chart's border on a page break prints on the page above), then
 * the distribution at the band's end with its chart left of it, both charts as wide.
 */
function firstBand(
  ctx: Context,
  b: SheetBuilder,
  wrap: number
): { described: PlacedTable; columns: number; pageTop: number; end: number } {
  const { s } = ctx;
  const described = describeTable(ctx, b, wrap);
  const columns = described.columnOf(described.block.columns);
  const pageTop = described.end + 1;
  // Where the layout turns, the note that says where the other sections are.
  b.text("note.places", pageTop, 0, s.note.statisticsPlaces, "note");
  const tableColumn = Math.max(0, columns - DISTRIBUTION_COLUMNS);
  const chart = { column: 0, columns: Math.max(1, tableColumn - 1) };
  let row = pageTop + 1;
  const dimensionCount = ctx.dimensions.length;
  if (described.rows > 0 && dimensionCount > 0) {
    ratesChart(ctx, b, described, dimensionCount, row, chart.columns);
    row += CHART_ROWS + 1;
  }
  const end = distributionSection(ctx, b, row, tableColumn, chart);
  return { described, columns, pageTop, end };
}

/**
 * The item wrap (ITEM_WRAPS) at which the first band prints in one page band with every row of
 * the descriptive statistics on the first page (at that band's scale); else the default.
 */
function itemWrap(ctx: Context, builder: () => SheetBuilder): number {
  const fitting = ITEM_WRAPS.find((wrap) => {
    const trial = builder();
    const { described } = firstBand(ctx, trial, wrap);
    const widths = trial.currentWidths();
    if (!fitsOneBand(widths)) return false;
    const percent = bandScalePercent(widths.reduce((sum, w) => sum + columnPoints(w), 0));
    return firstPageHolds(described.end - 1, percent, trial.build().rowHeights ?? []);
  });
  return fitting ?? DEFAULT_ITEM_WRAP;
}

/**
 * Descriptive statistics: one row per series, dimensions right after the total (the rates
 * chart's source). Long item names wrap at `wrap` characters rather than run under the next column.
 */
function describeTable(ctx: Context, b: SheetBuilder, wrap: number): PlacedTable {
  const { s, evaluation } = ctx;
  const describeColumns: Column[] = [
    { header: s.col.item, wrap },
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
  const rows: CellValue[][] = [
    describe(s.col.total, s.kind.total, "total", fw.maxTotal),
    ...ctx.dimensions.map((d) => describe(d.label, s.kind.dimension, d.name, d.weight)),
    ...ctx.indicators.map((i) => describe(i.label, s.kind.indicator, i.name, i.weight)),
    ...fw.bonus.map((x) =>
      describe(ctx.language === "en" ? x.nameEn : x.name, s.kind.bonus, x.name, x.weight)
    ),
  ];
  const described = b.table({
    key: "describe",
    row: 2,
    column: 0,
    columns: describeColumns,
    rows,
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
  return described;
}

/** Score rate by dimension (图表 10): the dimension rows of the descriptive statistics. */
function ratesChart(
  ctx: Context,
  b: SheetBuilder,
  described: PlacedTable,
  dimensionCount: number,
  row: number,
  columns: number
): void {
  const { s } = ctx;
  const rateColumn = described.block.columns - 1;
  b.chart({
    key: "dimensionRates",
    type: "columnClustered",
    title: s.chart.dimensionRates,
    categoriesRange: described.dataRange(0, 1, dimensionCount),
    ...categoryAxis(ctx.dimensions.map((d) => d.label)),
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
    anchor: anchorAt(row, 0, CHART_ROWS, columns),
  });
}
