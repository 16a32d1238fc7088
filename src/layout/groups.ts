/**
 * Sheet "groups": regions (图表 15-20), administrative levels (图表 23-26) and provinces
 * (图表 21-22, without the municipalities): count, mean total, score rate, dimension means and
 * rates. Sheet "groupRanks": each city's rank within its region, level and province.
 * Groups: docs/method.md, "Regions, provinces and levels".
 */
import type { Grouping } from "../engine/evaluate";
import { MUNICIPALITY_LEVEL } from "../engine/evaluate";
import { fraction, type Context } from "./context";
import {
  columnSeries,
  anchorAt,
  categoryAxis,
  SheetBuilder,
  type Column,
  type PlacedTable,
} from "./sheet-builder";
import { FORMATS, SERIES_COLORS, TAB_COLORS } from "./styles";
import { repeatColumnsOnlyWhereSplit } from "./print";
import type { CellValue, ChartSpec, SheetLayout } from "./types";
import { columnRows, type ColumnRead } from "./table-columns";

const CHART_ROWS = 16;
const CHART_COLUMNS = 8;
const GROUPINGS: Grouping[] = ["region", "level", "province"];
const TABLE_NAMES: Record<Grouping, string> = {
  region: "sc_Regions",
  level: "sc_Levels",
  province: "sc_Provinces",
};

export function groupsSheet(ctx: Context): SheetLayout {
  const { s, evaluation } = ctx;
  const b = new SheetBuilder(
    "groups",
    ctx.sheetNames.groups ?? s.sheet.groups,
    `${s.title.groups} — ${ctx.frameworkLabel}`,
    ctx.language
  );
  b.tabColor = TAB_COLORS.summary;
  b.text("note", 1, 0, s.note.groups, "note");
  const dims = ctx.dimensions;
  const columns = (grouping: Grouping): Column[] => [
    { header: s.col.rank, format: FORMATS.integer },
    { header: s.col[grouping] },
    { header: s.col.count, format: FORMATS.integer },
    { header: s.col.meanTotal, format: FORMATS.score },
    { header: s.col.rate, format: FORMATS.rate },
    ...dims.map((d) => ({ header: d.label, format: FORMATS.score })),
    ...dims.map((d) => ({ header: s.col.dimensionRate(d.label), format: FORMATS.rate })),
  ];
  const width = 5 + 2 * dims.length;
  const chartColumn = width + 1;
  let row = 3;
  for (const grouping of GROUPINGS) {
    const rows: CellValue[][] = evaluation.groups[grouping].map((g) => [
      g.rank,
      ctx.groupLabel(grouping, g.name),
      g.count,
      g.mean.total ?? null,
      fraction(g.rate.total ?? 0),
      ...dims.map((d) => g.mean[d.name] ?? null),
      ...dims.map((d) => fraction(g.rate[d.name] ?? 0)),
    ]);
    const table = b.table({
      key: grouping,
      row,
      column: 0,
      columns: columns(grouping),
      rows,
      caption: s.caption.groups[grouping],
      tableName: TABLE_NAMES[grouping],
    });
    let end = table.end;
    if (grouping === "province") {
      b.text("province.note", end, 0, s.note.province, "note");
      end += 1;
    }
    if (table.rows > 0) {
      b.chart(
        rateChart(ctx, grouping, table, anchorAt(row, chartColumn, CHART_ROWS, CHART_COLUMNS))
      );
      if (grouping !== "province" && dims.length > 0) {
        b.chart(
          dimensionMeansChart(
            ctx,
            grouping,
            table,
            anchorAt(row, chartColumn + CHART_COLUMNS + 1, CHART_ROWS, CHART_COLUMNS)
          )
        );
      }
      end = Math.max(end, row + CHART_ROWS);
    }
    b.keepTogether(row, end - 1);
    row = end + 1;
  }
  b.repeatColumns = { from: 0, to: 1 };
  b.pageStarts.push(chartColumn, chartColumn + CHART_COLUMNS + 1);
  return repeatColumnsOnlyWhereSplit(b.build(), chartColumn - 1);
}

