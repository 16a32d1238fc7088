/** The ribbon command "generateSummary" (src/commands/commands.ts) under the fake host. */
import type * as OutcomeModule from "../../src/office/command-outcome";
import type { FakeExcel } from "../fakes/excel";
import { savePreferences } from "../../src/office/preferences";
import { storedOptions } from "../../src/office/score-source";
import { syntheticGrid, withFake } from "./helpers";

/** Loads commands.ts as taskpane.html does (it registers its actions at load time). */
async function loadCommands(): Promise<typeof OutcomeModule> {
  let outcome: typeof OutcomeModule | undefined;
  await jest.isolateModulesAsync(async () => {
    await import("../../src/commands/commands");
    outcome = await import("../../src/office/command-outcome");
  });
  if (!outcome) throw new Error("not loaded");
  return outcome;
}

async function click(fake: FakeExcel): Promise<OutcomeModule.CommandOutcome | null> {
  const outcome = await loadCommands();
  await fake.runAction("generateSummary"); // resolves when the command calls event.completed()
  return outcome.lastCommandOutcome();
}

test("writes the summary without opening the task pane", async () => {
  await withFake({ sheets: ["Scores"] }, async (fake) => {
    fake.setCells("Scores", "A1", syntheticGrid(30));
    const outcome = await click(fake);
    expect(outcome).toMatchObject({ result: { ok: true, cities: 30, activated: "总排名" } });
    expect(fake.stats.taskpaneShown).toBe(0);
    expect(fake.snapshot().activeSheet).toBe("总排名");
  });
});

test("opens the task pane when the active sheet has no score table, and writes nothing", async () => {
  await withFake({ sheets: ["Notes"] }, async (fake) => {
    fake.setCells("Notes", "A1", [["Shopping list"], ["milk"], [3]]);
    const before = fake.snapshot();
    const outcome = await click(fake);
    expect(outcome).toMatchObject({ result: { ok: false, reason: "no-table", sheet: "Notes" } });
    expect(fake.stats.taskpaneShown).toBe(1);
    expect(fake.snapshot()).toEqual(before);
  });
});

test("an empty sheet also opens the task pane", async () => {
  await withFake({ sheets: ["Sheet1"] }, async (fake) => {
    const outcome = await click(fake);
    expect(outcome).toMatchObject({ result: { ok: false, reason: "no-table" } });
    expect(fake.stats.taskpaneShown).toBe(1);
  });
});

test("a failure still completes the event and shows the reason in the task pane", async () => {
  await withFake({ sheets: ["Scores"] }, async (fake) => {
    fake.setCells("Scores", "A1", syntheticGrid(5));
    fake.setCellEditMode(true);
    const outcome = await click(fake);
    expect(outcome).toMatchObject({
      error: expect.stringMatching(/Excel is editing a cell/) as unknown,
    });
    expect(fake.stats.taskpaneShown).toBe(1);
  });
});

test("follows the pane's stored totals setting; official reported totals by default", async () => {
  await withFake({ sheets: ["Scores"] }, async (fake) => {
    fake.setCells("Scores", "A1", syntheticGrid(8));
    expect(await click(fake)).toMatchObject({ result: { ok: true, totals: "reported" } });
    await savePreferences({
      language: null,
      rankMethod: "dense",
      totals: "computed",
      autoRefresh: false,
      framework: null,
    });
    fake.resetStats();
    expect(await click(fake)).toMatchObject({ result: { ok: true, totals: "computed" } });
    expect(storedOptions("{not json")).toEqual({});
    expect(storedOptions({ totals: "other", rankMethod: "dense" })).toEqual({
      rankMethod: "dense",
    });
  });
});

test("writes in the pane's language when the pane set one (issue 11); a failure says so in it too", async () => {
  await withFake({ sheets: ["Scores"] }, async (fake) => {
    fake.setCells("Scores", "A1", syntheticGrid(6));
    await savePreferences({
      language: "en",
      rankMethod: "competition",
      totals: "reported",
      autoRefresh: false,
      framework: null,
    });
    expect(await click(fake)).toMatchObject({ result: { ok: true, activated: "Overall ranking" } });
    fake.setCells("Notes", "A1", [["Shopping list"], ["milk"]]);
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Notes").activate();
      await context.sync();
    });
    await savePreferences({
      language: "zh",
      rankMethod: "competition",
      totals: "reported",
      autoRefresh: false,
      framework: null,
    });
    expect(await click(fake)).toMatchObject({
      result: { ok: false, reason: "no-table", message: expect.stringMatching(/[\u4e00-\u9fff]/u) },
    });
  });
});
