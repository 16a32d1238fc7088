import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { filesIn, runCli, tempDir } from "./helpers";

describe("smartcity summarize --out", () => {
  it("writes the workbook, reports it on stderr and prints the top ten", async () => {
    const dir = tempDir();
    const result = await runCli(["summarize", "--out", "summary.xlsx"], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^Wrote summary\.xlsx \(\d+ KB\): 14 sheets \(总排名, .*历年对比, 说明, 源数据\), \d+ charts, 151 cities from the bundled scores-2015\.csv\.$/m
    );
    expect(result.stdout).toMatch(/前十名/);
    expect(filesIn(dir)).toEqual(["summary.xlsx"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "summary.xlsx"));
    expect(wb.worksheets[0]?.name).toBe("总排名");
    // The source sheet holds the input table from A1, numbers as numbers.
    const source = wb.getWorksheet("源数据");
    expect(source?.getCell("B1").value).toBe("city");
    expect(source?.getCell("B2").value).toBe("无锡");
    expect(source?.getCell("C2").value).toBe(4.7);
  });

  it("writes English sheet names with --lang en", async () => {
    const dir = tempDir();
    const result = await runCli(["summarize", "--out", "en.xlsx", "--lang", "en"], dir);
    expect(result.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "en.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toContain("Source data");
  });

  it("leaves nothing behind when the target cannot be written", async () => {
    const dir = tempDir();
    const missingFolder = await runCli(["summarize", "--out", "no/such/folder/summary.xlsx"], dir);
    expect(missingFolder.code).toBe(2);
    expect(missingFolder.stderr).toMatch(
      /no\/such\/folder\/summary\.xlsx: cannot write the workbook/
    );
    fs.mkdirSync(path.join(dir, "taken.xlsx")); // a folder where the file should go: rename fails
    const folder = await runCli(["summarize", "--out", "taken.xlsx"], dir);
    expect(folder.code).toBe(2);
    expect(filesIn(dir)).toEqual(["taken.xlsx"]);
    expect(fs.readdirSync(path.join(dir, "taken.xlsx"))).toEqual([]);
  });
});
