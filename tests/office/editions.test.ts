/**
 * Editions compared from the workbook (issue 14) under the Excel fake: bound sheets read as full
 * tables or published lists, the editions sheet written with its charts (the bump chart's rank
 * axis reversed, category labels below), problems reported before anything is written, the
 * ribbon's "Compare editions".
 */
import type * as OutcomeModule from "../../src/office/command-outcome";
import { framework2015 } from "../../src/engine/bundled";
import { editionsWorkbookLayout } from "../../src/layout/editions";
import { compareEditions, reportEditions } from "../../src/engine/editions";
import {
  compareWorkbookEditions,
  EDITIONS_SETTING,
  orderEditions,
  parseEditionsSetup,
  setupProblems,
  type CompareRequest,
  type EditionsSetup,
} from "../../src/office/editions";
import { generateSummary } from "../../src/office/generate";
import { savePreferences } from "../../src/office/preferences";
import { writeSummary } from "../../src/office/write-summary";
import type { FakeExcel } from "../fakes/excel";
import { syntheticGrid, withFake } from "./helpers";

/** 2014: the synthetic table; 2015: the same with the names of its first two cities swapped. */
function twoEditions(fake: FakeExcel): void {
  const before = syntheticGrid(20);
  const after = syntheticGrid(20).map((row) => [...row]);
  const [first, second] = [after[1]?.[0], after[2]?.[0]];
  (after[1] as (string | number)[])[0] = second ?? "";
  (after[2] as (string | number)[])[0] = first ?? "";
  fake.setCells("Scores 2014", "A1", before);
  fake.setCells("Scores 2015", "A1", after);
}

const request = (setup: EditionsSetup, language: "zh" | "en" = "en"): CompareRequest => ({
  setup,
  tableFramework: framework2015(),
  bundledFramework: framework2015(),
  language,
});

const BOUND: EditionsSetup = {
  reportHistory: false,
  editions: [
    { sheet: "Scores 2015", label: "2015", framework: "table" },
    { sheet: "Scores 2014", label: " 2014 ", framework: "bundled" },
  ],
};

type Axes = Record<string, Record<string, unknown>>;

test("two bound sheets: the editions sheet, oldest first, with a reversed rank axis and labels below", async () => {
  await withFake({ sheets: ["Scores 2014", "Scores 2015"] }, async (fake) => {
    twoEditions(fake);
    const outcome = await compareWorkbookEditions(request(BOUND));
    expect(outcome).toMatchObject({ ok: true, sheet: "Editions", labels: ["2014", "2015"] });
    const snap = fake.snapshot();
    expect(snap.activeSheet).toBe("Editions");
    const sheet = snap.sheets.find((s) => s.name === "Editions");
    const bump = sheet?.charts.find((c) => c.name === "bump");
    const axes = bump?.props.axes as Axes;
    expect(axes.valueAxis).toMatchObject({ reversePlotOrder: true, position: "Maximum" });
    // The other charts keep their axes as they are.
    const movers = sheet?.charts.find((c) => c.name === "movers")?.props.axes as Axes;
    expect(movers.valueAxis?.reversePlotOrder).not.toBe(true);
    // The cities of both editions are listed on the sheet.
    const cells = Object.values(sheet?.cells ?? {}).map((c) => c.value);
    expect(cells).toContain("城市1");
    expect(cells).toContain("城市2");
  });
});

test("ExcelApi 1.7: the rank axis is reversed; labels below it need 1.8 and a note says so", async () => {
  await withFake({ sheets: ["Data"], requirementSets: { ExcelApi: "1.7" } }, async (fake) => {
    const layout = editionsWorkbookLayout(compareEditions(reportEditions()), "zh");
    const result = await fake.Excel.run((c) => writeSummary(c, layout));
    expect(result.skipped).toContain(
      "editions: category labels below a reversed rank axis (ExcelApi 1.8)"
    );
    const bump = fake
      .snapshot()
      .sheets.flatMap((s) => s.charts)
      .find((c) => c.name === "bump");
    const axes = bump?.props.axes as Axes;
    expect(axes.valueAxis?.reversePlotOrder).toBe(true);
    expect(axes.valueAxis?.position).toBeUndefined();
  });
});

test("a comparison replaces only its own earlier sheet; the summary sheets stay", async () => {
  await withFake({ sheets: ["Scores 2014", "Scores 2015"] }, async (fake) => {
    twoEditions(fake);
    const summary = await generateSummary({ source: { sheet: "Scores 2015" } });
    expect(summary.ok).toBe(true);
    await compareWorkbookEditions(request(BOUND));
    const names = () => fake.snapshot().sheets.map((s) => s.name);
    const once = names();
    await compareWorkbookEditions(request(BOUND));
    expect(names()).toEqual(once);
    expect(once.filter((n) => n === "Editions")).toHaveLength(1);
    expect(once).toContain("总排名");
  });
});

