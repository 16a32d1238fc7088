import {
  escapeXml,
  insertChild,
  nextRelationshipId,
  parseRelationships,
  relationshipsXml,
  relsPathOf,
  resolveTarget,
  rootAndChildren,
  tags,
  unescapeXml,
} from "../../src/xlsx/ooxml";

describe("ooxml helpers", () => {
  it("escapes and unescapes text", () => {
    const text = `a<b>&"c"'d'`;
    expect(escapeXml(text)).toBe("a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;");
    expect(unescapeXml(escapeXml(text))).toBe(text);
    expect(unescapeXml("&#x41;&#66;")).toBe("AB");
    expect(escapeXml("a\u0001b")).toBe("ab"); // control characters are not allowed in XML 1.0
  });

  it("finds tags, with '>' inside attribute values and comments skipped", () => {
    const xml = `<?xml version="1.0"?><root a="x>y"><!-- <fake/> --><child b='1'/><c:x>t</c:x></root>`;
    const found = tags(xml);
    expect(found.map((t) => `${t.kind}:${t.name}`)).toEqual([
      "open:root",
      "empty:child",
      "open:c:x",
      "close:c:x",
      "close:root",
    ]);
    expect(found[0]?.attributes.a).toBe("x>y");
  });

  it("inserts a child of the root before the first schema successor, not inside a nested element", () => {
    const xml = `<worksheet><sheetData/><cf><rule><extLst/></rule></cf><tableParts/><extLst/></worksheet>`;
    const out = insertChild(xml, "<drawing/>", ["tableParts", "extLst"]);
    expect(out).toBe(
      `<worksheet><sheetData/><cf><rule><extLst/></rule></cf><drawing/><tableParts/><extLst/></worksheet>`
    );
    expect(insertChild("<w><a/></w>", "<drawing/>", ["extLst"])).toBe("<w><a/><drawing/></w>");
    expect(rootAndChildren(out).children.map((t) => t.name)).toEqual([
      "sheetData",
      "cf",
      "drawing",
      "tableParts",
      "extLst",
    ]);
    // Skipping the content of <sheetData> (large sheets) gives the same result.
    const big = `<worksheet><sheetData><row><c><is><t>&lt;tableParts/&gt;</t></is></c></row></sheetData><tableParts/></worksheet>`;
    expect(insertChild(big, "<drawing/>", ["tableParts"], "sheetData")).toBe(
      insertChild(big, "<drawing/>", ["tableParts"])
    );
    expect(insertChild("<w><sheetData/><x/></w>", "<d/>", ["x"], "sheetData")).toBe(
      "<w><sheetData/><d/><x/></w>"
    );
  });

  it("handles relationships and part paths", () => {
    const rels = parseRelationships(
      relationshipsXml([
        { id: "rId1", type: "t", target: "../x.xml" },
        { id: "rId7", type: "h", target: "a&b", targetMode: "External" },
      ])
    );
    expect(rels).toEqual([
      { id: "rId1", type: "t", target: "../x.xml", targetMode: undefined },
      { id: "rId7", type: "h", target: "a&b", targetMode: "External" },
    ]);
    expect(nextRelationshipId(rels)).toBe("rId8");
    expect(nextRelationshipId([])).toBe("rId1");
    expect(relsPathOf("xl/worksheets/sheet1.xml")).toBe("xl/worksheets/_rels/sheet1.xml.rels");
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../drawings/drawing1.xml")).toBe(
      "xl/drawings/drawing1.xml"
    );
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet2.xml")).toBe(
      "xl/worksheets/sheet2.xml"
    );
    expect(resolveTarget("xl/workbook.xml", "/xl/worksheets/sheet3.xml")).toBe(
      "xl/worksheets/sheet3.xml"
    );
  });
});
