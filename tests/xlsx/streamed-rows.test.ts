/**
 * The layout's per-city tables are streamed blocks (docs/adr/0012-layout-row-source.md): the
 * .xlsx writer reads their rows through `blockRow` and never builds `block.values`, so memory
 * holds one row at a time, not every sheet's cells. Reading `values` anywhere in the writer
 * would build the grid and end the streaming, which this test sees.
 */
import { dataset2015 } from "../../src/engine/bundled";
import { guardLayout } from "../../src/layout/guard";
import { rowSourceOf, withRowSource } from "../../src/layout/rows";
import { renderSummaryXlsx } from "../../src/xlsx/write";
import { generatedGrid, layoutOf } from "./helpers";

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
  const later = [...layout.sheets].reverse().find((s) => s.charts.length > 0);
  if (!later?.charts[0]) throw new Error("no chart");
  later.charts[0].title = "chart\u0002";

  const scanned = guardLayout(layout).repairs;
  expect(scanned).toHaveLength(2);
  expect(scanned[0]).toMatch(/first: 'Overall ranking'!B\d+\./);
  const written = await renderSummaryXlsx(layout);
  expect(written.repairs).toEqual(scanned);
});
