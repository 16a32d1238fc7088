/**
 * Post-processing of the zip package ExcelJS writes: internal hyperlinks without a stray
 * external relationship, tables without traces of a totals row they do not have, and the
 * native charts (charts.ts).
 */
import JSZip from "jszip";
import { addCharts, type SheetCharts } from "./charts";
import {
  parseRelationships,
  readPart,
  REL_TYPE,
  relationshipsXml,
  relsPathOf,
  tags,
  worksheetParts,
  type Tag,
} from "./ooxml";

/**
 * ExcelJS writes an internal link as <hyperlink location="'S'!A1" r:id="rIdN"/> plus an External
 * relationship whose target is "'S'!A1". Excel and LibreOffice follow `location`; the relationship
 * points nowhere, so both it and the r:id go.
 */
export async function fixInternalLinks(zip: JSZip): Promise<void> {
  for (const part of (await worksheetParts(zip)).values()) {
    let xml = await readPart(zip, part);
    // Only the <hyperlinks> element is scanned: the rest of a large sheet is never tokenized.
    const section = xml.indexOf("<hyperlinks>");
    if (section < 0) continue;
    const offset = (t: Tag): Tag => ({ ...t, start: t.start + section, end: t.end + section });
    const links = tags(xml.slice(section, xml.indexOf("</hyperlinks>", section)))
      .map(offset)
      .filter(
        (t) =>
          t.name === "hyperlink" &&
          t.attributes.location !== undefined &&
          t.attributes["r:id"] !== undefined
      );
    if (links.length === 0) continue;
    const dropped = new Set<string>();
    for (const link of [...links].reverse()) {
      dropped.add(link.attributes["r:id"] as string);
      const rewritten = xml
        .slice(link.start, link.end)
        .replace(/\s+r:id\s*=\s*("[^"]*"|'[^']*')/, "");
      xml = xml.slice(0, link.start) + rewritten + xml.slice(link.end);
    }
    zip.file(part, xml);
    const relsPath = relsPathOf(part);
    const rels = parseRelationships(await readPart(zip, relsPath)).filter(
      (r) => !(dropped.has(r.id) && r.type === REL_TYPE.hyperlink)
    );
    if (rels.length > 0) zip.file(relsPath, relationshipsXml(rels));
    else zip.remove(relsPath);
  }
}

/** ExcelJS marks tables without a totals row as totalsRowShown="1" with a "Total" label; drop both. */
export async function tidyTables(zip: JSZip): Promise<void> {
  for (const path of Object.keys(zip.files).filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f))) {
    const xml = await readPart(zip, path);
    if (/totalsRowCount="[1-9]/.test(xml)) continue;
    zip.file(
      path,
      xml
        .replace(/\stotalsRowShown="1"/, ' totalsRowShown="0"')
        .replace(/\stotalsRowLabel="[^"]*"/g, "")
        .replace(/\stotalsRowFunction="none"/g, "")
    );
  }
}

/** Applies the fixes and adds the charts to an ExcelJS-written .xlsx; returns the new bytes. */
export async function finishPackage(
  xlsx: Uint8Array,
  charts: readonly SheetCharts[]
): Promise<{ buffer: Buffer; charts: number }> {
  const zip = await JSZip.loadAsync(xlsx);
  await fixInternalLinks(zip);
  await tidyTables(zip);
  const count = await addCharts(zip, charts);
  const buffer = await zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
  return { buffer, charts: count };
}
