/** @jest-environment jsdom */
import "./setup-dom";
import * as React from "react";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { GenerateOutcome, GenerateRequest } from "../../src/office/pane-actions";
import { createMock, sampleGrid } from "./mock-actions";

/**
 * The errors-dialog tests avoid jsdom's getComputedStyle: jsdom matches every rule of the UA sheet
 * (120) and of the pane's Fluent styles against the element through nwsapi, whose compiled-selector
 * cache is a 1,000-entry LRU; the pane's selectors (with their comma-split parts and @media rules)
 * exceed it, so each call evicts what the next needs and recompiles every selector: ~100-150 ms per
 * call instead of ~10 ms (measured: 800 rules 16 ms, 1,000 rules 171 ms). Visible-role queries and
 * user-event's pointer-events check call it for each element and ancestor. So: `hidden: true` role
 * queries and no pointer-events check; every assertion stays.
 */
const fastUser = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

describe("Generate view", () => {
  it("generates with a progress bar and says what was written; a data change makes it stale", async () => {
    const mock = createMock({ bound: true });
    let finish: (outcome: GenerateOutcome) => void = () => undefined;
    let request: GenerateRequest | undefined;
    mock.actions.generate = (r) => {
      request = r;
      r.onProgress({ stage: "values", percent: 40 });
      return new Promise((resolve) => (finish = resolve));
    };
    const user = userEvent.setup();
    render(<App actions={mock.actions} officeLanguage="en" initialTab="generate" />);

    await user.click(await screen.findByRole("button", { name: "Generate summary" }));
    expect(screen.getByRole("button", { name: "Generating…" })).toBeDisabled();
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "0.4");
    expect(screen.getByText("Writing values · 40%")).toBeInTheDocument();
    expect(request?.rankMethod).toBe("competition");
    expect(request?.language).toBe("en");
    expect(request?.dataset.cities).toHaveLength(151);

    await act(async () =>
      finish({ sheets: ["Overall ranking", "Statistics"], activated: "Overall ranking" })
    );
    expect(
      await screen.findByText("Wrote 2 sheets; “Overall ranking” is now active.")
    ).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Sheets written" })).toHaveTextContent(
      "Overall rankingStatistics"
    );

    await act(async () => mock.edit(3, 3, 1));
    expect(
      await screen.findByText("The bound data changed since the summary was generated.")
    ).toBeInTheDocument();
    mock.actions.generate = async () => ({
      sheets: ["Overall ranking"],
      activated: "Overall ranking",
    });
    await user.click(screen.getByRole("button", { name: "Refresh summary" }));
    await waitFor(() =>
      expect(screen.queryByText(/The bound data changed/)).not.toBeInTheDocument()
    );
  });

  // jsdom has no layout, so Tabster cannot move focus into the modal and leaves it aria-hidden;
  // `hidden: true` reaches it (the browser test clicks the same dialog in Chromium).
  const openConfirmation = async (user: ReturnType<typeof userEvent.setup>) => {
    const grid = sampleGrid();
    (grid[2] as unknown[])[3] = "n/a";
    const mock = createMock({ grid, bound: true });
    render(<App actions={mock.actions} officeLanguage="en" initialTab="generate" />);
    // The data (and its error) must be read before the click, or there is nothing to ask about.
    await screen.findByText(/^Bound: .* · 151 cities$/);
    await user.click(await screen.findByRole("button", { name: "Generate summary", hidden: true }));
    // Named by its title (aria-labelledby); testing-library computes names without `hidden`, so
    // the name of a surface Tabster left aria-hidden is empty in jsdom: the label is checked here.
    const dialog = await screen.findByRole("alertdialog", { hidden: true });
    const title = within(dialog).getByRole("heading", {
      name: "Generate despite errors?",
      hidden: true,
    });
    expect(dialog).toHaveAttribute("aria-labelledby", title.id);
    expect(dialog).toHaveTextContent("The data has 1 error");
    return { mock, dialog };
  };

  it("asks before generating from data with errors: cancel", async () => {
    const user = fastUser();
    const { mock, dialog } = await openConfirmation(user);
    await user.click(within(dialog).getByRole("button", { name: "Cancel", hidden: true }));
    await waitFor(() =>
      expect(screen.queryByRole("alertdialog", { hidden: true })).not.toBeInTheDocument()
    );
    expect(mock.generated).toHaveLength(0);
  });

  it("asks before generating from data with errors: generate anyway", async () => {
    const user = fastUser();
    const { mock, dialog } = await openConfirmation(user);
    await user.click(within(dialog).getByRole("button", { name: "Generate anyway", hidden: true }));
    expect(await screen.findByText(/Wrote 2 sheets/)).toBeInTheDocument();
    expect(mock.generated).toHaveLength(1);
  });

  it("refreshes automatically when the option is on, and shows failures", async () => {
    const mock = createMock({
      bound: true,
      preferences: { autoRefresh: true, rankMethod: "dense" },
    });
    const user = userEvent.setup();
    render(<App actions={mock.actions} officeLanguage="zh" initialTab="generate" />);
    expect(await screen.findByRole("switch", { name: "数据更改时自动刷新" })).toBeChecked();

    await user.click(screen.getByRole("button", { name: "生成汇总" }));
    expect(await screen.findByText("已写入 2 个工作表，当前显示“总排名”。")).toBeInTheDocument();
    expect(mock.generated[0]?.rankMethod).toBe("dense");

    await act(async () => mock.edit(3, 3, 1));
    await waitFor(() => expect(mock.generated).toHaveLength(2));
    expect(mock.generated[1]?.dataset.cities[2]?.scores[1]).toBe(1);
    expect(screen.queryByText("生成汇总后，绑定的数据已更改。")).not.toBeInTheDocument();

    await user.click(screen.getByRole("switch", { name: "数据更改时自动刷新" }));
    expect(mock.preferences.autoRefresh).toBe(false);
    mock.actions.generate = async () => {
      throw new Error("InvalidOperationInCellEditMode");
    };
    await user.click(screen.getByRole("button", { name: "生成汇总" }));
    expect(await screen.findByText("InvalidOperationInCellEditMode")).toBeInTheDocument();
  });
});
