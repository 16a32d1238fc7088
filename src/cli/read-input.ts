/**
 * Reads the command line's inputs (framework JSON, .csv or .xlsx score table, or the bundled 2015
 * data) into an engine Dataset. Unreadable input comes back as one message naming the file (and
 * sheet, row, column where they apply); validation problems stay in `dataset.issues`.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { dataset2015, framework2015, grid2015 } from "../engine/bundled";
import { parseCsv } from "../engine/csv";
import { parseFramework } from "../engine/framework";
import { detectTable, readGrid, type Cell, type ColumnMapping } from "../engine/table";
import { columnLetters } from "../engine/text";
import type { Dataset, Framework } from "../engine/types";

/** `grid`: the table as read (for the workbook's source sheet); `mapping`: where its header and data are. */
export type InputResult =
  | {
      ok: true;
      dataset: Dataset;
      grid: Cell[][];
      mapping: ColumnMapping | null;
      sheet: string | null;
    }
  | { ok: false; message: string };
type FrameworkRead = { ok: true; framework: Framework } | { ok: false; message: string };

/** What the command reads: file names as typed (used in messages), resolved against `cwd`. */
export type InputRequest = {
  input?: string;
  framework?: string;
  sheet?: string;
  precise?: boolean;
  cwd: string;
};

/** Reads and validates a framework JSON file. */
export async function readFrameworkFile(file: string, cwd: string): Promise<FrameworkRead> {
  let text: string;
  try {
    text = await fs.readFile(path.resolve(cwd, file), "utf8");
  } catch (e) {
    return { ok: false, message: `${file}: cannot read the framework file (${systemReason(e)}).` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/u, ""));
  } catch (e) {
    return { ok: false, message: `${file}: not valid JSON (${(e as Error).message}).` };
  }
  const parsed = parseFramework(json);
  if (!parsed.ok)
    return { ok: false, message: `${file}: invalid framework:\n  ${parsed.errors.join("\n  ")}` };
  return { ok: true, framework: parsed.framework };
}

/** Reads the score table named by the request (or the bundled 2015 data) against its framework. */
export async function readInput(request: InputRequest): Promise<InputResult> {
  let framework = framework2015();
  if (request.framework !== undefined) {
    const read = await readFrameworkFile(request.framework, request.cwd);
    if (!read.ok) return read;
    framework = read.framework;
  }
  const file = request.input;
  if (file === undefined) {
    if (request.framework === undefined) {
      const grid = grid2015(request.precise);
      return {
        ok: true,
        dataset: dataset2015(request.precise),
        grid,
        mapping: detectTable(grid, framework),
        sheet: null,
      };
    }
    const source = `bundled ${request.precise ? "scores-2015-precise.csv" : "scores-2015.csv"}`;
    return fromGrid(grid2015(request.precise), framework, source, undefined);
  }
  const ext = path.extname(file).toLowerCase();
  if (ext !== ".csv" && ext !== ".xlsx")
    return {
      ok: false,
      message: `${file}: unsupported file type "${ext || "(none)"}"; use .csv or .xlsx.`,
    };
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path.resolve(request.cwd, file));
  } catch (e) {
    return { ok: false, message: `${file}: cannot read the file (${systemReason(e)}).` };
  }
  if (ext === ".csv") {
    const parsed = parseCsv(decodeText(bytes));
    if (!parsed.ok)
      return {
        ok: false,
        message: `${file} row ${parsed.row}, column ${columnLetters(parsed.column - 1)}: ${parsed.message}.`,
      };
    return fromGrid(parsed.rows, framework, file, undefined);
  }
  const sheet = await readSheet(bytes, file, request.sheet);
  if (!sheet.ok) return sheet;
  return fromGrid(sheet.grid, framework, file, sheet.name);
}

function fromGrid(
  grid: Cell[][],
  framework: Framework,
  source: string,
  sheet: string | undefined
): InputResult {
  const dataset = readGrid(grid, framework, {
    source: sheet === undefined ? source : `${source} [${sheet}]`,
    sheet,
  });
  const where = sheet === undefined ? source : `${source}, sheet "${sheet}"`;
  if (!dataset.mapping) {
    const names = framework.indicators
      .slice(0, 3)
      .map((x) => x.name)
      .join(", ");
    return {
      ok: false,
      message: `${where}: no score header found: no row in the first 50 names at least half of the framework's indicators (e.g. ${names}).`,
    };
  }
  if (
    dataset.cities.length === 0 &&
    !dataset.issues.some((i) => i.code === "missing-city-column")
  ) {
    return {
      ok: false,
      message: `${where}: the header is in row ${dataset.mapping.headerRow + 1} but no city rows follow it.`,
    };
  }
  const { mapping, ...rest } = dataset;
  return { ok: true, dataset: rest, grid, mapping, sheet: sheet ?? null };
}

/** UTF-8 (BOM optional); files that are not valid UTF-8 are read as GB18030 (Excel's Chinese CSV). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

type SheetRead = { ok: true; grid: Cell[][]; name: string } | { ok: false; message: string };

/** The named (or first) worksheet of an .xlsx file as a grid of engine cells, from A1. */
export async function readSheet(
  bytes: Buffer,
  file: string,
  sheetName: string | undefined
): Promise<SheetRead> {
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) {
    return {
      ok: false,
      message: `${file}: not an .xlsx workbook (the file is not a zip archive).`,
    };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    return {
      ok: false,
      message: `${file}: not a readable .xlsx workbook (${(e as Error).message}).`,
    };
  }
  const sheets = workbook.worksheets;
  const worksheet =
    sheetName === undefined
      ? sheets[0]
      : (sheets.find((s) => s.name === sheetName) ??
        sheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase()));
  if (!worksheet) {
    const list = sheets.map((s) => `"${s.name}"`).join(", ") || "none";
    return {
      ok: false,
      message:
        sheetName === undefined
          ? `${file}: the workbook has no sheets.`
          : `${file}: no sheet named "${sheetName}" (sheets: ${list}).`,
    };
  }
  const grid: Cell[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      cells[columnNumber - 1] = toCell(cell.value);
    });
    grid[rowNumber - 1] = Array.from(cells, (c) => c ?? null);
  });
  return { ok: true, grid: Array.from(grid, (r) => r ?? []), name: worksheet.name };
}

/** An ExcelJS cell value as an engine Cell: formula results, "#N/A"-style errors, flattened rich text. */
export function toCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value)
    return value.result === undefined ? null : toCell(value.result);
  if ("text" in value)
    return typeof value.text === "string" ? value.text : toCell(value.text as ExcelJS.CellValue);
  return null;
}

function systemReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a folder";
  if (code === "EACCES") return "permission denied";
  return (e as Error).message;
}
