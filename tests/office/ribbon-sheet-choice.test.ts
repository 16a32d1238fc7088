/**
 * Issue 12 (ADR 0014): the ribbon's one-click "Generate summary" applies the pane's stored choice
 * of sheets (`omitSheets`) exactly as the pane does: unset means "auto" (the widest sheets left
 * out above 1 million cells), a list leaves out those keys at any size; the outcome says which
 * sheets were left out, and the pane opens when the default (not the user) left them out.
 */
import { framework2015 } from "../../src/engine/bundled";
import { readGrid } from "../../src/engine/table";
import type { GenerateResult } from "../../src/office/generate";
import { chosenKeys, planSummary, type SheetOmission } from "../../src/office/insert-estimate";
import { commandNotice } from "../../src/office/office-actions";
import type { PanePreferences } from "../../src/office/pane-actions";
import { PREFERENCES_SETTING, savePreferences } from "../../src/office/preferences";
import type { FakeExcel } from "../fakes/excel";
import { clickRibbon, syntheticGrid, withFake } from "./helpers";

const PANE_DEFAULTS: PanePreferences = {
  language: null,
  rankMethod: "competition",
  totals: "reported",
  autoRefresh: false,
  framework: null,
};

/** The sheet names the pane's generate would write for this grid and choice (insert-estimate.ts). */
function paneSheets(grid: (string | number)[][], omission: SheetOmission): string[] {
  const dataset = readGrid(grid, framework2015(), { source: "Scores", sheet: "Scores" });
  const plan = planSummary(dataset, { language: "zh" });
  const keys = chosenKeys(plan, omission) ?? plan.sheets.map((s) => s.key);
  return plan.sheets.filter((s) => keys.includes(s.key)).map((s) => s.name);
}

const sheetNames = (fake: FakeExcel): string[] =>
  fake
    .snapshot()
    .sheets.map((s) => s.name)
    .filter((name) => name !== "Scores");

function written(result: GenerateResult): Extract<GenerateResult, { ok: true }> {
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("the ribbon command follows the pane's choice of sheets", () => {
  it("unset, above 1 million cells: the indicator rankings are left out, said, and the pane opens", async () => {
    await withFake({ sheets: ["Scores"] }, async (fake) => {
      const grid = syntheticGrid(7_000);
      fake.setCells("Scores", "A1", grid);
      const result = written(await clickRibbon(fake));
      expect(result.leftOut).toEqual({
        sheets: [{ key: "indicators", name: "指标排名" }],
        byDefault: true,
      });
      expect(sheetNames(fake)).toEqual(paneSheets(grid, "auto"));
      expect(sheetNames(fake)).not.toContain("指标排名");
      expect(fake.stats.taskpaneShown).toBe(1);
      const notice = commandNotice({ at: 0, result });
      expect(notice).toMatchObject({ kind: "left-out", sheet: "总排名" });
      // In Office's display language (the fake's is English); the sheet keeps the framework's name.
      expect(notice?.leftOut).toBe(
        "Left out: 指标排名 (the widest sheets are left out by default above 1,000,000 cells; choose the sheets under Generate in the task pane)."
      );
    });
  });

  it("a stored list leaves out those sheets at any size, without opening the pane", async () => {
    await withFake({ sheets: ["Scores"] }, async (fake) => {
      const grid = syntheticGrid(40);
      fake.setCells("Scores", "A1", grid);
      await savePreferences({
        ...PANE_DEFAULTS,
        language: "zh",
        omitSheets: ["groups", "indicators"],
      });
      const result = written(await clickRibbon(fake));
      expect(result.leftOut).toEqual({
        sheets: [
          { key: "groups", name: "分组比较" },
          { key: "indicators", name: "指标排名" },
        ],
        byDefault: false,
      });
      expect(sheetNames(fake)).toEqual(paneSheets(grid, ["groups", "indicators"]));
      expect(fake.stats.taskpaneShown).toBe(0);
      expect(commandNotice({ at: 0, result })?.leftOut).toBe(
        "按任务窗格中的选择未插入：分组比较、指标排名。"
      );
    });
  });

  it("a sheet chosen out after a full run is removed with the rest of that run", async () => {
    await withFake({ sheets: ["Scores"] }, async (fake) => {
      const grid = syntheticGrid(25);
      fake.setCells("Scores", "A1", grid);
      await savePreferences({ ...PANE_DEFAULTS, language: "en", omitSheets: null });
      const full = written(await clickRibbon(fake));
      expect(full.leftOut).toEqual({ sheets: [], byDefault: false });
      expect(commandNotice({ at: 0, result: full })).toBeNull();
      expect(sheetNames(fake)).toContain("Indicator rankings");

      await savePreferences({ ...PANE_DEFAULTS, language: "en", omitSheets: ["indicators"] });
      const lean = written(await clickRibbon(fake));
      expect(sheetNames(fake)).not.toContain("Indicator rankings");
      expect(sheetNames(fake)).toHaveLength(full.sheets.length - 1);
      expect(commandNotice({ at: 0, result: lean })?.leftOut).toBe(
        "Left out as chosen in the task pane: Indicator rankings."
      );
    });
  });

  it("an unreadable stored preference counts as unset; a request's own choice wins over the stored one", async () => {
    await withFake({ sheets: ["Scores"] }, async (fake) => {
      fake.setCells("Scores", "A1", syntheticGrid(20));
      await fake.Excel.run(async (context) => {
        context.workbook.settings.add(PREFERENCES_SETTING, "{not json");
        await context.sync();
      });
      // Small: "auto" leaves nothing out.
      expect(written(await clickRibbon(fake)).leftOut.sheets).toEqual([]);
      await savePreferences({ ...PANE_DEFAULTS, omitSheets: ["indicators"] });
      const { generateSummary } = await import("../../src/office/generate");
      const result = written(await generateSummary({ omitSheets: [] }));
      expect(result.leftOut.sheets).toEqual([]);
      expect(sheetNames(fake)).toContain("指标排名");
    });
  });
});

test("every sheet left out in the pane: the ribbon writes nothing and opens the pane to say so", async () => {
  await withFake({ sheets: ["Scores"] }, async (fake) => {
    const grid = syntheticGrid(12);
    fake.setCells("Scores", "A1", grid);
    const every = paneSheets(grid, []).length;
    const dataset = readGrid(grid, framework2015(), { source: "Scores", sheet: "Scores" });
    const keys = planSummary(dataset, { language: "en" }).sheets.map((s) => s.key);
    expect(keys).toHaveLength(every);
    await savePreferences({ ...PANE_DEFAULTS, language: "en", omitSheets: keys });
    const before = fake.snapshot().sheets.map((s) => s.name);
    const result = await clickRibbon(fake);
    expect(result).toMatchObject({
      ok: false,
      reason: "no-sheets",
      message:
        "No sheet is chosen under Generate in the task pane. Choose at least one sheet, then run the command again.",
    });
    expect(fake.snapshot().sheets.map((s) => s.name)).toEqual(before);
    expect(fake.stats.taskpaneShown).toBe(1);
    expect(commandNotice({ at: 0, result })).toMatchObject({ kind: "no-sheets" });
  });
});
