/**
 * Reads the command line's inputs (framework JSON, a delimited-text or .xlsx score table, or the
 * bundled 2015 data) into an engine Dataset. Unreadable input comes back as messages naming the
 * file (and sheet, row, column where they apply); validation problems stay in `dataset.issues`.
 * Every size is checked against LIMITS before it is read.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { dataset2015, framework2015, grid2015 } from "../engine/bundled";
import { decodeTable, detectDelimiter, parseTable, type CsvError } from "../engine/csv";
import { parseFramework } from "../engine/framework";
import { cliMessages as m } from "../engine/messages/cli";
import type { MessageLanguage } from "../engine/messages";
import { cityCount } from "../engine/dataset";
import { detectTable, readDataset, type Cell, type ColumnMapping } from "../engine/table";
import { columnLetters } from "../engine/text";
import type { Dataset, Framework } from "../engine/types";
import { chooseSheet } from "./choose-sheet";
import { LIMITS } from "./limits";

/**
 * `grid`: the table as read, sparse (holes where the input holds nothing: see
 * src/xlsx/read-sheet.ts), for the workbook's source sheet; `mapping`: where its header and data
 * are; `notes`: lines for stderr (sheet choice).
 */
export type InputResult =
  | {
      ok: true;
      dataset: Dataset;
      grid: Cell[][];
      mapping: ColumnMapping | null;
      sheet: string | null;
      notes: string[];
    }
  | { ok: false; messages: string[] };

/** What the command reads: file names as typed (used in messages), resolved against `cwd`. */
export type InputRequest = {
  input?: string;
  framework?: string;
  sheet?: string;
  precise?: boolean;
  cwd: string;
  language: MessageLanguage;
};

type Failure = { ok: false; messages: string[] };
const failure = (...messages: string[]): Failure => ({ ok: false, messages });

const TEXT_EXTENSIONS = [".csv", ".txt", ".tsv"];
const XLSX_EXTENSIONS = [".xlsx", ".xlsm"];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]): boolean =>
  magic.every((b, i) => bytes[i] === b);

function systemReason(e: unknown, l: MessageLanguage): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return m.reasonNoSuchFile[l]();
  if (code === "EISDIR") return m.reasonIsFolder[l]();
  if (code === "EACCES" || code === "EPERM") return m.reasonPermission[l]();
  return code ?? (e as Error).message;
}

/** A file's bytes, refused when it is a folder, unreadable or past `limit` bytes. */
async function readBounded(
  file: string,
  cwd: string,
  limit: number,
  l: MessageLanguage
): Promise<{ ok: true; bytes: Buffer } | Failure> {
  const resolved = path.resolve(cwd, file);
  try {
    const stat = await fs.stat(resolved);
    if (stat.isDirectory())
      return failure(m.cannotRead[l]({ file, reason: m.reasonIsFolder[l]() }));
    // A device or pipe (a link to /dev/zero) would be read without end.
    if (!stat.isFile()) return failure(m.cannotRead[l]({ file, reason: m.reasonNotFile[l]() }));
    if (stat.size > limit) return failure(m.fileTooLarge[l]({ file, bytes: stat.size, limit }));
    return { ok: true, bytes: await fs.readFile(resolved) };
  } catch (e) {
    return failure(m.cannotRead[l]({ file, reason: systemReason(e, l) }));
  }
}

/** Reads and validates a framework JSON file (UTF-8, BOM optional). */
export async function readFrameworkFile(
  file: string,
  cwd: string,
  l: MessageLanguage
): Promise<{ ok: true; framework: Framework } | Failure> {
  const read = await readBounded(file, cwd, LIMITS.frameworkBytes, l);
  if (!read.ok) return read;
  let json: unknown;
  try {
    json = JSON.parse(read.bytes.toString("utf8").replace(/^\uFEFF/u, ""));
  } catch (e) {
    return failure(m.notJson[l]({ file, reason: (e as Error).message }));
  }
  const parsed = parseFramework(json);
  if (!parsed.ok)
    return failure(...parsed.errors.map((error) => m.invalidFramework[l]({ file, error })));
  return { ok: true, framework: parsed.framework };
}

