import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { ChartSpec, ChartType } from "../../src/layout";
import {
  absoluteRef,
  addCharts,
  chartSpaceXml,
  drawingXml,
  type ChartData,
} from "../../src/xlsx/charts";
import { rootAndChildren, tags, worksheetParts } from "../../src/xlsx/ooxml";
import { chartsBySheet, isWellFormed } from "./helpers";

const spec = (type: ChartType, extra: Partial<ChartSpec> = {}): ChartSpec => ({
  key: "k",
  type,
  title: "Top <ten> & more",
  categoriesRange: "B3:B5",
  series: [
    { name: "Total", nameRange: "C2", valuesRange: "C3:C5", color: "#4472C4" },
    { name: "Rate", nameRange: "D2", valuesRange: "D3:D5" },
  ],
  categoryAxisTitle: "City",
  valueAxisTitle: "Score",
  legend: "bottom",
  anchor: { from: "F2", to: "M17" },
  ...extra,
});

const data = (s: ChartSpec): ChartData => ({
  spec: s,
  categories: ["无锡", "上海", "=1+1"],
  series: [
    { name: "Total", values: [80.2, 80.05, null] },
    { name: "Rate", values: [0.764, 0.762, 0.1] },
  ],
});

/** Names of the direct children of the first `element` in `xml`. */
function childNames(xml: string, element: string): string[] {
  const start = xml.indexOf(`<${element}>`);
  const end = xml.indexOf(`</${element}>`, start);
  return rootAndChildren(xml.slice(start, end + element.length + 3)).children.map((t) => t.name);
}

/** `names` follow the order of `schema` (each name in it, never going back). */
function inSchemaOrder(names: string[], schema: string[]): boolean {
  let at = 0;
  for (const name of names) {
    const k = schema.indexOf(name, at);
    if (k < 0) return false;
    at = k;
  }
  return true;
}

const ORDER = {
  chartSpace: ["c:date1904", "c:lang", "c:roundedCorners", "c:chart"],
  chart: [
    "c:title",
    "c:autoTitleDeleted",
    "c:plotArea",
    "c:legend",
    "c:plotVisOnly",
    "c:dispBlanksAs",
  ],
  barChart: [
    "c:barDir",
    "c:grouping",
    "c:varyColors",
    "c:ser",
    "c:dLbls",
    "c:gapWidth",
    "c:overlap",
    "c:serLines",
    "c:axId",
  ],
  ser: [
    "c:idx",
    "c:order",
    "c:tx",
    "c:spPr",
    "c:invertIfNegative",
    "c:marker",
    "c:explosion",
    "c:dPt",
    "c:dLbls",
    "c:cat",
    "c:val",
    "c:smooth",
  ],
  catAx: [
    "c:axId",
    "c:scaling",
    "c:delete",
    "c:axPos",
    "c:majorGridlines",
    "c:title",
    "c:numFmt",
    "c:majorTickMark",
    "c:minorTickMark",
    "c:tickLblPos",
    "c:crossAx",
    "c:crosses",
    "c:auto",
    "c:lblAlgn",
    "c:lblOffset",
    "c:noMultiLvlLbl",
  ],
  valAx: [
    "c:axId",
    "c:scaling",
    "c:delete",
    "c:axPos",
    "c:majorGridlines",
    "c:title",
    "c:numFmt",
    "c:majorTickMark",
    "c:minorTickMark",
    "c:tickLblPos",
    "c:crossAx",
    "c:crosses",
    "c:crossBetween",
  ],
  scaling: ["c:logBase", "c:orientation", "c:max", "c:min"],
};

describe("absoluteRef", () => {
  it("quotes the sheet and makes the range absolute", () => {
    expect(absoluteRef("统计分析", "B2:B11")).toBe("'统计分析'!$B$2:$B$11");
    expect(absoluteRef("It's", "C2")).toBe("'It''s'!$C$2");
  });
});

