/**
 * The .xlsx writer of the summary: renders a SummaryLayout (src/layout) with ExcelJS, adds the
 * native charts, and writes the file atomically (temp file in the target folder, then rename),
 * so a failure never leaves a partial workbook behind. See docs/adr/0006-xlsx-writer.md.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import type { SummaryLayout } from "../layout/types";
import { chartData } from "./layout-values";
import { finishPackage } from "./package";
import { withSourceSheet, type SourceData } from "./source-sheet";
import { buildWorkbook } from "./workbook";

export type RenderedWorkbook = { buffer: Buffer; sheets: string[]; charts: number };
export type WrittenWorkbook = { file: string; bytes: number; sheets: string[]; charts: number };
/** `source`: the input table, written as its own sheet after the summary sheets. */
export type WriteOptions = { source?: SourceData };

/** The complete .xlsx bytes of a layout (plus the source sheet, when given). */
export async function renderSummaryXlsx(
  summary: SummaryLayout,
  options: WriteOptions = {}
): Promise<RenderedWorkbook> {
  const layout = options.source ? withSourceSheet(summary, options.source) : summary;
  const workbook = buildWorkbook(layout);
  // Stored, not deflated: the package is unzipped again at once and compressed only at the end.
  const raw = await workbook.xlsx.writeBuffer({
    zip: { compression: "STORE" },
  } as ExcelJS.XlsxWriteOptions);
  const charts = layout.sheets.map((sheet) => ({
    sheetName: sheet.name,
    charts: sheet.charts.map((spec) => chartData(sheet, spec)),
  }));
  const finished = await finishPackage(raw as unknown as Uint8Array, charts);
  return {
    buffer: finished.buffer,
    sheets: layout.sheets.map((s) => s.name),
    charts: finished.charts,
  };
}

/** Writes `bytes` to `file` through a temp file in the same folder; nothing is left on failure. */
export async function writeFileAtomic(file: string, bytes: Uint8Array): Promise<void> {
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`
  );
  try {
    await fs.writeFile(temp, bytes, { flag: "wx" });
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/** Renders the layout and writes it to `file` (.xlsx). Rejects without leaving a file on failure. */
export async function writeSummaryWorkbook(
  layout: SummaryLayout,
  file: string,
  options: WriteOptions = {}
): Promise<WrittenWorkbook> {
  const rendered = await renderSummaryXlsx(layout, options);
  await writeFileAtomic(file, rendered.buffer);
  return { file, bytes: rendered.buffer.length, sheets: rendered.sheets, charts: rendered.charts };
}
