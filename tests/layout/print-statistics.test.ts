/**
 * The statistics sheet on paper (issue 11, "Print": no text below ~8 pt, split wide tables
 * rather than shrink, keep each table with its chart): every table in one page band, each chart
 * in its table's band on the same page or the next, no band without a table, the first table on
 * the first page, the title within the first band.
 */
import { parseA1, type Block, type SheetLayout } from "../../src/layout";
import { columnPoints } from "../../src/layout/print";
import { SheetBuilder } from "../../src/layout/sheet-builder";
import { textWidth, wrapLines } from "../../src/layout/text-width";
import { block, layout2015, sheet } from "./helpers";

const LANDSCAPE_WIDTH = 842 - 2 * 0.7 * 72;
const LANDSCAPE_HEIGHT = 595 - 2 * 1.05 * 72;
const TABLES = ["describe", "distribution", "correlation", "pValues", "topTen", "bottomTen"];
/** Each chart and the table it shows (图表 8-10, 12-13). */
const CHART_TABLE: Record<string, string> = {
  dimensionRates: "describe",
  distribution: "distribution",
  topTen: "topTen",
  bottomTen: "bottomTen",
};

/** Page band (0-based) of a column, from the column breaks. */
const bandOf = (s: SheetLayout, column: number): number =>
  (s.print?.columnBreaks ?? []).filter((c) => c <= column).length;
/** Page (0-based, within a band) of a row, from the row breaks. */
const pageOf = (s: SheetLayout, row: number): number =>
  (s.print?.rowBreaks ?? []).filter((r) => r <= row).length;
const height = (s: SheetLayout, from: number, to: number): number => {
  let total = 0;
  for (let r = from; r <= to; r++) total += s.rowHeights?.find((h) => h.row === r)?.height ?? 15;
  return total;
};
/** First and last sheet rows of a table with its caption (the row above, when it has one). */
const rowsOf = (s: SheetLayout, b: Block): { from: number; to: number } => {
  const caption = s.blocks.some((x) => x.key === `${b.key}.caption` && x.row === b.row - 1);
  return { from: caption ? b.row - 1 : b.row, to: b.row + b.rows - 1 };
};

