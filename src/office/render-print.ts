/**
 * How a summary sheet prints (issue 11, "Print"), from its `PrintSpec`: orientation, print area,
 * repeated header rows and columns (print titles), fit to one page width only where the layout allows it,
 * manual page breaks that keep each table with its chart, the sheet title in the header and
 * "page N of M" in the footer. Worksheet.pageLayout and page breaks need ExcelApi 1.9; below it
 * the sheet prints with Excel's defaults and `skipped` says so.
 */
import { columnLetters } from "../engine/text";
import type { PrintSpec } from "../layout/types";
import type { Features } from "./host";

/** Text for a header/footer section: Excel reads "&" as the start of a code, "&&" is one "&". */
export function headerFooterText(text: string): string {
  return text.replace(/&/g, "&&");
}

/** "Page &P of &N" in the layout's words (&P page number, &N number of pages). */
export function pageFooter(footer: NonNullable<PrintSpec["footerText"]>): string {
  return `${headerFooterText(footer.page)} &P ${headerFooterText(footer.of)} &N`;
}

/** Queues the page setup of one sheet; returns what the host cannot do. */
export function queueSheetPrint(
  sheet: Excel.Worksheet,
  print: PrintSpec | undefined,
  features: Features,
  key: string
): string[] {
  if (!print) return [];
  if (!features.pageLayout) return [`${key}: print setup (ExcelApi 1.9)`];
  const page = sheet.pageLayout;
  page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  // Several rectangles printed in order (a wide sheet's later bands below its title block).
  if (print.printArea?.length) page.setPrintArea(print.printArea.join(","));
  if (print.repeatRows)
    page.setPrintTitleRows(`${print.repeatRows.from + 1}:${print.repeatRows.to + 1}`);
  if (print.repeatColumns) {
    const { from, to } = print.repeatColumns;
    page.setPrintTitleColumns(`${columnLetters(from)}:${columnLetters(to)}`);
  }
  // One page wide, as many pages tall as needed; otherwise the layout's scale (never below 73 %).
  page.zoom = print.fitToWidth
    ? { horizontalFitToPages: 1, verticalFitToPages: 0 }
    : { scale: print.scalePercent ?? 100 };
  const sections = page.headersFooters.defaultForAllPages;
  if (print.headerText !== undefined) sections.centerHeader = headerFooterText(print.headerText);
  if (print.footerText) sections.centerFooter = pageFooter(print.footerText);
  for (const row of print.rowBreaks ?? [])
    if (row > 0) sheet.horizontalPageBreaks.add(sheet.getRangeByIndexes(row, 0, 1, 1));
  for (const column of print.columnBreaks ?? [])
    if (column > 0) sheet.verticalPageBreaks.add(sheet.getRangeByIndexes(0, column, 1, 1));
  return [];
}
