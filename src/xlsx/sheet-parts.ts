/**
 * The elements of a worksheet after <sheetData>, and the table parts: conditional formats
 * (colour scales; data bars in the 2007 form plus the Excel 2010 extension linked by a GUID,
 * [MS-XLSX] 2.6.25 / 2.3.5), internal hyperlinks, page setup and Excel tables.
 */
import { createHash } from "node:crypto";
import type {
  ColorScalePoint,
  ConditionalFormatSpec,
  PrintSpec,
  SheetLayout,
} from "../layout/types";
import { blockRow } from "../layout/rows";
import { escapeXml, NS } from "./ooxml";
import type { TablePlan } from "./plan";
import { escapeXstring } from "./shared-strings";
import { letters } from "./row-cells";

const argb = (color: string): string => `FF${color.replace(/^#/, "").toUpperCase()}`;
/** [MS-XLSX] extension URIs: the cfRule's link to its x14 rule, and the worksheet's x14 rules. */
const CF_RULE_EXT_URI = "{B025F937-C7B1-47D3-B67F-A62EFF666E3E}";
const WORKSHEET_CF_EXT_URI = "{78C0D931-6437-407d-A8EE-F0AAD7539E65}";
const GUID = /^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/;

/** A name-based GUID (RFC 4122 version 5 layout over SHA-1): stable for the same workbook. */
export function stableGuid(name: string): string {
  const h = createHash("sha1").update(name).digest();
  h[6] = ((h[6] as number) & 0x0f) | 0x50;
  h[8] = ((h[8] as number) & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString("hex").toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}}`;
}

export const isGuid = (id: string): boolean => GUID.test(id);

function cfvo(point: ColorScalePoint): string {
  switch (point.type) {
    case "lowestValue":
      return `<cfvo type="min"/>`;
    case "highestValue":
      return `<cfvo type="max"/>`;
    case "number":
      return `<cfvo type="num" val="${point.value ?? 0}"/>`;
    case "percentile":
      return `<cfvo type="percentile" val="${point.value ?? 50}"/>`;
  }
}

export type ConditionalFormats = { main: string; extension: string; dataBarIds: string[] };

/** The <conditionalFormatting> elements and, for data bars, the worksheet <ext> of x14 rules. */
export function conditionalFormats(
  specs: readonly ConditionalFormatSpec[],
  sheetKey: string
): ConditionalFormats {
  let main = "";
  let rules = "";
  const dataBarIds: string[] = [];
  specs.forEach((spec, k) => {
    const range = escapeXml(spec.range);
    const priority = k + 1;
    if (spec.type === "colorScale") {
      const points = [spec.minimum, ...(spec.midpoint ? [spec.midpoint] : []), spec.maximum];
      main +=
        `<conditionalFormatting sqref="${range}"><cfRule type="colorScale" priority="${priority}"><colorScale>` +
        `${points.map(cfvo).join("")}${points.map((p) => `<color rgb="${argb(p.color)}"/>`).join("")}` +
        `</colorScale></cfRule></conditionalFormatting>`;
      return;
    }
    const id = stableGuid(`smartcity:${sheetKey}:${k}:${spec.range}`);
    dataBarIds.push(id);
    const color = argb(spec.color);
    main +=
      `<conditionalFormatting sqref="${range}"><cfRule type="dataBar" priority="${priority}">` +
      `<dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="${color}"/></dataBar>` +
      `<extLst><ext uri="${CF_RULE_EXT_URI}" xmlns:x14="${NS.x14}"><x14:id>${id}</x14:id></ext></extLst>` +
      `</cfRule></conditionalFormatting>`;
    rules +=
      `<x14:conditionalFormatting xmlns:xm="${NS.xm}"><x14:cfRule type="dataBar" id="${id}">` +
      `<x14:dataBar minLength="0" maxLength="100" gradient="1" border="1" negativeBarBorderColorSameAsPositive="0">` +
      `<x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:borderColor rgb="${color}"/>` +
      `<x14:negativeFillColor rgb="FFFF0000"/><x14:negativeBorderColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/>` +
      `</x14:dataBar></x14:cfRule><xm:sqref>${range}</xm:sqref></x14:conditionalFormatting>`;
  });
  const extension = rules
    ? `<ext uri="${WORKSHEET_CF_EXT_URI}" xmlns:x14="${NS.x14}"><x14:conditionalFormattings>${rules}</x14:conditionalFormattings></ext>`
    : "";
  return { main, extension, dataBarIds };
}

/** Internal links: `location` only, no relationship. Links on empty cells are skipped. */
export function hyperlinksXml(
  sheet: SheetLayout,
  sheetNameOf: (key: string) => string | undefined
): string {
  let xml = "";
  for (const block of sheet.blocks) {
    for (const link of block.links ?? []) {
      const name = sheetNameOf(link.sheetKey);
      const text = blockRow(block, link.row)?.[link.column];
      if (name === undefined || text === null || text === undefined || text === "") continue;
      const target = (link.cell.split(":")[0] ?? "A1").replace(/\$/g, "");
      const ref = `${letters(block.column + link.column)}${block.row + link.row + 1}`;
      xml += `<hyperlink ref="${ref}" location="${escapeXml(`${quoteSheet(name)}!${target}`)}" display="${escapeXml(String(text))}"/>`;
    }
  }
  return xml ? `<hyperlinks>${xml}</hyperlinks>` : "";
}

export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** Header / footer text: "&" doubled (it starts a code), at most 255 characters in all. */
const headerFooterText = (text: string): string => text.replace(/&/g, "&&");
const HEADER_FOOTER_MAX = 255;

/** pageMargins, pageSetup (A4), headerFooter, rowBreaks, colBreaks, in CT_Worksheet order. */
export function printXml(print: PrintSpec | undefined): string {
  const orientation = print?.orientation ?? "portrait";
  const fit = print?.fitToWidth
    ? ` fitToWidth="1" fitToHeight="0"`
    : print?.scalePercent
      ? ` scale="${Math.round(print.scalePercent)}"`
      : "";
  let xml =
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="${orientation}"${fit}/>`;
  const header = print?.headerText ? `&C${headerFooterText(print.headerText)}` : "";
  const footer = print?.footerText
    ? `&C${headerFooterText(print.footerText.page)} &P ${headerFooterText(print.footerText.of)} &N`
    : "";
  if (header || footer) {
    const cap = (s: string): string =>
      s.length > HEADER_FOOTER_MAX ? `${s.slice(0, HEADER_FOOTER_MAX - 1)}…` : s;
    xml +=
      `<headerFooter>${header ? `<oddHeader>${escapeXml(cap(header))}</oddHeader>` : ""}` +
      `${footer ? `<oddFooter>${escapeXml(cap(footer))}</oddFooter>` : ""}</headerFooter>`;
  }
  const breaks = (tag: string, at: readonly number[] | undefined, max: number): string => {
    const ids = [...new Set(at ?? [])]
      .filter((n) => Number.isInteger(n) && n > 0)
      .sort((a, b) => a - b);
    if (ids.length === 0) return "";
    const items = ids.map((id) => `<brk id="${id}" max="${max}" man="1"/>`).join("");
    return `<${tag} count="${ids.length}" manualBreakCount="${ids.length}">${items}</${tag}>`;
  };
  return (
    xml +
    breaks("rowBreaks", print?.rowBreaks, 16383) +
    breaks("colBreaks", print?.columnBreaks, 1048575)
  );
}

