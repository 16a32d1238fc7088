/**
 * Issue 10's guarantees on the Office.js path: every summary passes `guardLayout` before it is
 * written and its repairs reach the user (ribbon outcome → task pane notice); a NaN that slipped
 * past the guard fails loudly instead of reaching `range.values`; hidden sheets are never
 * scanned or read by default.
 */
import type { GuardedLayout } from "../../src/layout/guard";
import type { SummaryLayout } from "../../src/layout/types";
import { NonFiniteCellError } from "../../src/office/cell-input";
import { generateSummary } from "../../src/office/generate";
import { commandNotice } from "../../src/office/office-actions";
import { parseTracking, TRACKING_KEY } from "../../src/office/sheet-plan";
import { scanWorkbook } from "../../src/office/workbook-scan";
import { writeSummary } from "../../src/office/write-summary";
import { framework2015 } from "../../src/engine/bundled";
import type { FakeExcel } from "../fakes/excel";
import { clickRibbon, plainSheet, syntheticGrid, withFake } from "./helpers";

/** The guard as the writer engineer implements it, or a stand-in a test sets. */
let guardStandIn: ((layout: SummaryLayout) => GuardedLayout) | null = null;
jest.mock("../../src/layout/guard", () => {
  const actual =
    jest.requireActual<typeof import("../../src/layout/guard")>("../../src/layout/guard");
  return {
    ...actual,
    guardLayout: (layout: SummaryLayout): GuardedLayout =>
      guardStandIn ? guardStandIn(layout) : actual.guardLayout(layout),
  };
});
afterEach(() => (guardStandIn = null));

/** A one-sheet layout whose second cell is `bad`. */
function layoutWith(bad: number): SummaryLayout {
  return {
    language: "en",
    title: "t",
    sheets: [plainSheet("overall", "Overall", [["x", bad, 2]])],
  };
}

/** Replaces non-finite numbers by blanks, as the real guard must, with one repair note each. */
const blankNonFinite = (layout: SummaryLayout): GuardedLayout => {
  const repairs: string[] = [];
  const sheets = layout.sheets.map((sheet) => ({
    ...sheet,
    blocks: sheet.blocks.map((block) => ({
      ...block,
      values: block.values.map((row) =>
        row.map((v) => {
          if (typeof v !== "number" || Number.isFinite(v)) return v;
          repairs.push(`${sheet.name}: ${v} left blank`);
          return null;
        })
      ),
    })),
  }));
  return { layout: { ...layout, sheets }, repairs };
};

const excelRun = <T>(fake: FakeExcel, batch: (c: Excel.RequestContext) => Promise<T>): Promise<T> =>
  fake.Excel.run(batch);

