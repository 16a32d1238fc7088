/** "Try it": the bundled 2015 appendix written to a new sheet. */
import { framework2015, grid2015 } from "../engine/bundled";
import { parseScore } from "../engine/table";
import type { Grid } from "../engine/table";
import { columnLetters } from "../engine/text";
import { rangeAddress, unusedSheetName } from "./address";
import { cellInput } from "./cell-input";
import type { ScanCandidate } from "./pane-actions";
import { candidatesInSheet } from "./workbook-scan";

export const SAMPLE_SHEET = { zh: "样本2015", en: "Sample 2015" } as const;

/** The appendix as `range.values` input: scores as numbers, text quote-prefixed where Excel would retype it. */
export function sampleValues(): (string | number)[][] {
  return grid2015().map((row, r) =>
    row.map((cell) => {
      const parsed = parseScore(cell);
      return r > 0 && parsed.kind === "number" ? parsed.value : cellInput(cell);
    })
  );
}

/**
 * Adds a new sheet (a fresh name, never an existing sheet), writes the appendix at A1 with a
 * frozen, bold header and two-decimal scores, activates it and returns it as a scan candidate.
 */
export async function insertSample(language: "zh" | "en"): Promise<ScanCandidate> {
  const values = sampleValues();
  const rows = values.length;
  const columns = values[0]?.length ?? 0;
  const framework = framework2015();
  const candidate = await Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const name = unusedSheetName(
      SAMPLE_SHEET[language],
      worksheets.items.map((w) => w.name)
    );
    const sheet = worksheets.add(name);
    const all = sheet.getRange(rangeAddress(0, 0, rows, columns));
    all.values = values;
    sheet.getRange(`C2:${columnLetters(columns - 1)}${rows}`).numberFormat = values
      .slice(1)
      .map((row) => row.slice(2).map(() => "0.00"));
    const header = sheet.getRange(rangeAddress(0, 0, 1, columns));
    header.format.font.bold = true;
    header.format.wrapText = true;
    sheet.freezePanes.freezeRows(1);
    all.format.autofitColumns();
    sheet.activate();
    await context.sync();
    return candidatesInSheet(
      name,
      values as Grid,
      { row: 0, column: 0, rows, columns },
      framework
    )[0];
  });
  if (!candidate)
    throw new Error("The bundled sample has no header the 2015 framework recognises.");
  return candidate;
}
