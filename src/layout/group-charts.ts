/**
 * The charts of the groups sheet (groups.ts): score rate per region / level, mean total per
 * province (图表 21), dimension means per region / level; and where two charts side by side split.
 */
import type { Grouping } from "../engine/evaluate";
import type { Context } from "./context";
import { columnSeries, categoryAxis, type PlacedTable } from "./sheet-builder";
import { SERIES_COLORS } from "./styles";
import type { ChartSpec } from "./types";

/** Columns (1 … n − 1) of the left one of two charts side by side: the split nearest the middle. */
export function halfway(widths: readonly number[]): number {
  const total = widths.reduce((sum, w) => sum + w, 0);
  let best = 1;
  let left = 0;
  widths.slice(0, -1).forEach((w, i) => {
    left += w;
    const bestLeft = widths.slice(0, best).reduce((sum, x) => sum + x, 0);
    if (Math.abs(2 * left - total) < Math.abs(2 * bestLeft - total)) best = i + 1;
  });
  return best;
}

/** What the groups' column charts share: one bar group per group of the means table. */
function groupColumns(
  ctx: Context,
  grouping: Grouping,
  table: PlacedTable,
  anchor: ChartSpec["anchor"]
) {
  return {
    type: "columnClustered" as const,
    categoriesRange: table.dataRange(1),
    ...categoryAxis(table.block.values.slice(1).map((r) => r[1] ?? null)),
    categoryAxisTitle: ctx.s.col[grouping],
    valueAxisMin: 0,
    anchor,
  };
}

/** Score rate per region / level (a column chart); mean total per province (图表 21). */
export function rateChart(
  ctx: Context,
  grouping: Grouping,
  table: PlacedTable,
  anchor: ChartSpec["anchor"]
): ChartSpec {
  const { s } = ctx;
  // The means table: rank, group, dimension means, mean total, rate, count.
  const column = 2 + ctx.dimensions.length + (grouping === "province" ? 0 : 1);
  return {
    ...groupColumns(ctx, grouping, table, anchor),
    key: `${grouping}.rate`,
    title: s.chart.groupRates[grouping],
    series: [
      {
        name: grouping === "province" ? s.col.meanTotal : s.col.rate,
        nameRange: table.headerCell(column),
        valuesRange: table.dataRange(column),
        color: SERIES_COLORS[0],
      },
    ],
    valueAxisTitle: grouping === "province" ? s.chart.axis.meanScore : s.chart.axis.rate,
    ...(grouping === "province" ? {} : { valueAxisNumberFormat: "0%" }),
    legend: "none",
  };
}

/** Dimension means side by side per group (region comparison of dimension means). */
export function dimensionMeansChart(
  ctx: Context,
  grouping: Grouping,
  table: PlacedTable,
  anchor: ChartSpec["anchor"]
): ChartSpec {
  const { s } = ctx;
  const kind = grouping === "level" ? "level" : "region";
  return {
    ...groupColumns(ctx, grouping, table, anchor),
    key: `${grouping}.dimensionMeans`,
    title: s.chart.groupDimensionMeans[kind],
    series: columnSeries(
      table,
      2,
      ctx.dimensions.map((d) => d.label)
    ),
    valueAxisTitle: s.chart.axis.meanScore,
    legend: "bottom",
  };
}
