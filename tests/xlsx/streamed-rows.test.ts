/**
 * The layout's per-city tables are streamed blocks (docs/adr/0012-layout-row-source.md): the
 * .xlsx writer reads their rows through `blockRow` and never builds `block.values`, so memory
 * holds one row at a time, not every sheet's cells. Reading `values` anywhere in the writer
 * would build the grid and end the streaming, which this test sees.
 */
import { dataset2015 } from "../../src/engine/bundled";
import { guardLayout } from "../../src/layout/guard";
import ExcelJS from "exceljs";
import { rowSourceOf, textIdsOf, withRowSource } from "../../src/layout/rows";
import { renderSummaryXlsx } from "../../src/xlsx/write";
import { datasetOf, generatedGrid, layoutOf } from "./helpers";

test("writing the workbook leaves every streamed block streamed", async () => {
  const grid = generatedGrid(40);
  const layout = layoutOf(dataset2015(), "en");
  const streamed = () =>
    layout.sheets.flatMap((s) =>
      s.blocks.filter((b) => rowSourceOf(b) !== undefined).map((b) => `${s.key}/${b.key}`)
    );
  const before = streamed();
  // The per-city tables: ranking, ranks within groups, six dimension rankings, 16 indicators.
  expect(before).toEqual(
    expect.arrayContaining(["overall/ranking", "groupRanks/ranks", "indicators/indicator16"])
  );
  expect(before.filter((k) => k.startsWith("dimension."))).toHaveLength(6);
  const written = await renderSummaryXlsx(layout, { source: { grid, headerRows: 1 } });
  expect(written.sheets).toHaveLength(layout.sheets.length + 1);
  expect(streamed()).toEqual(before);
});

test("reading block.values builds the grid once, and it matches the streamed rows", () => {
  const layout = layoutOf(dataset2015());
  const block = layout.sheets
    .find((s) => s.key === "overall")
    ?.blocks.find((b) => b.key === "ranking");
  const source = block && rowSourceOf(block);
  expect(source).toBeDefined();
  const rows = Array.from({ length: block?.rows ?? 0 }, (_, i) => source?.(i));
  expect(block?.values).toEqual(rows);
  expect(block?.values).toBe(block?.values); // kept, not rebuilt
  expect(block && rowSourceOf(block)).toBeUndefined(); // writers now read the built grid
});

test("rows guarded while written report the same repairs as a full scan (counted once, first place first)", async () => {
  const layout = layoutOf(dataset2015(), "en");
  // Hostile values in two streamed blocks of different sheets, and a chart title on a later sheet.
  const hostile = (sheetKey: string, blockKey: string, rows: number[]): void => {
    const sheet = layout.sheets.find((s) => s.key === sheetKey);
    const index = sheet?.blocks.findIndex((b) => b.key === blockKey) ?? -1;
    const block = sheet?.blocks[index];
    const source = block && rowSourceOf(block);
    if (!sheet || !block || !source) throw new Error(`no streamed block ${sheetKey}/${blockKey}`);
    sheet.blocks[index] = withRowSource(block, (i) => {
      const row = source(i);
      if (!row || !rows.includes(i)) return row;
      return row.map((v) =>
        typeof v === "string" ? `${v}\u0001` : typeof v === "number" ? NaN : v
      );
    });
  };
  hostile("overall", "ranking", [5, 3]);
  hostile("groupRanks", "ranks", [2]);
  // Row 1 of a dimension ranking is read twice: for its top ten chart and by the sheet's rows.
  hostile("dimension.infra", "ranking", [1]);
  const later = [...layout.sheets].reverse().find((s) => s.charts.length > 0);
  if (!later?.charts[0]) throw new Error("no chart");
  later.charts[0].title = "chart\u0002";

  const scanned = guardLayout(layout).repairs;
  expect(scanned).toHaveLength(2);
  expect(scanned[0]).toMatch(/first: 'Overall ranking'!B\d+\./);
  const written = await renderSummaryXlsx(layout);
  expect(written.repairs).toEqual(scanned);
});

test("city names written by their ids: a cell whose text differs from its id's is written as it is", async () => {
  const layout = layoutOf(dataset2015(), "en");
  const sheet = layout.sheets.find((s) => s.key === "overall");
  const index = sheet?.blocks.findIndex((b) => b.key === "ranking") ?? -1;
  const block = sheet?.blocks[index];
  const source = block && rowSourceOf(block);
  if (!sheet || !block || !source) throw new Error("no streamed overall ranking");
  // City (B), city as given (C), region, province and level (D-F) are text-id columns of the ranking.
  expect(textIdsOf(block)?.columns.map((c) => c.column)).toEqual([1, 2, 3, 4, 5]);
  const renamed = new Map([
    [1, ["Renamed", "改名"]],
    [4, ["Wuxi", "无锡"]], // the text of another city's id: still written as given here
  ]);
  sheet.blocks[index] = withRowSource(block, (i) => {
    const row = source(i);
    const names = renamed.get(i);
    return row && names ? [row[0] ?? null, ...names, ...row.slice(3)] : row;
  });
  const { buffer } = await renderSummaryXlsx(layout);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  // Every text-id column of every sheet as the layout says (a renamed cell in the first sheet
  // does not rename the city elsewhere).
  let checked = 0;
  for (const s of layout.sheets) {
    const ws = workbook.getWorksheet(s.name);
    for (const b of s.blocks) {
      const columns = textIdsOf(b)?.columns ?? [];
      for (let i = 0; i < b.rows; i++)
        for (const { column: j } of columns) {
          const written = ws?.getCell(b.row + i + 1, b.column + j + 1).value;
          expect([s.key, i, j, written]).toEqual([s.key, i, j, b.values[i]?.[j] ?? null]);
          checked += 1;
        }
    }
  }
  expect(checked).toBeGreaterThan(1000);
  const ws = workbook.getWorksheet(sheet.name);
  const expected = sheet.blocks[index];
  if (!ws || !expected) throw new Error("no sheet");
  expect(ws.getCell(expected.row + 2, 2).value).toBe("Renamed");
  expect(ws.getCell(expected.row + 5, 3).value).toBe("无锡");
});

test("a city name with a forbidden character is repaired on every sheet, each cell counted, as a full scan does", async () => {
  const grid = generatedGrid(30);
  const row = grid[3];
  if (!row) throw new Error("no row");
  row[0] = `${String(row[0])}\u0001`; // a C0 control in a city name: checked once by id, repaired everywhere
  const layout = layoutOf(datasetOf(grid), "en");
  const scanned = guardLayout(layout).repairs;
  expect(scanned).toHaveLength(1);
  const { buffer, repairs } = await renderSummaryXlsx(layout);
  expect(repairs).toEqual(scanned);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  let repairedCells = 0;
  workbook.eachSheet((ws) =>
    ws.eachRow((r) =>
      r.eachCell((cell) => {
        const v = cell.value;
        if (typeof v === "string" && v.includes("\u0001")) throw new Error(`${ws.name}: ${v}`);
        if (typeof v === "string" && v.includes("\ufffd")) repairedCells += 1;
      })
    )
  );
  // Overall ranking, ranks within groups, six dimension rankings, 16 indicator rankings, source,
  // and the top-ten tables of the two dimensions where this city is among the first ten.
  expect(repairedCells).toBe(27);
  expect(scanned[0]).toContain(`${repairedCells}`);
});
