/**
 * The bound table is "the table": rows the user appends below the bound range belong to it for
 * the pane's read/validate, its Generate, the ribbon command and the stale detection — up to the
 * first blank row, so notes further below are not read as cities — at the same sync count.
 */
import { framework2015 } from "../../src/engine/bundled";
import { addressArea } from "../../src/office/address";
import { BINDING_ID, readBoundTable } from "../../src/office/bindings";
import { createOfficeActions } from "../../src/office/office-actions";
import type { BoundTable, ExcelActions, TableData } from "../../src/office/pane-actions";
import { sampleValues } from "../../src/office/sample";
import { buildDataset } from "../../src/taskpane/table-model";
import type { FakeExcel } from "../fakes/excel";
import { clickRibbon, withFake } from "./helpers";

const framework = framework2015();
const SHEET = "样本2015";
const NEW_CITY = "测试市";
/** A 152nd city for row 153: the sample's last row under another name. */
const appended = (): (string | number)[] => {
  const last = sampleValues()[151] ?? [];
  return ["152", NEW_CITY, ...last.slice(2)];
};

type Bound = { actions: ExcelActions; bound: BoundTable };

/** Inserts the 2015 sample (A1:T152 of "样本2015") and binds it, as the pane's "Try it" does. */
async function bindSample(): Promise<Bound> {
  const actions = createOfficeActions();
  const bound = await actions.bind(await actions.insertSample("zh"));
  expect(bound.address).toBe("A1:T152");
  return { actions, bound };
}

const cityCount = ({ table, grid }: TableData): number =>
  buildDataset(framework, table, grid).cities.length;

/** The pane's Generate on its read of the bound table. */
async function paneGenerate(actions: ExcelActions, bound: BoundTable): Promise<void> {
  const { table, grid } = await actions.read(bound);
  await actions.generate({
    dataset: buildDataset(framework, table, grid),
    language: "zh",
    rankMethod: "competition",
    onProgress: () => undefined,
  });
}

/** The cities of the overall ranking (总排名): column B of its Excel table's data rows. */
function overallCities(fake: FakeExcel): string[] {
  const sheet = fake.snapshot({ sheets: ["总排名"] }).sheets[0];
  const table = sheet?.tables?.find((t) => t.name === "sc_Overall");
  const area = addressArea(table?.range ?? "");
  if (!area) throw new Error("no overall table");
  return (fake.values("总排名", `B${area.firstRow + 2}:B${area.lastRow + 1}`) as string[][]).map(
    (row) => String(row[0])
  );
}

/** context.sync() calls of `work`. */
async function syncsOf(fake: FakeExcel, work: () => Promise<unknown>): Promise<number> {
  fake.resetStats();
  await work();
  return fake.stats.syncs;
}

test("the pane's read and validation see a row appended below the bound table", async () => {
  await withFake({ sheets: ["Notes"] }, async (fake) => {
    const { actions, bound } = await bindSample();
    fake.setCells(SHEET, "A153", [appended()]);
    const read = await actions.read(bound);
    expect(read.table.address).toBe("A1:T153");
    expect(cityCount(read)).toBe(152);
    const dataset = buildDataset(framework, read.table, read.grid);
    expect(dataset.cities.at(-1)?.city).toBe(NEW_CITY);
    // A problem in the appended row is reported with its cell.
    await fake.simulateEdit(SHEET, "C153", "n/a");
    const again = await actions.read(bound);
    const issues = buildDataset(framework, again.table, again.grid).issues;
    expect(issues.filter((i) => i.code === "text-score").map((i) => i.cell)).toEqual([
      `${SHEET}!C153`,
    ]);
    // After reopening the pane, too.
    const restored = await actions.restore();
    expect(cityCount(await actions.read(restored!))).toBe(152);
  });
});

test("the pane's Generate and the ribbon write 152 cities, with the syncs of 151", async () => {
  const before = await withFake({ sheets: ["Notes"] }, async (fake) => {
    const { actions, bound } = await bindSample();
    const pane = await syncsOf(fake, () => paneGenerate(actions, bound));
    const ribbon = await syncsOf(fake, () => clickRibbon(fake));
    expect(overallCities(fake)).toHaveLength(151);
    return { pane, ribbon };
  });
  expect(before.ribbon).toBe(7);

  await withFake({ sheets: ["Notes"] }, async (fake) => {
    const { actions, bound } = await bindSample();
    fake.setCells(SHEET, "A153", [appended()]);

    expect(await syncsOf(fake, () => paneGenerate(actions, bound))).toBe(before.pane);
    expect(overallCities(fake)).toHaveLength(152);
    expect(overallCities(fake)).toContain(NEW_CITY);

    fake.workbook.worksheets.getItem("Notes").activate();
    await fake.context.sync();
    fake.resetStats();
    const result = await clickRibbon(fake);
    expect(result).toMatchObject({
      ok: true,
      bound: true,
      cities: 152,
      source: { sheet: SHEET, address: "A1:T153" },
      syncs: 7,
    });
    expect(fake.stats.syncs).toBe(before.ribbon);
    expect(overallCities(fake)).toHaveLength(152);
    expect(overallCities(fake)).toContain(NEW_CITY);
  });
});

