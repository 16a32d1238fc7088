/** The workbook-level parts: workbook.xml (sheets, defined names), relationships, document properties. */
import type { SummaryLayout } from "../layout/types";
import { escapeText, escapeXml, NS, REL_TYPE, relationshipsXml, type Relationship } from "./ooxml";
import type { WorkbookPlan } from "./plan";
import { printArea, printTitles } from "./sheet-parts";

const DECLARATION = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

/**
 * xl/workbook.xml: sheets in order (names escaped), print areas and print titles as
 * _xlnm.Print_Area / _xlnm.Print_Titles per sheet.
 */
export function workbookXml(plan: WorkbookPlan): string {
  const sheets = plan.sheets
    .map(
      (s, i) => `<sheet name="${escapeXml(s.sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`
    )
    .join("");
  const definedName = (name: string, i: number, formula: string | undefined): string =>
    formula
      ? `<definedName name="${name}" localSheetId="${i}">${escapeText(formula)}</definedName>`
      : "";
  const names = plan.sheets
    .map(
      (s, i) =>
        definedName("_xlnm.Print_Area", i, printArea(s.sheet.name, s.sheet.print)) +
        definedName("_xlnm.Print_Titles", i, printTitles(s.sheet.name, s.sheet.print))
    )
    .join("");
  return (
    `${DECLARATION}<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}"><workbookPr/>` +
    `<bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets}</sheets>` +
    (names ? `<definedNames>${names}</definedNames>` : "") +
    `</workbook>`
  );
}

/** xl/_rels/workbook.xml.rels: sheets rId1…rIdN, then styles and shared strings. */
export function workbookRelationships(plan: WorkbookPlan): Relationship[] {
  const n = plan.sheets.length;
  return [
    ...plan.sheets.map((s, i) => ({
      id: `rId${i + 1}`,
      type: REL_TYPE.worksheet,
      target: s.part.replace(/^xl\//, ""),
    })),
    { id: `rId${n + 1}`, type: REL_TYPE.styles, target: "styles.xml" },
    { id: `rId${n + 2}`, type: REL_TYPE.sharedStrings, target: "sharedStrings.xml" },
  ];
}

export const rootRelationships: Relationship[] = [
  { id: "rId1", type: REL_TYPE.officeDocument, target: "xl/workbook.xml" },
  { id: "rId2", type: REL_TYPE.coreProperties, target: "docProps/core.xml" },
  { id: "rId3", type: REL_TYPE.extendedProperties, target: "docProps/app.xml" },
];

export function coreXml(layout: SummaryLayout, now: Date): string {
  const when = `${now.toISOString().replace(/\.\d{3}Z$/, "Z")}`;
  return (
    `${DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
    `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeText(layout.title)}</dc:title>` +
    `<dc:creator>smartcity</dc:creator><cp:lastModifiedBy>smartcity</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

export function appXml(layout: SummaryLayout): string {
  const names = layout.sheets.map((s) => `<vt:lpstr>${escapeText(s.name)}</vt:lpstr>`).join("");
  const n = layout.sheets.length;
  return (
    `${DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
    `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>smartcity</Application>` +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>` +
    `<vt:variant><vt:i4>${n}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${n}" baseType="lpstr">${names}</vt:vector></TitlesOfParts></Properties>`
  );
}

export { relationshipsXml };
