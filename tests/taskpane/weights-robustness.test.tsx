/** @jest-environment jsdom */
/**
 * The Robustness view (issue 13): the sliced run gives exactly the engine's Monte Carlo and
 * Sobol' indices for the same seed, spread 0 gives zero-width intervals, Cancel stops it; in the
 * pane: run, the table, and "Write robustness sheet" into the Excel fake.
 */
import "./setup-dom";
// Fluent UI under jsdom on a shared 2-core machine: rendering the 151-row views takes seconds.
jest.setTimeout(120_000);
import { screen, within } from "@testing-library/react";
import { dataset2015 } from "../../src/engine/bundled";
import { uncertainty } from "../../src/engine/explore/monte-carlo";
import { rankSensitivity } from "../../src/engine/explore/sensitivity";
import { runRobustness } from "../../src/taskpane/views/robustness-run";
import { withExcelFake } from "./weights-helpers";

const dataset = dataset2015();
const quiet = { onProgress: () => {}, cancelled: () => false };

describe("robustness run in slices", () => {
  it("equals the engine's uncertainty and sensitivity for the same seed, with progress", async () => {
    const progress: number[] = [];
    const run = await runRobustness(
      dataset,
      { runs: 300, spread: 0.3, seed: 7 },
      { onProgress: (f) => progress.push(f), cancelled: () => false, sliceMs: 0 }
    );
    expect(run?.result).toEqual(uncertainty(dataset, { runs: 300, spread: 0.3, seed: 7 }));
    expect(run?.sensitivity).toEqual(
      rankSensitivity(dataset, { spread: 0.3, seed: 7, samples: 300 })
    );
    expect(progress.length).toBeGreaterThan(100);
    expect(progress.every((f, i) => f >= (progress[i - 1] ?? 0) && f <= 1)).toBe(true);
    expect(progress.at(-1)).toBe(1);
  });

  it("spread 0: every city's interval has zero width at its nominal rank", async () => {
    const run = await runRobustness(dataset, { runs: 20, spread: 0, seed: 1 }, quiet);
    for (const c of run?.result.cities ?? [])
      expect([c.p05, c.median, c.p95]).toEqual([c.rank, c.rank, c.rank]);
    expect(run?.result.cities).toHaveLength(151);
  });

  it("stops when cancelled (resolves to null)", async () => {
    let checks = 0;
    const run = await runRobustness(
      dataset,
      { runs: 10_000, spread: 0.25, seed: 1 },
      { onProgress: () => {}, cancelled: () => ++checks > 2, sliceMs: 0 }
    );
    expect(run).toBeNull();
    expect(checks).toBe(3);
  });
});

describe("Robustness view", () => {
  it("runs, shows the intervals and writes the robustness sheet", async () => {
    await withExcelFake("en", "robustness", async (fake, user) => {
      const runs = await screen.findByRole("spinbutton", { name: "Runs" });
      await user.clear(runs);
      await user.type(runs, "200{Enter}");
      await user.click(screen.getByRole("button", { name: "Run" }));
      await screen.findByText("200 runs, spread 0.25, seed 1", {}, { timeout: 20_000 });
      const expected = uncertainty(dataset, { runs: 200 }).cities[0]!;
      const table = screen.getByRole("table", { name: "Rank robustness" });
      const first = table.querySelector("tbody tr");
      expect([...(first?.querySelectorAll("td") ?? [])].map((c) => c.textContent)).toEqual([
        "1",
        "Wuxi",
        `${expected.p05.toFixed(1)}–${expected.p95.toFixed(1)}`,
        `${Math.round(expected.top10 * 100)}%`,
      ]);
      const indices = screen.getByRole("table", { name: /^Sensitivity to each dimension weight/ });
      expect(within(indices).getByText("Smart Infrastructure")).toBeInTheDocument();

      await user.click(screen.getByRole("button", { name: "Write robustness sheet" }));
      await screen.findByText("Wrote the sheet “Robustness”.");
      const sheet = fake.snapshot({ formats: false }).sheets.find((s) => s.name === "Robustness");
      expect(sheet?.charts).toHaveLength(2);
    });
  });
});
