/**
 * Worksheet settings asserted in the written XML: data bars Excel opens without repair (2007 rule
 * plus the 2010 extension linked by one GUID, [MS-XLSX] 2.6.25), print setup from
 * `SheetLayout.print` (issue 11 "Print"), row heights, chart label settings, hostile sheet names.
 */
import JSZip from "jszip";
import ExcelJS from "exceljs";
import type { SummaryLayout } from "../../src/layout";
import { renderSummaryXlsx } from "../../src/xlsx/write";
import { datasetOf, generatedGrid, layoutOf, worksheetParts } from "./helpers";

async function written(
  layout: SummaryLayout
): Promise<{ zip: JSZip; sheetXml: (key: string) => Promise<string> }> {
  const { buffer } = await renderSummaryXlsx(layout);
  const zip = await JSZip.loadAsync(buffer);
  const parts = await worksheetParts(zip);
  return {
    zip,
    sheetXml: (key) =>
      zip.file(parts.get(layout.sheets.find((s) => s.key === key)!.name)!)!.async("string"),
  };
}

const GUID = /^\{[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}\}$/;

describe("data bars", () => {
  it("link the 2007 rule and the x14 rule by one real GUID (not the empty <x14:id/> of exceljs#3015)", async () => {
    const layout = layoutOf(datasetOf(generatedGrid(12)));
    const { sheetXml } = await written(layout);
    const overall = layout.sheets.find((s) => s.key === "overall")!;
    const bar = overall.conditionalFormats.find((c) => c.type === "dataBar")!;
    const xml = await sheetXml("overall");
    const ids = [...xml.matchAll(/<x14:id>([^<]*)<\/x14:id>/g)].map((m) => m[1]);
    const rules = [...xml.matchAll(/<x14:cfRule type="dataBar" id="([^"]*)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(1);
    expect(ids[0]).toMatch(GUID);
    expect(rules).toEqual(ids);
    expect(xml).not.toContain("<x14:id/>");
    expect(xml).toContain(
      `<conditionalFormatting sqref="${bar.range}"><cfRule type="dataBar" priority="1"><dataBar>`
    );
    expect(xml).toContain(`<xm:sqref>${bar.range}</xm:sqref>`);
    expect(xml).toMatch(
      /<extLst><ext uri="\{78C0D931-6437-407d-A8EE-F0AAD7539E65\}"[^>]*><x14:conditionalFormattings>/
    );
    // The same workbook gives the same GUID (reproducible output).
    expect(await (await written(layout)).sheetXml("overall")).toContain(ids[0]);
  });
});

