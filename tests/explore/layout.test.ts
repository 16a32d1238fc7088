/** The explore sheets: blocks disjoint, charts bound to their own tables (as tests/layout/consistency.test.ts). */
import { dataset2015 } from "../../src/engine/bundled";
import { evaluate } from "../../src/engine/evaluate";
import { uncertainty } from "../../src/engine/explore/monte-carlo";
import { cityProfile, findCityIndex } from "../../src/engine/explore/profile";
import { applyScenario, scenarioFromText } from "../../src/engine/explore/scenario";
import { rankSensitivity } from "../../src/engine/explore/sensitivity";
import { profileSheet } from "../../src/layout/explore/profile";
import {
  INTERVAL_CHART_CITIES,
  INVISIBLE,
  robustnessSheet,
} from "../../src/layout/explore/robustness";
import { scenarioSheet } from "../../src/layout/explore/scenario";
import { isValidSheetName, parseA1 } from "../../src/layout/ranges";
import type { Block, Language, SheetLayout } from "../../src/layout/types";
import { blockAt, cellValue, columnValues } from "../layout/helpers";

const dataset = dataset2015();
const base = evaluate(dataset);
const result = uncertainty(dataset, { runs: 100, seed: 1 });
const sensitivity = rankSensitivity(dataset, { samples: 100, seed: 1 });
const weights = scenarioFromText(dataset.framework, "智慧基础设施=30,智慧经济=20");
if (!weights.ok) throw new Error("weights");
const scenario = evaluate(applyScenario(dataset, weights.value));
/** 华南 (the report's grouping, METHOD.md): its cities as a chosen group. */
const southChina = {
  label: "华南",
  cities: new Set(dataset.cities.filter((c) => c.region === "华南").map((c) => c.city)),
};

const overlaps = (
  a: Omit<Block, "values" | "key" | "numberFormats" | "styles">,
  b: Block
): boolean =>
  a.row < b.row + b.rows &&
  b.row < a.row + a.rows &&
  a.column < b.column + b.columns &&
  b.column < a.column + a.columns;

const sheetsFor = (language: Language): [string, SheetLayout][] =>
  [
    robustnessSheet(result, sensitivity, language),
    robustnessSheet(result, sensitivity, language, southChina),
    scenarioSheet(base, scenario, language),
    profileSheet(cityProfile(base, findCityIndex(base, "无锡") as number), language),
  ].map((s) => [`${language} ${s.key}`, s]);

test.each([...sheetsFor("zh"), ...sheetsFor("en")])(
  "%s: blocks disjoint, charts bound to their tables",
  (_, s) => {
    expect(isValidSheetName(s.name)).toBe(true);
    s.blocks.forEach((a, i) =>
      s.blocks
        .slice(i + 1)
        .forEach((b) => expect([a.key, b.key, overlaps(a, b)]).toEqual([a.key, b.key, false]))
    );
    expect(s.charts.length).toBeGreaterThan(0);
    for (const chart of s.charts) {
      const categories = columnValues(s, chart.categoriesRange);
      for (const c of categories) expect(typeof c).toBe("string");
      for (const series of chart.series) {
        const range = parseA1(series.valuesRange);
        const b = blockAt(s, range.row, range.column);
        expect(b?.values[0]?.[range.column - (b?.column ?? 0)]).toBe(series.name);
        const name = parseA1(series.nameRange);
        expect(cellValue(s, name.row, name.column)).toBe(series.name);
        expect(range.rows).toBe(categories.length);
        expect(range.row).toBe(parseA1(chart.categoriesRange).row);
        for (const v of columnValues(s, series.valuesRange)) expect(typeof v).toBe("number");
      }
      const from = parseA1(chart.anchor.from);
      const to = parseA1(chart.anchor.to);
      const area = {
        row: from.row,
        column: from.column,
        rows: to.row - from.row + 1,
        columns: to.column - from.column + 1,
      };
      for (const b of s.blocks)
        expect([chart.key, b.key, overlaps(area, b)]).toEqual([chart.key, b.key, false]);
    }
  }
);

test("the interval chart shows the top 30: P5 base plus the P95 − P5 width", () => {
  const s = robustnessSheet(result, sensitivity, "zh");
  const chart = s.charts.find((c) => c.key === "intervals");
  expect(chart?.type).toBe("barStacked");
  expect(columnValues(s, chart?.categoriesRange ?? "A1")).toHaveLength(INTERVAL_CHART_CITIES);
  const [p05, width] = (chart?.series ?? []).map((x) => columnValues(s, x.valuesRange) as number[]);
  result.cities.slice(0, 30).forEach((c, i) => {
    expect(p05?.[i]).toBe(c.p05);
    expect((p05?.[i] ?? 0) + (width?.[i] ?? 0)).toBeCloseTo(c.p95, 9);
  });
});

test("the scenario sheet's rank change is framework rank − scenario rank", () => {
  const s = scenarioSheet(base, scenario, "en");
  const table = s.blocks.find((b) => b.key === "ranking");
  for (const row of table?.values.slice(1) ?? []) {
    const [rank, , , frameworkRank, change] = row as number[];
    expect(change).toBe((frameworkRank as number) - (rank as number));
  }
});

test("a chosen group: its cities in nominal rank order, a table and an interval chart of its own", () => {
  const s = robustnessSheet(result, sensitivity, "zh", southChina);
  const group = s.blocks.find((b) => b.key === "group");
  const members = result.cities.filter((c) => southChina.cities.has(c.city));
  expect(members.length).toBeGreaterThan(10);
  expect(group?.values.slice(1).map((row) => row[1])).toEqual(members.map((c) => c.city));
  const chart = s.charts.find((c) => c.key === "groupIntervals");
  expect(chart?.title).toBe("华南城市的名次区间（5%–95%）");
  expect(columnValues(s, chart?.categoriesRange ?? "A1")).toEqual(members.map((c) => c.city));
  expect(chart?.series.map((x) => x.color)).toEqual([INVISIBLE, "#4472C4"]);
  // English names the cities in English (深圳 Shenzhen); without a group there is no group section.
  const en = robustnessSheet(result, sensitivity, "en", southChina);
  const enGroup = en.blocks.find((b) => b.key === "group");
  expect(enGroup?.values[1]?.[1]).toBe("Shenzhen");
  const plain = robustnessSheet(result, sensitivity, "en");
  expect(plain.charts.map((c) => c.key)).toEqual(["intervals", "sensitivity"]);
});

test("an English profile names the city, its groups, dimensions and indicators in English", () => {
  const s = profileSheet(cityProfile(base, findCityIndex(base, "无锡") as number), "en");
  expect(s.name).toBe("Profile Wuxi");
  const dimensions = s.blocks.find((b) => b.key === "dimensions");
  expect(dimensions?.values.slice(1).map((row) => row[0])).toEqual(
    dataset.framework.dimensions.map((d) => d.nameEn)
  );
  const strengths = s.blocks.find((b) => b.key === "strengths");
  for (const row of strengths?.values.slice(1) ?? [])
    expect(String(row[0])).not.toMatch(/\p{Script=Han}/u);
  const summary = s.blocks.find((b) => b.key === "summary");
  expect(summary?.values.flat()).toContain("East China");
});
