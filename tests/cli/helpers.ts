/** Runs the command line in-process and builds input files in a temp folder. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/main";
import { framework2015, grid2015 } from "../../src/engine/bundled";

export type CliResult = { code: number; stdout: string; stderr: string };

export async function runCli(args: string[], cwd: string): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "smartcity-cli-"));
}

/** Names of the files in a folder (to check that nothing, not even a temp file, was left). */
export const filesIn = (dir: string): string[] => fs.readdirSync(dir).sort();

/** The bundled 2015 table (header + 151 rows) as CSV text, optionally edited first. */
export function csv2015(edit?: (rows: string[][]) => void): string {
  const rows = grid2015().map((r) => [...r]);
  edit?.(rows);
  return (
    rows
      .map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(","))
      .join("\n") + "\n"
  );
}

/** Writes an .xlsx whose first (or named) sheet holds `rows` from A1. */
export async function writeXlsx(
  file: string,
  sheets: { name: string; rows: ExcelJS.CellValue[][] }[]
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
  }
  await wb.xlsx.writeFile(file);
}

/** Indicator names of the 2015 framework in order. */
export const indicatorNames = (): string[] => framework2015().indicators.map((i) => i.name);
