/**
 * The groups sheet on paper (issue 11, "Print": split rather than shrink, each table with its
 * chart, no text below 8 pt): one section per group kind, each table in the one page band and on
 * one page, its charts within the band on the same or the next page, no page without content;
 * and every figure the sheet held before the redesign (means and rates of every group).
 */
import { dataset2015 } from "../../src/engine/bundled";
import { evaluate } from "../../src/engine/evaluate";
import { parseFramework } from "../../src/engine/framework";
import { buildSummaryLayout, parseA1, type SheetLayout } from "../../src/layout";
import { syntheticDataset } from "../../bench/synthetic";
import { columnPoints } from "../../src/layout/print";
import { wrapWidth } from "../../src/layout/text-width";
import { block, layout2015, sheet } from "./helpers";

const LANDSCAPE = { width: 842 - 2 * 0.7 * 72, height: 595 - 2 * 1.05 * 72 };
const TABLES = ["region", "level", "province"].flatMap((g) => [g, `${g}.rates`]);

/** Printed page (0-based, down the one band) of sheet row `row`. */
const pageOf = (s: SheetLayout, row: number): number =>
  (s.print?.rowBreaks ?? []).filter((b) => b <= row).length;

const rowHeight = (s: SheetLayout, row: number): number =>
  s.rowHeights?.find((h) => h.row === row)?.height ?? 15;

describe.each(["zh", "en"] as const)("groups sheet on paper (%s)", (language) => {
  const groups = sheet(layout2015(language), "groups");
  const print = groups.print!;
  const percent = print.scalePercent ?? 100;
  const bandEnd = print.columnBreaks?.[0] ?? groups.columnWidths.length;

  test("one page band, landscape, at a scale that keeps 11 pt text at ≥ 8 pt", () => {
    expect(print.orientation).toBe("landscape");
    expect(print.fitToWidth).toBe(false);
    expect((percent / 100) * 11).toBeGreaterThanOrEqual(8);
    expect(print.columnBreaks).toHaveLength(1);
    const band = groups.columnWidths.slice(0, bandEnd).reduce((t, w) => t + columnPoints(w), 0);
    expect((band * percent) / 100).toBeLessThanOrEqual(LANDSCAPE.width);
    expect(print.repeatColumns).toBeUndefined();
  });

  test("every table lies within the band and on one page, with its caption", () => {
    for (const key of TABLES) {
      const table = block(groups, key);
      expect([key, table.column + table.columns <= bandEnd]).toEqual([key, true]);
      const caption = block(groups, `${key}.caption`);
      const last = table.row + table.rows - 1;
      expect([key, pageOf(groups, caption.row)]).toEqual([key, pageOf(groups, last)]);
      let height = 0;
      for (let r = caption.row; r <= last; r++) height += rowHeight(groups, r);
      expect(height).toBeLessThanOrEqual(LANDSCAPE.height / (percent / 100));
    }
  });

  test("each chart lies within the band, on one page, the page of its tables or the next", () => {
    expect(groups.charts.map((c) => c.key).sort()).toEqual([
      "level.dimensionMeans",
      "level.rate",
      "province.rate",
      "region.dimensionMeans",
      "region.rate",
    ]);
    for (const chart of groups.charts) {
      const from = parseA1(chart.anchor.from);
      const to = parseA1(chart.anchor.to);
      expect([chart.key, to.column < bandEnd]).toEqual([chart.key, true]);
      expect([chart.key, pageOf(groups, from.row)]).toEqual([chart.key, pageOf(groups, to.row)]);
      const grouping = chart.key.split(".")[0]!;
      const rates = block(groups, `${grouping}.rates`);
      const tablesPage = pageOf(groups, rates.row + rates.rows - 1);
      expect([chart.key, pageOf(groups, from.row) - tablesPage]).toEqual([
        chart.key,
        expect.any(Number),
      ]);
      expect([0, 1]).toContain(pageOf(groups, from.row) - tablesPage);
      // The chart's categories are its table's group names.
      const means = block(groups, grouping);
      expect(parseA1(chart.categoriesRange)).toMatchObject({
        row: means.row + 1,
        rows: means.rows - 1,
      });
    }
  });

  test("each group kind starts a page; no page is empty", () => {
    const starts = ["region", "level", "province"].map((g) => block(groups, `${g}.caption`).row);
    for (const row of starts.slice(1)) expect(print.rowBreaks).toContain(row);
    const used = [
      ...groups.blocks.map((b) => b.row),
      ...groups.charts.map((c) => parseA1(c.anchor.from).row),
    ];
    const pages = (print.rowBreaks?.length ?? 0) + 1;
    for (let p = 0; p < pages; p++)
      expect([p, used.some((row) => pageOf(groups, row) === p)]).toEqual([p, true]);
    expect(pages).toBeLessThanOrEqual(7); // 11 before: tables and charts across four bands
  });
});

