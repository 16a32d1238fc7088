/** @jest-environment jsdom */
import "./setup-dom";
import * as React from "react";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { createMock } from "./mock-actions";

describe("Find & bind view", () => {
  it("scans the workbook, lists the candidate and binds it", async () => {
    const mock = createMock();
    const user = userEvent.setup();
    render(<App actions={mock.actions} officeLanguage="en" />);

    expect(await screen.findByRole("tab", { name: "Find", selected: true })).toBeInTheDocument();
    expect(screen.getByText("No score table bound yet.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Scan workbook" }));

    const list = await screen.findByRole("list", { name: "1 table found" });
    const item = within(list).getByRole("listitem");
    expect(item).toHaveTextContent("Sheet1!A1:T152");
    expect(item).toHaveTextContent("16 of 16 indicators · 151 data rows");

    await user.click(within(item).getByRole("button", { name: "Bind Sheet1!A1:T152" }));
    expect(
      await screen.findByText(/Bound Sheet1!A1:T152\. The column mapping is stored/)
    ).toBeInTheDocument();
    expect(screen.getByText("Bound: Sheet1!A1:T152 · 151 cities")).toBeInTheDocument();
    expect(mock.bound?.mapping.indicators.every((c) => c !== null)).toBe(true);
  });

  it("says so when no table is found", async () => {
    const mock = createMock({
      grid: [
        ["a", "b"],
        [1, 2],
      ],
    });
    const user = userEvent.setup();
    render(<App actions={mock.actions} officeLanguage="en" />);
    await user.click(await screen.findByRole("button", { name: "Scan workbook" }));
    expect(await screen.findByText(/No score table found/)).toBeInTheDocument();
  });

  it("opens on Validate when the workbook already has a binding, in Chinese for a Chinese Office", async () => {
    const mock = createMock({ bound: true });
    render(<App actions={mock.actions} officeLanguage="zh" />);
    expect(await screen.findByRole("tab", { name: "校验", selected: true })).toBeInTheDocument();
    expect(screen.getByText("已绑定：Sheet1!A1:T152 · 151 个城市")).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("zh-CN");
  });
});

describe("ribbon command notices", () => {
  it("shows why the Generate summary button opened the pane, and leads to Find", async () => {
    const mock = createMock();
    const user = userEvent.setup();
    render(<App actions={mock.actions} officeLanguage="en" initialTab="generate" />);
    await screen.findByRole("tab", { name: "Generate", selected: true });
    await act(async () =>
      mock.notify({ kind: "no-table", sheet: "Sheet1", message: "Sheet1: no header row" })
    );
    expect(
      screen.getByText(/“Generate summary” found no score table on “Sheet1”/)
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Find a table" }));
    expect(screen.getByRole("tab", { name: "Find", selected: true })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText(/found no score table/)).not.toBeInTheDocument();

    await act(async () =>
      mock.notify({ kind: "failed", sheet: null, message: "Excel is editing a cell" })
    );
    expect(screen.getByText("Excel is editing a cell")).toBeInTheDocument();
  });
});
