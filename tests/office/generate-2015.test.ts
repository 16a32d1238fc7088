/**
 * The whole job on the bundled 2015 data written into a fake workbook: every summary sheet's
 * cells equal the layout (and the golden files), with formats, tables, conditional formats,
 * charts and panes; the source sheet stays as it was; a second run leaves the same workbook;
 * a user's sheet with a summary name survives; text that looks like a formula stays text.
 */
import * as fs from "fs";
import * as path from "path";
import { cities2015, framework2015, grid2015 } from "../../src/engine/bundled";
import { evaluate } from "../../src/engine/evaluate";
import { readGrid } from "../../src/engine/table";
import { columnLetters } from "../../src/engine/text";
import { buildSummaryLayout, cellA1, parseA1 } from "../../src/layout";
import type { SheetLayout, SummaryLayout } from "../../src/layout";
import { generateSummary, type GenerateSuccess } from "../../src/office/generate";
import { TRACKING_KEY } from "../../src/office/sheet-plan";
import { writeSummary } from "../../src/office/write-summary";
import type { FakeExcel, SheetSnapshot, WorkbookSnapshot } from "../fakes/excel";
import { sheetDifferences, withFake } from "./helpers";

const SOURCE = "Scores";

/** The report's appendix with the report's own region, province and level columns appended. */
function sourceGrid(): (string | number)[][] {
  const meta = cities2015();
  const [header = [], ...rows] = grid2015();
  return [
    [...header, "区域", "省份", "行政级别"],
    ...rows.map((r) => {
      const m = meta.get(r[1] ?? "");
      return [...r, m?.region ?? "", m?.province ?? "", m?.level ?? ""];
    }),
  ];
}

/** The layout the job must write for a grid (what generateSummary computes, done independently). */
function expectedLayout(grid: (string | number)[][]): SummaryLayout {
  const dataset = readGrid(grid, framework2015(), {
    source: SOURCE,
    sheet: SOURCE,
    origin: { row: 0, column: 0 },
  });
  return buildSummaryLayout(evaluate(dataset), dataset);
}

async function run(fake: FakeExcel): Promise<GenerateSuccess> {
  const result = await generateSummary();
  if (!result.ok) throw new Error(result.message);
  void fake;
  return result;
}

