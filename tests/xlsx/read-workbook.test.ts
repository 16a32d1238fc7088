/** The streaming .xlsx reader (src/xlsx/read-*.ts): cell kinds, sheet states, sparseness, pieces. */
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/xlsx/read-workbook";
import { XmlScanner } from "../../src/xlsx/read-xml";
import { xlsxParts, zip } from "../hostile/make";

const LIMITS = {
  rows: 1_048_576,
  columns: 16_384,
  cellCharacters: 32_767,
  unpackedBytes: 64 << 20,
};
const open = (bytes: Uint8Array): XlsxWorkbook => XlsxWorkbook.open(bytes, LIMITS);
const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** A workbook whose one sheet part (and shared strings) are the given XML. */
function withXml(sheetData: string, sharedStrings?: string): Uint8Array {
  const parts = xlsxParts([
    { name: "S", xml: `<worksheet ${MAIN}><sheetData>${sheetData}</sheetData></worksheet>` },
  ]);
  if (sharedStrings === undefined) return zip(parts);
  const rels = parts.find((p) => p.name === "xl/_rels/workbook.xml.rels");
  if (rels)
    rels.data = Buffer.from(
      Buffer.from(rels.data)
        .toString()
        .replace(
          "</Relationships>",
          '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
        )
    );
  return zip([
    ...parts,
    {
      name: "xl/sharedStrings.xml",
      data: Buffer.from(`<sst ${MAIN}>${sharedStrings}</sst>`),
      method: 0,
    },
  ]);
}
const firstSheet = (bytes: Uint8Array): unknown[][] => {
  const wb = open(bytes);
  return wb.readSheet(wb.sheets[0] as NonNullable<(typeof wb.sheets)[0]>);
};

