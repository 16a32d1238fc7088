/** Cell-edit mode retries, requirement-set gates and the calculation / screen-updating pauses. */
import { CellEditModeError, runWithRetry } from "../../src/office/host";
import { generateSummary } from "../../src/office/generate";
import { syntheticGrid, withFake } from "./helpers";

const fast = { delayMs: 1 };

describe("runWithRetry", () => {
  test("retries while Excel is in cell-edit mode, then succeeds", async () => {
    await withFake({ sheets: ["Scores"] }, async (fake) => {
      fake.setCells("Scores", "A1", syntheticGrid(20));
      fake.failNextRuns(2);
      const retries: number[] = [];
      const result = await generateSummary({ retry: { ...fast, onRetry: (n) => retries.push(n) } });
      expect(result.ok).toBe(true);
      expect(retries).toEqual([1, 2]);
      expect(fake.stats).toMatchObject({ runs: 3, failedRuns: 2 });
    });
  });

  test("gives a clear error once the attempts are used up, and writes nothing", async () => {
    await withFake({ sheets: ["Scores"] }, async (fake) => {
      fake.setCells("Scores", "A1", syntheticGrid(20));
      const before = fake.snapshot();
      fake.setCellEditMode(true);
      const failure = generateSummary({ retry: fast });
      await expect(failure).rejects.toBeInstanceOf(CellEditModeError);
      await expect(failure).rejects.toThrow(
        /Excel is editing a cell.* \(tried 3 times\)\. Press Enter or Esc/
      );
      expect(fake.stats.runs).toBe(3);
      expect(fake.snapshot()).toEqual(before);
    });
  });

  test("other errors are not retried", async () => {
    await withFake({}, async (fake) => {
      fake.failNextRuns(1, "GeneralException");
      await expect(
        runWithRetry(
          async (context) => context.sync(context.workbook.worksheets.load("items/name")),
          fast
        )
      ).rejects.toMatchObject({ code: "GeneralException" });
      expect(fake.stats.runs).toBe(1);
    });
  });
});

describe("requirement sets", () => {
  test("calculation and screen updating are suspended before every write sync", async () => {
    await withFake({ sheets: ["Scores"] }, async (fake) => {
      fake.setCells("Scores", "A1", syntheticGrid(20));
      fake.resetStats();
      await generateSummary();
      const writes = fake.stats.requests.filter((r) => r.operations > 3 && r.requestBytes > 1000);
      expect(writes.length).toBe(3); // sheets and formats, values (one sync for 20 cities), objects
      for (const r of writes)
        expect(r).toMatchObject({ suspendedCalculation: true, suspendedScreenUpdating: true });
    });
  });

  test("ExcelApi 1.7 (the manifest minimum): no screen-updating pause, no axis number formats, the rest written", async () => {
    await withFake({ sheets: ["Scores"], requirementSets: { ExcelApi: "1.7" } }, async (fake) => {
      fake.setCells("Scores", "A1", syntheticGrid(20));
      const result = await generateSummary();
      expect(result).toMatchObject({ ok: true });
      // Below ExcelApi 1.9 only the 1.9 features are left out, each named (print setup, indents).
      const skipped = result.ok ? result.skipped : [];
      expect(skipped.length).toBeGreaterThan(0);
      for (const note of skipped) expect(note).toMatch(/\(ExcelApi 1\.9\)/u);
      expect(fake.stats.suspendScreenUpdatingCalls).toBe(0);
      expect(fake.stats.suspendCalculationCalls).toBeGreaterThan(0);
      const charts = fake.snapshot().sheets.flatMap((s) => s.charts);
      expect(charts.length).toBeGreaterThan(0);
      for (const c of charts) expect(JSON.stringify(c.props)).not.toContain("numberFormat");
    });
  });
});
