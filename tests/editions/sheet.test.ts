/**
 * The editions sheet of the report's history (2011-2014 published, 2015 from the bundled data):
 * the report's tables in both languages, charts bound to their tables, blocks disjoint, and the
 * sheet added to the 2015 summary.
 */
import { dataset2015 } from "../../src/engine/bundled";
import { compareEditions, editionFromEvaluation, reportEditions } from "../../src/engine/editions";
import { evaluate } from "../../src/engine/evaluate";
import { parseA1, type Language, type SheetLayout } from "../../src/layout";
import { editionsSheet, withEditionsSheet, withReportHistory } from "../../src/layout/editions";
import { placeNames } from "../../src/layout/places";
import { block, blockAt, cellValue, columnValues, layout2015 } from "../layout/helpers";
import fixture from "../fixtures/report-2015/editions.json";

const evaluation = evaluate(dataset2015(true));
const comparison = compareEditions(reportEditions(editionFromEvaluation("2015", evaluation)));
const languages: Language[] = ["zh", "en"];
const short = (name: string): string => name.replace(/\s/gu, "").replace(/市$/u, "");
/** The English sheet names cities in English (Wuxi), units that are not cities too. */
const EN = placeNames("en");
const UNITS: Record<string, string> = {
  宁波杭州湾新区: "Ningbo Hangzhou Bay New Area",
  浦东新区: "Pudong New Area",
};
const named = (language: Language, name: string): string =>
  language === "zh" ? name : (UNITS[name] ?? EN.name("city", name));

const overlaps = (
  a: { row: number; column: number; rows: number; columns: number },
  b: typeof a
): boolean =>
  a.row < b.row + b.rows &&
  b.row < a.row + a.rows &&
  a.column < b.column + b.columns &&
  b.column < a.column + a.columns;

