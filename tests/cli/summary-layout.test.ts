/**
 * The worker's rebuilt layout lets go of the input grid only when it will not write the source
 * sheet (docs/adr/0015-parallel-sheet-parts.md, "Addendum: the worker's memory"): the source
 * sheet keeps its geometry (the fingerprint covers it) and, when written, its rows.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { syntheticGrid } from "../../bench/synthetic";
import { blockRow } from "../../src/layout/rows";
import { parseCommandLine } from "../../src/cli/args";
import type { SummarizeOptions } from "../../src/cli/args";
import { rebuildSummaryLayout } from "../../src/cli/summary-layout";

let folder = "";
let options: SummarizeOptions;

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "smartcity-rebuild-"));
  const csv = syntheticGrid(40).map((row) => row.map((c) => c ?? "").join(","));
  fs.writeFileSync(path.join(folder, "cities.csv"), `${csv.join("\n")}\n`);
  const parsed = parseCommandLine([
    "summarize",
    "cities.csv",
    "--out",
    "x.xlsx",
    "--allow-invalid",
  ]);
  if (!parsed.ok || parsed.value.command !== "summarize") throw new Error("arguments refused");
  options = parsed.value;
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

async function sourceAfterRelease(writingSource: boolean) {
  const { layout, releaseSource } = await rebuildSummaryLayout(options, folder, "en");
  const index = layout.sheets.findIndex((s) => s.key === "source");
  const block = layout.sheets[index]?.blocks[0];
  if (block === undefined) throw new Error("no source sheet");
  const before = { rows: block.rows, columns: block.columns, row: blockRow(block, 5) };
  releaseSource(
    writingSource ? [0, index] : layout.sheets.map((_, i) => i).filter((i) => i !== index)
  );
  return { before, after: { rows: block.rows, columns: block.columns, row: blockRow(block, 5) } };
}

it("keeps the grid when the thread writes the source sheet", async () => {
  const { before, after } = await sourceAfterRelease(true);
  expect(before.row?.length).toBeGreaterThan(10);
  expect(after).toEqual(before);
});

it("lets the grid go otherwise, the source sheet's geometry unchanged", async () => {
  const { before, after } = await sourceAfterRelease(false);
  expect(before.row?.length).toBeGreaterThan(10);
  expect(after.row).toBeUndefined();
  expect({ rows: after.rows, columns: after.columns }).toEqual({
    rows: before.rows,
    columns: before.columns,
  });
});