/** Reads the score table named by the request (or the bundled 2015 data) against its framework. */
export async function readInput(request: InputRequest): Promise<InputResult> {
  const l = request.language;
  let framework = framework2015();
  if (request.framework !== undefined) {
    const read = await readFrameworkFile(request.framework, request.cwd, l);
    if (!read.ok) return read;
    framework = read.framework;
  }
  const file = request.input;
  if (file === undefined) {
    const grid = grid2015(request.precise);
    if (request.framework === undefined) {
      const dataset = dataset2015(request.precise);
      const mapping = detectTable(grid, framework);
      return { ok: true, dataset, grid, mapping, sheet: null, notes: [] };
    }
    const source = request.precise ? "scores-2015-precise.csv" : "scores-2015.csv";
    return fromGrid(grid, framework, source, null, [], l);
  }
  const ext = path.extname(file).toLowerCase();
  const isText = TEXT_EXTENSIONS.includes(ext);
  if (!isText && !XLSX_EXTENSIONS.includes(ext))
    return failure(m.unsupportedType[l]({ file, ext: ext || "(none)" }));
  const read = await readBounded(file, request.cwd, LIMITS.inputBytes, l);
  if (!read.ok) return read;
  const { bytes } = read;
  if (isText) {
    if (startsWith(bytes, ZIP_MAGIC)) return failure(m.zipNamedCsv[l]({ file }));
    if (startsWith(bytes, OLE2_MAGIC)) return failure(m.legacyWorkbook[l]({ file }));
    const decoded = decodeTable(bytes);
    if (!decoded.ok) return failure(m.cannotDecode[l]({ file }));
    const parsed = parseTable(decoded.text, detectDelimiter(decoded.text), LIMITS);
    if (!parsed.ok) return failure(csvErrorMessage(parsed, file, l));
    return fromGrid(parsed.rows, framework, file, null, [], l);
  }
  const chosen = chooseSheet(bytes, file, framework, request.sheet, l);
  if (!chosen.ok) return chosen;
  return fromGrid(chosen.grid, framework, file, chosen.sheet, chosen.notes, l);
}

function csvErrorMessage(error: CsvError, file: string, l: MessageLanguage): string {
  const where = m.placeInFile[l]({ file, row: error.row, column: columnLetters(error.column - 1) });
  switch (error.problem) {
    case "rows":
    case "columns":
      return m.beyondLimit[l]({ where, what: error.problem, limit: LIMITS[error.problem] });
    case "cell-length":
      return m.cellTooLong[l]({ where, length: error.length ?? 0, limit: LIMITS.cellCharacters });
    case "unclosed-quote":
      return m.csvSyntax[l]({ where, problem: m.csvUnclosedQuote[l]() });
    case "text-after-quote":
      return m.csvSyntax[l]({ where, problem: m.csvTextAfterQuote[l]() });
    case "quote-in-field":
      return m.csvSyntax[l]({ where, problem: m.csvQuoteInField[l]() });
  }
}

function fromGrid(
  grid: Cell[][],
  framework: Framework,
  source: string,
  sheet: string | null,
  notes: string[],
  l: MessageLanguage
): InputResult {
  const position = {
    source: sheet === null ? source : `${source} [${sheet}]`,
    sheet: sheet ?? undefined,
  };
  const where = sheet === null ? source : m.whereSheet[l]({ file: source, sheet });
  const mapping = detectTable(grid, framework);
  if (!mapping) {
    const examples = framework.indicators.slice(0, 3).map((x) => x.name);
    return failure(m.noScoreHeader[l]({ where, examples }), ...notes);
  }
  // readDataset, not readGrid: the dataset stays columnar (no per-city records, see dataset.ts).
  const dataset = readDataset(grid, framework, mapping, position);
  if (cityCount(dataset) === 0 && !dataset.issues.some((i) => i.code === "missing-city-column"))
    return failure(m.noCityRows[l]({ where, headerRow: mapping.headerRow + 1 }), ...notes);
  return { ok: true, dataset, grid, mapping, sheet, notes };
}
