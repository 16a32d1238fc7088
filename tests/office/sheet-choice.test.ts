/**
 * Issue 12, "Office.js at scale": the summary's size before inserting (cells per sheet from the
 * layout's block headers), the insert-time estimate and its threshold, and the writer honouring
 * the pane's choice of sheets in the Excel fake (only the chosen sheets, contents listing only them).
 */
import { framework2015 } from "../../src/engine/bundled";
import { readGrid } from "../../src/engine/table";
import type { Dataset } from "../../src/engine/types";
import { writeDatasetSummary } from "../../src/office/generate";
import {
  ASSUMED_CELLS_PER_SECOND,
  ASSUMED_SECONDS_PER_SYNC,
  chosenKeys,
  insertSeconds,
  omissionOf,
  omittedKeys,
  planFromSheets,
  planSummary,
  SLOW_INSERT_CELLS,
} from "../../src/office/insert-estimate";
import { sheetCells } from "../../src/layout/size";
import { evaluate } from "../../src/engine/evaluate";
import { buildSummaryLayout } from "../../src/layout/summary";
import { blockRow } from "../../src/layout/rows";
import { syntheticGrid, withFake } from "./helpers";

const framework = framework2015();
const datasetOf = (cities: number): Dataset =>
  readGrid(syntheticGrid(cities), framework, { source: "Scores", sheet: "Scores" });

describe("sizing the summary", () => {
  it("counts each sheet's cells from its blocks without generating rows, and marks the wide ones", () => {
    const dataset = datasetOf(151);
    const layout = buildSummaryLayout(
      evaluate(dataset, { method: "competition", totals: "reported" }),
      dataset,
      { language: "en" }
    );
    const sizes = sheetCells(layout);
    expect(sizes.map((s) => s.key)).toEqual(layout.sheets.map((s) => s.key));
    expect(sizes.filter((s) => s.wide).map((s) => s.name)).toEqual(["Indicator rankings"]);
    // Every row a writer pulls fits in the counted box (rows × columns of each block).
    for (const [i, sheet] of layout.sheets.entries()) {
      let present = 0;
      for (const block of sheet.blocks)
        for (let r = 0; r < block.rows; r++)
          present += Math.min(block.columns, blockRow(block, r)?.length ?? 0);
      expect(present).toBeLessThanOrEqual(sizes[i]?.cells ?? 0);
      expect(present).toBeGreaterThan((sizes[i]?.cells ?? 0) / 2);
    }
    // The indicator rankings are the widest: 16 indicators × 4 columns per city.
    const widest = [...sizes].sort((a, b) => b.cells - a.cells)[0];
    expect(widest?.key).toBe("indicators");
  });

  it("crosses the slow threshold between 6,500 and 7,000 cities of the 2015 framework", () => {
    // About 146 cells per city (64 of them in the indicator rankings) plus a constant.
    const below = planSummary(datasetOf(6_500), { language: "en" });
    const above = planSummary(datasetOf(7_000), { language: "en" });
    expect(below.cells).toBeLessThanOrEqual(SLOW_INSERT_CELLS);
    expect(below.slow).toBe(false);
    expect(above.cells).toBeGreaterThan(SLOW_INSERT_CELLS);
    expect(above.slow).toBe(true);
    expect(above.cities).toBe(7_000);
  });

  it("is slow exactly above the threshold", () => {
    const sheet = (key: string, cells: number, wide = false) => ({ key, name: key, cells, wide });
    const at = planFromSheets(1, [sheet("overall", 400_000), sheet("indicators", 600_000, true)]);
    const over = planFromSheets(1, [sheet("overall", 400_001), sheet("indicators", 600_000, true)]);
    expect([at.cells, at.slow]).toEqual([SLOW_INSERT_CELLS, false]);
    expect(over.slow).toBe(true);
    expect(omittedKeys(at, "auto")).toEqual([]);
    expect(omittedKeys(over, "auto")).toEqual(["indicators"]);
    expect(chosenKeys(over, "auto")).toEqual(["overall"]);
    expect(chosenKeys(at, "auto")).toBeUndefined();
    // An explicit choice wins over the size; one that leaves nothing is not applied.
    expect(omittedKeys(at, ["overall"])).toEqual(["overall"]);
    expect(omittedKeys(over, ["overall", "indicators"])).toEqual([]);
    expect(omittedKeys(over, [])).toEqual([]);
  });

  it("estimates the insert from syncs and cells at the assumed rates", () => {
    // 1 million cells: 10 MB of requests = 3 value syncs + 3 fixed, plus 10 s of cells.
    expect(insertSeconds(1_000_000)).toBeCloseTo(
      6 * ASSUMED_SECONDS_PER_SYNC + 1_000_000 / ASSUMED_CELLS_PER_SECOND
    );
    expect(insertSeconds(24_000)).toBeLessThan(3);
    expect(insertSeconds(14_600_000)).toBeGreaterThan(150);
    expect(insertSeconds(2_000_000)).toBeGreaterThan(insertSeconds(1_000_000));
  });

  it("reads the stored preference: a list of keys, else auto", () => {
    expect(omissionOf(null)).toBe("auto");
    expect(omissionOf(undefined)).toBe("auto");
    expect(omissionOf("indicators")).toBe("auto");
    expect(omissionOf(["indicators", 3, null])).toEqual(["indicators"]);
  });
});

describe("writing only the chosen sheets", () => {
  const write = (dataset: Dataset, omitSheets?: "auto" | string[]) =>
    withFake({ sheets: ["Scores"] }, async (fake) => {
      const result = await Excel.run((context) =>
        writeDatasetSummary(context, dataset, {
          language: "en",
          ...(omitSheets !== undefined ? { omitSheets } : {}),
        })
      );
      const about = fake.values("About").flat().map(String);
      return { result, sheets: fake.snapshot().sheets.map((s) => s.name), about };
    });

  it("leaves out the sheets the pane's choice names, and the contents list only the others", async () => {
    const dataset = datasetOf(151);
    const all = await write(dataset);
    expect(all.sheets).toContain("Indicator rankings");
    expect(all.about).toContain("Indicator rankings");

    const chosen = await write(dataset, ["indicators", "groupRanks"]);
    expect(chosen.sheets).not.toContain("Indicator rankings");
    expect(chosen.sheets).not.toContain("Ranks within groups");
    expect(chosen.sheets).toEqual(
      all.sheets.filter((s) => s !== "Indicator rankings" && s !== "Ranks within groups")
    );
    expect(chosen.result.sheets.map((s) => s.key)).not.toContain("indicators");
    expect(chosen.about).not.toContain("Indicator rankings");
    expect(chosen.about).not.toContain("Ranks within groups");
    expect(chosen.about).toContain("Overall ranking");
  });

  it("auto: writes every sheet of a small table", async () => {
    const small = await write(datasetOf(151), "auto");
    expect(small.result.sheets.map((s) => s.key)).toContain("indicators");
  });

  it("auto: leaves out the indicator rankings above the threshold", async () => {
    const large = await write(datasetOf(7_000), "auto");
    const keys = large.result.sheets.map((s) => s.key);
    expect(keys).not.toContain("indicators");
    expect(keys).toContain("overall");
    expect(large.sheets).not.toContain("Indicator rankings");
    expect(large.about).not.toContain("Indicator rankings");
  }, 120_000);
});
