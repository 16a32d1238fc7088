/**
 * The Office functions of the task pane against the in-memory Excel fake: scanning (the three
 * detection cases), binding and its persistence, reading, selecting a cell, the sample sheet,
 * change events, preferences and generating from the pane's dataset.
 */
import { framework2015 } from "../../src/engine/bundled";
import {
  BINDING_SETTING,
  bindTable,
  readBoundTable,
  restoreBinding,
  saveMapping,
  watchBinding,
} from "../../src/office/bindings";
import { splitAddress, unusedSheetName } from "../../src/office/address";
import { createOfficeActions } from "../../src/office/office-actions";
import { loadPreferences, savePreferences } from "../../src/office/preferences";
import { insertSample, sampleValues } from "../../src/office/sample";
import { selectCell } from "../../src/office/select";
import { scanWorkbook } from "../../src/office/workbook-scan";
import { buildDataset } from "../../src/taskpane/table-model";
import { createFakeExcel, type FakeExcel } from "../fakes/excel";
import { DETECTION_CASES } from "../taskpane/detection-tables";

let fake: FakeExcel;
let uninstall: () => void;
beforeEach(() => {
  fake = createFakeExcel({ sheets: ["Sheet1"] });
  uninstall = fake.install();
});
afterEach(() => uninstall());

const framework = framework2015();

