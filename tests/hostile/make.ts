/**
 * Builds the generated part of the hostile corpus (large or binary files) at test time: a zip
 * writer of its own (so sizes can lie and parts can be cut), minimal .xlsx packages with hidden
 * sheets and far-away cells, UTF-16 / GB18030 tables, a zip bomb and huge sparse files.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { grid2015 } from "../../src/engine/bundled";
import { columnLetters } from "../../src/engine/text";

export type ZipPart = { name: string; data: Uint8Array; method?: 0 | 8; size?: number };

const crc32 = (data: Uint8Array): number =>
  (zlib as unknown as { crc32?: (d: Uint8Array) => number }).crc32?.(data) ?? 0;

/** A zip archive; `size` overrides the declared unpacked size, `method` 8 takes raw deflate. */
export function zip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const method = part.method ?? 8;
    const data =
      method === 8 && part.size === undefined ? zlib.deflateRawSync(part.data) : part.data;
    const size = part.size ?? part.data.length;
    const crc = part.size === undefined ? crc32(part.data) : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(data));
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const xmlText = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export type SheetSpec = {
  name: string;
  state?: "hidden" | "veryHidden";
  /** Rows from A1 (null = no cell), or explicit cells by reference. */
  rows?: (string | number | null)[][];
  cells?: [string, string | number][];
  /** The sheet part's XML as is (overrides rows and cells). */
  xml?: string;
};

function cellXml(ref: string, value: string | number): string {
  return typeof value === "number"
    ? `<c r="${ref}"><v>${value}</v></c>`
    : `<c r="${ref}" t="inlineStr"><is><t>${xmlText(value)}</t></is></c>`;
}

export function sheetXml(sheet: SheetSpec): string {
  if (sheet.xml !== undefined) return sheet.xml;
  const rows = (sheet.rows ?? []).map((row, r) => {
    const cells = row.map((v, c) => (v === null ? "" : cellXml(`${columnLetters(c)}${r + 1}`, v)));
    return `<row r="${r + 1}">${cells.join("")}</row>`;
  });
  const byRow = new Map<string, string[]>();
  for (const [ref, value] of sheet.cells ?? []) {
    const row = ref.replace(/^[A-Z]+/u, "");
    byRow.set(row, [...(byRow.get(row) ?? []), cellXml(ref, value)]);
  }
  for (const [row, cells] of byRow) rows.push(`<row r="${row}">${cells.join("")}</row>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The package parts of a minimal workbook (sheet parts last, so a test can replace them). */
export function xlsxParts(sheets: SheetSpec[]): ZipPart[] {
  const text = (name: string, xml: string): ZipPart => ({ name, data: Buffer.from(xml, "utf8") });
  return [
    text(
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`
    ),
    text(
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
    ),
    text(
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheets>${sheets
        .map(
          (s, i) =>
            `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`
        )
        .join("")}</sheets></workbook>`
    ),
    text(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
        )
        .join("")}</Relationships>`
    ),
    ...sheets.map((s, i) => text(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s))),
  ];
}

export const xlsx = (sheets: SheetSpec[]): Buffer => zip(xlsxParts(sheets));

/** The 2015 table's header and its first `cities` rows (rank, city, 16 indicators, bonus, total). */
export function table2015(cities = 5): string[][] {
  return grid2015().slice(0, cities + 1);
}

export const csvOf = (rows: readonly (readonly string[])[], delimiter = ","): string =>
  rows.map((r) => r.join(delimiter)).join("\r\n") + "\r\n";

/**
 * Raw deflate data that unpacks to `prefix`, then `megabytes` MB of spaces, then `suffix`: the
 * space block is deflated once and repeated (each block ends on a full flush, so blocks chain).
 */
export function deflateBomb(
  prefix: string,
  megabytes: number,
  suffix: string
): { data: Buffer; size: number } {
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH };
  const head = zlib.deflateRawSync(Buffer.from(prefix), flush);
  const block = zlib.deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), flush);
  const tail = zlib.deflateRawSync(Buffer.from(suffix));
  const data = Buffer.concat([head, ...Array.from({ length: megabytes }, () => block), tail]);
  return { data, size: prefix.length + megabytes * 1024 * 1024 + suffix.length };
}

/** A file of `bytes` bytes that takes no disk space (a hole), for size-limit cases. */
export function sparseFile(file: string, bytes: number): void {
  fs.writeFileSync(file, "");
  fs.truncateSync(file, bytes);
}

export const write = (dir: string, name: string, data: string | Uint8Array): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
};