describe("print setup, row heights and chart labels", () => {
  const layout = layoutOf(datasetOf(generatedGrid(30)));
  const overall = layout.sheets.find((s) => s.key === "overall")!;
  overall.print = {
    orientation: "landscape",
    fitToWidth: true,
    repeatRows: { from: 2, to: 3 },
    repeatColumns: { from: 0, to: 1 },
    rowBreaks: [20, 10],
    columnBreaks: [5],
    printArea: ["A1:E33", "F4:N33"],
    headerText: "Ranking & more",
    footerText: { page: "Page", of: "of" },
  };
  overall.rowHeights = [
    { row: 3, height: 42 },
    { row: 60, height: 20 },
  ];
  const statistics = layout.sheets.find((s) => s.key === "statistics")!;
  statistics.print = { orientation: "portrait", fitToWidth: false };
  const chart = statistics.charts[0]!;
  chart.showAllCategoryLabels = true;
  chart.categoryLabelRotation = -45;
  let result: Awaited<ReturnType<typeof written>>;
  beforeAll(async () => {
    result = await written(layout);
  });

  it("writes orientation, A4 and fit to width only when asked", async () => {
    const xml = await result.sheetXml("overall");
    expect(xml).toContain(
      `<sheetPr><tabColor rgb="FF4472C4"/><pageSetUpPr fitToPage="1"/></sheetPr>`
    );
    expect(xml).toContain(
      `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>`
    );
    const plain = await result.sheetXml("statistics");
    expect(plain).toContain(`<pageSetup paperSize="9" orientation="portrait"/>`);
    expect(plain).not.toContain("fitToPage");
  });

  it("writes header, footer and manual page breaks", async () => {
    const xml = await result.sheetXml("overall");
    expect(xml).toContain(
      `<headerFooter><oddHeader>&amp;CRanking &amp;&amp; more</oddHeader><oddFooter>&amp;CPage &amp;P of &amp;N</oddFooter></headerFooter>`
    );
    expect(xml).toContain(
      `<rowBreaks count="2" manualBreakCount="2"><brk id="10" max="16383" man="1"/><brk id="20" max="16383" man="1"/></rowBreaks>`
    );
    expect(xml).toContain(
      `<colBreaks count="1" manualBreakCount="1"><brk id="5" max="1048575" man="1"/></colBreaks>`
    );
  });

  it("writes print titles as the sheet's _xlnm.Print_Titles", async () => {
    const workbook = await result.zip.file("xl/workbook.xml")!.async("string");
    const index = layout.sheets.indexOf(overall);
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">'${overall.name}'!$A:$B,'${overall.name}'!$3:$4</definedName>`
    );
  });

  it("writes a print area of several rectangles as _xlnm.Print_Area, only where the layout has one", async () => {
    const workbook = await result.zip.file("xl/workbook.xml")!.async("string");
    const index = layout.sheets.indexOf(overall);
    const name = `'${overall.name}'`;
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="${index}">${name}!$A$1:$E$33,${name}!$F$4:$N$33</definedName>`
    );
    const withArea = layout.sheets.filter((s) => s.print?.printArea !== undefined);
    expect(withArea).not.toContain(statistics);
    expect(workbook.match(/_xlnm\.Print_Area/g)).toHaveLength(withArea.length);
  });

  it("writes row heights, also for rows without cells", async () => {
    const xml = await result.sheetXml("overall");
    expect(xml).toMatch(/<row r="4" ht="42" customHeight="1">/);
    expect(xml).toContain(`<row r="61" ht="20" customHeight="1"></row>`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await result.zip.generateAsync({ type: "nodebuffer" })) as unknown as ExcelJS.Buffer
    );
    expect(wb.getWorksheet(overall.name)!.getRow(4).height).toBe(42);
  });

  it("shows every category label, rotated, when the chart asks", async () => {
    const charts = Object.keys(result.zip.files).filter((f) =>
      /^xl\/charts\/chart\d+\.xml$/.test(f)
    );
    const xmls = await Promise.all(charts.map((f) => result.zip.file(f)!.async("string")));
    // The layout asks every chart for all labels; the rotated ones (-90°) carry them too.
    const rotated = xmls.filter((x) => x.includes(`<a:bodyPr rot="-2700000" vert="horz"/>`));
    expect(rotated.length).toBeGreaterThan(0);
    for (const xml of rotated) {
      expect(xml).toContain(`<c:tickLblSkip val="1"/>`);
      expect(xml).toContain(`<c:noMultiLvlLbl val="1"/>`);
    }
  });
});

describe("sheet names", () => {
  it("are XML-escaped in workbook.xml and quoted in references", async () => {
    const layout = layoutOf(datasetOf(generatedGrid(8)));
    layout.sheets[0]!.name = `A&B <"x"> q'r`;
    layout.sheets[0]!.print = {
      orientation: "landscape",
      fitToWidth: false,
      printArea: ["A1:B2", "C2:D3"],
    };
    const { zip } = await written(layout);
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbook).toContain(
      `<sheet name="A&amp;B &lt;&quot;x&quot;&gt; q&apos;r" sheetId="1" r:id="rId1"/>`
    );
    const quoted = `'A&amp;B &lt;"x"&gt; q''r'`;
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="0">${quoted}!$A$1:$B$2,${quoted}!$C$2:$D$3</definedName>`
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await zip.generateAsync({ type: "nodebuffer" })) as unknown as ExcelJS.Buffer
    );
    expect(wb.worksheets[0]!.name).toBe(`A&B <"x"> q'r`);
  });
});