describe("finding and mapping score tables without help", () => {
  it.each(DETECTION_CASES.map((c) => [c.name, c] as const))("%s", async (_name, example) => {
    fake.setCells("Scores", "A1", example.rows);
    fake.setCells("Sheet1", "B2", [["Notes"], ["nothing to see"]]);
    const [candidate, ...others] = await scanWorkbook(framework);
    expect(others).toEqual([]);
    expect(candidate).toMatchObject({
      sheet: "Scores",
      matched: 16,
      unmatchedIndicators: [],
      dataRows: 151,
    });
    expect(candidate?.origin).toEqual({ row: example.headerTop, column: 0 });
    const m = candidate!.mapping;
    const top = example.headerTop;
    expect({ header: m.headerRow + top, data: m.dataRow + top }).toEqual({
      header: example.dataRow - 1,
      data: example.dataRow,
    });
    expect(m.indicators).toEqual(example.indicators);
    expect({ city: m.city, bonus: m.bonus, total: m.total, province: m.province }).toEqual({
      city: example.city,
      bonus: [example.bonus],
      total: example.total,
      province: example.province ?? null,
    });

    const bound = await bindTable(candidate!);
    const { table, grid } = await readBoundTable(bound);
    const dataset = buildDataset(framework, table, grid);
    expect(dataset.cities).toHaveLength(151);
    expect(dataset.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(dataset.cities[0]).toMatchObject({
      city: "无锡",
      scores: expect.arrayContaining([4.7, 9.5]),
      bonus: [4.8],
      reportedTotal: 80.2,
    });
  });

  it("skips the add-in's summary sheets when scanning", async () => {
    fake.setCells("Scores", "A1", DETECTION_CASES[1]!.rows);
    fake.setCells("总排名", "A1", DETECTION_CASES[1]!.rows.slice(0, 5));
    fake.workbook.settings.add(
      "smartcity.summarySheets",
      JSON.stringify({ version: 1, sheets: { overall: { name: "总排名", id: "x" } } })
    );
    await fake.context.sync();
    const found = await createOfficeActions().scan(framework);
    expect(found.map((c) => c.sheet)).toEqual(["Scores"]);
  });
});

describe("binding", () => {
  it("stores the binding and mapping with the workbook; they survive reopening", async () => {
    fake.setCells("Scores", "C3", DETECTION_CASES[0]!.rows);
    const [candidate] = await scanWorkbook(framework);
    const bound = await bindTable(candidate!);
    expect(bound).toMatchObject({
      sheet: "Scores",
      address: "C5:V157",
      origin: { row: 4, column: 2 },
    });
    await saveMapping({ ...bound, mapping: { ...bound.mapping, total: null } });
    // Binding again replaces the one binding of the pane.
    await bindTable(candidate!);
    await saveMapping({ ...bound, mapping: { ...bound.mapping, total: null } });

    const snapshot = fake.snapshot();
    expect(snapshot.bindings).toEqual([
      { id: "SmartCityScores", type: "Range", range: "Scores!C5:V157" },
    ]);
    expect(typeof snapshot.settings[BINDING_SETTING]).toBe("string");

    uninstall();
    const reopened = createFakeExcel({ workbook: snapshot });
    uninstall = reopened.install();
    const restored = await restoreBinding();
    expect(restored).toEqual({ ...bound, mapping: { ...bound.mapping, total: null } });
    const { table, grid } = await readBoundTable(restored!);
    const dataset = buildDataset(framework, table, grid);
    expect(dataset.cities).toHaveLength(151);
    expect(dataset.issues).toEqual([]);
  });

  it("restores nothing when there is no binding or it was deleted", async () => {
    expect(await restoreBinding()).toBeNull();
    fake.workbook.settings.add(
      BINDING_SETTING,
      JSON.stringify({ bindingId: "SmartCityScores", mapping: {} })
    );
    await fake.context.sync();
    expect(await restoreBinding()).toBeNull();
  });

  it("reports an edit of the bound cells, not of others, until unsubscribed", async () => {
    fake.setCells("Scores", "A1", DETECTION_CASES[1]!.rows);
    const [candidate] = await scanWorkbook(framework);
    const bound = await bindTable(candidate!);
    let changes = 0;
    const stop = await watchBinding(bound, () => changes++);
    await fake.simulateEdit("Scores", "C5", "n/a");
    await fake.simulateEdit("Scores", "Z500", 1);
    expect(changes).toBe(1);
    const { table, grid } = await readBoundTable(bound);
    const issues = buildDataset(framework, table, grid).issues.filter(
      (i) => i.code === "text-score"
    );
    expect(issues.map((i) => i.cell)).toEqual(["Scores!C5"]);
    await stop();
    await fake.simulateEdit("Scores", "C6", 1);
    expect(changes).toBe(1);
  });

  it("really removes the handler on unsubscribe (Excel.run on the registration's context)", async () => {
    fake.setCells("Scores", "A1", DETECTION_CASES[1]!.rows);
    const [candidate] = await scanWorkbook(framework);
    const bound = await bindTable(candidate!);
    const handlers = (): number | undefined => fake.host.doc.findSheet("Scores")?.onChanged.size;
    let changes = 0;
    const stop = await watchBinding(bound, () => changes++);
    expect(handlers()).toBe(1);
    await fake.simulateEdit("Scores", "C5", 1);
    expect(changes).toBe(1);
    const failedRuns = fake.stats.failedRuns;
    await stop();
    expect(fake.stats.failedRuns).toBe(failedRuns); // the removal itself succeeded
    expect(handlers()).toBe(0);
    await fake.simulateEdit("Scores", "C5", 2);
    await fake.flushEvents();
    expect(changes).toBe(1);
    expect(fake.stats.eventHandlerErrors).toEqual([]);
  });

  it("unsubscribing after binding again removes the handler (it is the sheet's, not the binding's)", async () => {
    fake.setCells("Scores", "A1", DETECTION_CASES[1]!.rows);
    const [candidate] = await scanWorkbook(framework);
    let changes = 0;
    const stop = await watchBinding(await bindTable(candidate!), () => changes++);
    await bindTable(candidate!); // the pane's "Bind" again: delete + add under the same id
    await expect(stop()).resolves.toBeUndefined();
    await fake.simulateEdit("Scores", "C5", 1);
    expect(changes).toBe(0);
    expect(fake.host.doc.findSheet("Scores")?.onChanged.size).toBe(0);
  });
});

describe("selecting a cell named by an issue", () => {
  it("activates the sheet and selects the cell, quoted names included", async () => {
    fake.setCells("My scores", "A1", [[1]]);
    await selectCell("'My scores'!D7");
    expect(fake.host.doc.active?.name).toBe("My scores");
    expect(fake.host.doc.selection).toMatchObject({ box: { r0: 6, c0: 3, r1: 6, c1: 3 } });
    expect(splitAddress("'It''s'!A1:B2")).toEqual({ sheet: "It's", local: "A1:B2" });
    expect(splitAddress("C5")).toEqual({ sheet: null, local: "C5" });
  });
});

describe("the 2015 sample", () => {
  it("goes to a new sheet, never over an existing one, and is found as a table", async () => {
    fake.setCells("Sample 2015", "A1", [["mine"]]);
    const candidate = await insertSample("en");
    expect(candidate).toMatchObject({
      sheet: "Sample 2015 (2)",
      address: "A1:T152",
      matched: 16,
      dataRows: 151,
    });
    expect(fake.values("Sample 2015")).toEqual([["mine"]]);
    expect(fake.values("Sample 2015 (2)")).toEqual(sampleValues());
    expect(fake.cellValue("Sample 2015 (2)", "C2")).toBe(4.7);
    expect(fake.snapshot().activeSheet).toBe("Sample 2015 (2)");
    const zh = await insertSample("zh");
    expect(zh.sheet).toBe("样本2015");
    expect(unusedSheetName("sample 2015", ["Sample 2015", "SAMPLE 2015 (2)"])).toBe(
      "sample 2015 (3)"
    );
  });
});

describe("preferences and generating", () => {
  it("stores preferences with the workbook", async () => {
    expect(await loadPreferences()).toEqual({});
    await savePreferences({
      language: "zh",
      rankMethod: "dense",
      totals: "computed",
      autoRefresh: true,
      framework: null,
    });
    expect(await loadPreferences()).toEqual({
      totals: "computed",
      language: "zh",
      rankMethod: "dense",
      autoRefresh: true,
      framework: null,
    });
  });

  it("writes the summary of the pane's dataset and reports progress", async () => {
    const actions = createOfficeActions();
    const candidate = await actions.insertSample("zh");
    const bound = await actions.bind(candidate);
    const { table, grid } = await actions.read(bound);
    const before = fake.values(candidate.sheet);
    const stages: string[] = [];
    const outcome = await actions.generate({
      dataset: buildDataset(framework, table, grid),
      language: "zh",
      rankMethod: "competition",
      onProgress: (p) => stages.push(p.stage),
    });
    expect(outcome.sheets).toContain("总排名");
    expect(outcome.activated).toBe("总排名");
    expect(fake.snapshot().activeSheet).toBe("总排名");
    expect(fake.cellValue("总排名", "B1")).toBeDefined();
    expect(stages).toEqual(expect.arrayContaining(["evaluate", "layout", "values", "done"]));
    expect(fake.values(candidate.sheet)).toEqual(before);
    // The summary sheets are not offered as score tables.
    expect((await actions.scan(framework)).map((c) => c.sheet)).toEqual([candidate.sheet]);
  });
});

describe("ribbon command notices", () => {
  it("passes the command's failures to the pane, the last one at once", async () => {
    const { publishCommandOutcome } = await import("../../src/office/command-outcome");
    const { commandNotice } = await import("../../src/office/office-actions");
    publishCommandOutcome({
      at: 1,
      result: { ok: false, reason: "no-table", sheet: "Sheet1", message: "none" },
    });
    const seen: unknown[] = [];
    const stop = createOfficeActions().commandNotices((n) => seen.push(n));
    publishCommandOutcome({ at: 2, error: "boom" });
    stop();
    publishCommandOutcome({ at: 3, error: "after" });
    expect(seen).toEqual([
      { kind: "no-table", sheet: "Sheet1", message: "none" },
      { kind: "failed", sheet: null, message: "boom" },
    ]);
    expect(commandNotice({ at: 4, error: "x" })).toEqual({
      kind: "failed",
      sheet: null,
      message: "x",
    });
  });
});
