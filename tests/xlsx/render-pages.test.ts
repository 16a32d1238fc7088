/**
 * Both 2015 workbooks (Chinese and English, with the source sheet) printed by LibreOffice:
 * .xlsx → PDF (soffice) → PNG (pdftoppm). Writes the README's pictures
 * docs/screenshots/xlsx-{zh,en}-{ranking,about}.png (regenerated on every run, never hand-made)
 * and checks the printed pages: every sheet prints, with its title in the page header.
 * Needs `soffice`, `pdftotext` and `pdftoppm` (Debian: libreoffice-calc-nogui, poppler-utils).
 * Set RENDER_PAGES_DIR to keep every page as PNG for review.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { dataset2015, grid2015 } from "../../src/engine/bundled";
import { evaluate } from "../../src/engine/evaluate";
import { buildSummaryLayout, type Language, type SummaryLayout } from "../../src/layout";
import { writeSummaryWorkbook } from "../../src/xlsx/write";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "smartcity-pages-"));
const screenshots = path.resolve(__dirname, "..", "..", "docs", "screenshots");
const keep = process.env.RENDER_PAGES_DIR;

const run = (cmd: string, args: string[]): string =>
  execFileSync(cmd, args, { cwd: work, timeout: 240_000, maxBuffer: 1 << 28 }).toString("utf8");

function layoutIn(language: Language): SummaryLayout {
  const dataset = dataset2015();
  return buildSummaryLayout(evaluate(dataset), dataset, {
    language,
    source: { grid: grid2015(), headerRows: 1 },
  });
}

type Rendered = { layout: SummaryLayout; pdf: string; pages: string[] };
const rendered = new Map<Language, Rendered>();

beforeAll(async () => {
  for (const language of ["zh", "en"] as const) {
    const layout = layoutIn(language);
    const xlsx = path.join(work, `summary-${language}.xlsx`);
    await writeSummaryWorkbook(layout, xlsx);
    run("soffice", [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${work}/profile`,
      "--convert-to",
      "pdf",
      "--outdir",
      work,
      xlsx,
    ]);
    const pdf = path.join(work, `summary-${language}.pdf`);
    const pages = run("pdftotext", ["-layout", pdf, "-"]).split("\f");
    rendered.set(language, { layout, pdf, pages });
    if (keep) {
      fs.mkdirSync(keep, { recursive: true });
      fs.copyFileSync(pdf, path.join(keep, `${language}.pdf`));
      run("pdftoppm", ["-png", "-r", "60", pdf, path.join(keep, language)]);
    }
  }
}, 600_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** 1-based number of the first page whose text includes `text`. */
function pageWith(r: Rendered, text: string): number {
  const i = r.pages.findIndex((p) => p.includes(text));
  if (i < 0) throw new Error(`no page shows "${text}"`);
  return i + 1;
}

function picture(r: Rendered, page: number, file: string): void {
  const base = path.join(work, path.basename(file, ".png"));
  run("pdftoppm", [
    "-png",
    "-r",
    "80",
    "-f",
    String(page),
    "-l",
    String(page),
    "-singlefile",
    r.pdf,
    base,
  ]);
  fs.copyFileSync(`${base}.png`, path.join(screenshots, file));
}

describe.each(["zh", "en"] as const)("the %s workbook printed by LibreOffice", (language) => {
  test("every sheet prints, titled in its page header", () => {
    const r = rendered.get(language);
    if (!r) throw new Error("not rendered");
    for (const sheet of r.layout.sheets) {
      const header = sheet.print?.headerText ?? sheet.title;
      // pdftotext may wrap a long header: its first 12 characters identify it.
      expect(r.pages.some((p) => p.includes(header.slice(0, 12)))).toBe(true);
    }
  });

  test("pictures of the ranking and of the About sheet for the README", () => {
    const r = rendered.get(language);
    if (!r) throw new Error("not rendered");
    const s =
      language === "zh"
        ? { ranking: "无锡", about: "与已出版报告的差异" }
        : { ranking: "Wuxi", about: "Differences from the published report" };
    picture(r, pageWith(r, s.ranking), `xlsx-${language}-ranking.png`);
    picture(r, pageWith(r, s.about), `xlsx-${language}-about.png`);
    expect(fs.statSync(path.join(screenshots, `xlsx-${language}-about.png`)).size).toBeGreaterThan(
      10_000
    );
  });
});
