/** @jest-environment jsdom */
/**
 * Issue 12 (ADR 0014 addendum): the Generate view sizes a large table after a pause, in slices,
 * says "sizing…" meanwhile, drops a sizing whose data changed and remembers each plan per dataset.
 */
import "./setup-dom";
import { renderHook, waitFor } from "@testing-library/react";
import { framework2015 } from "../../src/engine/bundled";
import { readGrid } from "../../src/engine/table";
import type { Dataset } from "../../src/engine/types";
import { planSummary, planSummaryInSlices } from "../../src/office/insert-estimate";
import {
  SIZE_DURING_RENDER_CITIES,
  useSummaryPlan,
} from "../../src/taskpane/views/use-summary-plan";
import { syntheticGrid } from "../office/helpers";
import { sampleGrid } from "./mock-actions";

const datasetOf = (grid: (string | number)[][]): Dataset =>
  readGrid(grid, framework2015(), { source: "Sheet1" });

describe("sizing the summary without blocking the pane", () => {
  it("a small table is sized during render", () => {
    const dataset = datasetOf(sampleGrid() as (string | number)[][]);
    const { result } = renderHook(() => useSummaryPlan(dataset, { language: "en" }));
    expect(result.current).not.toBe("sizing");
    expect(result.current).toEqual(planSummary(dataset, { language: "en" }));
  });

  it("a large table says sizing first, then gives the same plan as sizing at once", async () => {
    const dataset = datasetOf(syntheticGrid(SIZE_DURING_RENDER_CITIES + 500));
    const { result } = renderHook(() => useSummaryPlan(dataset, { language: "zh" }));
    expect(result.current).toBe("sizing");
    await waitFor(() => expect(result.current).not.toBe("sizing"), { timeout: 20_000 });
    expect(result.current).toEqual(planSummary(dataset, { language: "zh" }));
  });

  it("new data while sizing: the old sizing is dropped, the new one shown; a plan is remembered", async () => {
    const first = datasetOf(syntheticGrid(SIZE_DURING_RENDER_CITIES + 300));
    const second = datasetOf(syntheticGrid(SIZE_DURING_RENDER_CITIES + 200));
    const seen: number[] = [];
    const { result, rerender } = renderHook(
      ({ dataset }: { dataset: Dataset }) => {
        const plan = useSummaryPlan(dataset, { language: "en" });
        if (plan && plan !== "sizing") seen.push(plan.cities);
        return plan;
      },
      { initialProps: { dataset: first } }
    );
    expect(result.current).toBe("sizing");
    rerender({ dataset: second });
    expect(result.current).toBe("sizing");
    await waitFor(() => expect(result.current).not.toBe("sizing"), { timeout: 20_000 });
    expect(seen.every((cities) => cities === SIZE_DURING_RENDER_CITIES + 200)).toBe(true);

    // Back to the first table: sized again (its sizing was dropped), then remembered.
    rerender({ dataset: first });
    expect(result.current).toBe("sizing");
    await waitFor(() => expect(result.current).not.toBe("sizing"), { timeout: 20_000 });
    rerender({ dataset: second });
    expect(result.current).not.toBe("sizing");
    expect(result.current).toMatchObject({ cities: SIZE_DURING_RENDER_CITIES + 200 });
  });

  it("planSummaryInSlices stops at the first slice that is no longer wanted", async () => {
    const dataset = datasetOf(syntheticGrid(50));
    let asked = 0;
    const stopAfter = (slices: number) => (): Promise<boolean> =>
      Promise.resolve(++asked <= slices);
    expect(await planSummaryInSlices(dataset, { language: "en" }, stopAfter(0))).toBeNull();
    expect(asked).toBe(1);
    asked = 0;
    expect(await planSummaryInSlices(dataset, { language: "en" }, stopAfter(1))).toBeNull();
    expect(asked).toBe(2);
    asked = 0;
    expect(await planSummaryInSlices(dataset, { language: "en" }, stopAfter(2))).toEqual(
      planSummary(dataset, { language: "en" })
    );
  });
});
