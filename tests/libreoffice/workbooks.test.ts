/**
 * Every kind of workbook the project writes, opened by an independent reader (issue 10, "Tests"):
 * LibreOffice converts each sheet of each workbook to CSV (one soffice run for all files, as its
 * start-up is slow) and the test finds the sheets and the cities each sheet should hold.
 * Workbooks: the 2015 summary in Chinese and English, with computed totals, with scenario
 * weights, a small custom framework, robustness (uncertainty), a city profile, editions compared,
 * and hostile city names through the .xlsx writer.
 * Needs `soffice` (Debian: libreoffice-calc-nogui).
 */
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";
import { grid2015 } from "../../src/engine/bundled";
import { writeSummaryWorkbook } from "../../src/xlsx/write";
import { csv2015, runCli, tempDir } from "../cli/helpers";
import { block, layout2015, sheet } from "../layout/helpers";
import { datasetOf, generatedGrid, layoutOf } from "../xlsx/helpers";
import { parseCsv } from "./csv";

const work = tempDir();
const csvDir = path.join(work, "csv");

/** City names of the bundled 2015 table (appendix, 151 rows) in Chinese and in English. */
const CITIES_ZH = grid2015()
  .slice(1)
  .map((r) => String(r[1]));
/** The report's top 20 (appendix rows 1-20): the smaller workbooks' table. */
const FIRST_20 = CITIES_ZH.slice(0, 20);
const CITIES_EN = block(sheet(layout2015("en"), "overall"), "ranking")
  .values.slice(1)
  .map((r) => String(r[1]));

/** Hostile city names (issue 10): control characters, U+FFFE, a lone surrogate, markup, a formula. */
const HOSTILE = ["Zero\u0000City", "Bad\ufffeName", "Lone\ud800Half", "<b>&amp;</b>", "=1+1"];
/** What a reader shows for them: characters XML forbids become U+FFFD. */
const HOSTILE_SHOWN = HOSTILE.map((name) =>
  ["\u0000", "\ufffe", "\ud800"].reduce((t, bad) => t.split(bad).join("\ufffd"), name)
);

const MINI_FRAMEWORK = {
  name: "Mini Index",
  dimensions: [
    {
      name: "Mobility",
      indicators: [
        { name: "Transit", weight: 10 },
        { name: "Cycling", weight: 5 },
      ],
    },
    { name: "Energy", indicators: [{ name: "Solar", weight: 10 }] },
  ],
};
const MINI_CITIES = ["Alphaville", "Beta Town", "Gamma City"];

/** Workbook → the sheets it must have, each with the cities LibreOffice must find in it. */
type Expectation = Record<string, readonly string[]>;
const SHEETS_ZH = [
  "总排名",
  "组内排名",
  "智慧基础设施",
  "智慧管理",
  "智慧服务",
  "指标排名",
  "源数据",
];
const SHEETS_EN = [
  "Overall ranking",
  "Ranks within groups",
  "Smart Infrastructure",
  "Smart Governance",
  "Indicator rankings",
];
const TOP_THREE = ["无锡", "上海", "北京"];
const expected: Record<string, Expectation> = {
  zh: {
    ...Object.fromEntries(SHEETS_ZH.map((s) => [s, CITIES_ZH])),
    统计分析: TOP_THREE,
    分组比较: [],
    历年对比: ["无锡"],
    说明: [],
  },
  en: {
    ...Object.fromEntries(SHEETS_EN.map((s) => [s, CITIES_EN])),
    // The ranking keeps the name as given beside the English one.
    "Overall ranking": [...CITIES_EN, ...CITIES_ZH],
    Statistics: ["Wuxi", "Shanghai", "Beijing"],
    Groups: [],
    Editions: ["Wuxi"],
    About: [],
    "Source data": CITIES_ZH,
  },
  computed: { 总排名: FIRST_20, 源数据: FIRST_20, 说明: [] },
  weights: { 总排名: FIRST_20, 智慧基础设施: FIRST_20, 说明: [] },
  custom: {
    "Overall ranking": MINI_CITIES,
    Mobility: MINI_CITIES,
    Energy: MINI_CITIES,
    "Source data": MINI_CITIES,
  },
  uncertainty: { 稳健性分析: CITIES_ZH },
  profile: { "画像-无锡": ["无锡"] },
  editions: { 历年对比: TOP_THREE },
  hostile: { "Overall ranking": HOSTILE_SHOWN, "Source data": HOSTILE_SHOWN },
};