describe("every Office-written summary passes the guard", () => {
  test("writeSummary writes the guarded layout and returns its repairs", async () => {
    guardStandIn = blankNonFinite;
    await withFake({ sheets: ["Sheet1"] }, async (fake) => {
      const result = await excelRun(fake, (c) => writeSummary(c, layoutWith(Number.NaN)));
      expect(result.repairs).toEqual(["Overall: NaN left blank"]);
      expect(fake.values("Overall", "A1:C1")).toEqual([["x", "", 2]]);
    });
  });

  test("with the real guard: NaN, ±Infinity and characters XML forbids are repaired and reported", async () => {
    const layout: SummaryLayout = {
      language: "en",
      title: "t",
      sheets: [plainSheet("overall", "Overall", [["bad\ufffecity", Number.NaN, Infinity, 2]])],
    };
    await withFake({ sheets: ["Sheet1"] }, async (fake) => {
      const result = await excelRun(fake, (c) => writeSummary(c, layout));
      expect(fake.values("Overall", "A1:D1")).toEqual([["bad\ufffdcity", "", "", 2]]);
      expect(result.repairs.length).toBeGreaterThanOrEqual(2);
      expect(result.repairs.join("\n")).toMatch(/Overall/);
    });
  });

  test.each([Number.NaN, Infinity, -Infinity])(
    "%p that slips past the guard fails loudly and is never sent to range.values",
    async (bad) => {
      guardStandIn = (layout) => ({ layout, repairs: [] }); // a guard that lets it through
      await withFake({ sheets: ["Sheet1"] }, async (fake) => {
        await expect(
          excelRun(fake, (c) => writeSummary(c, layoutWith(bad)))
        ).rejects.toBeInstanceOf(NonFiniteCellError);
        expect(fake.cellValue("Overall", "A1")).toBe(""); // no value batch was sent
      });
    }
  );

  test("the ribbon command reports the repairs and opens the task pane to show them", async () => {
    guardStandIn = (layout) => ({
      layout,
      repairs: ["总排名: 1 text shortened to 32,767 characters"],
    });
    await withFake({ sheets: ["Scores"] }, async (fake) => {
      fake.setCells("Scores", "A1", syntheticGrid(12));
      const result = await clickRibbon(fake);
      expect(result).toMatchObject({ ok: true, repairs: [expect.stringMatching(/32,767/)] });
      expect(fake.stats.taskpaneShown).toBe(1);
      expect(commandNotice({ at: 0, result })).toEqual({
        kind: "repaired",
        sheet: "总排名",
        message: "",
        repairs: ["总排名: 1 text shortened to 32,767 characters"],
      });
    });
  });

  test("without repairs the ribbon command leaves the pane closed and has no notice", async () => {
    await withFake({ sheets: ["Scores"] }, async (fake) => {
      fake.setCells("Scores", "A1", syntheticGrid(12));
      const result = await clickRibbon(fake);
      expect(result).toMatchObject({ ok: true, repairs: [] });
      expect(fake.stats.taskpaneShown).toBe(0);
      expect(commandNotice({ at: 0, result })).toBeNull();
    });
  });
});

const hide = (fake: FakeExcel, sheet: string, visibility: "Hidden" | "VeryHidden"): Promise<void> =>
  excelRun(fake, async (c) => {
    c.workbook.worksheets.getItem(sheet).visibility = visibility;
    await c.sync();
  });

describe("hidden sheets are never chosen by default", () => {
  test.each(["Hidden", "VeryHidden"] as const)(
    "a scan skips a %s sheet with a stale table; asked explicitly, it lists it as hidden",
    async (visibility) => {
      await withFake({ sheets: ["Scores"] }, async (fake) => {
        fake.setCells("Old", "A1", syntheticGrid(20));
        fake.setCells("Scores", "A1", syntheticGrid(30));
        await hide(fake, "Old", visibility);
        const found = await scanWorkbook(framework2015());
        expect(found.map((c) => [c.sheet, c.dataRows, c.hidden])).toEqual([
          ["Scores", 30, undefined],
        ]);
        const all = await scanWorkbook(framework2015(), [], true);
        expect(all.map((c) => [c.sheet, c.hidden ?? false])).toEqual([
          ["Scores", false],
          ["Old", true],
        ]);
      });
    }
  );

  test("the ribbon on a summary sheet does not read a recorded source that is hidden now", async () => {
    await withFake({ sheets: ["Scores", "Other"] }, async (fake) => {
      fake.setCells("Scores", "A1", syntheticGrid(10));
      expect(await generateSummary()).toMatchObject({ ok: true, activated: "总排名" });
      await hide(fake, "Scores", "Hidden");
      const before = fake.snapshot();
      const result = await clickRibbon(fake);
      expect(result).toMatchObject({ ok: false, reason: "hidden-sheet", sheet: "Scores" });
      expect(fake.stats.taskpaneShown).toBe(1);
      expect(fake.snapshot()).toEqual(before);
      const record = parseTracking(fake.snapshot().settings?.[TRACKING_KEY] ?? null);
      expect(record.source).toBe("Scores");
    });
  });
});