/** Score rate per region / level (a column chart); mean total per province (图表 21). */
function rateChart(
  ctx: Context,
  grouping: Grouping,
  table: PlacedTable,
  anchor: ChartSpec["anchor"]
): ChartSpec {
  const { s } = ctx;
  const column = grouping === "province" ? 3 : 4;
  return {
    key: `${grouping}.rate`,
    type: "columnClustered",
    title: s.chart.groupRates[grouping],
    categoriesRange: table.dataRange(1),
    ...categoryAxis(table.block.values.slice(1).map((r) => r[1] ?? null)),
    series: [
      {
        name: grouping === "province" ? s.col.meanTotal : s.col.rate,
        nameRange: table.headerCell(column),
        valuesRange: table.dataRange(column),
        color: SERIES_COLORS[0],
      },
    ],
    categoryAxisTitle: s.col[grouping],
    valueAxisTitle: grouping === "province" ? s.chart.axis.meanScore : s.chart.axis.rate,
    ...(grouping === "province" ? {} : { valueAxisNumberFormat: "0%" }),
    valueAxisMin: 0,
    legend: "none",
    anchor,
  };
}

/** Dimension means side by side per group (region comparison of dimension means). */
function dimensionMeansChart(
  ctx: Context,
  grouping: "region" | "level",
  table: PlacedTable,
  anchor: ChartSpec["anchor"]
): ChartSpec {
  const { s } = ctx;
  return {
    key: `${grouping}.dimensionMeans`,
    type: "columnClustered",
    title: s.chart.groupDimensionMeans[grouping],
    categoriesRange: table.dataRange(1),
    ...categoryAxis(table.block.values.slice(1).map((r) => r[1] ?? null)),
    series: columnSeries(
      table,
      5,
      ctx.dimensions.map((d) => d.label)
    ),
    categoryAxisTitle: s.col[grouping],
    valueAxisTitle: s.chart.axis.meanScore,
    valueAxisMin: 0,
    legend: "bottom",
    anchor,
  };
}

export function groupRanksSheet(ctx: Context): SheetLayout {
  const { s } = ctx;
  const b = new SheetBuilder(
    "groupRanks",
    ctx.sheetNames.groupRanks ?? s.sheet.groupRanks,
    `${s.title.groupRanks} — ${ctx.frameworkLabel}`,
    ctx.language
  );
  b.tabColor = TAB_COLORS.summary;
  b.text("note", 1, 0, s.note.groupRanks, "note");
  const columns: Column[] = [
    { header: s.col.rank, format: FORMATS.integer },
    { header: s.col.city },
    { header: s.col.total, format: FORMATS.score },
    { header: s.col.region },
    { header: s.col.rankIn.region, format: FORMATS.integer },
    { header: s.col.level },
    { header: s.col.rankIn.level, format: FORMATS.integer },
    { header: s.col.province },
    { header: s.col.rankIn.province, format: FORMATS.integer },
  ];
  const c = ctx.columns;
  const names = ctx.names;
  const number = (values: ArrayLike<number | null>): ColumnRead => ({ kind: "number", values });
  const text = (texts: readonly (string | null)[]): ColumnRead => ({ kind: "text", texts });
  // City, region, level and province are text columns (text ids): checked and looked up once per city.
  const rows = columnRows({
    count: c.order.length,
    keyAt: (i) => c.order[i] as number,
    columns: [
      number(c.rank),
      text(names.city),
      number(c.total),
      text(names.region),
      number(c.groupRanks.region),
      text(names.level),
      number(c.groupRanks.level),
      text(names.province),
      {
        kind: "cell",
        at: (k) =>
          (c.level[k] ?? null) === MUNICIPALITY_LEVEL ? null : (c.groupRanks.province[k] ?? null),
      },
    ],
  });
  const table = b.table({
    key: "ranks",
    row: 3,
    column: 0,
    columns,
    rows,
    tableName: "sc_GroupRanks",
  });
  b.freeze = { rows: table.headerRow + 1, columns: 2 };
  b.repeatRows = { from: table.headerRow, to: table.headerRow };
  b.repeatColumns = { from: 0, to: 1 };
  return b.build();
}