describe("XlsxWorkbook", () => {
  it("reads what ExcelJS writes: shared strings, numbers, booleans, errors, formula results, rich text, hidden sheets", async () => {
    const wb = new ExcelJS.Workbook();
    const hidden = wb.addWorksheet("Old");
    hidden.state = "hidden";
    hidden.getCell("A1").value = "stale";
    wb.addWorksheet("Very").state = "veryHidden";
    const ws = wb.addWorksheet("2016");
    ws.getCell("A1").value = "城市";
    ws.getCell("B1").value = 4.7;
    ws.getCell("C1").value = true;
    ws.getCell("D1").value = { error: "#N/A" };
    ws.getCell("E1").value = { formula: "1+1", result: 2 };
    ws.getCell("F1").value = { richText: [{ text: "无" }, { text: "锡" }] };
    ws.getCell("G1").value = { formula: 'CONCAT("a","b")', result: "ab" };
    ws.getCell("C3").value = "a & <b>";
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const book = open(bytes);
    expect(book.sheets.map((s) => [s.name, s.state])).toEqual([
      ["Old", "hidden"],
      ["Very", "veryHidden"],
      ["2016", "visible"],
    ]);
    const grid = book.readSheet(book.sheets[2] as (typeof book.sheets)[2] & object);
    expect(grid[0]).toEqual(["城市", 4.7, true, "#N/A", 2, "无锡", "ab"]);
    expect(1 in grid).toBe(false);
    expect(grid[2]?.[2]).toBe("a & <b>");
  });

  it("leaves out phonetic runs, decodes entities and OOXML escapes, follows cells without references", () => {
    const grid = firstSheet(
      withXml(
        '<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="inlineStr"><is><t>&#x4E2D;&amp;&#22269;</t></is></c></row>' +
          '<row r="5"><c r="C5" t="b"><v>0</v></c><c t="e"><v>#DIV/0!</v></c><c><v>1e999</v></c><c t="s"><v>99</v></c><c r="H5"/></row>',
        '<si><r><t>東</t></r><r><t xml:space="preserve">京 </t></r><rPh sb="0" eb="1"><t>トウ</t></rPh></si><si><t>a_x000D_b</t></si>'
      )
    );
    expect(grid[0]).toEqual(["東京 ", "a\rb", "中&国"]);
    expect(Object.keys(grid)).toEqual(["0", "4"]);
    expect(grid[4]?.slice(2)).toEqual([false, "#DIV/0!", "1e999"]);
    expect(grid[4]?.length).toBe(5); // the shared string index 99 does not exist: no cell
  });

  it("places a cell without r in the column after the previous cell (ECMA-376 §18.3.1.4), as a writer that omits r writes", () => {
    const grid = firstSheet(
      withXml(
        '<row r="2"><c r="B2" s="1"><v>1</v></c><c s="1"><v>2</v></c><c r="E2"><v>3</v></c><c t="s"><v>0</v></c></row>' +
          '<row><c><v>5</v></c><c/><c><v>7</v></c></row><row r="9"><c><v>8</v></c></row>',
        "<si><t>x</t></si>"
      )
    );
    expect(Object.keys(grid)).toEqual(["1", "2", "8"]);
    expect(Object.entries(grid[1] ?? [])).toEqual([
      ["1", 1],
      ["2", 2],
      ["4", 3],
      ["5", "x"],
    ]);
    // The next row without r is row 3; an empty cell without r still takes its column.
    expect(Object.entries(grid[2] ?? [])).toEqual([
      ["0", 5],
      ["2", 7],
    ]);
    expect(grid[8]?.[0]).toBe(8);
  });

  it("reads a part the same whether it is inflated at once (to the end) or streamed (stopping early)", () => {
    const rows = Array.from(
      { length: 3000 },
      (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r / 100}</v></c><c><v>${r}</v></c></row>`
    ).join("");
    const wb = open(withXml(rows));
    const sheet = wb.sheets[0] as NonNullable<(typeof wb.sheets)[0]>;
    const whole = wb.readSheet(sheet);
    const top = wb.readSheet(sheet, 2999);
    expect(whole).toHaveLength(3000);
    expect(whole[2999]).toEqual([29.99, 2999]);
    expect(top.slice(0, 2999)).toEqual(whole.slice(0, 2999));
  });

  it("reads namespace-prefixed parts", () => {
    const parts = xlsxParts([{ name: "S" }]).slice(0, -1);
    const sheet = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="B1"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const grid = firstSheet(
      zip([...parts, { name: "xl/worksheets/sheet1.xml", data: Buffer.from(sheet) }])
    );
    expect(grid[0]?.[1]).toBe(7);
  });

  it("costs one cell, not the bounding box, for a cell at XFD1048576", () => {
    const grid = firstSheet(withXml('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'));
    expect(grid.length).toBe(1_048_576);
    expect(Object.keys(grid)).toEqual(["1048575"]);
    expect(Object.keys(grid[1_048_575] ?? [])).toEqual(["16383"]);
  });

  it("stops early when only the top rows are wanted", () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c></row>`
    );
    const wb = open(withXml(rows.join("")));
    const top = wb.readSheet(wb.sheets[0] as NonNullable<(typeof wb.sheets)[0]>, 100);
    expect(top[0]?.[0]).toBe(0);
    expect(top.length).toBeLessThan(20_000);
  });
});

describe("XmlScanner", () => {
  it("gives the same tags and text whatever the piece boundaries", () => {
    const xml = Buffer.from(
      '<?xml version="1.0"?><!-- c --><a x="1>2" y=\'q\'><b/>t&amp;ü 中<![CDATA[<raw>]]></a>',
      "utf8"
    );
    const events = (pieceSize: number): string[] => {
      const out: string[] = [];
      const scanner = new XmlScanner({
        open: (tag) => out.push(`<${tag.name}${tag.selfClosing ? "/" : ""}>`),
        close: (name) => out.push(`</${name}>`),
        text: (b, s, e) => out.push(Buffer.from(b.subarray(s, e)).toString("utf8")),
      });
      for (let i = 0; i < xml.length; i += pieceSize)
        scanner.push(new Uint8Array(xml.subarray(i, i + pieceSize)));
      scanner.end();
      return out;
    };
    const whole = events(xml.length);
    expect(whole).toEqual(["<a>", "<b/>", "</b>", "t&amp;ü 中", "<raw>", "</a>"]);
    for (const size of [1, 2, 3, 7]) expect(events(size).join("")).toBe(whole.join(""));
  });
});
