/**
 * `--sheets` (issue 12 "`--sheets` on the command line chooses sheets too"): the workbook holds
 * exactly the chosen summary sheets, chosen by key or by name in either language; "-name"
 * leaves one out; an unknown name or an empty choice is a usage error naming the choices.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { filesIn, runCli, tempDir } from "./helpers";

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((w) => w.name);
}

describe("smartcity summarize --sheets", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("keys and names in either language choose the sheets, in workbook order", async () => {
    const out = path.join(dir, "two.xlsx");
    const r = await runCli(
      ["summarize", "--out", out, "--lang", "en", "--sheets", "statistics,总排名,Statistics"],
      dir
    );
    expect(r.code).toBe(0);
    expect(await sheetNames(out)).toEqual(["Overall ranking", "Statistics"]);
    expect(r.stderr).toContain("2 sheets (Overall ranking, Statistics)");
  });

  test("-name leaves sheets out; 'dimensions' stands for every dimension sheet", async () => {
    const out = path.join(dir, "lean.xlsx");
    const r = await runCli(
      ["summarize", "--out", out, "--sheets", "-indicators,-dimensions,-editions"],
      dir
    );
    expect(r.code).toBe(0);
    expect(await sheetNames(out)).toEqual([
      "总排名",
      "统计分析",
      "分组比较",
      "组内排名",
      "说明",
      "源数据",
    ]);
  });

  test("the About sheet lists only the sheets written", async () => {
    const out = path.join(dir, "about.xlsx");
    expect((await runCli(["summarize", "--out", out, "--sheets", "overall,about"], dir)).code).toBe(
      0
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const texts: string[] = [];
    wb.getWorksheet("说明")?.eachRow((row) =>
      row.eachCell((c) => texts.push(typeof c.value === "string" ? c.value : ""))
    );
    expect(texts).toContain("总排名");
    expect(texts).not.toContain("指标排名");
  });

  test.each([
    [["--sheets", "overal"], "en", /no summary sheet "overal".*overall, statistics/],
    [["--sheets", "总排名x", "--lang", "zh"], "zh", /没有名为 "总排名x" 的汇总工作表/],
    [
      [
        "--sheets",
        "-overall,-statistics,-groups,-groupRanks,-dimensions,-indicators,-editions,-about,-source",
      ],
      "en",
      /leaves no sheet to write/,
    ],
  ])("%j is refused in plain words (exit 2, no file)", async (args, _language, message) => {
    const sub = fs.mkdtempSync(path.join(dir, "bad-"));
    const r = await runCli(["summarize", "--out", "x.xlsx", ...args], sub);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(filesIn(sub)).toEqual([]);
  });

  test("--sheets without --out is a usage error", async () => {
    const r = await runCli(["summarize", "--json", "--sheets", "overall"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--sheets chooses the sheets of the workbook; use it with --out.");
  });
});
