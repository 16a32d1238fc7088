/** Reading the score table: used range offsets, error cells, bindings, an explicit sheet. */
import { framework2015 } from "../../src/engine/bundled";
import { readGrid } from "../../src/engine/table";
import { generateSummary } from "../../src/office/generate";
import { readScores } from "../../src/office/read-scores";
import { syntheticGrid, withFake } from "./helpers";

test("a table below and right of A1: grid, origin and cell addresses in messages", async () => {
  await withFake({ sheets: ["Data"] }, async (fake) => {
    const grid = syntheticGrid(12);
    fake.setCells("Data", "C3", grid);
    fake.setCells("Data", "G6", [["=1/0"]]); // an error where a score belongs (row 4 of the table)
    const read = await Excel.run((context) => readScores(context));
    expect(read).toMatchObject({
      sheet: "Data",
      origin: { row: 2, column: 2 },
      address: "C3:W15",
      syncs: 2, // the range, then its values in one read (MIN_READ_SYNCS)
    });
    expect(read?.grid[0]?.[0]).toBe("城市");
    expect(read?.grid[3]?.[4]).toBe("#DIV/0!"); // Excel returns an error cell's value as its error string
    const dataset = readGrid(read?.grid ?? [], framework2015(), {
      source: "Data",
      sheet: "Data",
      origin: read?.origin ?? { row: 0, column: 0 },
    });
    expect(dataset.issues).toEqual([
      expect.objectContaining({ code: "error-score", cell: "Data!G6" }),
    ]);
  });
});

test("a binding or a named sheet can be the source; an empty sheet reads as null", async () => {
  await withFake({ sheets: ["Empty", "Data"] }, async (fake) => {
    fake.setCells("Data", "A1", syntheticGrid(5));
    const viaBinding = await Excel.run(async (context) => {
      context.workbook.bindings.add(
        context.workbook.worksheets.getItem("Data").getRange("A1:U4"),
        "Range",
        "scores"
      );
      await context.sync();
      return readScores(context, { bindingId: "scores" });
    });
    // The rows below the bound range, up to the first blank row, belong to the table.
    expect(viaBinding?.grid).toHaveLength(6);
    expect(viaBinding?.address).toBe("A1:U6");
    const viaSheet = await Excel.run((context) => readScores(context, { sheet: "Data" }));
    expect(viaSheet?.grid).toHaveLength(6);
    expect(await Excel.run((context) => readScores(context, { sheet: "Empty" }))).toBeNull();
  });
});

test("generateSummary with an explicit source sheet, whatever sheet is active", async () => {
  await withFake({ sheets: ["Notes", "Data"] }, async (fake) => {
    fake.setCells("Data", "A1", syntheticGrid(8));
    const result = await generateSummary({ source: { sheet: "Data" } });
    expect(result).toMatchObject({
      ok: true,
      cities: 8,
      source: { sheet: "Data", address: "A1:U9" },
      syncs: 2 + 4, // read 2 (no source to pick), write 4: prepare, sheets, values, objects
    });
  });
});