function sheetNamed(snap: WorkbookSnapshot, name: string): SheetSnapshot {
  const found = snap.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The snapshot without the worksheet ids of the tracking record (new sheets get new ids). */
function withoutIds(snap: WorkbookSnapshot): WorkbookSnapshot {
  const record = snap.settings[TRACKING_KEY] as
    { sheets: Record<string, { id: string }> } | undefined;
  if (!record) return snap;
  const sheets = Object.fromEntries(
    Object.entries(record.sheets).map(([k, v]) => [k, { ...v, id: "<id>" }])
  );
  return { ...snap, settings: { ...snap.settings, [TRACKING_KEY]: { ...record, sheets } } };
}

describe("generateSummary on the 2015 appendix", () => {
  const grid = sourceGrid();
  const layout = expectedLayout(grid);
  let snap: WorkbookSnapshot;
  let sourceBefore: SheetSnapshot;
  let result: GenerateSuccess;

  beforeAll(async () => {
    await withFake({ sheets: [SOURCE] }, async (fake) => {
      fake.setCells(SOURCE, "A1", grid);
      sourceBefore = fake.snapshot({ sheets: [SOURCE] }).sheets[0] as SheetSnapshot;
      result = await run(fake);
      snap = fake.snapshot();
    });
  });

  test("writes one sheet per layout sheet, after the source, and activates the overall ranking", () => {
    expect(snap.sheets.map((s) => s.name)).toEqual([SOURCE, ...layout.sheets.map((s) => s.name)]);
    expect(result.sheets).toEqual(layout.sheets.map((s) => ({ key: s.key, name: s.name })));
    expect(snap.activeSheet).toBe("总排名");
    expect(result).toMatchObject({
      cities: 151,
      source: { sheet: SOURCE, address: "A1:W152" },
      issues: { error: 0 },
    });
  });

  test("the source sheet is identical before and after", () => {
    expect(sheetNamed(snap, SOURCE)).toEqual(sourceBefore);
  });

  test.each(layout.sheets.map((s) => [s.key, s] as [string, SheetLayout]))(
    "sheet %s: every block's cells and number formats equal the layout",
    (_, sheet) => {
      expect(sheetDifferences(sheetNamed(snap, sheet.name), sheet)).toEqual([]);
    }
  );

  test.each(layout.sheets.map((s) => [s.key, s] as [string, SheetLayout]))(
    "sheet %s: cells equal the golden file",
    (key, sheet) => {
      const golden = JSON.parse(
        fs.readFileSync(
          path.resolve(__dirname, "..", "golden", "summary-2015", `${key}.json`),
          "utf8"
        )
      ) as SheetLayout;
      const differences = sheetDifferences(sheetNamed(snap, sheet.name), golden, true);
      // The golden files are built from the bundled CSV; here the data comes from the sheet "Scores".
      const sourceCell = new RegExp(`^说明!B\\d+: expected "scores-2015.csv", found "${SOURCE}"$`);
      expect(differences.filter((d) => key !== "about" || !sourceCell.test(d))).toEqual([]);
    }
  );

  test("figures of the report land in the cells (图表 7, lines 539 and 560; line 713)", () => {
    const overall = sheetNamed(snap, "总排名");
    const ranking = layout.sheets[0]?.blocks.find((b) => b.key === "ranking");
    const row = (i: number): unknown[] =>
      Array.from(
        { length: ranking?.columns ?? 0 },
        (_, j) => overall.cells[cellA1((ranking?.row ?? 0) + i, (ranking?.column ?? 0) + j)]?.value
      );
    expect(row(1).slice(0, 2)).toEqual([1, "无锡"]); // line 539
    expect(row(151).slice(0, 2)).toEqual([151, "漯河"]); // line 560
    const stats = sheetNamed(snap, "统计分析");
    const distribution = layout.sheets[1]?.blocks.find((b) => b.key === "distribution");
    const countColumn = distribution?.values[0]?.indexOf("城市数") ?? -1;
    expect(countColumn).toBeGreaterThan(0);
    const counts = Array.from(
      { length: (distribution?.rows ?? 1) - 1 },
      (_, i) =>
        stats.cells[
          cellA1((distribution?.row ?? 0) + 1 + i, (distribution?.column ?? 0) + countColumn)
        ]?.value
    );
    expect(counts.slice(1, 7)).toEqual([30, 59, 33, 16, 6, 4]); // line 713: 20-30 … 70-80
  });

  test.each(layout.sheets.map((s) => [s.key, s] as [string, SheetLayout]))(
    "sheet %s: panes, widths, tab colour, tables, conditional formats",
    (_, sheet) => {
      const written = sheetNamed(snap, sheet.name);
      expect(written.freezePanes).toEqual(sheet.freeze ?? { rows: 0, columns: 0 });
      expect(written.tabColor).toBe(sheet.tabColor);
      sheet.columnWidths.forEach((chars, c) =>
        expect(written.columnWidths?.[columnLetters(c)] ?? 0).toBeGreaterThan(chars * 5)
      );
      expect(
        written.tables.map((t) => [t.name, t.range, t.style, t.showBandedRows, t.showFilterButton])
      ).toEqual(
        sheet.tables.map((t) => [
          t.name,
          `${sheet.name}!${t.range}`,
          t.style,
          t.showBandedRows,
          t.showFilterButton,
        ])
      );
      expect(written.conditionalFormats.map((f) => [f.type, f.range])).toEqual(
        sheet.conditionalFormats.map((f) => [
          f.type === "dataBar" ? "DataBar" : "ColorScale",
          `${sheet.name}!${f.range}`,
        ])
      );
    }
  );

  test("header cells carry the header style (bold, filled, bottom border)", () => {
    const header = sheetNamed(snap, "总排名").cells["A4"];
    expect(header?.style).toMatchObject({
      "font.bold": true,
      "fill.color": "#DDEBF7",
      "borders.EdgeBottom.style": "Continuous",
    });
  });

  test("tracking record: every summary sheet by key, and the source", () => {
    const record = snap.settings[TRACKING_KEY] as {
      sheets: Record<string, { name: string; id: string }>;
      source: string;
    };
    expect(Object.keys(record.sheets)).toEqual(layout.sheets.map((s) => s.key));
    for (const s of layout.sheets)
      expect(record.sheets[s.key]).toMatchObject({
        name: s.name,
        id: expect.stringMatching(/^\{/) as unknown,
      });
    expect(record.source).toBe(SOURCE);
  });

  describe("charts", () => {
    test.each(
      layout.sheets
        .filter((s) => s.charts.length > 0)
        .map((s) => [s.key, s] as [string, SheetLayout])
    )("sheet %s: every chart's series point at the cells that hold its data", (_, sheet) => {
      const written = sheetNamed(snap, sheet.name);
      const cellsOf = (address: string): unknown[] => {
        const r = parseA1(address.split("!")[1] ?? address);
        return Array.from(
          { length: r.rows },
          (_, i) => written.cells[cellA1(r.row + i, r.column)]?.value
        );
      };
      expect(written.charts.map((c) => c.name)).toEqual(sheet.charts.map((c) => c.key));
      for (const spec of sheet.charts) {
        const chart = written.charts.find((c) => c.name === spec.key);
        expect(chart?.props).toMatchObject({ title: { text: spec.title } });
        expect(chart?.position).toMatchObject({ start: spec.anchor.from, end: spec.anchor.to });
        expect(chart?.series.map((s) => s.name)).toEqual(spec.series.map((s) => s.name));
        spec.series.forEach((s, i) => {
          const series = chart?.series[i];
          expect(series?.values).toBe(`${sheet.name}!${s.valuesRange}`);
          expect(series?.xValues).toBe(`${sheet.name}!${spec.categoriesRange}`);
          // The cells behind the series: numbers, as many as categories, under a header with the series name.
          const values = cellsOf(series?.values ?? "");
          const categories = cellsOf(series?.xValues ?? "");
          expect(values.length).toBe(categories.length);
          // A line chart (the editions bump chart) leaves an empty cell where a city is absent.
          for (const v of values)
            if (!(spec.type === "line" && v === "")) expect(typeof v).toBe("number");
          for (const c of categories) expect(typeof c).toBe("string");
          expect(written.cells[s.nameRange]?.value).toBe(s.name);
        });
      }
    });

    test("the top-ten chart shows the ten leading cities' dimension scores (图表 12)", () => {
      const stats = sheetNamed(snap, "统计分析");
      const chart = stats.charts.find((c) => c.name === "topTen");
      const first = parseA1((chart?.series[0]?.values ?? "").split("!")[1] ?? "");
      const labels = parseA1((chart?.series[0]?.xValues ?? "").split("!")[1] ?? "");
      expect(stats.cells[cellA1(labels.row, labels.column)]?.value).toBe("无锡");
      expect(stats.cells[cellA1(first.row, first.column)]?.value).toBe(18.7); // 无锡 智慧基础设施, line 539
    });
  });
});

describe("running again", () => {
  test("a second run leaves the same workbook (sheets, cells, charts, settings but the new sheet ids)", async () => {
    await withFake({ sheets: [SOURCE] }, async (fake) => {
      fake.setCells(SOURCE, "A1", sourceGrid());
      const first = await run(fake);
      const once = fake.snapshot();
      const second = await run(fake);
      const twice = fake.snapshot();
      expect(withoutIds(twice)).toEqual(withoutIds(once));
      expect(second.replaced).toEqual(first.sheets.map((s) => s.name));
      expect(second.renamed).toEqual([]);
    });
  });

  test("started on a summary sheet, it reads the recorded source again", async () => {
    await withFake({ sheets: [SOURCE] }, async (fake) => {
      fake.setCells(SOURCE, "A1", sourceGrid());
      await run(fake);
      expect(fake.snapshot().activeSheet).toBe("总排名");
      fake.setCells(SOURCE, "C2", [[20]]); // 无锡's 基础网络建设水平 becomes 20, above its weight: one error
      const again = await generateSummary();
      expect(again).toMatchObject({ ok: true, source: { sheet: SOURCE }, issues: { error: 1 } });
    });
  });

  test("a user's sheet named like a summary sheet survives untouched, run after run", async () => {
    await withFake({ sheets: [SOURCE, "总排名"] }, async (fake) => {
      fake.setCells(SOURCE, "A1", sourceGrid());
      fake.setCells("总排名", "A1", [["my own notes"], ["=1+2"]]);
      const mine = fake.snapshot({ sheets: ["总排名"] }).sheets;
      fake.host.doc.active = fake.host.doc.findSheet(SOURCE) ?? null;
      const first = await run(fake);
      expect(first.renamed).toEqual([{ key: "overall", wanted: "总排名", name: "总排名 (2)" }]);
      expect(first.activated).toBe("总排名 (2)");
      const second = await run(fake);
      expect(second.replaced).toContain("总排名 (2)");
      expect(second.replaced).not.toContain("总排名");
      expect(fake.snapshot({ sheets: ["总排名"] }).sheets).toEqual(mine);
      expect(
        fake
          .snapshot()
          .sheets.map((s) => s.name)
          .filter((n) => n.startsWith("总排名"))
      ).toEqual(["总排名", "总排名 (2)"]);
    });
  });

  test("a run interrupted after creating its sheets is cleaned up by the next run", async () => {
    await withFake({ sheets: [SOURCE] }, async (fake) => {
      fake.setCells(SOURCE, "A1", sourceGrid());
      const layout = expectedLayout(sourceGrid());
      // A table over an impossible range makes the last sync fail, after the sheets exist.
      const broken: SummaryLayout = JSON.parse(JSON.stringify(layout)) as SummaryLayout;
      const overall = broken.sheets[0];
      if (overall?.tables[0]) overall.tables[0].range = "A0";
      await expect(
        Excel.run((context) => writeSummary(context, broken, { source: SOURCE }))
      ).rejects.toMatchObject({ code: "InvalidArgument" });
      expect(fake.snapshot().sheets.map((s) => s.name)).toContain("总排名");
      const again = await Excel.run((context) => writeSummary(context, layout, { source: SOURCE }));
      expect(again.renamed).toEqual([]);
      expect(again.replaced).toEqual(layout.sheets.map((s) => s.name));
      expect(fake.snapshot().sheets.map((s) => s.name)).toEqual([
        SOURCE,
        ...layout.sheets.map((s) => s.name),
      ]);
    });
  });

  test("a sheet the user renamed or recreated under a recorded name is not deleted", async () => {
    await withFake({ sheets: [SOURCE] }, async (fake) => {
      fake.setCells(SOURCE, "A1", sourceGrid());
      await run(fake);
      // The user deletes the summary's "统计分析" and makes a sheet of their own with that name.
      const doc = fake.host.doc;
      const stats = doc.findSheet("统计分析");
      if (stats) doc.deleteSheet(stats);
      fake.setCells("统计分析", "A1", [["mine"]]);
      doc.active = doc.findSheet(SOURCE) ?? null;
      const again = await run(fake);
      expect(again.renamed).toEqual([
        { key: "statistics", wanted: "统计分析", name: "统计分析 (2)" },
      ]);
      expect(fake.values("统计分析")).toEqual([["mine"]]);
    });
  });
});

describe("text that Excel would reinterpret", () => {
  test("a city named =1+1 (and -, +5, 12%, TRUE, #N/A) stays text", async () => {
    const grid = sourceGrid();
    const odd = ["=1+1", "-", "+5", "12%", "TRUE", "#N/A", "'quoted", "Mar 5"];
    odd.forEach((name, i) => {
      const row = grid[i + 1];
      if (row) row[1] = name;
    });
    // The source holds them as text too (typed with Excel's quote prefix).
    const typed = grid.map((row) =>
      row.map((v, c) => (c === 1 && odd.includes(String(v)) ? `'${v}` : v))
    );
    await withFake({ sheets: [SOURCE] }, async (fake) => {
      fake.setCells(SOURCE, "A1", typed);
      const result = await run(fake);
      const layout = expectedLayout(grid);
      const overall = fake.snapshot({ sheets: ["总排名"] }).sheets[0] as SheetSnapshot;
      expect(sheetDifferences(overall, layout.sheets[0] as SheetLayout)).toEqual([]);
      const cityCells = Object.values(overall.cells).filter(
        (c) => typeof c.value === "string" && odd.includes(c.value)
      );
      expect(cityCells.map((c) => c.value).sort()).toEqual([...odd].sort());
      for (const c of cityCells) expect(c).toMatchObject({ quotePrefix: true });
      for (const c of cityCells) expect(c.formula).toBeUndefined();
      expect(result.cities).toBe(151);
    });
  });
});