describe.each([
  ["zh", false],
  ["en", false],
  ["zh", true],
  ["en", true],
] as const)("the statistics sheet printed (%s, precise %s)", (language, precise) => {
  const stats = sheet(layout2015(language, precise), "statistics");
  const print = stats.print;
  const percent = print?.scalePercent ?? 100;

  test("prints at ≥ 8 pt in page bands of whole tables, no band without one", () => {
    expect(print?.fitToWidth).toBe(false);
    expect(print?.orientation).toBe("landscape");
    expect((percent / 100) * 11).toBeGreaterThanOrEqual(8);
    expect(print?.repeatColumns).toBeUndefined();
    const breaks = print?.columnBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(0);
    const edges = [0, ...breaks, stats.columnWidths.length];
    for (let band = 0; band + 1 < edges.length; band++) {
      const points = stats.columnWidths
        .slice(edges[band], edges[band + 1])
        .reduce((sum, w) => sum + columnPoints(w), 0);
      expect([band, (points * percent) / 100 <= LANDSCAPE_WIDTH]).toEqual([band, true]);
    }
    const tables = TABLES.map((key) => block(stats, key));
    for (const t of tables)
      expect([t.key, bandOf(stats, t.column)]).toEqual([
        t.key,
        bandOf(stats, t.column + t.columns - 1),
      ]);
    // No sliver of columns: every band holds a table.
    const bands = new Set(tables.map((t) => bandOf(stats, t.column)));
    expect(bands.size).toBe(breaks.length + 1);
  });

  test("no table is cut by a page break; each chart prints whole in its table's band, on its page or the next", () => {
    const rowBreaks = print?.rowBreaks ?? [];
    for (const key of TABLES) {
      const { from, to } = rowsOf(stats, block(stats, key));
      expect([key, rowBreaks.filter((r) => r > from && r <= to)]).toEqual([key, []]);
    }
    expect(stats.charts.map((c) => c.key).sort()).toEqual(Object.keys(CHART_TABLE).sort());
    for (const chart of stats.charts) {
      const table = block(stats, CHART_TABLE[chart.key] ?? "");
      const from = parseA1(chart.anchor.from);
      const to = parseA1(chart.anchor.to);
      const band = bandOf(stats, table.column);
      expect([chart.key, bandOf(stats, from.column), bandOf(stats, to.column)]).toEqual([
        chart.key,
        band,
        band,
      ]);
      expect([chart.key, rowBreaks.filter((r) => r > from.row && r <= to.row)]).toEqual([
        chart.key,
        [],
      ]);
      const page = pageOf(stats, from.row) - pageOf(stats, rowsOf(stats, table).to);
      expect([chart.key, page === 0 || page === 1]).toEqual([chart.key, true]);
      // The rows from the page's top to the chart's end fit the page at the sheet's scale.
      const top = [0, ...rowBreaks].filter((r) => r <= from.row).pop() ?? 0;
      const fits = (height(stats, top, to.row) * percent) / 100 <= LANDSCAPE_HEIGHT;
      expect([chart.key, fits]).toEqual([chart.key, true]);
    }
  });

  test("the descriptive statistics fill the first page of the first band, title and notes whole", () => {
    const describe = block(stats, "describe");
    expect(bandOf(stats, describe.column)).toBe(0);
    const last = describe.row + describe.rows - 1;
    expect(pageOf(stats, last)).toBe(0);
    expect((height(stats, 0, last) * percent) / 100).toBeLessThanOrEqual(LANDSCAPE_HEIGHT);
    // Texts of the first band's first page (title, notes, captions) end within the band: the
    // title (14 pt) and every other text (≤ 11 pt), at 7 pt a character as planned.
    const band = (print?.columnBreaks ?? [])[0] ?? stats.columnWidths.length;
    const bandPoints = stats.columnWidths.slice(0, band).reduce((s, w) => s + columnPoints(w), 0);
    for (const b of stats.blocks.filter((x) => x.rows === 1 && x.columns === 1 && x.column === 0)) {
      const size = b.key === "title" ? 14 / 11 : 1;
      expect([b.key, textWidth(String(b.values[0]?.[0])) * 7 * size <= bandPoints]).toEqual([
        b.key,
        true,
      ]);
    }
    // Nothing of the other bands shares the first page's rows, so their first pages are empty
    // (not printed) and no row of theirs takes the height of a wrapped row of the first table.
    const firstBreak = (print?.rowBreaks ?? [])[0] ?? Infinity;
    for (const b of stats.blocks.filter((x) => bandOf(stats, x.column) > 0))
      expect([b.key, b.row >= firstBreak]).toEqual([b.key, true]);
    for (const c of stats.charts.filter((x) => bandOf(stats, parseA1(x.anchor.from).column) > 0))
      expect([c.key, parseA1(c.anchor.from).row >= firstBreak]).toEqual([c.key, true]);
  });
});

test("bold row labels (a matrix's first column) wrap as bold text, and their rows grow", () => {
  const label = "Government social-media engagement";
  // A width at which the label fits one line in regular type but not in bold.
  const width = Array.from({ length: 30 }, (_, k) => 20 + k).find(
    (w) => wrapLines(label, w - 2, false) === 1 && wrapLines(label, w - 2, true) > 1
  );
  expect(width).toBeDefined();
  const rowHeight = (bold: boolean): number | undefined => {
    const b = new SheetBuilder("x", "x", "x", "en");
    b.table({
      key: "t",
      row: 2,
      column: 0,
      columns: [{ header: "Item", wrap: (width ?? 0) - 2 }],
      rows: [[label]],
      ...(bold ? { firstColumnStyle: "rowHeader" as const } : {}),
    });
    return b.build().rowHeights?.find((h) => h.row === 3)?.height;
  };
  expect(rowHeight(false)).toBeUndefined();
  expect(rowHeight(true)).toBeGreaterThanOrEqual(30);
});