describe("the groups sheet keeps every figure: means and rates of each group", () => {
  const dataset = dataset2015();
  const evaluation = evaluate(dataset);
  const groups = sheet(layout2015("zh"), "groups");
  const dimensions = evaluation.framework.dimensions.map((d) => d.name);

  test.each(["region", "level", "province"] as const)("%s", (grouping) => {
    const means = block(groups, grouping).values.slice(1);
    const rates = block(groups, `${grouping}.rates`).values.slice(1);
    evaluation.groups[grouping].forEach((g, i) => {
      expect(means[i]).toEqual([
        g.rank,
        g.name,
        ...dimensions.map((d) => g.mean[d] ?? null),
        g.mean.total,
        (g.rate.total ?? 0) / 100,
        g.count,
      ]);
      expect(rates[i]).toEqual([g.rank, g.name, ...dimensions.map((d) => (g.rate[d] ?? 0) / 100)]);
    });
  });
});

describe.each(["zh", "en"] as const)(
  "headers read well at their column's width (%s)",
  (language) => {
    const layout = layout2015(language);
    // At 6 characters 省内排名 printed 省内排/名: wrapWidth had laid it out for 5, below the minimum.
    test.each([
      ["groupRanks", ["ranks"]],
      ["groups", TABLES],
    ] as const)("%s", (key, tables) => {
      const s = sheet(layout, key);
      for (const name of tables) {
        const table = block(s, name);
        (table.values[0] ?? []).forEach((header, j) => {
          const content = (s.columnWidths[table.column + j] ?? 8) - 2;
          expect([header, wrapWidth(String(header), content)]).toEqual([header, content]);
        });
      }
    });
  }
);

describe("a framework with twelve dimensions", () => {
  // Too wide for one band even at 8 pt: the tables split into page bands with the key columns
  // repeated, every figure still there and no text below 8 pt.
  const parsed = parseFramework({
    name: "twelve",
    dimensions: Array.from({ length: 12 }, (_, d) => ({
      name: `一级指标第${d + 1}项较长的名称`,
      indicators: [{ name: `二级指标${d + 1}`, weight: 5 }],
    })),
  });
  if (!parsed.ok) throw new Error("framework");
  const dataset = syntheticDataset(60, parsed.framework);
  const groups = sheet(buildSummaryLayout(evaluate(dataset), dataset), "groups");

  test("splits into bands with repeated key columns, every table and chart present", () => {
    const print = groups.print!;
    expect(((print.scalePercent ?? 100) / 100) * 11).toBeGreaterThanOrEqual(8);
    expect(print.fitToWidth).toBe(false);
    expect(print.repeatColumns).toEqual({ from: 0, to: 1 });
    for (const key of TABLES) expect(block(groups, key).columns).toBeGreaterThan(12);
    expect(groups.charts).toHaveLength(5);
    const firstBreak = print.columnBreaks?.[0] ?? Infinity;
    for (const chart of groups.charts)
      expect(parseA1(chart.anchor.to).column).toBeLessThan(firstBreak);
  });
});
