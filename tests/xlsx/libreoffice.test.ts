/**
 * The written workbook opened by real spreadsheet software: LibreOffice Calc (headless) converts
 * it to PDF without errors, the PDF holds the sheets' titles, and a LibreOffice round trip back to
 * .xlsx still has native chart parts referencing the same ranges. Also renders the first page of
 * the overall ranking and a chart page to docs/screenshots/ for the README.
 * Needs `soffice` and `pdftotext`/`pdftoppm` (Debian: libreoffice-calc-nogui, poppler-utils; .ci/run installs them).
 */
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import JSZip from "jszip";
import { dataset2015 } from "../../src/engine/bundled";
import { writeSummaryWorkbook } from "../../src/xlsx/write";
import { datasetOf, generatedGrid, layoutOf } from "./helpers";

const have = (cmd: string): boolean => {
  try {
    execFileSync("sh", ["-c", `command -v ${cmd}`]);
    return true;
  } catch {
    return false;
  }
};

const work = fs.mkdtempSync(path.join(os.tmpdir(), "smartcity-lo-"));
const soffice = (args: string[]): void => {
  execFileSync(
    "soffice",
    ["--headless", "--norestore", `-env:UserInstallation=file://${work}/profile`, ...args],
    {
      cwd: work,
      timeout: 240_000,
      stdio: "pipe",
    }
  );
};
const layout = layoutOf(dataset2015());
const xlsx = path.join(work, "summary.xlsx");
/** Hostile city names (issue 10): control characters, U+FFFE, a lone surrogate, markup, a formula. */
const HOSTILE = [
  "Zero\u0000City",
  "Bad\ufffeName",
  "Lone\ud800Half",
  "<b>&amp;</b>",
  "=1+1",
  "_x0041_",
];
const hostileXlsx = path.join(work, "hostile.xlsx");

beforeAll(async () => {
  if (!have("soffice") || !have("pdftotext")) {
    throw new Error(
      "LibreOffice and poppler are needed: apt-get install libreoffice-calc-nogui poppler-utils"
    );
  }
  await writeSummaryWorkbook(layout, xlsx);
  const grid = generatedGrid(8);
  HOSTILE.forEach((name, k) => ((grid[k + 1] as (string | number)[])[0] = name));
  await writeSummaryWorkbook(layoutOf(datasetOf(grid), "en"), hostileXlsx, {
    source: { grid, headerRows: 1 },
  });
  // CSV of the first sheet, comma separated, UTF-8 (charset 76), whatever the system locale.
  soffice([
    "--convert-to",
    "csv:Text - txt - csv (StarCalc):44,34,76",
    "--outdir",
    work,
    hostileXlsx,
  ]);
  soffice(["--convert-to", "pdf", "--outdir", work, xlsx]);
  fs.mkdirSync(path.join(work, "roundtrip"));
  soffice(["--convert-to", "xlsx", "--outdir", path.join(work, "roundtrip"), xlsx]);
}, 300_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const pdf = (): string => path.join(work, "summary.pdf");
const pageTexts = (): string[] =>
  execFileSync("pdftotext", ["-layout", pdf(), "-"], { maxBuffer: 1 << 28 })
    .toString("utf8")
    .split("\f");

test("LibreOffice converts the workbook to PDF, and the PDF shows every sheet's title", () => {
  expect(fs.statSync(pdf()).size).toBeGreaterThan(10_000);
  const text = pageTexts().join("\n").replace(/\s+/g, "");
  for (const sheet of layout.sheets)
    expect([sheet.key, text.includes(sheet.title.replace(/\s+/g, ""))]).toEqual([sheet.key, true]);
  expect(text).toContain("无锡");
});

test("LibreOffice reads the cities of a workbook with hostile names, repaired", () => {
  const csv = fs.readFileSync(path.join(work, "hostile.csv"), "utf8");
  for (const name of HOSTILE) {
    const repaired = ["\u0000", "\ufffe", "\ud800"].reduce(
      (t, bad) => t.split(bad).join("\ufffd"),
      name
    );
    expect([name, csv.includes(repaired)]).toEqual([name, true]);
  }
});

test("after a LibreOffice round trip the charts are still native charts over the same ranges", async () => {
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(work, "roundtrip", "summary.xlsx")));
  const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
  const expected = layout.sheets.reduce((n, s) => n + s.charts.length, 0);
  expect(charts.length).toBe(expected);
  const formulas = new Set<string>();
  for (const f of charts) {
    const xml = await zip.file(f)!.async("string");
    for (const m of xml.matchAll(/<c:f>([^<]+)<\/c:f>/g))
      formulas.add((m[1] as string).replace(/\$/g, "").replace(/&apos;/g, "'"));
  }
  // Every series of the layout is still bound to its cells (sheet-qualified, as LibreOffice writes them).
  for (const sheet of layout.sheets) {
    for (const chart of sheet.charts) {
      for (const s of chart.series) {
        const wanted = s.valuesRange.replace(/\$/g, "");
        expect([chart.key, s.name, [...formulas].some((f) => f.endsWith(`!${wanted}`))]).toEqual([
          chart.key,
          s.name,
          true,
        ]);
      }
    }
  }
});

test("renders the overall ranking's first page and a chart page to docs/screenshots", () => {
  const pages = pageTexts();
  const compact = pages.map((p) => p.replace(/\s+/g, ""));
  const overall = layout.sheets.find((s) => s.key === "overall")!;
  const firstOverall = compact.findIndex((p) => p.includes(overall.title.replace(/\s+/g, "")));
  const statistics = layout.sheets.find((s) => s.key === "statistics")!;
  const chartTitle = statistics.charts[0]?.title.replace(/\s+/g, "") ?? statistics.title;
  const chartPage = compact.findIndex((p) => p.includes(chartTitle));
  expect(firstOverall).toBeGreaterThanOrEqual(0);
  const out = path.join(__dirname, "..", "..", "docs", "screenshots");
  fs.mkdirSync(out, { recursive: true });
  const render = (page: number, name: string): void => {
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "110",
      "-f",
      String(page + 1),
      "-l",
      String(page + 1),
      "-singlefile",
      pdf(),
      path.join(out, name),
    ]);
    expect(fs.statSync(path.join(out, `${name}.png`)).size).toBeGreaterThan(5_000);
  };
  render(firstOverall, "xlsx-overall-ranking");
  render(Math.max(chartPage, 0), "xlsx-chart");
});