describe("chartSpaceXml", () => {
  const types: ChartType[] = [
    "columnClustered",
    "columnStacked",
    "barClustered",
    "barStacked",
    "line",
    "pie",
    "radar",
  ];

  it.each(types)("%s is well-formed and in schema order", (type) => {
    const xml = chartSpaceXml("Sheet & <1>", data(spec(type)));
    expect(isWellFormed(xml)).toBe(true);
    expect(
      inSchemaOrder(
        rootAndChildren(xml).children.map((t) => t.name),
        ORDER.chartSpace
      )
    ).toBe(true);
    expect(inSchemaOrder(childNames(xml, "c:chart"), ORDER.chart)).toBe(true);
    expect(inSchemaOrder(childNames(xml, "c:ser"), ORDER.ser)).toBe(true);
    if (type !== "pie") {
      expect(inSchemaOrder(childNames(xml, "c:catAx"), ORDER.catAx)).toBe(true);
      expect(inSchemaOrder(childNames(xml, "c:valAx"), ORDER.valAx)).toBe(true);
    } else {
      expect(xml).not.toContain("<c:catAx>");
    }
    expect(xml).toContain("<c:f>&apos;Sheet &amp; &lt;1&gt;&apos;!$B$3:$B$5</c:f>");
    expect(xml).toContain("<a:t>Top &lt;ten&gt; &amp; more</a:t>");
  });

  it("writes bars with direction, grouping and overlap", () => {
    const column = chartSpaceXml("S", data(spec("columnClustered")));
    expect(inSchemaOrder(childNames(column, "c:barChart"), ORDER.barChart)).toBe(true);
    expect(column).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    const stacked = chartSpaceXml("S", data(spec("barStacked")));
    expect(stacked).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
    expect(stacked).toContain('<c:overlap val="100"/>');
    // Horizontal bars list the first category at the top, the value axis at the bottom.
    expect(stacked).toContain('<c:orientation val="maxMin"/>');
    expect(stacked).toContain('<c:crosses val="max"/>');
  });

  it("writes line markers, radar style and pie colours", () => {
    expect(chartSpaceXml("S", data(spec("line")))).toContain(
      '<c:lineChart><c:grouping val="standard"/>'
    );
    expect(chartSpaceXml("S", data(spec("radar")))).toContain(
      '<c:radarChart><c:radarStyle val="marker"/>'
    );
    expect(chartSpaceXml("S", data(spec("pie")))).toContain('<c:pieChart><c:varyColors val="1"/>');
  });

  it("caches names, categories and values, skipping empty points", () => {
    const xml = chartSpaceXml("S", data(spec("columnClustered")));
    expect(xml).toContain(
      '<c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>Total</c:v></c:pt></c:strCache>'
    );
    expect(xml).toContain('<c:pt idx="2"><c:v>=1+1</c:v></c:pt>');
    expect(xml).toContain(
      '<c:ptCount val="3"/><c:pt idx="0"><c:v>80.2</c:v></c:pt><c:pt idx="1"><c:v>80.05</c:v></c:pt></c:numCache>'
    );
    expect(xml).toContain('<a:srgbClr val="4472C4"/>');
  });

  it("writes axis limits, number format, titles and legend position", () => {
    const xml = chartSpaceXml(
      "S",
      data(
        spec("columnClustered", {
          valueAxisMin: 0,
          valueAxisMax: 1,
          valueAxisNumberFormat: "0%",
          legend: "right",
        })
      )
    );
    expect(inSchemaOrder(childNames(xml, "c:scaling"), ORDER.scaling)).toBe(true);
    expect(xml).toContain('<c:max val="1"/><c:min val="0"/>');
    expect(xml).toContain('<c:numFmt formatCode="0%" sourceLinked="0"/>');
    expect(xml).toContain("<a:t>City</a:t>");
    expect(xml).toContain("<a:t>Score</a:t>");
    expect(xml).toContain('<c:legendPos val="r"/>');
    expect(chartSpaceXml("S", data(spec("pie", { legend: "none" })))).not.toContain("<c:legend>");
  });
});