test("an edit in the appended row (or its removal) is a change of the bound data", async () => {
  await withFake({ sheets: ["Notes"] }, async (fake) => {
    const { actions, bound } = await bindSample();
    let changes = 0;
    const stop = await actions.watch(bound, () => changes++);
    await fake.simulateEdit(SHEET, "A153:T153", [appended()]); // typing a new city below the table
    expect(changes).toBe(1);
    await fake.simulateEdit(SHEET, "D153", 1.5); // then changing one of its scores
    expect(changes).toBe(2);
    await fake.simulateEdit(SHEET, "Z153", 1); // right of the bound columns: not the table's
    await fake.simulateEdit("Notes", "C153", 1); // another sheet
    expect(changes).toBe(2);
    // Clearing the row removes the city again.
    await fake.simulateEdit(SHEET, "A153:T153", [appended().map(() => "")]);
    expect(changes).toBe(3);
    const read = await actions.read(bound);
    expect(read.table.address).toBe("A1:T152");
    expect(cityCount(read)).toBe(151);
    await stop();
    await fake.simulateEdit(SHEET, "D153", 2);
    expect(changes).toBe(3);
    expect(fake.stats.eventHandlerErrors).toEqual([]);
  });
});

test("content below a blank row is not read as cities", async () => {
  await withFake({ sheets: ["Notes"] }, async (fake) => {
    const { actions, bound } = await bindSample();
    fake.setCells(SHEET, "A153", [appended()]);
    // Row 154 blank in the bound columns (a note right of them does not join it to the table).
    fake.setCells(SHEET, "Y154", [["note beside the table"]]);
    fake.setCells(SHEET, "A155", [
      ["注：", "数据来源：2015 年评估报告"],
      ["", "某市", 1, 2, 3],
    ]);
    const read = await actions.read(bound);
    expect(read.table.address).toBe("A1:T153");
    expect(cityCount(read)).toBe(152);
    expect(buildDataset(framework, read.table, read.grid).issues).not.toContainEqual(
      expect.objectContaining({ city: "某市" })
    );
    const result = await clickRibbon(fake);
    expect(result).toMatchObject({ ok: true, cities: 152, syncs: 7 });
    expect(overallCities(fake)).not.toContain("某市");
  });
});

test("a table binding over an Excel table (ListObject) follows the table as it grows", async () => {
  await withFake({ sheets: ["Notes"] }, async (fake) => {
    const { bound } = await bindSample();
    const sheet = fake.workbook.worksheets.getItem(SHEET);
    const listObject = sheet.tables.add("A1:T152", true);
    fake.workbook.bindings.add(listObject.getRange(), "Table", BINDING_ID); // replaces the pane's
    await fake.context.sync();
    listObject.rows.add(undefined, [appended()]);
    await fake.context.sync();
    expect(fake.snapshot().bindings).toEqual([
      expect.objectContaining({ type: "Table", range: `${SHEET}!A1:T153` }),
    ]);
    const read = await readBoundTable(bound);
    expect(read.table.address).toBe("A1:T153");
    expect(cityCount(read)).toBe(152);
    expect(await clickRibbon(fake)).toMatchObject({ ok: true, cities: 152, syncs: 7 });
  });
});

test("addressArea reads the addresses change events report", () => {
  expect(addressArea("B3")).toEqual({ firstRow: 2, lastRow: 2, firstColumn: 1, lastColumn: 1 });
  expect(addressArea("$B$3:D9")).toEqual({
    firstRow: 2,
    lastRow: 8,
    firstColumn: 1,
    lastColumn: 3,
  });
  expect(addressArea("Sheet1!B:D")).toEqual({
    firstRow: 0,
    lastRow: Infinity,
    firstColumn: 1,
    lastColumn: 3,
  });
  expect(addressArea("153:153")).toEqual({
    firstRow: 152,
    lastRow: 152,
    firstColumn: 0,
    lastColumn: Infinity,
  });
  expect(addressArea("B3:D")).toBeNull();
  expect(addressArea("")).toBeNull();
});
