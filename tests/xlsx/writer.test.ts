import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { dataset2015, grid2015 } from "../../src/engine/bundled";
import { parseA1 } from "../../src/layout";
import type { SummaryLayout } from "../../src/layout";
import { renderSummaryXlsx, writeSummaryWorkbook } from "../../src/xlsx/write";
import {
  chartsBySheet,
  datasetOf,
  expectedFormats,
  generatedGrid,
  isWellFormed,
  layoutOf,
  layoutValue,
  plainValue,
  rangeInLayout,
  splitRef,
  worksheetParts,
} from "./helpers";

type Rendered = { layout: SummaryLayout; buffer: Buffer; workbook: ExcelJS.Workbook; zip: JSZip };

async function render(
  layout: SummaryLayout,
  source?: { grid: (string | number)[][]; headerRows: number }
): Promise<Rendered> {
  const { buffer } = await renderSummaryXlsx(layout, source ? { source } : {});
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return { layout, buffer, workbook, zip: await JSZip.loadAsync(buffer) };
}

/** Every block cell reads back as the layout value, with the layout's number format. */
function expectSameCells({ layout, workbook }: Rendered): void {
  for (const sheet of layout.sheets) {
    const ws = workbook.getWorksheet(sheet.name);
    expect(ws).toBeDefined();
    const formats = expectedFormats(sheet);
    const mismatches: string[] = [];
    for (const b of sheet.blocks) {
      for (let i = 0; i < b.rows; i++) {
        for (let j = 0; j < b.columns; j++) {
          const expected = b.values[i]?.[j] ?? null;
          const cell = ws!.getCell(b.row + i + 1, b.column + j + 1);
          const actual = plainValue(cell.value);
          if (actual !== expected)
            mismatches.push(
              `${sheet.name}!${cell.address}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`
            );
          const format = formats.get(`${b.row + i},${b.column + j}`);
          if (format !== undefined && expected !== null && cell.numFmt !== format)
            mismatches.push(`${sheet.name}!${cell.address}: format ${cell.numFmt} ≠ ${format}`);
        }
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  }
}

function expectSheetSettings({ layout, workbook }: Rendered): void {
  expect(workbook.worksheets.slice(0, layout.sheets.length).map((w) => w.name)).toEqual(
    layout.sheets.map((s) => s.name)
  );
  for (const sheet of layout.sheets) {
    const ws = workbook.getWorksheet(sheet.name)!;
    sheet.columnWidths.forEach((w, c) => expect(ws.getColumn(c + 1).width).toBeCloseTo(w, 2));
    if (sheet.freeze) {
      expect(ws.views[0]).toMatchObject({
        state: "frozen",
        xSplit: sheet.freeze.columns,
        ySplit: sheet.freeze.rows,
      });
    }
    if (sheet.tabColor)
      expect(ws.properties.tabColor?.argb).toBe(`FF${sheet.tabColor.slice(1).toUpperCase()}`);
  }
}

async function expectTablesAndFormats({ layout, zip }: Rendered): Promise<void> {
  const parts = await worksheetParts(zip);
  const tableXml = await Promise.all(
    Object.keys(zip.files)
      .filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f))
      .map((f) => zip.file(f)!.async("string"))
  );
  const written = new Map(
    tableXml.map((x) => [/ name="([^"]+)"/.exec(x)?.[1], / ref="([^"]+)"/.exec(x)?.[1]])
  );
  const expected = layout.sheets.flatMap((s) => s.tables.filter((t) => parseA1(t.range).rows > 1));
  expect(written.size).toBe(expected.length);
  for (const t of expected) expect(written.get(t.name)).toBe(t.range);
  for (const x of tableXml) expect(x).not.toMatch(/totalsRowLabel|totalsRowShown="1"/);
  for (const sheet of layout.sheets) {
    const xml = await zip.file(parts.get(sheet.name)!)!.async("string");
    expect((xml.match(/<conditionalFormatting /g) ?? []).length).toBe(
      sheet.conditionalFormats.length
    );
    expect(xml).not.toMatch(/<f[ >]/); // text is never written as a formula
  }
}

/** Chart parts: one per layout chart, well-formed, referencing the layout's ranges with its values cached. */
async function expectCharts({ layout, zip }: Rendered): Promise<void> {
  const bySheet = await chartsBySheet(zip);
  for (const sheet of layout.sheets) {
    const charts = bySheet.get(sheet.name) ?? [];
    expect(charts).toHaveLength(sheet.charts.length);
    charts.forEach(({ xml }, k) => {
      const spec = sheet.charts[k]!;
      expect(isWellFormed(xml)).toBe(true);
      expect(xml).toContain(
        `<a:t>${spec.title.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</a:t>`
      );
      const refs = [...xml.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) =>
        splitRef((m[1] as string).replace(/&apos;/g, "'").replace(/&amp;/g, "&"))
      );
      expect(refs.length).toBe(spec.series.length * 3); // name, categories, values per series
      for (const ref of refs) {
        expect(ref.sheet).toBe(sheet.name);
        expect(rangeInLayout(sheet, ref.range)).toBe(true);
      }
      const wanted = spec.series.flatMap((s) =>
        [s.nameRange, spec.categoriesRange, s.valuesRange].map((r) => parseA1(r))
      );
      expect(refs.map((r) => parseA1(r.range))).toEqual(wanted);
      // The value cache holds the layout's numbers.
      const first = spec.series[0]!;
      const cache =
        /<c:val><c:numRef><c:f>[^<]+<\/c:f><c:numCache>(.*?)<\/c:numCache>/.exec(xml)?.[1] ?? "";
      const r = parseA1(first.valuesRange);
      const cached = [...cache.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]+)<\/c:v>/g)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      for (const [idx, v] of cached)
        expect(v).toBe(layoutValue(sheet, r.row + (idx as number), r.column));
      expect(cached.length).toBeGreaterThan(0);
    });
  }
  for (const [, charts] of bySheet) expect(charts.length).toBeGreaterThan(0);
}

