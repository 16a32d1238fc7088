/**
 * The layout fields of issue 11 rendered by the Office writer against the fake: vertical
 * alignment and indents, row heights, page setup (orientation, print area and titles, fit to width,
 * header and footer, page breaks; ExcelApi 1.9) and every category label on charts (tick label
 * spacing 1.7, rotation 1.8). Below the requirement sets the writer skips them with a note and
 * the rest of the summary is written; the sync count stays V + 3 (one value sync for this small layout).
 */
import type { SheetLayout, SummaryLayout } from "../../src/layout/types";
import { MIN_VALUE_SYNCS } from "../../src/office/batches";
import { applyStyle } from "../../src/office/render-format";
import { headerFooterText, pageFooter } from "../../src/office/render-print";
import { writeSummary } from "../../src/office/write-summary";
import { plainSheet, withFake } from "./helpers";

const values = [
  ["City", "Score"],
  ["A", 3],
  ["B", 4],
  ["C", 5],
];

function sheet(key: string, name: string): SheetLayout {
  const base = plainSheet(key, name, values, { row: 2, columnWidths: [10, 8] });
  const [block] = base.blocks;
  if (block) block.styles = [{ row: 0, column: 0, rows: 1, columns: 2, style: "header" }];
  return {
    ...base,
    charts: [
      {
        key: "chart",
        type: "columnClustered",
        title: "Scores",
        categoriesRange: "A4:A6",
        series: [{ name: "Score", nameRange: "B3", valuesRange: "B4:B6" }],
        legend: "none",
        showAllCategoryLabels: true,
        categoryLabelRotation: -45,
        anchor: { from: "D2", to: "J16" },
      },
    ],
    rowHeights: [
      { row: 2, height: 30 },
      { row: 3, height: 18 },
      { row: 4, height: 18 },
    ],
    print: {
      orientation: "landscape",
      repeatRows: { from: 2, to: 2 },
      repeatColumns: { from: 0, to: 0 },
      fitToWidth: false,
      rowBreaks: [17],
      columnBreaks: [3],
      printArea: ["A1:C6", "D3:J16"],
      headerText: "R&D ranking",
      footerText: { page: "Page", of: "of" },
    },
  };
}

const layout: SummaryLayout = {
  language: "en",
  title: "t",
  sheets: [sheet("overall", "Overall"), { ...sheet("groups", "Groups"), print: undefined }],
};

test("header and footer codes: a literal & is doubled, the footer numbers the pages", () => {
  expect(headerFooterText("R&D")).toBe("R&&D");
  expect(pageFooter({ page: "第", of: "页，共" })).toBe("第 &P 页，共 &N");
  expect(pageFooter({ page: "Page", of: "of" })).toBe("Page &P of &N");
});

test("ExcelApi 1.9: page setup, row heights and chart labels land in the workbook in V + 3 syncs", async () => {
  await withFake({ sheets: ["Data"] }, async (fake) => {
    const before = fake.stats.syncs;
    const result = await fake.Excel.run((c) => writeSummary(c, layout));
    expect(fake.stats.syncs - before).toBe(MIN_VALUE_SYNCS + 3);
    expect(result.skipped).toEqual([]);
    const [overall, groups] = fake.snapshot({ sheets: ["Overall", "Groups"] }).sheets;
    expect(overall?.pageLayout).toEqual({
      orientation: "Landscape",
      printArea: "A1:C6,D3:J16",
      printTitleRows: "3:3",
      printTitleColumns: "A:A",
      zoom: { scale: 100 },
      headersFooters: {
        defaultForAllPages: { centerHeader: "R&&D ranking", centerFooter: "Page &P of &N" },
      },
    });
    expect(overall?.pageBreaks).toEqual({ rows: [18], columns: ["D"] });
    expect(overall?.rowHeights).toEqual({ "3": 30, "4": 18, "5": 18 });
    expect(groups?.pageLayout).toBeUndefined();
    const axis = overall?.charts[0]?.props.axes as Record<string, Record<string, unknown>>;
    expect(axis.categoryAxis).toMatchObject({ tickLabelSpacing: 1, textOrientation: -45 });
  });
});

test("fit to width: one page wide, as many tall as needed", async () => {
  const fit: SummaryLayout = {
    ...layout,
    sheets: [
      { ...sheet("overall", "Overall"), print: { orientation: "portrait", fitToWidth: true } },
    ],
  };
  await withFake({ sheets: ["Data"] }, async (fake) => {
    await fake.Excel.run((c) => writeSummary(c, fit));
    expect(fake.snapshot({ sheets: ["Overall"] }).sheets[0]?.pageLayout).toEqual({
      orientation: "Portrait",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
  });
});

test("ExcelApi 1.7: no page setup or label rotation, a note says so, the rest is written", async () => {
  await withFake({ sheets: ["Data"], requirementSets: { ExcelApi: "1.7" } }, async (fake) => {
    const result = await fake.Excel.run((c) => writeSummary(c, layout));
    expect(result.skipped).toContain("overall: print setup (ExcelApi 1.9)");
    const [overall] = fake.snapshot({ sheets: ["Overall"] }).sheets;
    expect(overall?.pageLayout).toBeUndefined();
    expect(overall?.pageBreaks).toBeUndefined();
    expect(overall?.rowHeights).toEqual({ "3": 30, "4": 18, "5": 18 });
    const axis = overall?.charts[0]?.props.axes as Record<string, Record<string, unknown>>;
    expect(axis.categoryAxis?.tickLabelSpacing).toBe(1);
    expect(axis.categoryAxis?.textOrientation).toBeUndefined();
    expect(fake.cellValue("Overall", "B6")).toBe(5);
  });
});

test("vertical alignment always; the indent only where ExcelApi 1.9 has it", async () => {
  for (const [version, indent] of [
    ["1.9", true],
    ["1.8", false],
  ] as const) {
    await withFake({ sheets: ["S"], requirementSets: { ExcelApi: version } }, async (fake) => {
      await fake.Excel.run(async (c) => {
        const range = c.workbook.worksheets.getItem("S").getRange("B2:B3");
        applyStyle(range, { verticalAlignment: "center", indent: 1 }, 2, indent);
        await c.sync();
      });
      expect(fake.cell("S", "B3")?.style).toEqual({
        verticalAlignment: "Center",
        ...(indent ? { indentLevel: 1 } : {}),
      });
    });
  }
});
