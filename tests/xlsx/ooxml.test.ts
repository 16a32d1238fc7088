import {
  escapeXml,
  escapeText,
  parseRelationships,
  relationshipsXml,
  relsPathOf,
  resolveTarget,
  tags,
  unescapeXml,
} from "../../src/xlsx/ooxml";

describe("ooxml helpers", () => {
  it("escapes and unescapes text", () => {
    const text = `a<b>&"c"'d'`;
    expect(escapeXml(text)).toBe("a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;");
    expect(unescapeXml(escapeXml(text))).toBe(text);
    expect(unescapeXml("&#x41;&#66;")).toBe("AB");
    // Tab and line breaks survive attribute normalisation; content keeps them except CR.
    expect(escapeXml("a\tb\nc\rd")).toBe("a&#9;b&#10;c&#13;d");
    expect(escapeText("a\tb\nc\rd<")).toBe("a\tb\nc&#13;d&lt;");
    // Characters XML forbids are the guard's business (src/layout/guard.ts), not removed here.
    expect(escapeXml("a\u0001b")).toBe("a\u0001b");
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
