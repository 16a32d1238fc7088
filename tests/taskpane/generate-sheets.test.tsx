/** @jest-environment jsdom */
/**
 * Issue 12, "Office.js at scale": the Generate view sizes the summary before inserting, shows an
 * estimate and preselects leaving out the widest sheets above the slow threshold (1 million
 * cells), offers the same choice collapsed below it, remembers the choice and sends it along.
 */
import "./setup-dom";
import * as React from "react";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { framework2015 } from "../../src/engine/bundled";
import { readGrid } from "../../src/engine/table";
import { planSummary } from "../../src/office/insert-estimate";
import { syntheticGrid } from "../office/helpers";
import { createMock, sampleGrid } from "./mock-actions";

const sampleKeys = (): string[] =>
  planSummary(readGrid(sampleGrid(), framework2015(), { source: "Sheet1" }), {
    language: "en",
  }).sheets.map((s) => s.key);

describe("Generate view: size and choice of sheets", () => {
  it("below the threshold: the size, no warning, the list collapsed; a sheet left out is remembered and sent", async () => {
    const mock = createMock({ bound: true });
    const user = userEvent.setup();
    render(<App actions={mock.actions} officeLanguage="en" initialTab="generate" />);
    expect(
      await screen.findByText(
        /^Table: 151 cities × 20 columns; the full summary has about [\d,]+ cells\.$/
      )
    ).toBeInTheDocument();
    expect(screen.queryByText("Large summary")).not.toBeInTheDocument();
    const header = screen.getByText(/^Sheets to insert \((\d+) of \1\)$/);
    const toggle = header.closest("button");
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByLabelText(/^Indicator rankings \(about/)).not.toBeInTheDocument();

    await user.click(toggle!);
    // The list is a chunk of its own, loaded on first opening.
    const indicators = await screen.findByLabelText(/^Indicator rankings \(about [\d,]+ cells\)$/);
    expect(indicators).toBeChecked();
    expect(
      screen.getByLabelText("Leave out the widest sheets (Indicator rankings)")
    ).not.toBeChecked();
    await user.click(indicators);
    expect(mock.preferences.omitSheets).toEqual(["indicators"]);
    expect(screen.getByLabelText(/^Indicator rankings \(about/)).not.toBeChecked();
    expect(screen.getByLabelText("Leave out the widest sheets (Indicator rankings)")).toBeChecked();
    const [, chosen, of] = /\((\d+) of (\d+)\)/.exec(
      screen.getByText(/^Sheets to insert/).textContent ?? ""
    )!;
    expect(Number(chosen)).toBe(Number(of) - 1);
    expect(
      screen.getByText(/^\d+ of \d+ sheets chosen: about [\d,]+ cells, inserted in about 5 s\.$/)
    ).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Generate summary" }));
    await waitFor(() => expect(mock.generated).toHaveLength(1));
    expect(mock.generated[0]?.omitSheets).toEqual(["indicators"]);
    // The result says what was left out (the mock names sheets by key).
    expect(
      await screen.findByText("Left out as chosen in the task pane: indicators.")
    ).toBeInTheDocument();
  });

  it("above the threshold: an estimate, the widest sheets left out by default, the list open (zh)", async () => {
    const mock = createMock({ grid: syntheticGrid(7_000), bound: true });
    const user = userEvent.setup();
    render(<App actions={mock.actions} officeLanguage="zh" initialTab="generate" />);

    expect(await screen.findByText("汇总较大")).toBeInTheDocument();
    expect(
      screen.getByText(/超过 100 万个单元格时 Excel 本身会变慢：插入全部工作表约需 \d+ 秒。/)
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^数据表：7,000 个城市 × 21 列；完整汇总约 10[0-9.]+ 万个单元格。$/)
    ).toBeInTheDocument();
    const leaveOut = await screen.findByLabelText("不插入最宽的工作表（指标排名）");
    expect(leaveOut).toBeChecked();
    expect(screen.getByLabelText(/^指标排名（约 44\.8 万个单元格）$/)).not.toBeChecked();
    expect(screen.getByLabelText(/^总排名（约/)).toBeChecked();

    await user.click(screen.getByRole("button", { name: "生成汇总" }));
    await waitFor(() => expect(mock.generated).toHaveLength(1));
    // Not chosen yet: the writer leaves out the widest sheets by the same rule.
    expect(mock.generated[0]?.omitSheets).toBe("auto");

    await user.click(leaveOut);
    expect(mock.preferences.omitSheets).toEqual([]);
    expect(screen.getByLabelText(/^指标排名（约/)).toBeChecked();
    await user.click(screen.getByRole("button", { name: "生成汇总" }));
    await waitFor(() => expect(mock.generated).toHaveLength(2));
    expect(mock.generated[1]?.omitSheets).toEqual([]);
  });

  it("the ribbon's run that left sheets out by default is said in the pane, until dismissed", async () => {
    const mock = createMock({ bound: true });
    const user = userEvent.setup();
    render(<App actions={mock.actions} officeLanguage="en" initialTab="generate" />);
    await screen.findByText(/^Table: 151 cities/);
    const leftOut =
      "Left out: Indicator rankings (the widest sheets are left out by default above 1,000,000 cells; choose the sheets under Generate in the task pane).";
    act(() => mock.notify({ kind: "left-out", sheet: "Overall ranking", message: "", leftOut }));
    expect(await screen.findByText(leftOut)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText(leftOut)).not.toBeInTheDocument();
  });

  it("the ribbon's run with no sheet chosen opens the pane at Generate and says so", async () => {
    const mock = createMock({ bound: true });
    render(<App actions={mock.actions} officeLanguage="en" initialTab="validate" />);
    await screen.findByRole("tab", { name: "Validate", selected: true });
    const message =
      "No sheet is chosen under Generate in the task pane. Choose at least one sheet, then run the command again.";
    act(() => mock.notify({ kind: "no-sheets", sheet: "Sheet1", message }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(
      await screen.findByRole("tab", { name: "Generate", selected: true })
    ).toBeInTheDocument();
  });

  it("with every sheet left out, nothing can be generated", async () => {
    const mock = createMock({ bound: true, preferences: { omitSheets: sampleKeys() } });
    render(<App actions={mock.actions} officeLanguage="en" initialTab="generate" />);
    expect(await screen.findByText("Choose at least one sheet.")).toBeInTheDocument();
    expect(screen.getByText(/^Generate summary$/).closest("button")).toBeDisabled();
  });
});