describe("summary of the 2015 data", () => {
  let rendered: Rendered;
  beforeAll(async () => {
    const dataset = dataset2015();
    rendered = await render(layoutOf(dataset), { grid: grid2015(), headerRows: 1 });
  });

  it("reads back with the layout's cells and number formats", () => expectSameCells(rendered));
  it("keeps sheet order, column widths, frozen panes and tab colours", () =>
    expectSheetSettings(rendered));
  it("writes the layout's tables and conditional formats, and no formulas", () =>
    expectTablesAndFormats(rendered));
  it("writes every chart as a native chart bound to the layout's ranges", () =>
    expectCharts(rendered));

  it("has well-formed XML in every part", async () => {
    for (const name of Object.keys(rendered.zip.files).filter((f) => /\.(xml|rels)$/.test(f))) {
      expect([name, isWellFormed(await rendered.zip.file(name)!.async("string"))]).toEqual([
        name,
        true,
      ]);
    }
  });

  it("adds the source data as its own last sheet, as read", () => {
    const source = rendered.workbook.worksheets[rendered.workbook.worksheets.length - 1]!;
    expect(source.name).toBe("源数据");
    expect(source.getCell("B2").value).toBe("无锡");
    expect(source.getCell("T2").value).toBe(80.2); // 图表 6, line 540: 无锡 80.20
    expect(source.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("writes internal links with a location and no dangling relationship", async () => {
    const about = rendered.layout.sheets.find((s) => s.key === "about")!;
    const part = (await worksheetParts(rendered.zip)).get(about.name)!;
    const xml = await rendered.zip.file(part)!.async("string");
    const links = [...xml.matchAll(/<hyperlink [^>]*>/g)].map((m) => m[0]);
    expect(links.length).toBe(about.blocks.reduce((n, b) => n + (b.links?.length ?? 0), 0));
    for (const link of links) {
      expect(link).toMatch(/location="&apos;[^"]+&apos;!A1"/);
      expect(link).not.toMatch(/r:id/);
    }
  });
});

describe("a generated 2,000-city dataset", () => {
  let rendered: Rendered;
  beforeAll(async () => {
    const grid = generatedGrid(2000);
    rendered = await render(layoutOf(datasetOf(grid), "en"), { grid, headerRows: 1 });
  }, 120_000);

  it("reads back with the layout's cells and number formats", () => expectSameCells(rendered));
  it("keeps sheet settings", () => expectSheetSettings(rendered));
  it("writes tables, conditional formats and no formulas", () => expectTablesAndFormats(rendered));
  it("writes the charts", () => expectCharts(rendered));
});

describe("text that looks like a formula", () => {
  it("stays text: cities named =1+1, +86, -, @x", async () => {
    const grid = generatedGrid(6);
    const names = ["=1+1", "+86", "-", "@x", '=HYPERLINK("http://x")', "'quoted"];
    names.forEach((name, k) => ((grid[k + 1] as (string | number)[])[0] = name));
    const rendered = await render(layoutOf(datasetOf(grid)), { grid, headerRows: 1 });
    expectSameCells(rendered);
    await expectTablesAndFormats(rendered);
    const overall = rendered.workbook.worksheets[0]!;
    const cities: unknown[] = [];
    overall.eachRow((row) => row.eachCell((cell) => cities.push(cell.value)));
    for (const name of names) expect(cities).toContain(name);
  });
});

describe("writeSummaryWorkbook", () => {
  const layout = (): SummaryLayout => layoutOf(datasetOf(generatedGrid(20)));

  it("writes the file and reports sheets, charts and bytes", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "smartcity-xlsx-"));
    const file = path.join(dir, "out.xlsx");
    const written = await writeSummaryWorkbook(layout(), file);
    expect(fs.readdirSync(dir)).toEqual(["out.xlsx"]);
    expect(written.bytes).toBe(fs.statSync(file).size);
    expect(written.charts).toBe(layout().sheets.reduce((n, s) => n + s.charts.length, 0));
  });

  it("leaves no file when rendering fails", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "smartcity-xlsx-"));
    const broken = layout();
    const sheet = broken.sheets.find((s) => s.charts.length > 0)!;
    sheet.charts[0] = { ...sheet.charts[0]!, categoriesRange: "not a range" };
    await expect(writeSummaryWorkbook(broken, path.join(dir, "out.xlsx"))).rejects.toThrow(/A1/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("leaves no temp file when the rename fails", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "smartcity-xlsx-"));
    fs.mkdirSync(path.join(dir, "out.xlsx"));
    await expect(writeSummaryWorkbook(layout(), path.join(dir, "out.xlsx"))).rejects.toThrow();
    expect(fs.readdirSync(dir)).toEqual(["out.xlsx"]);
  });
});
