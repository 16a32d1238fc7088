/** The package's streaming XML check (src/xlsx/xml-check.ts): accepts what parsers accept, refuses the rest. */
import { XMLValidator } from "fast-xml-parser";
import { PackageWriter } from "../../src/xlsx/package";
import { XmlCheck } from "../../src/xlsx/xml-check";

/** Runs the check over `xml` cut into pieces of `size` characters; returns the error or "ok". */
function check(xml: string, size = xml.length): string {
  try {
    const c = new XmlCheck("part.xml");
    for (let i = 0; i < xml.length; i += size) c.push(xml.slice(i, i + size));
    c.end();
    return "ok";
  } catch (e) {
    return (e as Error).message;
  }
}

const sheet = (rows: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="m"><sheetData>${rows}</sheetData></worksheet>`;
const GOOD = sheet(
  `<row r="1" ht="30" customHeight="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="2"/></row>` +
    `<row r="2"><c r="A2"><v>-1.5e+21</v></c><c r="B2" s="3"><v>0.763904761904762</v></c></row>`
);

describe("XmlCheck", () => {
  it("scans characters between and after the cell rows the fast path matched, in any split", () => {
    const rows = `<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2" s="2"/></row>`;
    const between = sheet(`${rows}\u0001${rows}`);
    const inRow = sheet(
      `${rows}<row r="3"><c r="A3" t="inlineStr"><is><t>a\u0002</t></is></c></row>`
    );
    for (const size of [5, 33, 64, 1 << 16]) {
      expect(check(between, size)).toMatch(/U\+0001 is not allowed/);
      expect(check(inRow, size)).toMatch(/U\+0002 is not allowed/);
    }
  });

  it("accepts well-formed parts in any split, fast path or not", () => {
    for (const size of [1, 2, 3, 7, 64, GOOD.length])
      expect([size, check(GOOD, size)]).toEqual([size, "ok"]);
    const mixed = `<a x="1" y='&lt;&#x4E2D;&#20013;'><b>t &amp; u</b><c/><d:e f="g>"></d:e></a>`;
    expect(XMLValidator.validate(mixed)).toBe(true);
    for (const size of [1, 5, mixed.length]) expect(check(mixed, size)).toBe("ok");
  });

  it.each([
    ["NaN in a value", sheet(`<row r="1"><c r="A1"><v>NaN</v></c></row>`), /not a number/],
    [
      "Infinity in a value",
      sheet(`<row r="1"><c r="A1"><v>-Infinity</v></c></row>`),
      /not a number/,
    ],
    ["text in a value", sheet(`<row r="1"><c r="A1"><v>1e</v></c></row>`), /not a number/],
    ["a control character", `<a>x\u0001y</a>`, /U\+0001/],
    ["U+FFFE", `<a>\ufffe</a>`, /U\+fffe/],
    ["a lone surrogate", `<a>\ud800x</a>`, /U\+d800/],
    ["a lone surrogate at the end", `<a>x</a>\udc00`, /U\+dc00|not allowed/],
    ["a reference to a forbidden character", `<a>&#1;</a>`, /forbids/],
    ["an unknown entity", `<a>&nbsp;</a>`, /reference/],
    ["a bare ampersand", `<a>AT&T</a>`, /reference/],
    ["mismatched tags", `<a><b></a></b>`, /does not match/],
    ["an unclosed element", `<a><b></b>`, /ends inside/],
    ["two roots", `<a/><b/>`, /second root/],
    ["text outside the root", `<a/>x`, /outside the root/],
    ["a repeated attribute", `<a x="1" x="2"/>`, /repeated attribute/],
    ["an unquoted attribute", `<a x=1/>`, /unquoted/],
    ["'<' in an attribute", `<a x="<"/>`, /'<'|unexpected/],
    ["CDATA", `<a><![CDATA[x]]></a>`, /CDATA/],
  ])("refuses %s", (_, xml, reason) => {
    for (const size of [1, 4, xml.length]) expect(check(xml, size)).toMatch(reason);
  });

  it("reports data-bar ids from both places", () => {
    const c = new XmlCheck("s.xml");
    c.push(
      `<w><cfRule><extLst><ext><x14:id>{A}</x14:id></ext></extLst></cfRule>` +
        `<extLst><ext><x14:conditionalFormattings><x14:conditionalFormatting><x14:cfRule type="dataBar" id="{A}"/>` +
        `</x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst></w>`
    );
    c.end();
    expect(c.dataBarIds).toEqual(["{A}"]);
    expect(c.dataBarRuleIds).toEqual(["{A}"]);
  });
});

describe("byte rows (PartWriter.writeAscii) pass the same check", () => {
  const PART = "xl/worksheets/sheet1.xml";
  /** Writes the rows as byte chunks (one per string) inside a sheet; returns the error or "ok". */
  async function write(rows: string | Uint8Array | string[]): Promise<string> {
    const chunks = Array.isArray(rows) ? rows : [rows];
    const pkg = new PackageWriter(new Map([[PART, undefined]]), () => undefined, {
      level: 1,
      mtime: new Date(Date.UTC(2015, 0, 1)),
    });
    try {
      await pkg.part(PART, (out) => {
        out.write(`<worksheet xmlns="m"><sheetData>`);
        for (const c of chunks)
          out.writeAscii(typeof c === "string" ? Buffer.from(c, "latin1") : c);
        out.write(`</sheetData></worksheet>`);
      });
      await pkg.finish();
      return "ok";
    } catch (e) {
      return (e as Error).message;
    }
  }

  it("accepts cells without `r` after the first of a row (ECMA-376 §18.3.1.4)", async () => {
    expect(
      await write(`<row r="1"><c r="B1" s="2"><v>1.5</v></c><c s="2"/><c t="s"><v>0</v></c></row>`)
    ).toBe("ok");
  });

  const GOOD_ROW = `<row r="1" ht="20" customHeight="1"><c r="A1" s="1" t="s"><v>3</v></c><c s="2"><v>-0.25</v></c></row>`;

  it("accepts rows cut anywhere between two byte chunks", async () => {
    const rows = GOOD_ROW.repeat(3);
    for (const at of [1, 8, 40, GOOD_ROW.length, GOOD_ROW.length + 5, rows.length - 1])
      expect([at, await write([rows.slice(0, at), rows.slice(at)])]).toEqual([at, "ok"]);
  });

  it.each([
    ["a value that is not a number", `<row r="1"><c r="A1"><v>NaN</v></c></row>`, /not a number/],
    [
      "a broken row after good ones",
      `${GOOD_ROW}${GOOD_ROW}<row r="3"><c r="A3"></row>`,
      /near character 2\d\d: .*does not match/,
    ],
    [
      "a repeated attribute after good rows",
      `${GOOD_ROW}<row r="2" r="3"></row>`,
      /repeated attribute/,
    ],
    [
      "an unclosed row at the end",
      `${GOOD_ROW}<row r="2"><c r="A2"><v>1</v></c>`,
      /ends inside|does not match/,
    ],
    [
      "a value that is not a number after good rows",
      `${GOOD_ROW}<row r="2"><c r="A2"><v>1e5e</v></c></row>`,
      /not a number/,
    ],
    ["an unclosed cell", `<row r="1"><c r="A1"><v>1</v></row>`, /does not match/],
    ["a control character", `<row r="1"><c r="A1"><v>1</v></c></row>\u0001`, /U\+0001/],
    ["a byte that is not ASCII", `<row r="1"><c r="A1"><v>1</v></c></row>\u00e9`, /not ASCII/],
  ])("refuses %s", async (_, rows, reason) => {
    expect(await write(rows)).toMatch(reason);
  });
});
