/**
 * Print setup, layout rules that keep text readable, and the source sheet (issue 11 "Print",
 * "Layout that reads"; issue 10 "Bounded work for any input").
 */
import { dataset2015, grid2015 } from "../../src/engine/bundled";
import { evaluate } from "../../src/engine/evaluate";
import { buildSummaryLayout, parseA1, type SheetLayout } from "../../src/layout";
import { createContext } from "../../src/layout/context";
import { dimensionSheet } from "../../src/layout/dimensions";
import { columnPoints } from "../../src/layout/print";
import { sourceSheet } from "../../src/layout/source";
import { wrapLines } from "../../src/layout/text-width";
import { block, layout2015, sheet } from "./helpers";

const LANDSCAPE_WIDTH = 842 - 2 * 0.7 * 72;
const PORTRAIT_WIDTH = 595 - 2 * 0.7 * 72;
const LANDSCAPE_HEIGHT = 595 - 2 * 1.05 * 72;

describe.each(["zh", "en"] as const)("print setup (%s)", (language) => {
  const layout = layout2015(language);

  test("every sheet prints titled, numbered in its language, landscape where wide", () => {
    for (const s of layout.sheets) {
      expect(s.print?.headerText).toBe(s.title);
      expect(s.print?.footerText).toEqual(
        language === "zh" ? { page: "页码", of: "/" } : { page: "Page", of: "of" }
      );
    }
    expect(sheet(layout, "indicators").print?.orientation).toBe("landscape");
  });

  test("no sheet shrinks text below 8 pt: wide sheets are split with repeated key columns", () => {
    for (const s of layout.sheets) {
      const print = s.print;
      if (!print) continue;
      const pageWidth = print.orientation === "landscape" ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH;
      const points = (from: number, to: number): number =>
        s.columnWidths.slice(from, to).reduce((sum, w) => sum + columnPoints(w), 0);
      const total = points(0, s.columnWidths.length);
      if (print.fitToWidth) expect((pageWidth / total) * 11).toBeGreaterThanOrEqual(8);
      const percent = print.scalePercent ?? 100;
      expect((percent / 100) * 11).toBeGreaterThanOrEqual(8);
      // Each page band (repeated columns plus its own) fits the page at the sheet's scale.
      if (!print.fitToWidth) {
        const repeat = print.repeatColumns;
        const repeatWidth = repeat ? points(repeat.from, repeat.to + 1) : 0;
        const starts = [0, ...(print.columnBreaks ?? [])];
        starts.forEach((start, i) => {
          const end = starts[i + 1] ?? s.columnWidths.length;
          const band = (start === 0 ? 0 : repeatWidth) + points(start, end);
          // A band of one column wider than the page cannot be helped.
          if (end - start > 1)
            expect([s.key, start, band * (percent / 100) <= pageWidth]).toEqual([
              s.key,
              start,
              true,
            ]);
        });
      }
    }
    // The 80-column indicator sheet: whole indicator blocks per page, names and headers repeated.
    const indicators = sheet(layout, "indicators").print;
    expect(indicators?.fitToWidth).toBe(false);
    // The caption rows (wrapped onto as many as the longest needs) and the header row.
    const header = sheet(layout, "indicators").blocks.find((b) => b.key === "indicator1")!.row;
    expect(indicators?.repeatRows).toEqual({ from: 2, to: header });
    expect(header).toBeGreaterThanOrEqual(3);
    for (const c of indicators?.columnBreaks ?? []) expect(c % 5).toBe(0);
    expect(indicators?.columnBreaks?.length).toBeGreaterThanOrEqual(3);
    // The groups sheet prints in one page band: no key columns to repeat (groups-print.test.ts).
    expect(sheet(layout, "groups").print?.repeatColumns).toBeUndefined();
    // The ranking repeats its header row.
    expect(sheet(layout, "overall").print?.repeatRows).toEqual({ from: 3, to: 3 });
  });

  test("every chart prints whole within one page band, default-width columns at LibreOffice's 64 pt", () => {
    for (const s of layout.sheets) {
      const print = s.print;
      if (!print || print.fitToWidth || s.charts.length === 0) continue;
      const pageWidth = print.orientation === "landscape" ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH;
      const breaks = print.columnBreaks ?? [];
      const repeat = print.repeatColumns;
      const points = (c: number): number => {
        const w = s.columnWidths[c];
        return w === undefined ? 64 : columnPoints(w);
      };
      for (const chart of s.charts) {
        const from = parseA1(chart.anchor.from).column;
        const to = parseA1(chart.anchor.to).column;
        const start = [0, ...breaks].filter((c) => c <= from).pop() ?? 0;
        const end = breaks.find((c) => c > from) ?? to + 1;
        expect([s.key, chart.key, to < end]).toEqual([s.key, chart.key, true]);
        let band = 0;
        if (repeat && start > 0) for (let c = repeat.from; c <= repeat.to; c++) band += points(c);
        for (let c = start; c <= to; c++) band += points(c);
        const printed = (band * (print.scalePercent ?? 100)) / 100;
        expect([s.key, chart.key, printed <= pageWidth]).toEqual([s.key, chart.key, true]);
      }
    }
  });

  test("the ranking prints its columns in one band, or the scores together after the names", () => {
    const overall = sheet(layout, "overall");
    const header = block(overall, "ranking").values[0] ?? [];
    const firstScore = header.indexOf(language === "zh" ? "智慧基础设施" : "Smart Infrastructure");
    if (language === "zh") {
      // 得分率 used to spill onto a second band (LibreOffice's wider columns).
      expect(overall.print?.columnBreaks).toBeUndefined();
      expect(overall.print?.fitToWidth).toBe(true);
    } else expect(overall.print?.columnBreaks).toEqual([firstScore]);
  });

  test("the top-ten table and its chart start on the same page (图表 12)", () => {
    const stats = sheet(layout, "statistics");
    const top = block(stats, "topTen");
    const chart = stats.charts.find((c) => c.key === "topTen");
    const breaks = stats.print?.rowBreaks ?? [];
    const caption = top.row - 1;
    const chartEnd = parseA1(chart?.anchor.to ?? "A1").row;
    // No break falls inside the section (caption … end of table or chart).
    expect(
      breaks.filter((r) => r > caption && r <= Math.max(chartEnd, top.row + top.rows))
    ).toEqual([]);
  });

  test("a dimension sheet whose ranking prints in one band has its sections beside it, each a band on the first page", () => {
    const dimensions = layout.sheets.filter((x) => x.key.startsWith("dimension."));
    // English too: indicator headers wrap onto more lines (保障体系's after "digital-").
    const beside = dimensions.filter((d) => d.blocks.some((b) => b.key === "topTen"));
    expect(beside.length).toBe(6);
    for (const s of beside) {
      const print = s.print;
      const ranking = block(s, "ranking");
      const breaks = print?.columnBreaks ?? [];
      const band = (column: number): number => breaks.filter((c) => c <= column).length;
      // The ranking is the first band whole: no repeated key columns, so nothing (the title in
      // A1 neither) is cut at them, and nothing else shares its band.
      expect([s.key, breaks[0]]).toEqual([s.key, ranking.column + ranking.columns]);
      expect(print?.repeatColumns).toBeUndefined();
      expect(print?.repeatRows).toEqual({ from: ranking.row, to: ranking.row });
      expect(print?.scalePercent ?? 100).toBeGreaterThanOrEqual(73);
      // The sections (top ten table with its chart, each means table with its chart) each
      // take a band of their own and end on the first page's rows, so the ranking's repeated
      // header row never prints above them (no row breaks; empty pages are not printed).
      expect(print?.rowBreaks).toBeUndefined();
      const sections = ["topTen", "regionMeans", "levelMeans"].map((key) => block(s, key));
      expect(sections.map((b) => band(b.column))).toEqual([1, 2, 3]);
      for (const chart of s.charts) {
        const from = parseA1(chart.anchor.from);
        const to = parseA1(chart.anchor.to);
        const table = sections.find((b) => band(b.column) === band(from.column));
        expect([chart.key, band(to.column), from.row >= ranking.row]).toEqual([
          chart.key,
          band(from.column),
          true,
        ]);
        expect(table).toBeDefined();
        // Rows 0 … the section's end fill less than the first page (A4 landscape, at scale).
        const end = Math.max(to.row, (table?.row ?? 0) + (table?.rows ?? 0));
        let height = 0;
        for (let r = 0; r <= end; r++)
          height += s.rowHeights?.find((h) => h.row === r)?.height ?? 15;
        expect(height * ((print?.scalePercent ?? 100) / 100)).toBeLessThan(LANDSCAPE_HEIGHT);
      }
      // The sheet's note says where the sections are (on two lines where wider than the band).
      const note = s.blocks.filter((b) => b.key === "note" || b.key === "note.more");
      expect(note.map((b) => String(b.values[0]?.[0])).join("")).toContain(
        language === "zh" ? "排名表右侧" : "right of the ranking"
      );
      // The top ten chart reads its own table, printed on the same page.
      const top = block(s, "topTen");
      const chart = s.charts.find((c) => c.key === "topTen");
      expect(parseA1(chart?.categoriesRange ?? "A1").column).toBe(top.column + 1);
    }
  });

  test("sections below a ranking (placement for rankings wider than a band): each starts a page, ≤ 2 bands", () => {
    const dataset = dataset2015();
    const ctx = createContext(evaluate(dataset), dataset, language, {});
    const below = ctx.dimensions.map((d, i) => dimensionSheet(ctx, d, i, "below"));
    for (const s of below) {
      const print = s.print;
      const breaks = print?.columnBreaks ?? [];
      expect([s.key, breaks.length]).toEqual([s.key, language === "zh" ? 0 : 1]);
      if (breaks.length > 0) expect(print?.repeatColumns).toEqual({ from: 0, to: 1 });
      expect(s.charts.map((c) => c.key)).toEqual([
        "topTen",
        "region.indicatorMeans",
        "level.indicatorMeans",
      ]);
      const band = (column: number): number => breaks.filter((c) => c <= column).length;
      const rowBreaks = print?.rowBreaks ?? [];
      for (const chart of s.charts) {
        const from = parseA1(chart.anchor.from);
        const to = parseA1(chart.anchor.to);
        expect([chart.key, band(from.column)]).toEqual([chart.key, band(to.column)]);
        const means = s.blocks.find((b) => b.key === chart.key.replace(".indicatorMeans", "Means"));
        const start = chart.key === "topTen" ? from.row : (means?.row ?? 0) - 1;
        expect([chart.key, rowBreaks.includes(start)]).toEqual([chart.key, true]);
        expect(rowBreaks.filter((r) => r > start && r <= to.row)).toEqual([]);
      }
    }
  });

  // The editions sheet on paper: tests/editions/print.test.ts.

  test("headers of number columns are right-aligned like their numbers, text headers not", () => {
    const ranking = block(sheet(layout, "overall"), "ranking");
    const header = ranking.values[0] ?? [];
    const right = new Set(
      ranking.styles
        .filter((s) => s.style === "numberHeader" && s.row === 0)
        .flatMap((s) => Array.from({ length: s.columns }, (_, k) => s.column + k))
    );
    const numeric = new Set(ranking.numberFormats.map((f) => f.column));
    expect([...right].sort((a, b) => a - b)).toEqual([...numeric].sort((a, b) => a - b));
    expect(right.has(header.indexOf(language === "zh" ? "城市" : "City"))).toBe(false);
  });

  test("wrapped headers get row heights that fit their lines", () => {
    const overall = sheet(layout, "overall");
    const ranking = block(overall, "ranking");
    const header = ranking.values[0] ?? [];
    const lines = Math.max(
      ...header.map((h, j) => wrapLines(String(h), (overall.columnWidths[j] ?? 8) - 2))
    );
    const height = overall.rowHeights?.find((r) => r.row === ranking.row)?.height ?? 15;
    expect(lines).toBeGreaterThan(1);
    expect(height).toBeGreaterThanOrEqual(lines * 15);
  });

  test("text right of a number column is indented (no '80.21华东', no '1地级市')", () => {
    const ranks = block(sheet(layout, "groupRanks"), "ranks");
    const header = ranks.values[0] ?? [];
    const indentedColumns = ranks.styles
      .filter((s) => s.style === "indented")
      .map((s) => header[s.column]);
    const s =
      language === "zh"
        ? ["城市", "区域", "行政级别", "省份"]
        : ["City", "Region", "Level", "Province"];
    expect(indentedColumns).toEqual(s);
  });

  test("charts with up to 40 categories show every label, rotated when many", () => {
    const province = sheet(layout, "groups").charts.find((c) => c.key === "province.rate");
    expect(parseA1(province?.categoriesRange ?? "A1").rows).toBe(27); // 图表 22: 27 provinces
    expect(province?.showAllCategoryLabels).toBe(true);
    expect(province?.categoryLabelRotation).toBe(-90);
  });

  test("top-ten lists keep cities tied with the tenth (智慧服务: 广州 at 10.50)", () => {
    const services = sheet(layout, "dimension.services");
    const chart = services.charts.find((c) => c.key === "topTen");
    const cities = parseA1(chart?.categoriesRange ?? "A1");
    expect(cities.rows).toBeGreaterThan(10);
    const ranking = block(services, "ranking");
    const names = ranking.values.slice(1, 1 + cities.rows).map((r) => r[1]);
    expect(names).toContain(language === "zh" ? "广州" : "Guangzhou");
  });
});