describe.each(languages)("editions sheet (%s)", (language) => {
  const sheet: SheetLayout = editionsSheet(comparison, language);

  test("name and headers in the language", () => {
    expect(sheet.name).toBe(language === "zh" ? "历年对比" : "Editions");
    expect(block(sheet, "cities").values[0]?.slice(0, 2)).toEqual(
      language === "zh" ? ["城市", "2011排名"] : ["City", "Rank 2011"]
    );
  });

  test("the history table is 图表 12 (lines 791-802), cities by rank and edition", () => {
    const history = block(sheet, "history");
    expect(history.values[0]).toEqual([
      language === "zh" ? "排名" : "Rank",
      "2011",
      "2012",
      "2013",
      "2014",
      "2015",
    ]);
    const expected = fixture.history.rows.map((r) => [
      r.rank,
      ...r.cities.map((c) => named(language, short(c))),
    ]);
    // Cities print as the bundled table's short names (无锡市 → 无锡); other units as printed.
    expect(history.values.slice(1)).toEqual(expected);
  });

  test("each dimension's top ten side by side (图表 25, 41, 54, 64, 77, 87)", () => {
    const infra = sheet.blocks.find((b) => b.key === "dimensionTop.0");
    // line 1466: 2014 rank 1 无锡 81.8 %; line 1466: 2015 rank 1 宁波 94.02 %
    expect(infra?.values[1]?.slice(0, 3)).toEqual([1, named(language, "无锡"), 0.818]);
    expect(infra?.values[1]?.[3]).toBe(1);
    expect(infra?.values[1]?.[4]).toBe(language === "zh" ? "宁波" : "Ningbo");
    expect(infra?.values[1]?.[5]).toBeCloseTo(0.9402, 4);
    const support = sheet.blocks.find((b) => b.key === "dimensionTop.5");
    // 图表 87, line 4170: 13 cities tied at rank 7 in 2014
    expect(support?.rows).toBe(1 + 19);
  });

  test("dimension rates per edition: 2014 (line 314) and 2015 only", () => {
    const rates = block(sheet, "dimensionRates");
    expect(rates.values[0]?.slice(1)).toEqual(["2014", "2015"]);
    expect(rates.values[1]?.[1]).toBeCloseTo(0.4692, 6);
  });

  test("charts read their tables; the bump chart has a reversed rank axis", () => {
    expect(sheet.charts.map((c) => c.key)).toEqual(["bump", "movers", "dimensionRates"]);
    for (const chart of sheet.charts) {
      const categories = columnValues(sheet, chart.categoriesRange);
      expect(categories.length).toBeGreaterThan(0);
      for (const c of categories) expect(typeof c).toBe("string");
      const first = parseA1(chart.categoriesRange);
      for (const s of chart.series) {
        const values = parseA1(s.valuesRange);
        const name = parseA1(s.nameRange);
        expect(cellValue(sheet, name.row, name.column)).toBe(s.name);
        expect([name.column, values.row, values.rows]).toEqual([
          values.column,
          first.row,
          first.rows,
        ]);
        expect(blockAt(sheet, values.row, values.column)).toBe(
          blockAt(sheet, first.row, first.column)
        );
        // Gaps (a city absent from an edition) are empty cells, never invented ranks.
        for (const v of columnValues(sheet, s.valuesRange))
          expect(v === null || typeof v === "number").toBe(true);
      }
      const from = parseA1(chart.anchor.from);
      const to = parseA1(chart.anchor.to);
      const area = {
        row: from.row,
        column: from.column,
        rows: to.row - from.row + 1,
        columns: to.column - from.column + 1,
      };
      for (const b of sheet.blocks)
        expect([chart.key, b.key, overlaps(area, b)]).toEqual([chart.key, b.key, false]);
    }
    const bump = sheet.charts.find((c) => c.key === "bump");
    expect(bump).toMatchObject({ type: "line", valueAxisReversed: true });
    expect(bump?.series.map((s) => s.name)).toEqual(
      ["无锡", "上海", "北京", "杭州", "宁波", "深圳", "珠海", "佛山", "厦门", "广州"].map((c) =>
        named(language, c)
      )
    );
    if (language === "en") expect(bump?.series[0]?.name).toBe("Wuxi");
    // 杭州: absent 2011, then 8, 5, 9, 4 (lines 791-802)
    expect(columnValues(sheet, bump?.series[3]?.valuesRange ?? "A1")).toEqual([null, 8, 5, 9, 4]);
  });

  test("blocks are rectangular and disjoint; table names are valid", () => {
    for (const b of sheet.blocks) {
      expect(b.values).toHaveLength(b.rows);
      for (const row of b.values) expect(row).toHaveLength(b.columns);
    }
    sheet.blocks.forEach((a, i) =>
      sheet.blocks
        .slice(i + 1)
        .forEach((b) => expect([a.key, b.key, overlaps(a, b)]).toEqual([a.key, b.key, false]))
    );
    expect(sheet.tables.map((t) => t.name)).toEqual(["sc_Editions"]);
  });

  test("notes name the units that are not cities", () => {
    const notes = sheet.blocks.filter(
      (b) => b.key.startsWith("notes.") && b.key !== "notes.caption"
    );
    const unit = named(language, "宁波杭州湾新区");
    expect(notes.some((b) => String(b.values[0]?.[0]).includes(unit))).toBe(true);
  });
});

test("withEditionsSheet adds the sheet before About with a unique name", () => {
  const layout = withEditionsSheet(layout2015("zh"), comparison);
  const keys = layout.sheets.map((s) => s.key);
  expect(keys[keys.length - 1]).toBe("about");
  expect(keys[keys.length - 2]).toBe("editions");
  expect(new Set(layout.sheets.map((s) => s.name.toLowerCase())).size).toBe(keys.length);
  expect(withEditionsSheet(layout, comparison).sheets).toHaveLength(keys.length);
});

test("withReportHistory: the bundled summary gains the report's comparison", () => {
  const layout = withReportHistory(layout2015("en"), evaluate(dataset2015()));
  const sheet = layout.sheets.find((s) => s.key === "editions");
  expect(sheet?.name).toBe("Editions");
  // 图表 12, line 802: rank 10 in 2015 is 广州 (in English)
  expect(sheet && block(sheet, "history").values[10]).toEqual([
    10,
    "Nanjing",
    "Shenzhen",
    "Xiamen",
    "Qingdao",
    "Guangzhou",
  ]);
});
