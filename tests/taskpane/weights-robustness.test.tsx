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
import { runRobustness, type RunProgress } from "../../src/taskpane/views/robustness-run";
import { withExcelFake } from "./weights-helpers";

const dataset = dataset2015();
const quiet = { onProgress: () => {}, cancelled: () => false };

describe("robustness run in slices", () => {
  it("equals the engine's uncertainty and sensitivity for the same seed, with progress", async () => {
    const progress: RunProgress[] = [];
    const run = await runRobustness(
      dataset,
      { runs: 300, spread: 0.3, seed: 7 },
      { onProgress: (p) => progress.push(p), cancelled: () => false, sliceMs: 0 }
    );
    expect(run?.result).toEqual(uncertainty(dataset, { runs: 300, spread: 0.3, seed: 7 }));
    expect(run?.sensitivity).toEqual(
      rankSensitivity(dataset, { spread: 0.3, seed: 7, samples: 300 })
    );
    // sliceMs 0: one unit per slice, so progress is reported through both parts.
    expect(progress.length).toBeGreaterThan(300);
    const fractions = progress.map((p) => p.fraction);
    expect(fractions.every((f, i) => f >= (fractions[i - 1] ?? 0) && f <= 1)).toBe(true);
    expect(fractions.at(-1)).toBe(1);
    expect(progress.filter((p) => p.phase === "monteCarlo").length).toBeGreaterThan(300);
    expect(progress.filter((p) => p.phase === "sensitivity").length).toBeGreaterThan(300);
  });

  it("per indicator: the result records the level and equals the engine's", async () => {
    const settings = { runs: 60, spread: 0.4, seed: 2, level: "indicator" as const };
    const run = await runRobustness(dataset, settings, quiet);
    expect(run?.result.level).toBe("indicator");
    expect(run?.result).toEqual(uncertainty(dataset, settings));
  });

  it("spread 0: every city's interval has zero width at its nominal rank", async () => {
    const run = await runRobustness(dataset, { runs: 20, spread: 0, seed: 1 }, quiet);
    for (const c of run?.result.cities ?? [])
      expect([c.p05, c.median, c.p95]).toEqual([c.rank, c.rank, c.rank]);
    expect(run?.result.cities).toHaveLength(151);
  });

  it("stops when cancelled (resolves to null), in the Monte Carlo or the Sobol' part", async () => {
    // Few runs before the Sobol' part: one unit per slice, each slice a timer turn.
    for (const [phase, runs] of [
      ["monteCarlo", 10_000],
      ["sensitivity", 200],
    ] as const) {
      let seen = 0;
      let stop = false;
      const run = await runRobustness(
        dataset,
        { runs, spread: 0.25, seed: 1 },
        {
          onProgress: (p) => {
            if (p.phase === phase && ++seen === 3) stop = true;
          },
          cancelled: () => stop,
          sliceMs: 0,
        }
      );
      expect(run).toBeNull();
      expect(seen).toBe(3);
    }
  });
});

describe("Robustness view", () => {
  it("runs, shows the intervals and writes the robustness sheet", async () => {
    await withExcelFake("en", "robustness", async (fake, user) => {
      const runs = await screen.findByRole("spinbutton", { name: "Runs" });
      await user.clear(runs);
      await user.type(runs, "200{Enter}");
      await user.click(screen.getByRole("radio", { name: "Indicator weights" }));
      expect(screen.getByText(/sensitivity indices stay per dimension/)).toBeInTheDocument();
      await user.click(screen.getByRole("button", { name: "Run" }));
      await screen.findByText(
        "200 runs, spread 0.25, seed 1 · indicator weights varied",
        {},
        { timeout: 20_000 }
      );
      const expected = uncertainty(dataset, { runs: 200, level: "indicator" }).cities[0]!;
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
      // The sheet's note names the weights varied (the level passed through to the writer).
      const texts = Object.values(sheet?.cells ?? {}).map((c) => String(c.value));
      expect(texts.some((t) => t.includes("multiplies every indicator weight"))).toBe(true);
    });
  });
});
