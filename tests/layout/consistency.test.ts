/**
 * Every chart, table and conditional format of the layout points at cells of the same layout
 * that hold what it claims; blocks are rectangular and never overlap; charts cover no data.
 */
import { lookupCity, type ChinaRegion } from "../../src/engine/cities";
import { REGION_NAMES_EN } from "../../src/data/china-cities";
import { evaluate } from "../../src/engine/evaluate";
import { dataset2015 } from "../../src/engine/bundled";
import { parseA1 } from "../../src/layout";
import type { Language, SheetLayout } from "../../src/layout";
import { blockAt, cellValue, columnValues, layout2015, sheet } from "./helpers";

const languages: Language[] = ["zh", "en"];
const evaluation = evaluate(dataset2015());

const overlaps = (
  a: { row: number; column: number; rows: number; columns: number },
  b: typeof a
): boolean =>
  a.row < b.row + b.rows &&
  b.row < a.row + a.rows &&
  a.column < b.column + b.columns &&
  b.column < a.column + a.columns;

describe.each(languages)("layout consistency (%s)", (language) => {
  const layout = layout2015(language);

  test.each(layout.sheets.map((s) => [s.key, s] as [string, SheetLayout]))(
    "sheet %s: blocks are rectangular and disjoint",
    (_, s) => {
      for (const b of s.blocks) {
        expect(b.values).toHaveLength(b.rows);
        for (const row of b.values) expect(row).toHaveLength(b.columns);
        for (const r of [...b.numberFormats, ...b.styles]) {
          expect(r.row + r.rows).toBeLessThanOrEqual(b.rows);
          expect(r.column + r.columns).toBeLessThanOrEqual(b.columns);
        }
      }
      s.blocks.forEach((a, i) =>
        s.blocks
          .slice(i + 1)
          .forEach((b) => expect([a.key, b.key, overlaps(a, b)]).toEqual([a.key, b.key, false]))
      );
      expect(new Set(s.blocks.map((b) => b.key)).size).toBe(s.blocks.length);
    }
  );

  test.each(layout.sheets.map((s) => [s.key, s] as [string, SheetLayout]))(
    "sheet %s: charts read the cells they claim",
    (_, s) => {
      for (const chart of s.charts) {
        const categories = columnValues(s, chart.categoriesRange);
        expect(categories.length).toBeGreaterThan(0);
        for (const c of categories) expect(typeof c).toBe("string");
        for (const series of chart.series) {
          // The series name is the header of the table column its values come from.
          const range = parseA1(series.valuesRange);
          const b = blockAt(s, range.row, range.column);
          expect(b).toBeDefined();
          expect(b?.values[0]?.[range.column - (b?.column ?? 0)]).toBe(series.name);
          const name = parseA1(series.nameRange);
          expect(cellValue(s, name.row, name.column)).toBe(series.name);
          expect(name.column).toBe(range.column);
          expect(range.rows).toBe(categories.length);
          // A line chart (the editions bump chart) leaves a gap where a city is absent.
          const allowed = chart.type === "line" ? ["number", "object"] : ["number"];
          for (const v of columnValues(s, series.valuesRange)) {
            expect(allowed).toContain(typeof v);
            if (typeof v === "object") expect(v).toBeNull();
          }
        }
        // Categories come from the same table rows as the values.
        const first = parseA1(chart.categoriesRange);
        for (const series of chart.series) expect(parseA1(series.valuesRange).row).toBe(first.row);
        // The chart covers no cell of any block.
        const from = parseA1(chart.anchor.from);
        const to = parseA1(chart.anchor.to);
        const area = {
          row: from.row,
          column: from.column,
          rows: to.row - from.row + 1,
          columns: to.column - from.column + 1,
        };
        expect(area.rows).toBeGreaterThan(5);
        for (const b of s.blocks)
          expect([chart.key, b.key, overlaps(area, b)]).toEqual([chart.key, b.key, false]);
      }
    }
  );

  test.each(layout.sheets.map((s) => [s.key, s] as [string, SheetLayout]))(
    "sheet %s: tables and conditional formats sit on blocks",
    (_, s) => {
      for (const t of s.tables) {
        const r = parseA1(t.range);
        const b = blockAt(s, r.row, r.column);
        expect(b && [b.row, b.column, b.rows, b.columns]).toEqual([
          r.row,
          r.column,
          r.rows,
          r.columns,
        ]);
        const headers = b?.values[0] ?? [];
        for (const h of headers) expect(typeof h).toBe("string");
        expect(new Set(headers.map((h) => String(h).toLowerCase())).size).toBe(headers.length);
      }
      for (const f of s.conditionalFormats) {
        const r = parseA1(f.range);
        const b = blockAt(s, r.row, r.column);
        expect(b).toBeDefined();
        for (let i = 0; i < r.rows; i++)
          for (let j = 0; j < r.columns; j++)
            expect(typeof cellValue(s, r.row + i, r.column + j)).toBe("number");
      }
    }
  );

  test("table names are Excel-valid and unique in the workbook", () => {
    const names = layout.sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const n of names) {
      expect(n).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
      expect(n).not.toMatch(/^[A-Za-z]{1,3}\d+$/); // would read as a cell address
    }
  });

  test("the charts show the evaluation's figures", () => {
    const cityName = (city: string) => (language === "en" ? lookupCity(city)?.en : city);
    const stats = sheet(layout, "statistics");
    const byKey = (key: string) => {
      const chart = stats.charts.find((c) => c.key === key);
      if (!chart) throw new Error(key);
      return chart;
    };
    const top = byKey("topTen");
    expect(columnValues(stats, top.categoriesRange)).toEqual(
      evaluation.cities.slice(0, 10).map((c) => cityName(c.city))
    );
    expect(top.series).toHaveLength(7); // six dimensions + bonus, stacked to the total
    const firstSeries = top.series[0];
    expect(columnValues(stats, firstSeries?.valuesRange ?? "")).toEqual(
      evaluation.cities.slice(0, 10).map((c) => c.dimensions["智慧基础设施"]?.score)
    );
    const distribution = byKey("distribution");
    expect(columnValues(stats, distribution.series[0]?.valuesRange ?? "")).toEqual(
      evaluation.distribution.map((b) => b.count)
    );
    const rates = byKey("dimensionRates");
    expect(columnValues(stats, rates.series[0]?.valuesRange ?? "")).toEqual(
      evaluation.framework.dimensions.map((d) => (evaluation.statistics[d.name]?.rate ?? 0) / 100)
    );

    const groups = sheet(layout, "groups");
    const regionMeans = groups.charts.find((c) => c.key === "region.dimensionMeans");
    expect(columnValues(groups, regionMeans?.categoriesRange ?? "")).toEqual(
      evaluation.groups.region.map((g) =>
        language === "en" ? REGION_NAMES_EN[g.name as ChinaRegion] : g.name
      )
    );
    expect(columnValues(groups, regionMeans?.series[2]?.valuesRange ?? "")).toEqual(
      evaluation.groups.region.map((g) => g.mean["智慧服务"])
    );

    const infra = sheet(layout, "dimension.infra");
    const topInfra = infra.charts.find((c) => c.key === "topTen");
    // 图表 27, lines 1289-1298: 宁波, 无锡, 杭州, 广州, 上海, 深圳, 北京, 苏州, 潍坊, 佛山.
    expect(columnValues(infra, topInfra?.categoriesRange ?? "")).toEqual(
      ["宁波", "无锡", "杭州", "广州", "上海", "深圳", "北京", "苏州", "潍坊", "佛山"].map(cityName)
    );
    expect(columnValues(infra, topInfra?.series[0]?.valuesRange ?? "")[0]).toBe(18.8);
  });

  test("links point at existing sheets", () => {
    const keys = new Set(layout.sheets.map((s) => s.key));
    const links = layout.sheets.flatMap((s) => s.blocks.flatMap((b) => b.links ?? []));
    expect(links.length).toBe(layout.sheets.length);
    for (const link of links) expect(keys.has(link.sheetKey)).toBe(true);
  });
});
