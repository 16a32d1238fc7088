import JSZip from "jszip";
import type { ChartSpec, ChartType } from "../../src/layout";
import { absoluteRef, chartSpaceXml, drawingXml, type ChartData } from "../../src/xlsx/charts";
import { rootAndChildren, tags } from "../../src/xlsx/ooxml";
import { renderSummaryXlsx } from "../../src/xlsx/write";
import {
  chartsBySheet,
  datasetOf,
  generatedGrid,
  isWellFormed,
  layoutOf,
  worksheetParts,
} from "./helpers";

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

const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

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

describe("charts in a written workbook", () => {
  it("adds chart, drawing, relationships and content types, and places <drawing> by the schema", async () => {
    const layout = layoutOf(datasetOf(generatedGrid(20)));
    const { buffer } = await renderSummaryXlsx(layout);
    const zip = await JSZip.loadAsync(buffer);
    const types = await zip.file("[Content_Types].xml")!.async("string");
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts.length).toBe(layout.sheets.reduce((n, s) => n + s.charts.length, 0));
    for (const part of charts)
      expect(types).toContain(
        `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`
      );
    const parts = await worksheetParts(zip);
    const byChartSheet = await chartsBySheet(zip);
    for (const sheet of layout.sheets.filter((s) => s.charts.length > 0)) {
      const sheetXml = await zip.file(parts.get(sheet.name)!)!.async("string");
      const children = rootAndChildren(sheetXml).children.map((t) => t.name);
      // CT_Worksheet's sequence (ECMA-376 Part 1, 18.3.1.99): every child in schema order.
      const positions = children.map((c) => WORKSHEET_ORDER.indexOf(c));
      expect([
        children,
        positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1]!)),
      ]).toEqual([children, true]);
      expect(children).toContain("drawing");
      expect(tags(sheetXml).filter((t) => t.name === "drawing")).toHaveLength(1);
      expect(byChartSheet.get(sheet.name)).toHaveLength(sheet.charts.length);
    }
    for (const name of Object.keys(zip.files).filter((f) => /\.(xml|rels)$/.test(f)))
      expect([name, isWellFormed(await zip.file(name)!.async("string"))]).toEqual([name, true]);
  });
});