test("problems are reported before anything is written", async () => {
  await withFake({ sheets: ["Scores 2014", "Notes"] }, async (fake) => {
    twoEditions(fake);
    fake.setCells("Notes", "A1", [["Shopping list"], ["milk"]]);
    const before = fake.snapshot();
    const setup: EditionsSetup = {
      reportHistory: false,
      editions: [
        { sheet: "Scores 2014", label: "2014", framework: "table" },
        { sheet: "Notes", label: "2015", framework: "table" },
        { sheet: "Gone", label: "2016", framework: "table" },
      ],
    };
    const outcome = await compareWorkbookEditions(request(setup));
    expect(outcome).toEqual({
      ok: false,
      problems: [
        { reason: "not-a-table", label: "2015", sheet: "Notes" },
        { reason: "missing-sheet", label: "2016", sheet: "Gone" },
      ],
    });
    expect(fake.snapshot().sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
  });
});

test("labels: required, distinct, at least two editions (the report's history counts)", () => {
  const one = (label: string) => ({ sheet: "S", label, framework: "table" as const });
  expect(setupProblems({ reportHistory: false, editions: [one("2014")] })).toEqual([
    { reason: "too-few", count: 1 },
  ]);
  expect(setupProblems({ reportHistory: true, editions: [one("2016")] })).toEqual([]);
  expect(setupProblems({ reportHistory: false, editions: [one("2014"), one(" 2014")] })).toEqual([
    { reason: "too-few", count: 1 },
    { reason: "duplicate-label", label: "2014" },
  ]);
  expect(setupProblems({ reportHistory: false, editions: [one(""), one("2015")] })).toEqual([
    { reason: "too-few", count: 1 },
    { reason: "no-label", sheet: "S" },
  ]);
  expect(orderEditions([one("2015"), one("2009"), one("2010")]).map((e) => e.label)).toEqual([
    "2009",
    "2010",
    "2015",
  ]);
  expect(parseEditionsSetup("{not json")).toEqual({ editions: [], reportHistory: false });
  expect(
    parseEditionsSetup({ editions: [{ sheet: 1 }, { sheet: "A", label: "x", framework: "?" }] })
  ).toEqual({ reportHistory: false, editions: [{ sheet: "A", label: "x", framework: "table" }] });
});

test("the report's 2011-2015 history with a bound 2016 edition", async () => {
  await withFake({ sheets: ["Scores 2016"] }, async (fake) => {
    fake.setCells("Scores 2016", "A1", syntheticGrid(12));
    const setup: EditionsSetup = {
      reportHistory: true,
      editions: [{ sheet: "Scores 2016", label: "2016", framework: "table" }],
    };
    const outcome = await compareWorkbookEditions(request(setup, "zh"));
    expect(outcome).toMatchObject({
      ok: true,
      sheet: "历年对比",
      labels: ["2011", "2012", "2013", "2014", "2015", "2016"],
    });
  });
});

/**
 * Loads commands.ts as taskpane.html does (it registers its actions at load time); `paneLanguage`:
 * the pane, in the same page, has read its language setting.
 */
async function loadCommands(paneLanguage?: "zh" | "en"): Promise<typeof OutcomeModule> {
  let outcome: typeof OutcomeModule | undefined;
  await jest.isolateModulesAsync(async () => {
    await import("../../src/commands/commands");
    outcome = await import("../../src/office/command-outcome");
    const language = await import("../../src/office/display-language");
    if (paneLanguage) language.rememberPaneLanguage(paneLanguage);
  });
  if (!outcome) throw new Error("not loaded");
  return outcome;
}

describe("ribbon: Compare editions", () => {
  test("without bound editions it opens the task pane and writes nothing", async () => {
    await withFake({ sheets: ["Scores 2014"] }, async (fake) => {
      const outcome = await loadCommands();
      await fake.runAction("compareEditions");
      expect(outcome.lastCommandOutcome()).toMatchObject({ editions: "not-bound" });
      expect(fake.stats.taskpaneShown).toBe(1);
    });
  });

  test("with bound editions it writes the sheet in the pane's language, without the pane", async () => {
    await withFake({ sheets: ["Scores 2014", "Scores 2015"] }, async (fake) => {
      twoEditions(fake);
      await fake.Excel.run(async (context) => {
        context.workbook.settings.add(EDITIONS_SETTING, JSON.stringify(BOUND));
        await context.sync();
      });
      await savePreferences({
        language: "zh",
        rankMethod: "competition",
        totals: "reported",
        autoRefresh: false,
        framework: null,
      });
      const outcome = await loadCommands();
      await fake.runAction("compareEditions");
      expect(outcome.lastCommandOutcome()).toMatchObject({
        editions: { ok: true, sheet: "历年对比", labels: ["2014", "2015"] },
      });
      expect(fake.stats.taskpaneShown).toBe(0);
    });
  });

  test("a failure in cell-edit mode is said in the pane's language", async () => {
    await withFake({ sheets: ["Scores 2014", "Scores 2015"] }, async (fake) => {
      twoEditions(fake);
      // The pane's language is known in the page before Excel starts refusing.
      const outcome = await loadCommands("zh");
      fake.setCellEditMode(true);
      await fake.runAction("compareEditions");
      expect(outcome.lastCommandOutcome()).toMatchObject({
        command: "editions",
        error: expect.stringMatching(/^Excel 正在编辑单元格/u) as unknown,
      });
      expect(fake.stats.taskpaneShown).toBe(1);
    });
  });
});
