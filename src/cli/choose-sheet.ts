/**
 * The sheet of an .xlsx input the command line reads (README, "Command line"): the one named by
 * `--sheet` (hidden ones too, with a note), else the first visible sheet holding a score table
 * (engine `detectTable`), with a note when several do. Hidden and very hidden sheets are never
 * chosen by default; a note says when one of them holds a table.
 */
import { cliMessages as m } from "../engine/messages/cli";
import type { MessageLanguage } from "../engine/messages";
import { detectTable, type Cell } from "../engine/table";
import type { Framework } from "../engine/types";
import {
  XlsxReadError,
  XlsxWorkbook,
  type SheetInfo,
  type XlsxProblem,
} from "../xlsx/read-workbook";
import { LIMITS } from "./limits";

/** Rows read from each sheet to look for a header (detection scans 50, the city guess 20 more). */
const DETECTION_ROWS = 100;

export type SheetChoice =
  { ok: true; grid: Cell[][]; sheet: string; notes: string[] } | { ok: false; messages: string[] };

/** The problem of an unreadable workbook as one message naming file, sheet and cell. */
export function xlsxProblemMessage(problem: XlsxProblem, file: string, l: MessageLanguage): string {
  switch (problem.kind) {
    case "not-zip":
      return m.notZip[l]({ file });
    case "legacy":
      return m.legacyWorkbook[l]({ file });
    case "damaged":
      return m.damagedXlsx[l]({ file, reason: problem.reason });
    case "too-large":
      return m.xlsxTooLarge[l]({ file, part: problem.part, limit: problem.limit });
    case "rows":
    case "columns": {
      const where = m.placeInSheet[l]({ file, sheet: problem.sheet, cell: problem.cell });
      return m.beyondLimit[l]({ where, what: problem.kind, limit: problem.limit });
    }
    case "cell-length": {
      const where = m.placeInSheet[l]({ file, sheet: problem.sheet, cell: problem.cell });
      return m.cellTooLong[l]({ where, length: problem.length, limit: problem.limit });
    }
  }
}

/** Opens the workbook and reads the chosen sheet as a sparse grid. */
export function chooseSheet(
  bytes: Uint8Array,
  file: string,
  framework: Framework,
  wanted: string | undefined,
  l: MessageLanguage
): SheetChoice {
  try {
    const workbook = XlsxWorkbook.open(bytes, {
      ...LIMITS,
      unpackedBytes: LIMITS.xlsxUnpackedBytes,
    });
    return wanted === undefined
      ? firstTable(workbook, file, framework, l)
      : named(workbook, file, wanted, l);
  } catch (e) {
    if (e instanceof XlsxReadError)
      return { ok: false, messages: [xlsxProblemMessage(e.problem, file, l)] };
    throw e;
  }
}

function named(
  workbook: XlsxWorkbook,
  file: string,
  wanted: string,
  l: MessageLanguage
): SheetChoice {
  const sheets = workbook.sheets;
  const sheet =
    sheets.find((s) => s.name === wanted) ??
    sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
  if (!sheet)
    return {
      ok: false,
      messages: [m.noSuchSheet[l]({ file, sheet: wanted, sheets: sheets.map((s) => s.name) })],
    };
  const notes =
    sheet.state === "visible" ? [] : [m.hiddenSheetChosen[l]({ file, sheet: sheet.name })];
  return { ok: true, grid: workbook.readSheet(sheet), sheet: sheet.name, notes };
}

function firstTable(
  workbook: XlsxWorkbook,
  file: string,
  framework: Framework,
  l: MessageLanguage
): SheetChoice {
  const worksheets = workbook.sheets.filter((s) => s.part !== null);
  const visible = worksheets.filter((s) => s.state === "visible");
  const hidden = worksheets.filter((s) => s.state !== "visible");
  if (worksheets.length === 0) return { ok: false, messages: [m.noSheets[l]({ file })] };
  const holdsTable = (s: SheetInfo): boolean =>
    detectTable(workbook.readSheet(s, DETECTION_ROWS), framework) !== null;
  const tables = visible.filter(holdsTable);
  const notes: string[] = [];
  if (tables.length === 0) {
    const hiddenTables = hidden.filter(holdsTable).map((s) => s.name);
    if (hiddenTables.length > 0) notes.push(m.hiddenTables[l]({ file, sheets: hiddenTables }));
  }
  const chosen = tables[0] ?? visible[0];
  if (!chosen)
    return {
      ok: false,
      messages: [m.noVisibleSheet[l]({ file, hidden: hidden.map((s) => s.name) }), ...notes],
    };
  if (tables.length > 1)
    notes.push(
      m.severalTables[l]({ file, used: chosen.name, others: tables.slice(1).map((s) => s.name) })
    );
  return { ok: true, grid: workbook.readSheet(chosen), sheet: chosen.name, notes };
}