describe("drawingXml", () => {
  it("anchors each chart over its cells, both corners included", () => {
    const xml = drawingXml([{ from: "F2", to: "M17", relationshipId: "rId1", name: "A & B" }]);
    expect(isWellFormed(xml)).toBe(true);
    expect(xml).toContain(
      "<xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>"
    );
    expect(xml).toContain(
      "<xdr:to><xdr:col>13</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>17</xdr:row>"
    );
    expect(xml).toContain('r:id="rId1"');
    expect(xml).toContain('name="A &amp; B"');
  });
});

/** A package as ExcelJS writes it, with a data bar (its cfRule has an extLst), a table and a link. */
async function excelJsPackage(): Promise<JSZip> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Top & <ten>");
  ws.addTable({
    name: "t1",
    ref: "B2",
    headerRow: true,
    columns: [{ name: "City" }, { name: "Total" }, { name: "Rate" }],
    rows: [
      ["a", 1, 0.1],
      ["b", 2, 0.2],
      ["c", 3, 0.3],
    ],
  });
  ws.addConditionalFormatting({
    ref: "C3:C5",
    rules: [
      {
        type: "dataBar",
        priority: 1,
        cfvo: [{ type: "min" }, { type: "max" }],
        color: { argb: "FF5B9BD5" },
      } as unknown as ExcelJS.ConditionalFormattingRule,
    ],
  });
  ws.getCell("A1").value = { text: "go", hyperlink: "'Plain'!A1" };
  wb.addWorksheet("Plain").getCell("A1").value = 1;
  return JSZip.loadAsync(await wb.xlsx.writeBuffer());
}

describe("addCharts", () => {
  it("adds chart, drawing, relationships and content types, and places <drawing> by the schema", async () => {
    const zip = await excelJsPackage();
    const chart = data(
      spec("columnClustered", {
        categoriesRange: "B3:B5",
        series: [{ name: "Total", nameRange: "C2", valuesRange: "C3:C5" }],
      })
    );
    const count = await addCharts(zip, [
      { sheetName: "Top & <ten>", charts: [chart, chart] },
      { sheetName: "Plain", charts: [] },
    ]);
    expect(count).toBe(2);
    expect(
      Object.keys(zip.files)
        .filter((f) => /^xl\/(charts|drawings)\/.*\.xml(\.rels)?$/.test(f))
        .sort()
    ).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
    ]);
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>'
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>'
    );

    const part = (await worksheetParts(zip)).get("Top & <ten>")!;
    const sheetXml = await zip.file(part)!.async("string");
    const children = rootAndChildren(sheetXml).children.map((t) => t.name);
    expect(
      children.slice(children.indexOf("drawing") - 1, children.indexOf("drawing") + 3)
    ).toEqual(["pageSetup", "drawing", "tableParts", "extLst"]);
    expect(tags(sheetXml).filter((t) => t.name === "drawing")).toHaveLength(1);
    for (const name of Object.keys(zip.files).filter((f) => /\.(xml|rels)$/.test(f)))
      expect(isWellFormed(await zip.file(name)!.async("string"))).toBe(true);

    const charts = await chartsBySheet(zip);
    expect(charts.get("Top & <ten>")?.map((c) => c.path)).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
    ]);
    expect(charts.has("Plain")).toBe(false);

    // The rest of the package still reads: ExcelJS loads it with its table and values.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await zip.generateAsync({ type: "nodebuffer" })) as unknown as ExcelJS.Buffer
    );
    expect(wb.getWorksheet("Top & <ten>")?.getCell("C5").value).toBe(3);
  });

  it("refuses an unknown sheet and a sheet that already has a drawing", async () => {
    const zip = await excelJsPackage();
    const chart = data(spec("pie"));
    await expect(addCharts(zip, [{ sheetName: "Nope", charts: [chart] }])).rejects.toThrow(
      /No worksheet named "Nope"/
    );
    await addCharts(zip, [{ sheetName: "Plain", charts: [chart] }]);
    await expect(addCharts(zip, [{ sheetName: "Plain", charts: [chart] }])).rejects.toThrow(
      /already has a drawing/
    );
  });
});
