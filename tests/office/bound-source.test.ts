/**
 * The ribbon's "Generate summary" reads the task pane's bound table with its stored (hand-fixed)
 * column mapping, whatever sheet is active; without a binding, or when it no longer resolves, it
 * falls back to the recorded source / the active sheet with header detection.
 */
import { framework2015 } from "../../src/engine/bundled";
import type { ColumnMapping } from "../../src/engine/table";
import { BINDING_ID } from "../../src/office/bindings";
import { generateSummary } from "../../src/office/generate";
import { createOfficeActions } from "../../src/office/office-actions";
import type { BoundTable } from "../../src/office/pane-actions";
import { buildDataset } from "../../src/taskpane/table-model";
import type { FakeExcel } from "../fakes/excel";
import { clickRibbon, syntheticGrid, withFake } from "./helpers";

const framework = framework2015();
const CITIES = 12;
/** Zero-based sheet column of the hand-fixed column: right of the synthetic table (A–U). */
const FIXED_COLUMN = 21;
const FIRST = framework.indicators[0]!;

/** The corrected scores of the first indicator, different from the synthetic ones. */
const corrected = (k: number): number =>
  Math.round(((FIRST.weight * (k + 1)) / (CITIES + 1)) * 100) / 100;

/**
 * "Scores" holds the synthetic table plus a column "修正" (not an indicator name, so header
 * detection ignores it); the pane binds the table and the user maps the first indicator to "修正".
 */
async function bindHandFixed(fake: FakeExcel): Promise<BoundTable> {
  const grid = syntheticGrid(CITIES);
  fake.setCells(
    "Scores",
    "A1",
    grid.map((row, r) => [...row, r === 0 ? "修正" : corrected(r - 1)])
  );
  const actions = createOfficeActions();
  const [candidate] = await actions.scan(framework);
  expect(candidate?.mapping.indicators[0]).toBe(4); // detected: the column named like the indicator
  const bound = await actions.bind(candidate!);
  const fixed: ColumnMapping = {
    ...bound.mapping,
    indicators: bound.mapping.indicators.map((c, i) => (i === 0 ? FIXED_COLUMN : c)),
  };
  const table = { ...bound, mapping: fixed };
  await actions.saveMapping(table);
  return table;
}

async function activate(fake: FakeExcel, sheet: string): Promise<void> {
  fake.workbook.worksheets.getItem(sheet).activate();
  await fake.context.sync();
}

/** City → score of the first indicator's block on the indicator sheet (指标排名, columns B:C). */
function firstIndicatorScores(fake: FakeExcel): Map<string, number> {
  // The first block's rows under its header (the caption above it may wrap onto several rows).
  const column = fake.values("指标排名", `B1:C${10 + CITIES}`) as [string, number][];
  const header = column.findIndex(([city]) => city === "城市");
  const rows = column.slice(header + 1, header + 1 + CITIES);
  return new Map(rows.map(([city, score]) => [city, score]));
}

const handFixedScores = (): Map<string, number> =>
  new Map(Array.from({ length: CITIES }, (_, k) => [`城市${k + 1}`, corrected(k)]));

const detectedScores = (): Map<string, number> =>
  new Map(
    syntheticGrid(CITIES)
      .slice(1)
      .map((row) => [String(row[0]), Number(row[4])])
  );

test("with another score table's sheet active, the ribbon uses the binding and its hand-fixed mapping", async () => {
  await withFake({ sheets: ["Other"] }, async (fake) => {
    await bindHandFixed(fake);
    fake.setCells("Other", "A1", syntheticGrid(3)); // a table the ribbon would detect on its own
    await activate(fake, "Other");
    fake.resetStats();
    const result = await clickRibbon(fake);
    expect(result).toMatchObject({
      ok: true,
      bound: true,
      cities: CITIES,
      source: { sheet: "Scores", address: `A1:V${CITIES + 1}` },
      syncs: 7, // the budget is the same with a binding
    });
    expect(fake.stats.syncs).toBe(7);
    expect(firstIndicatorScores(fake)).toEqual(handFixedScores());
    expect(fake.stats.taskpaneShown).toBe(0);
  });
});

test("with a summary sheet active, a second click reads the bound table again, mapping kept", async () => {
  await withFake({ sheets: ["Notes"] }, async (fake) => {
    await bindHandFixed(fake);
    await activate(fake, "Notes");
    expect(await clickRibbon(fake)).toMatchObject({ ok: true, bound: true });
    expect(fake.snapshot().activeSheet).toBe("总排名");
    await fake.simulateEdit("Scores", `V2`, 0.5); // 城市1's corrected score
    const again = await clickRibbon(fake);
    expect(again).toMatchObject({ ok: true, bound: true, source: { sheet: "Scores" } });
    expect(firstIndicatorScores(fake)).toEqual(new Map([...handFixedScores(), ["城市1", 0.5]]));
  });
});

test("the pane's generate and the ribbon write the same summary of the bound table", async () => {
  await withFake({ sheets: ["Notes"] }, async (fake) => {
    await bindHandFixed(fake);
    const actions = createOfficeActions();
    const restored = await actions.restore();
    const { table, grid } = await actions.read(restored!);
    await actions.generate({
      dataset: buildDataset(framework, table, grid),
      language: "zh",
      rankMethod: "competition",
      onProgress: () => undefined,
    });
    const fromPane = fake.snapshot({ sheets: ["总排名", "指标排名"] });
    expect(firstIndicatorScores(fake)).toEqual(handFixedScores());
    await activate(fake, "Notes");
    await clickRibbon(fake);
    expect(fake.snapshot({ sheets: ["总排名", "指标排名"] }).sheets).toEqual(fromPane.sheets);
  });
});

test("without a binding, or when it no longer resolves, the previous behaviour: header detection", async () => {
  await withFake({ sheets: ["Notes"] }, async (fake) => {
    await bindHandFixed(fake);
    await activate(fake, "Scores");
    expect(await generateSummary()).toMatchObject({ ok: true, bound: true });
    await activate(fake, "总排名");
    // The Office binding goes (the setting with the mapping stays): it no longer resolves.
    fake.workbook.bindings.getItem(BINDING_ID).delete();
    await fake.context.sync();
    // A summary sheet is active: the recorded source, read with detection (column E again).
    const fallback = await generateSummary();
    expect(fallback).toMatchObject({
      ok: true,
      bound: false,
      source: { sheet: "Scores", address: `A1:V${CITIES + 1}` },
      syncs: 7,
    });
    expect(firstIndicatorScores(fake)).toEqual(detectedScores());
    // The active sheet otherwise.
    await activate(fake, "Notes");
    expect(await generateSummary()).toMatchObject({
      ok: false,
      reason: "no-table",
      sheet: "Notes",
    });
  });
});

test("a mapping stored for another framework is not applied: the bound range is detected again", async () => {
  await withFake({ sheets: ["Notes"] }, async (fake) => {
    const table = await bindHandFixed(fake);
    await createOfficeActions().saveMapping({
      ...table,
      mapping: { ...table.mapping, indicators: table.mapping.indicators.slice(1) },
    });
    const result = await generateSummary();
    expect(result).toMatchObject({ ok: true, bound: false, source: { sheet: "Scores" } });
    expect(firstIndicatorScores(fake)).toEqual(detectedScores());
  });
});
