/** @jest-environment jsdom */
/**
 * The Weights view (issue 13) on the 2015 sample: the framework ranking, a live change of a
 * dimension weight and of an indicator weight, reset, and "Write scenario sheet" through the real
 * Office writer into the in-memory Excel fake (a rerun replaces the sheet).
 */
import "./setup-dom";
// Fluent UI under jsdom on a shared 2-core machine: rendering the 151-row views takes seconds.
jest.setTimeout(120_000);
import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { dataset2015 } from "../../src/engine/bundled";
import { App } from "../../src/taskpane/App";
import type { SheetSnapshot } from "../fakes/excel/snapshot";
import { createMock } from "./mock-actions";
import { withExcelFake } from "./weights-helpers";

/** [rank, city, change, total] of the ranking's first rows. */
function rankingRows(count: number): string[][] {
  const table = screen.getByRole("table", { name: "Ranking under these weights" });
  return within(table)
    .getAllByRole("row")
    .slice(1, count + 1)
    .map((row) =>
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent ?? "")
    );
}

const slider = (name: string): HTMLInputElement =>
  screen.getByRole("slider", { name: `Weight of ${name}` });

/** The row of a written sheet holding a cell that `match`es: its cells by column letter. */
function sheetRowWhere(sheet: SheetSnapshot, match: (value: unknown) => boolean) {
  const at = Object.entries(sheet.cells).find(([, c]) => match(c.value))?.[0];
  const row = at?.replace(/^[A-Z]+/, "");
  return Object.fromEntries(
    Object.entries(sheet.cells)
      .filter(([address]) => address.replace(/^[A-Z]+/, "") === row)
      .map(([address, c]) => [address.replace(/\d+$/, ""), c.value])
  ) as Record<string, unknown>;
}

/** The row of `city` in a written sheet. */
const sheetRow = (sheet: SheetSnapshot, city: string) => sheetRowWhere(sheet, (v) => v === city);

