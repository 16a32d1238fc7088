/**
 * Per-city tables given by columns (src/layout/table-columns.ts) are written from the columns
 * (src/xlsx/column-cells.ts), not from row arrays (docs/adr/0020-column-reads.md). The workbook
 * must be the one their rows give, byte for byte, hostile values included: the guard's repairs
 * (a NaN score, a city name with a forbidden character) counted and placed as for rows.
 */
import JSZip from "jszip";
import { columnsOf, rowSourceOf, withRowSource } from "../../src/layout/rows";
import type { SummaryLayout } from "../../src/layout/types";
import { renderSummaryXlsx } from "../../src/xlsx/write";
import { datasetOf, generatedGrid, layoutOf } from "./helpers";

/** The layout with every table given by columns read through its rows instead. */
function byRows(layout: SummaryLayout): SummaryLayout {
  return {
    ...layout,
    sheets: layout.sheets.map((s) => ({
      ...s,
      blocks: s.blocks.map((b) => {
        const source = rowSourceOf(b);
        // A new function: the source's own carries its columns to the copy.
        return columnsOf(b) && source ? withRowSource(b, (i) => source(i)) : b;
      }),
    })),
  };
}

async function parts(buffer: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(buffer);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort())
    if (!name.startsWith("docProps/")) out.set(name, (await zip.file(name)?.async("string")) ?? "");
  return out;
}

test("tables written from their columns are the bytes their rows give, repairs included", async () => {
  const layout = layoutOf(datasetOf(generatedGrid(300)), "en");
  const ranking = layout.sheets
    .find((s) => s.key === "overall")
    ?.blocks.find((b) => b.key === "ranking");
  const columns = ranking && columnsOf(ranking);
  if (!columns) throw new Error("the overall ranking is not given by columns");
  // The evaluation's own arrays: every sheet reading them sees the hostile values.
  const total = columns.columns.find((c, j) => c.kind === "number" && j > 5);
  const city = columns.columns[1];
  if (total?.kind !== "number" || city?.kind !== "text") throw new Error("unexpected columns");
  (total.values as Float64Array)[columns.keyAt(2)] = NaN;
  (city.texts as string[])[columns.keyAt(4)] = "Bad\u0001name";

  const byColumns = layout.sheets.flatMap((s) => s.blocks.filter((b) => columnsOf(b)));
  expect(byColumns.length).toBeGreaterThanOrEqual(24); // ranking, group ranks, 6 dimensions, 16 indicators
  const rows = byRows(layout);
  expect(rows.sheets.flatMap((s) => s.blocks.filter((b) => columnsOf(b)))).toHaveLength(0);

  const fromColumns = await renderSummaryXlsx(layout);
  const fromRows = await renderSummaryXlsx(rows);
  expect(fromColumns.repairs).toHaveLength(2);
  expect(fromColumns.repairs).toEqual(fromRows.repairs);
  const [a, b] = [await parts(fromColumns.buffer), await parts(fromRows.buffer)];
  expect([...a.keys()]).toEqual([...b.keys()]);
  for (const [name, xml] of a) expect([name, xml === b.get(name)]).toEqual([name, true]);
  expect(a.get("xl/sharedStrings.xml")).toContain("Bad\ufffdname");
});
