/**
 * One worksheet part, children in CT_Worksheet order (ECMA-376 §18.3.1.99): sheetPr (tab colour,
 * fit to page), dimension, sheetViews (frozen panes), sheetFormatPr, cols (widths), sheetData
 * (streamed), conditionalFormatting, hyperlinks, page setup, drawing, tableParts, extLst.
 */
import { cellA1 } from "../layout/ranges";
import type { SheetLayout } from "../layout/types";
import { NS } from "./ooxml";
import type { PartWriter } from "./package";
import type { SheetPlan } from "./plan";
import { conditionalFormats, hyperlinksXml, printXml } from "./sheet-parts";
import { writeSheetData, type SheetDataContext } from "./sheet-data";

const MAX_WIDTH = 255;
const argb = (color: string): string => `FF${color.replace(/^#/, "").toUpperCase()}`;

/** The used range from the blocks' extents (no cell is visited). */
function dimension(sheet: SheetLayout): string {
  if (sheet.blocks.length === 0) return "A1";
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const b of sheet.blocks) {
    top = Math.min(top, b.row);
    left = Math.min(left, b.column);
    bottom = Math.max(bottom, b.row + Math.max(1, b.rows) - 1);
    right = Math.max(right, b.column + Math.max(1, b.columns) - 1);
  }
  const from = cellA1(top, left);
  const to = cellA1(bottom, right);
  return from === to ? from : `${from}:${to}`;
}

function sheetView(sheet: SheetLayout, selected: boolean): string {
  const rows = sheet.freeze?.rows ?? 0;
  const columns = sheet.freeze?.columns ?? 0;
  let pane = "";
  if (rows > 0 || columns > 0) {
    const active = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
    pane =
      `<pane${columns > 0 ? ` xSplit="${columns}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""} ` +
      `topLeftCell="${cellA1(rows, columns)}" activePane="${active}" state="frozen"/><selection pane="${active}"/>`;
  }
  const tab = selected ? ` tabSelected="1"` : "";
  return `<sheetViews><sheetView workbookViewId="0"${tab}>${pane}</sheetView></sheetViews>`;
}

/** <cols>: runs of equal widths merged (min…max, 1-based). */
function columnsXml(widths: readonly number[]): string {
  let xml = "";
  let start = 0;
  for (let c = 1; c <= widths.length; c++) {
    const width = widths[start] as number;
    if (c < widths.length && widths[c] === width) continue;
    if (Number.isFinite(width) && width > 0)
      xml += `<col min="${start + 1}" max="${c}" width="${Math.min(MAX_WIDTH, width)}" customWidth="1"/>`;
    start = c;
  }
  return xml ? `<cols>${xml}</cols>` : "";
}

export type WorksheetContext = SheetDataContext & {
  sheetNameOf: (key: string) => string | undefined;
};

/** Writes the worksheet part; returns the data-bar GUIDs it used (for the package check). */
export async function writeWorksheet(
  out: PartWriter,
  plan: SheetPlan,
  context: WorksheetContext
): Promise<string[]> {
  const { sheet } = plan;
  const fitToPage = sheet.print?.fitToWidth ? `<pageSetUpPr fitToPage="1"/>` : "";
  const tab = sheet.tabColor ? `<tabColor rgb="${argb(sheet.tabColor)}"/>` : "";
  out.write(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
      (tab || fitToPage ? `<sheetPr>${tab}${fitToPage}</sheetPr>` : "") +
      `<dimension ref="${dimension(sheet)}"/>${sheetView(sheet, plan.index === 0)}` +
      `<sheetFormatPr defaultRowHeight="15"/>${columnsXml(sheet.columnWidths)}`
  );
  await writeSheetData(out, sheet, context);
  const formats = conditionalFormats(sheet.conditionalFormats, `${plan.index}:${sheet.key}`);
  out.write(formats.main + hyperlinksXml(sheet, context.sheetNameOf) + printXml(sheet.print));
  if (plan.drawing) out.write(`<drawing r:id="${plan.drawing.relationshipId}"/>`);
  if (plan.tables.length > 0) {
    const parts = plan.tables.map((t) => `<tablePart r:id="${t.relationshipId}"/>`).join("");
    out.write(`<tableParts count="${plan.tables.length}">${parts}</tableParts>`);
  }
  if (formats.extension) out.write(`<extLst>${formats.extension}</extLst>`);
  out.write(`</worksheet>`);
  return formats.dataBarIds;
}
