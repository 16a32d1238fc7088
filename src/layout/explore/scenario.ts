/**
 * Sheet "scenario" (情景分析 / Scenario, issue 13): the dimension weights of the framework and of
 * the scenario, then every city by scenario rank with its scenario total, framework rank and rank
 * change (framework rank − scenario rank: positive = moved up), and a chart of the rank changes of
 * the scenario's top 30 (docs/explore.md, "Rescaling rule").
 */
import type { Evaluation } from "../../engine/evaluation-types";
import { exploreMessages as x } from "../../engine/messages/explore";
import { anchorAt, SheetBuilder } from "../sheet-builder";
import { FORMATS, TAB_COLORS } from "../styles";
import type { Language, SheetLayout } from "../types";

const CHART_CITIES = 30;

/** `base` and `scenario` evaluate the same cities in the same input order. */
export function scenarioSheet(
  base: Evaluation,
  scenario: Evaluation,
  language: Language
): SheetLayout {
  const l = language;
  const b = new SheetBuilder("scenario", x.scenarioSheet[l](), x.scenarioTitle[l](), l);
  b.tabColor = TAB_COLORS.summary;
  b.text("note", 1, 0, x.scenarioNote[l](), "note", 8);
  const weights = b.table({
    key: "weights",
    row: 3,
    column: 0,
    tableName: "scScenarioWeights",
    columns: [
      { header: x.colItem[l]() },
      { header: x.colFrameworkWeight[l](), format: FORMATS.score },
      { header: x.colScenarioWeight[l](), format: FORMATS.score },
    ],
    rows: [
      ...base.framework.dimensions.map((d, j) => [
        d.name,
        d.weight,
        scenario.framework.dimensions[j]?.weight ?? null,
      ]),
      ...base.framework.bonus.map((bonus, j) => [
        bonus.name,
        bonus.weight,
        scenario.framework.bonus[j]?.weight ?? null,
      ]),
      [x.fieldTotal[l](), base.framework.maxTotal, scenario.framework.maxTotal],
    ],
  });
  const c = scenario.columns;
  const baseRank = base.columns.rank;
  const ranking = b.table({
    key: "ranking",
    row: weights.end + 1,
    column: 0,
    tableName: "scScenario",
    columns: [
      { header: x.colScenarioRank[l](), format: FORMATS.integer },
      { header: x.colCity[l]() },
      { header: x.colScenarioTotal[l](), format: FORMATS.score },
      { header: x.colFrameworkRank[l](), format: FORMATS.integer },
      { header: x.colRankChange[l](), format: "+0;-0;0" },
    ],
    rows: Array.from(c.order, (k) => [
      c.rank[k] as number,
      c.city[k] as string,
      c.total[k] as number,
      baseRank[k] as number,
      (baseRank[k] as number) - (c.rank[k] as number),
    ]),
  });
  b.freeze = { rows: ranking.headerRow + 1, columns: 2 };
  const shown = Math.min(CHART_CITIES, ranking.rows);
  if (shown > 0) {
    b.chart({
      key: "rankShift",
      type: "barClustered",
      title: x.rankShiftChart[l](),
      categoriesRange: ranking.dataRange(1, 0, shown),
      series: [
        {
          name: x.colRankChange[l](),
          nameRange: ranking.headerCell(4),
          valuesRange: ranking.dataRange(4, 0, shown),
        },
      ],
      legend: "none",
      showAllCategoryLabels: true,
      anchor: anchorAt(ranking.headerRow, 6, 30, 8),
    });
  }
  return b.build();
}