describe("the source sheet", () => {
  test("is part of the layout, listed and linked in the contents, header row styled", () => {
    const dataset = dataset2015();
    const layout = buildSummaryLayout(evaluate(dataset), dataset, {
      source: { grid: grid2015(), headerRows: 1 },
    });
    const source = layout.sheets[layout.sheets.length - 1] as SheetLayout;
    expect(source.key).toBe("source");
    expect(source.name).toBe("源数据");
    const contents = block(sheet(layout, "about"), "contents");
    expect(contents.values.map((r) => r[0])).toContain("源数据");
    expect(contents.links?.some((l) => l.sheetKey === "source")).toBe(true);
    const grid = source.blocks[0];
    expect(grid?.styles[0]).toMatchObject({ row: 0, rows: 1, style: "header" });
    expect(grid?.values[1]?.slice(1, 3)).toEqual(["无锡", 4.7]); // "4.70" read as a number
    expect(grid?.numberFormats.some((f) => f.format === "0.00")).toBe(true);
    expect(source.print?.repeatRows).toEqual({ from: 0, to: 0 });
    // Headers over numbers right-aligned (rank, scores), the city's not.
    const right = (grid?.styles ?? []).filter((r) => r.style === "numberHeader");
    const covers = (c: number): boolean =>
      right.some((r) => r.row === 0 && c >= r.column && c < r.column + r.columns);
    expect([covers(0), covers(1), covers(2)]).toEqual([true, false, true]);
  });

  test("a hostile grid (one cell at XFD1048576) costs the cells present, not the bounding box", () => {
    const grid: (string | number)[][] = [];
    grid[0] = ["城市", "得分"];
    const far: (string | number)[] = [];
    far[16383] = "x";
    grid[1048575] = far;
    const started = Date.now();
    const s = sourceSheet({ grid, headerRows: 1 }, "源数据", "zh");
    const values = s.blocks[0]?.values ?? [];
    expect(Object.keys(values)).toEqual(["0", "1048575"]);
    expect(Object.keys(values[1048575] ?? [])).toEqual(["16383"]);
    expect(s.blocks[0]?.columns).toBe(16384);
    expect(s.blocks[0]?.rows).toBe(1048576);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe("the About sheet's totals rule", () => {
  test("one sentence a row, decimals kept whole", () => {
    const dataset = dataset2015();
    const evaluation = evaluate(dataset);
    // As the engine reports the official totals: 151 reported, 62 off by rounding.
    const official = Object.create(evaluation, {
      totalsSummary: {
        value: {
          source: "reported",
          reportedUsed: 151,
          differingByRounding: 62,
          differingBeyondRounding: 1,
        },
      },
    }) as typeof evaluation;
    const about = sheet(buildSummaryLayout(official, dataset, { language: "en" }), "about");
    const rule = about.blocks
      .filter((b) => b.key.startsWith("totals.rule"))
      .map((b) => b.values[0]?.[0]);
    expect(rule.length).toBeGreaterThan(0);
    expect(rule).toHaveLength(3);
    // The tolerance the engine applies (docs/method.md, "Totals"), stated with its formula.
    expect(rule[0]).toContain("0.005 × (scores + 1)");
    for (const line of rule) expect(String(line)).toMatch(/^[A-Z0-9].*\.$/u);
  });
});