describe("Weights view", () => {
  it("shows the framework ranking: the report's top five, no change", async () => {
    render(
      <App actions={createMock({ bound: true }).actions} officeLanguage="en" initialTab="weights" />
    );
    // The first render loads the lazy explore chunk: slow on a loaded machine.
    await screen.findByRole("heading", { name: "What-if weights" }, { timeout: 20_000 });
    // Report, 图表 7 (seed lines 539–540): 无锡 80.20 reported (80.21 computed), 上海 80.05.
    expect(rankingRows(5)).toEqual([
      ["1", "Wuxi", "–", "80.21"],
      ["2", "Shanghai", "–", "80.05"],
      ["3", "Beijing", "–", "79.72"],
      ["4", "Hangzhou", "–", "76.98"],
      ["5", "Ningbo", "–", "76.67"],
    ]);
    expect(screen.getByText("Maximum total 105")).toBeInTheDocument();
    expect(document.querySelectorAll("tbody tr")).toHaveLength(20);
  });

  it("re-ranks live while a dimension slider moves, and resets to the framework", async () => {
    render(
      <App actions={createMock({ bound: true }).actions} officeLanguage="en" initialTab="weights" />
    );
    await screen.findByRole("heading", { name: "What-if weights" });
    // Smart Infrastructure 20 → 40: its three indicators double (rate kept), maximum 125.
    fireEvent.change(slider("Smart Infrastructure"), { target: { value: "40" } });
    expect(rankingRows(5)).toEqual([
      ["1", "Wuxi", "–", "98.91"],
      ["2", "Shanghai", "–", "97.13"],
      ["3", "Beijing", "–", "96.17"],
      ["4", "Ningbo", "▲ 1", "95.47"],
      ["5", "Hangzhou", "▼ 1", "94.34"],
    ]);
    expect(screen.getByText("Maximum total 125 (framework 105)")).toBeInTheDocument();
    expect(screen.getAllByLabelText("up 1 place")[0]).toHaveTextContent("▲ 1");
    // The weights outlive a tab switch.
    const user = userEvent.setup();
    await user.click(screen.getByRole("tab", { name: "Find" }));
    const tab = screen.queryByRole("tab", { name: "Weights" });
    if (tab) await user.click(tab);
    else {
      await user.click(screen.getByRole("button", { name: /^More sections/ }));
      await user.click(await screen.findByRole("menuitem", { name: "Weights" }));
    }
    expect(rankingRows(5)[3]).toEqual(["4", "Ningbo", "▲ 1", "95.47"]);
    await user.click(screen.getByRole("button", { name: "Reset to the framework" }));
    expect(rankingRows(5).map((r) => r[2])).toEqual(["–", "–", "–", "–", "–"]);
    expect(slider("Smart Infrastructure").value).toBe("20");
  });

  it("expands a dimension to its indicators; an indicator weight moves its dimension's", async () => {
    const user = userEvent.setup();
    render(
      <App actions={createMock({ bound: true }).actions} officeLanguage="zh" initialTab="weights" />
    );
    await screen.findByRole("heading", { name: "权重情景分析" });
    const toggle = screen.getAllByRole("button", { name: "3 个二级指标" })[0]!;
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    const indicators = document.getElementById(toggle.getAttribute("aria-controls") ?? "")!;
    const [first] = within(indicators).getAllByRole("slider");
    fireEvent.change(first!, { target: { value: "0" } });
    const dimension = screen.getByRole("slider", {
      name: "智慧基础设施的权重",
    }) as HTMLInputElement;
    expect(Number(dimension.value)).toBeLessThan(20);
    expect(screen.getByText(/^满分 \d+(\.\d+)?（指标体系 105）$/)).toBeInTheDocument();
  });

  it("lists the bonus as its own group; its weight moves the totals and the written sheet", async () => {
    await withExcelFake("en", "weights", async (fake, user) => {
      await screen.findByRole("heading", { name: "What-if weights" });
      const group = screen.getByRole("group", { name: "Bonus weights" });
      // The 2015 bonus: one item of 5 points (seed line 310); 5 → 15 triples each city's bonus.
      expect(within(group).getByRole("slider", { name: "Weight of Bonus" })).toHaveValue("5");
      const toggle = within(group).getByRole("button", { name: "1 bonus item" });
      await user.click(toggle);
      const item = within(group).getByRole("slider", { name: /^Weight of Bonus \(innovation/ });
      fireEvent.change(item, { target: { value: "15" } });
      expect(within(group).getByRole("slider", { name: "Weight of Bonus" })).toHaveValue("15");
      expect(screen.getByText("Maximum total 115 (framework 105)")).toBeInTheDocument();
      const wuxi = dataset2015().cities.find((c) => c.city === "无锡")!;
      const first = rankingRows(1)[0]!;
      expect(first[1]).toBe("Wuxi");
      expect(Number(first[3])).toBeCloseTo(80.21 + 2 * (wuxi.bonus[0] ?? 0), 2);

      await user.click(screen.getByRole("button", { name: "Write scenario sheet" }));
      await screen.findByText("Wrote the sheet “Scenario”.");
      const sheet = fake.snapshot({ formats: false }).sheets.find((x) => x.name === "Scenario")!;
      const bonusRow = Object.values(
        sheetRowWhere(sheet, (v) => typeof v === "string" && v.startsWith("Bonus (innovation"))
      );
      expect(bonusRow.slice(1, 3)).toEqual([5, 15]);
      expect(sheetRow(sheet, "Wuxi")).toMatchObject({ A: 1, B: "Wuxi" });

      await user.click(screen.getByRole("button", { name: "Reset to the framework" }));
      expect(within(group).getByRole("slider", { name: "Weight of Bonus" })).toHaveValue("5");
    });
  });

  it("writes the scenario sheet through the Office writer; writing again replaces it", async () => {
    await withExcelFake("en", "weights", async (fake, user) => {
      await screen.findByRole("heading", { name: "What-if weights" });
      fireEvent.change(slider("Smart Infrastructure"), { target: { value: "40" } });
      await user.click(screen.getByRole("button", { name: "Write scenario sheet" }));
      await screen.findByText("Wrote the sheet “Scenario”.");
      let snapshot = fake.snapshot({ formats: false });
      expect(snapshot.sheets.map((s) => s.name)).toEqual(["Sheet1", "Scenario"]);
      expect(snapshot.activeSheet).toBe("Scenario");
      const sheet = snapshot.sheets[1]!;
      // Scenario rank, city, scenario total, framework rank, change (+ = up).
      expect(sheetRow(sheet, "Ningbo")).toMatchObject({ A: 4, B: "Ningbo", D: 5, E: 1 });
      expect(sheet.charts).toHaveLength(1);

      await user.click(screen.getByRole("button", { name: "Reset to the framework" }));
      await user.click(screen.getByRole("button", { name: "Write scenario sheet" }));
      await screen.findByText("Wrote the sheet “Scenario”.");
      snapshot = fake.snapshot({ formats: false });
      expect(snapshot.sheets.map((s) => s.name)).toEqual(["Sheet1", "Scenario"]);
      expect(sheetRow(snapshot.sheets[1]!, "Ningbo")).toMatchObject({ A: 5, D: 5, E: 0 });
    });
  });
});