/** The _xlnm.Print_Titles formula of a sheet: repeated columns, then rows ('S'!$A:$B,'S'!$1:$3). */
export function printTitles(sheetName: string, print: PrintSpec | undefined): string | undefined {
  const parts: string[] = [];
  const sheet = quoteSheet(sheetName);
  if (print?.repeatColumns)
    parts.push(
      `${sheet}!$${letters(print.repeatColumns.from)}:$${letters(print.repeatColumns.to)}`
    );
  if (print?.repeatRows)
    parts.push(`${sheet}!$${print.repeatRows.from + 1}:$${print.repeatRows.to + 1}`);
  return parts.length > 0 ? parts.join(",") : undefined;
}

/**
 * The _xlnm.Print_Area formula of a sheet: its rectangles, absolute, printed in order
 * ('S'!$A$1:$F$154,'S'!$G$4:$O$154).
 */
export function printArea(sheetName: string, print: PrintSpec | undefined): string | undefined {
  const sheet = quoteSheet(sheetName);
  const areas = (print?.printArea ?? []).map(
    (a) => `${sheet}!${a.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`
  );
  return areas.length > 0 ? areas.join(",") : undefined;
}

/** A table part: header row + data rows, banded rows and filter buttons as the layout says. */
export function tableXml(table: TablePlan): string {
  const { spec, range } = table;
  const ref = `${letters(range.column)}${range.row + 1}:${letters(range.column + range.columns - 1)}${range.row + range.rows}`;
  const columns = table.columns
    .map((name, j) => `<tableColumn id="${j + 1}" name="${escapeXml(escapeXstring(name))}"/>`)
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${NS.main}" id="${table.id}" name="${escapeXml(spec.name)}" displayName="${escapeXml(spec.name)}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    (spec.showFilterButton ? `<autoFilter ref="${ref}"/>` : "") +
    `<tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(spec.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="${spec.showBandedRows ? 1 : 0}" showColumnStripes="0"/>` +
    `</table>`
  );
}
