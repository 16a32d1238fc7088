/**
 * Sheet "robustness" (稳健性分析 / Robustness, issue 13): every city's rank distribution under
 * random weights, a rank-interval chart of the top 30 and the Sobol' indices of each dimension
 * weight (docs/explore.md).
 *
 * Interval chart: a stacked bar chart whose first series (the 5th percentile rank) is drawn
 * without fill, so the visible second series (P95 − P5, "interval width") spans the 5–95 % rank
 * interval; the nominal and median ranks are table columns next to it (an OOXML bar chart cannot
 * mix in marker series through this layout's ChartSpec).
 */
import type { CityUncertainty, UncertaintyResult } from "../../engine/explore/monte-carlo";
import type { SensitivityTable } from "../../engine/explore/sensitivity";
import { exploreMessages as x } from "../../engine/messages/explore";
import { placeNames } from "../places";
import { anchorAt, SheetBuilder, type PlacedTable } from "../sheet-builder";
import { FORMATS, TAB_COLORS } from "../styles";
import type { ChartSpec, Language, SheetLayout } from "../types";

export type { SensitivityTable };

/** Cities shown in the interval chart. */
export const INTERVAL_CHART_CITIES = 30;
/** Marks the invisible base series of the interval chart (writers may skip its fill). */
export const INVISIBLE = "#FFFFFF";

/** A chosen group of cities (a region, province or level) with its own interval chart. */
export type RobustnessGroup = { label: string; cities: ReadonlySet<string> };
/** Cities shown in the group's interval chart (its table lists them all). */
export const GROUP_CHART_CITIES = 60;

export function robustnessSheet(
  result: UncertaintyResult,
  sensitivity: SensitivityTable,
  language: Language,
  group?: RobustnessGroup
): SheetLayout {
  const l = language;
  const places = placeNames(l);
  const city = (name: string): string => places.name("city", name);
  const b = new SheetBuilder("robustness", x.robustnessSheet[l](), x.robustnessTitle[l](), l);
  b.tabColor = TAB_COLORS.summary;
  b.text("note", 1, 0, x.robustnessNote[l](result), "note", 8);
  const table = b.table({
    key: "robustness",
    row: 3,
    column: 0,
    tableName: "scRobustness",
    columns: intervalColumns(l),
    rows: result.cities.map((c) => intervalRow(c, city)),
  });
  b.freeze = { rows: table.headerRow + 1, columns: 2 };
  const shown = Math.min(INTERVAL_CHART_CITIES, table.rows);
  const chartColumn = 8;
  if (shown > 0)
    b.chart(
      intervalChart("intervals", x.intervalChart[l](), table, shown, l, {
        row: table.headerRow,
        column: chartColumn,
        rows: 30,
      })
    );
  const names = Object.keys(sensitivity);
  const indices = b.table({
    key: "sensitivity",
    row: table.headerRow + 31,
    column: chartColumn,
    caption: x.sensitivityCaption[l](),
    tableName: "scSensitivity",
    columns: [
      { header: x.colDimension[l]() },
      { header: x.colFirstOrder[l](), format: "0.000" },
      { header: x.colTotalOrder[l](), format: "0.000" },
    ],
    rows: names.map((name) => [
      name,
      sensitivity[name]?.first ?? null,
      sensitivity[name]?.total ?? null,
    ]),
  });
  if (names.length > 0) {
    b.chart({
      key: "sensitivity",
      type: "columnClustered",
      title: x.sensitivityChart[l](),
      categoriesRange: indices.dataRange(0),
      series: [1, 2].map((j) => ({
        name: j === 1 ? x.colFirstOrder[l]() : x.colTotalOrder[l](),
        nameRange: indices.headerCell(j),
        valuesRange: indices.dataRange(j),
      })),
      valueAxisMin: 0,
      legend: "bottom",
      showAllCategoryLabels: true,
      anchor: anchorAt(indices.end + 1, chartColumn, 16, 8),
    });
  }
  if (group) groupSection(b, result, group, indices.end + 18, chartColumn, l);
  return b.build();
}

const intervalColumns = (l: Language) => [
  { header: x.colNominalRank[l](), format: FORMATS.integer },
  { header: x.colCity[l]() },
  { header: x.colP05Rank[l](), format: "0.0" },
  { header: x.colIntervalWidth[l](), format: "0.0" },
  { header: x.colMedianRank[l](), format: "0.0" },
  { header: x.colP95Rank[l](), format: "0.0" },
  { header: x.colTop10Share[l](), format: "0%" },
];

/** A table row; `city` names the city in the sheet's language. */
const intervalRow = (c: CityUncertainty, city: (name: string) => string) => [
  c.rank,
  city(c.city),
  c.p05,
  c.p95 - c.p05,
  c.median,
  c.p95,
  c.top10,
];

/** A stacked bar chart of the first `shown` rows of an interval table (P5 invisible, width visible). */
function intervalChart(
  key: string,
  title: string,
  table: PlacedTable,
  shown: number,
  l: Language,
  at: { row: number; column: number; rows: number }
): ChartSpec {
  return {
    key,
    type: "barStacked",
    title,
    categoriesRange: table.dataRange(1, 0, shown),
    series: [
      {
        name: x.colP05Rank[l](),
        nameRange: table.headerCell(2),
        valuesRange: table.dataRange(2, 0, shown),
        color: INVISIBLE,
      },
      {
        name: x.colIntervalWidth[l](),
        nameRange: table.headerCell(3),
        valuesRange: table.dataRange(3, 0, shown),
        color: "#4472C4",
      },
    ],
    valueAxisTitle: x.axisRank[l](),
    valueAxisMin: 0,
    legend: "none",
    showAllCategoryLabels: true,
    anchor: anchorAt(at.row, at.column, at.rows, 8),
  };
}

/** The chosen group's cities (nominal rank order) as a table and their interval chart beside it. */
function groupSection(
  b: SheetBuilder,
  result: UncertaintyResult,
  group: RobustnessGroup,
  row: number,
  column: number,
  l: Language
): void {
  const members = result.cities.filter((c) => group.cities.has(c.city));
  const places = placeNames(l);
  const table = b.table({
    key: "group",
    row,
    column,
    caption: x.groupCaption[l]({ group: group.label }),
    tableName: "scRobustnessGroup",
    columns: intervalColumns(l),
    rows: members.map((c) => intervalRow(c, (name) => places.name("city", name))),
  });
  const shown = Math.min(GROUP_CHART_CITIES, table.rows);
  if (shown === 0) return;
  const title = x.groupIntervalChart[l]({ group: group.label, shown, of: table.rows });
  const rows = Math.max(16, Math.ceil(shown * 1.4) + 4); // room for every city label
  b.chart(
    intervalChart("groupIntervals", title, table, shown, l, {
      row: table.headerRow,
      column: column + 8,
      rows,
    })
  );
}