async function cli(args: string[]): Promise<void> {
  const result = await runCli(args, work);
  if (result.code !== 0) throw new Error(`${args.join(" ")}: exit ${result.code} ${result.stderr}`);
}

/** Sheets of `workbook` as LibreOffice exported them: sheet name → rows. */
function sheetsOf(workbook: string): Map<string, string[][]> {
  const prefix = `${workbook}-`;
  const sheets = new Map<string, string[][]>();
  for (const file of fs.readdirSync(csvDir))
    if (file.startsWith(prefix) && file.endsWith(".csv"))
      sheets.set(
        file.slice(prefix.length, -4),
        parseCsv(fs.readFileSync(path.join(csvDir, file), "utf8"))
      );
  return sheets;
}

beforeAll(async () => {
  fs.writeFileSync(path.join(work, "scores-2015.csv"), csv2015());
  fs.writeFileSync(
    path.join(work, "top-20.csv"),
    csv2015((rows) => rows.splice(21))
  );
  fs.writeFileSync(
    path.join(work, "top-2014.csv"),
    "排名,城市,总分\n1,无锡,80.2\n2,上海,80.05\n3,北京,79.72\n"
  );
  fs.writeFileSync(path.join(work, "mini.json"), JSON.stringify(MINI_FRAMEWORK));
  fs.writeFileSync(
    path.join(work, "mini.csv"),
    `City,Transit,Cycling,Solar\n${MINI_CITIES.map((c, i) => `${c},${8 - i},${3 + i},${9 - 3 * i}`).join("\n")}\n`
  );
  await cli(["summarize", "--out", "zh.xlsx"]);
  await cli(["summarize", "--lang", "en", "--out", "en.xlsx"]);
  await cli(["summarize", "top-20.csv", "--totals", "computed", "--out", "computed.xlsx"]);
  await cli(["summarize", "top-20.csv", "--weights", "智慧基础设施=30", "--out", "weights.xlsx"]);
  await cli(["summarize", "mini.csv", "--framework", "mini.json", "--out", "custom.xlsx"]);
  await cli(["uncertainty", "--runs", "40", "--out", "uncertainty.xlsx"]);
  await cli(["profile", "无锡", "--out", "profile.xlsx"]);
  await cli(["compare", "top-2014.csv", "scores-2015.csv", "--out", "editions.xlsx"]);
  const grid = generatedGrid(8);
  HOSTILE.forEach((name, k) => ((grid[k + 1] as (string | number)[])[0] = name));
  await writeSummaryWorkbook(layoutOf(datasetOf(grid), "en"), path.join(work, "hostile.xlsx"), {
    source: { grid, headerRows: 1 },
  });
  // One CSV per sheet ("-1"), comma separated, UTF-8 (76), whatever the system locale.
  execFileSync(
    "soffice",
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${work}/profile`,
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      csvDir,
      ...Object.keys(expected).map((name) => path.join(work, `${name}.xlsx`)),
    ],
    { cwd: work, timeout: 240_000, stdio: "pipe" }
  );
}, 300_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe.each(Object.keys(expected))("the %s workbook read by LibreOffice", (workbook) => {
  test("has its sheets, each holding the cities it should", () => {
    const sheets = sheetsOf(workbook);
    const want = expected[workbook] ?? {};
    for (const [name, cities] of Object.entries(want)) {
      const rows = sheets.get(name);
      expect([name, rows !== undefined]).toEqual([name, true]);
      const cells = new Set((rows ?? []).flat().map((c) => c.trim()));
      const missing = cities.filter((c) => !cells.has(c));
      expect([name, missing]).toEqual([name, []]);
    }
  });
});

test("the Chinese and English summaries have the same sheets, none empty", () => {
  for (const workbook of ["zh", "en"]) {
    const sheets = sheetsOf(workbook);
    expect(sheets.size).toBe(14);
    for (const [name, rows] of sheets) expect([name, rows.length > 1]).toEqual([name, true]);
  }
});
