/**
 * Cell-for-cell comparison of two workbooks that may store texts differently (shared strings in
 * one, inline strings in the other, the shared-string table in another order): every part's XML
 * with each text cell's string resolved, and every sheet as our reader reads it.
 */
import { strFromU8, unzipSync } from "fflate";
import { LIMITS } from "../../src/cli/limits";
import { XlsxWorkbook } from "../../src/xlsx/read-workbook";

const ENTITY = /&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const decode = (text: string): string =>
  text.replace(ENTITY, (_, e: string) =>
    e.startsWith("#")
      ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : (NAMED[e] as string)
  );

/** Every part but the shared strings and the creation time, text cells as `T:"text"`. */
export function normalisedParts(bytes: Uint8Array): Record<string, string> {
  const zip = unzipSync(bytes);
  const sstPart = zip["xl/sharedStrings.xml"];
  const sst = [
    ...(sstPart ? strFromU8(sstPart) : "").matchAll(
      /<si><t(?: xml:space="preserve")?>([\s\S]*?)<\/t><\/si>/g
    ),
  ].map((m) => decode(m[1] as string));
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip).sort()) {
    if (name === "xl/sharedStrings.xml" || name === "docProps/core.xml") continue;
    let xml = strFromU8(zip[name] as Uint8Array);
    if (name.startsWith("xl/worksheets/sheet"))
      xml = xml
        .replace(
          /<c([^>]*?) t="s"><v>(\d+)<\/v><\/c>/g,
          (_, a: string, n: string) => `<c${a}>T:${JSON.stringify(sst[Number(n)])}</c>`
        )
        .replace(
          /<c([^>]*?) t="inlineStr"><is><t(?: xml:space="preserve")?>([\s\S]*?)<\/t><\/is><\/c>/g,
          (_, a: string, t: string) => `<c${a}>T:${JSON.stringify(decode(t))}</c>`
        );
    parts[name] = xml;
  }
  return parts;
}

/** Every sheet's name and cells, as our reader (src/xlsx/read-workbook.ts) reads them. */
export function readSheets(bytes: Uint8Array): { name: string; grid: unknown[][] }[] {
  const book = XlsxWorkbook.open(bytes, { ...LIMITS, unpackedBytes: LIMITS.xlsxUnpackedBytes });
  return book.sheets.map((sheet) => ({ name: sheet.name, grid: book.readSheet(sheet) }));
}

/** How many cells of each worksheet part are inline strings. */
export function inlineCells(bytes: Uint8Array): Record<string, number> {
  const zip = unzipSync(bytes);
  const counts: Record<string, number> = {};
  for (const [name, data] of Object.entries(zip))
    if (name.startsWith("xl/worksheets/sheet"))
      counts[name] = (strFromU8(data).match(/t="inlineStr"/g) ?? []).length;
  return counts;
}
