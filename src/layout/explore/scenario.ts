/**
 * Sheet "scenario" (情景分析 / Scenario, issue 13): the dimension weights of the framework and of
 * the scenario, then every city by scenario rank with its scenario total, framework rank and rank
 * change (framework rank − scenario rank: positive = moved up), and a chart of the rank changes of
 * the scenario's top 30 (docs/explore.md, "Rescaling rule").
 */
import type { Evaluation } from "../../engine/evaluation-types";
import { exploreMessages as x } from "../../engine/messages/explore";
import { placeNames } from "../places";
import { anchorAt, SheetBuilder } from "../sheet-builder";
import { FORMATS, TAB_COLORS } from "../styles";
import type { CellValue, Language, SheetLayout } from "../types";

const CHART_CITIES = 30;
export const SCENARIO_SHEET_KEY = "scenario";

/** A scenario as the summary workbook records it (built by src/cli/explore-weights.ts). */
export type ScenarioRecord = {
  /** The framework's evaluation of the same cities, in the same input order. */
  base: Evaluation;
  /** The items whose weight was set, in the order given, with both weights in points. */
  changes: { name: string; nameEn: string; frameworkWeight: number; scenarioWeight: number }[];
};

/** Rows of the About sheet's facts recording a scenario: the weights given, computed totals. */
export function scenarioFacts(record: ScenarioRecord, language: Language): CellValue[][] {
  const l = language;
  const changes = record.changes.map((c) =>
    x.factScenarioChange[l]({
      item: l === "en" && c.nameEn ? c.nameEn : c.name,
      from: c.frameworkWeight,
      to: c.scenarioWeight,
    })
  );
  return [
    [x.factScenario[l](), changes.join(l === "zh" ? "；" : "; ")],
    [x.factScenarioTotals[l](), x.factScenarioTotalsText[l]()],
  ];
}

/**
 * The JSON record of a scenario, added to `summarize --weights --json` as the key `scenario`:
 * the weights given, both maximum totals and every city's framework rank and rank change
 * (framework rank − scenario rank), in scenario rank order.
 */
export function scenarioJson(record: ScenarioRecord, scenario: Evaluation): unknown {
  const c = scenario.columns;
  const baseRank = record.base.columns.rank;
  return {
    weights: record.changes.map((w) => ({
      item: w.name,
      frameworkWeight: w.frameworkWeight,
      scenarioWeight: w.scenarioWeight,
    })),
    maxTotal: { framework: record.base.framework.maxTotal, scenario: scenario.framework.maxTotal },
    ranks: Array.from(c.order, (k) => ({
      city: c.city[k] as string,
      rank: c.rank[k] as number,
      frameworkRank: baseRank[k] as number,
      rankChange: (baseRank[k] as number) - (c.rank[k] as number),
    })),
  };
}

/** `base` and `scenario` evaluate the same cities in the same input order. */
export function scenarioSheet(
  base: Evaluation,
  scenario: Evaluation,
  language: Language,
  name: string = x.scenarioSheet[language]()
): SheetLayout {
  const l = language;
  const itemName = (item: { name: string; nameEn: string }): string =>
    l === "en" && item.nameEn ? item.nameEn : item.name;
  const b = new SheetBuilder(SCENARIO_SHEET_KEY, name, x.scenarioTitle[l](), l);
  b.tabColor = TAB_COLORS.summary;
  // English runs long: one clause a row, so no line runs far past the tables.
  const text = x.scenarioNote[l]();
  const note = l === "en" ? text.split(/(?<=;)\s*/u) : [text];
  note.forEach((line, i) => b.text(`note${i + 1}`, 1 + i, 0, line, "note", 8));
  const weights = b.table({
    key: "weights",
    row: note.length + 2,
    column: 1, // under the city names: column A stays as narrow as the ranks
    tableName: "scScenarioWeights",
    columns: [
      { header: x.colItem[l]() },
      { header: x.colFrameworkWeight[l](), format: FORMATS.score },
      { header: x.colScenarioWeight[l](), format: FORMATS.score },
    ],
    rows: [
      ...base.framework.dimensions.map((d, j) => [
        itemName(d),
        d.weight,
        scenario.framework.dimensions[j]?.weight ?? null,
      ]),
      ...base.framework.bonus.map((bonus, j) => [
        itemName(bonus),
        bonus.weight,
        scenario.framework.bonus[j]?.weight ?? null,
      ]),
      [x.fieldTotal[l](), base.framework.maxTotal, scenario.framework.maxTotal],
    ],
  });
  const c = scenario.columns;
  const baseRank = base.columns.rank;
  const city = placeNames(l).column("city", c.city);
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
      city[k] as string,
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
      anchor: anchorAt(ranking.headerRow, 6, 44, 8),
    });
  }
  return b.build();
}
