/**
 * Issue 12 "LibreOffice opens the 20,000-city workbook in CI": the summary of 20,000 synthetic
 * cities (every sheet, the source sheet included, as `smartcity summarize --out` writes it) is
 * opened by LibreOffice Calc (headless), which exports every sheet to CSV; the ranking lists
 * every city in rank order, the indicator rankings hold every city, and the source sheet gives
 * back the input's cities in input order. Needs `soffice` (see libreoffice.test.ts).
 */
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { syntheticGrid } from "../../bench/synthetic";
import { framework2015 } from "../../src/engine/bundled";
import { evaluate } from "../../src/engine/evaluate";
import { readGrid } from "../../src/engine/table";
import { buildSummaryLayout } from "../../src/layout";
import { writeSummaryWorkbook } from "../../src/xlsx/write";

const CITIES = 20_000;
const work = fs.mkdtempSync(path.join(os.tmpdir(), "smartcity-lo20k-"));
const xlsx = path.join(work, "big.xlsx");
const grid = syntheticGrid(CITIES);
const { mapping: _mapping, ...dataset } = readGrid(grid, framework2015(), { source: "big.csv" });
const evaluation = evaluate(dataset);
const layout = buildSummaryLayout(evaluation, dataset, { source: { grid, headerRows: 1 } });
let csvFiles: string[] = [];

/** Lines of the CSV LibreOffice exported for sheet `name`. */
function sheetLines(name: string): string[] {
  const file = path.join(work, `big-${name}.csv`);
  return fs.readFileSync(file, "utf8").split(/\r?\n/);
}

beforeAll(async () => {
  await writeSummaryWorkbook(layout, xlsx);
  // Every sheet to its own CSV (last token -1), comma separated, UTF-8, formatted as shown.
  execFileSync(
    "soffice",
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${work}/profile`,
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      work,
      xlsx,
    ],
    { cwd: work, timeout: 280_000, stdio: "pipe" }
  );
  csvFiles = fs.readdirSync(work).filter((f) => f.endsWith(".csv"));
}, 300_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe("LibreOffice opens the 20,000-city workbook", () => {
  test("every sheet is exported", () => {
    expect(csvFiles.sort()).toEqual(layout.sheets.map((s) => `big-${s.name}.csv`).sort());
  });

  test("the overall ranking lists every city once, in rank order", () => {
    const { order, city } = evaluation.columns;
    const expected = Array.from(order, (k) => city[k] as string);
    const rows = sheetLines("总排名")
      .filter((l) => /^\d+,测试城市\d{6},/.test(l))
      .map((l) => l.split(","));
    expect(rows).toHaveLength(CITIES);
    expect(rows.map((r) => r[1])).toEqual(expected);
    expect(rows.map((r) => Number(r[0]))).toEqual(
      Array.from(order, (k) => evaluation.columns.rank[k])
    );
  });

  test("the indicator rankings hold every city under each of the 16 indicators", () => {
    const rows = sheetLines("指标排名").filter((l) => /^\d+,测试城市\d{6},/.test(l));
    expect(rows).toHaveLength(CITIES);
    const blocks = (rows[0] ?? "").match(/测试城市\d{6}/g) ?? [];
    expect(blocks).toHaveLength(framework2015().indicators.length);
  });

  test("the source sheet gives back the input's cities in input order", () => {
    const cities = sheetLines("源数据")
      .filter((l) => /^测试城市\d{6},/.test(l))
      .map((l) => l.split(",")[0]);
    expect(cities).toEqual(grid.slice(1).map((r) => r[0]));
  });
});
