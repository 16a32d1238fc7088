/** Sheet names are Excel-valid (≤ 31 characters, none of []:*?/\) and unique ignoring case. */
import {
  chartSourceArea,
  isValidSheetName,
  looksLikeFormula,
  uniqueSheetNames,
  validSheetName,
  MAX_SHEET_NAME,
} from "../../src/layout";
import { dataset2015 } from "../../src/engine/bundled";
import { evaluate } from "../../src/engine/evaluate";
import { buildSummaryLayout } from "../../src/layout";
import { layout2015 } from "./helpers";

const excelValid = (name: string): boolean =>
  name.length > 0 &&
  Array.from(name).length <= 31 &&
  !/[[\]:*?/\\]/.test(name) &&
  !/^'|'$/.test(name) &&
  name.toLowerCase() !== "history";

describe.each(["zh", "en"] as const)("sheet names (%s)", (language) => {
  const layout = layout2015(language);

  test("valid and unique ignoring case", () => {
    const names = layout.sheets.map((s) => s.name);
    for (const n of names) expect([n, excelValid(n)]).toEqual([n, true]);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  test("stable keys in a fixed order", () => {
    expect(layout.sheets.map((s) => s.key)).toEqual([
      "overall",
      "statistics",
      "groups",
      "groupRanks",
      "dimension.infra",
      "dimension.gov",
      "dimension.services",
      "dimension.economy",
      "dimension.people",
      "dimension.support",
      "indicators",
      "editions", // the bundled 2015 data carries the report's 2011-2014 history
      "about",
    ]);
  });
});

test("English titles and headers", () => {
  const layout = layout2015("en");
  expect(layout.language).toBe("en");
  expect(layout.sheets.map((s) => s.name).slice(0, 5)).toEqual([
    "Overall ranking",
    "Statistics",
    "Groups",
    "Ranks within groups",
    "Smart Infrastructure",
  ]);
  const ranking = layout.sheets[0]?.blocks.find((b) => b.key === "ranking");
  expect(ranking?.values[0]?.slice(0, 7)).toEqual([
    "Rank",
    "City",
    "Chinese name", // the city as given, beside its English name
    "Region",
    "Province",
    "Level",
    "Smart Infrastructure",
  ]);
  expect(ranking?.values[1]?.slice(0, 6)).toEqual([
    1,
    "Wuxi",
    "无锡",
    "East China",
    "Jiangsu",
    "Prefecture-level city",
  ]);
});

test("the default language is the framework's (Chinese for 2015)", () => {
  const dataset = dataset2015();
  expect(buildSummaryLayout(evaluate(dataset), dataset).language).toBe("zh");
});

test("overrides are made valid and unique", () => {
  const dataset = dataset2015();
  const layout = buildSummaryLayout(evaluate(dataset), dataset, {
    language: "en",
    sheetNames: {
      overall: "Ranking: all/cities? [2015]",
      statistics: "ranking_ all_cities_ _2015_",
      groups: "'quoted'",
      about: "x".repeat(40),
      indicators: "History",
    },
  });
  const names = layout.sheets.map((s) => s.name);
  expect(names[0]).toBe("Ranking_ all_cities_ _2015_");
  expect(names[1]).toBe("ranking_ all_cities_ _2015_ (2)");
  expect(names[2]).toBe("quoted");
  for (const n of names) expect(excelValid(n)).toBe(true);
  expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
});

test("validSheetName / uniqueSheetNames edge cases", () => {
  expect(validSheetName("")).toBe("Sheet");
  expect(validSheetName("a:b\\c")).toBe("a_b_c");
  expect(Array.from(validSheetName("智".repeat(40)))).toHaveLength(MAX_SHEET_NAME);
  expect(uniqueSheetNames(["A", "a", "A"])).toEqual(["A", "a (2)", "A (3)"]);
  const long = uniqueSheetNames(["y".repeat(31), "Y".repeat(31)]);
  expect(long[1]).toBe(`${"Y".repeat(27)} (2)`);
  expect(isValidSheetName("Overall ranking")).toBe(true);
  expect(isValidSheetName("a/b")).toBe(false);
});

test("chartSourceArea and looksLikeFormula", () => {
  const chart = (categories: string, series: [string, string][]) => ({
    categoriesRange: categories,
    series: series.map(([nameRange, valuesRange]) => ({ nameRange, valuesRange })),
  });
  expect(
    chartSourceArea(
      chart("B70:B79", [
        ["C69", "C70:C79"],
        ["D69", "D70:D79"],
      ])
    )
  ).toBe("B69:D79");
  expect(chartSourceArea(chart("A7:A12", [["N5", "N7:N12"]]))).toBeNull();
  expect(looksLikeFormula("=1+1")).toBe(true);
  expect(looksLikeFormula("-3")).toBe(true);
  expect(looksLikeFormula("无锡")).toBe(false);
  expect(looksLikeFormula(5)).toBe(false);
});
