/** @jest-environment jsdom */
import "./setup-dom";
import * as React from "react";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { createMock, sampleGrid } from "./mock-actions";

/** Row 3 (上海) holds text for 基础信息资源建设与共享 (D); row 4 a 9 for 城市云平台应用情况 (E, weight 5). */
function gridWithErrors() {
  const grid = sampleGrid();
  (grid[2] as unknown[])[3] = "n/a";
  (grid[3] as unknown[])[4] = 9;
  return grid;
}

describe("Validate view", () => {
  it("groups issues by severity, names city, indicator and cell, and selects the cell", async () => {
    const mock = createMock({ grid: gridWithErrors(), bound: true });
    const user = userEvent.setup();
    render(<App actions={mock.actions} officeLanguage="en" />);

    expect(
      await screen.findByRole("tab", { name: "Validate", selected: true })
    ).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("2 errors, 2 warnings");
    const errors = screen.getByRole("list", { name: "Errors (2)" });
    const [text, above] = within(errors).getAllByRole("button");
    const city3 = String(mock.grid[2]?.[1]);
    const city4 = String(mock.grid[3]?.[1]);
    // The English pane names indicators by their English names (framework name_en).
    const sharing = "Basic information resources & government data sharing";
    expect(text).toHaveTextContent(`Sheet1!D3 · ${city3} · ${sharing}`);
    expect(text).toHaveTextContent(`${sharing} must be a number, found text "n/a".`);
    expect(above).toHaveTextContent(`Sheet1!E4 · ${city4} · City cloud platform adoption`);
    expect(above).toHaveTextContent("City cloud platform adoption is 9, above its weight of 5.");
    // The reported totals of both rows no longer match: warnings on the total column.
    expect(
      within(screen.getByRole("list", { name: "Warnings (2)" })).getAllByRole("button")[0]
    ).toHaveTextContent("Sheet1!T3");

    await user.click(above!);
    expect(mock.selected).toEqual(["Sheet1!E4"]);
  });

  it("marks every entry with its severity icon (errors, warnings) and names the computed sum", async () => {
    const mock = createMock({ grid: gridWithErrors(), bound: true });
    render(<App actions={mock.actions} officeLanguage="en" />);
    const errors = await screen.findByRole("list", { name: "Errors (2)" });
    expect(within(errors).getAllByRole("img", { name: "Error" })).toHaveLength(2);
    expect(within(errors).queryByRole("img", { name: "Warning" })).toBeNull();
    const warnings = screen.getByRole("list", { name: "Warnings (2)" });
    expect(within(warnings).getAllByRole("img", { name: "Warning" })).toHaveLength(2);
    // 上海 (row 3): the text in D counts 0, so the sum is that of the other score cells C…S.
    const row = mock.grid[2] as unknown[];
    const sum = row
      .slice(2, 19)
      .filter((v): v is number => typeof v === "number")
      .reduce((a, b) => a + b, 0);
    const [mismatch] = within(warnings).getAllByRole("button");
    expect(mismatch).toHaveTextContent(
      `The reported total ${String(row[19])} differs from the sum of the cells ${sum.toFixed(2)} by more than rounding`
    );
    // The cell address once, in the location line (issue 11), not again in the message.
    expect(mismatch?.textContent?.match(/Sheet1!T3/gu)).toHaveLength(1);
  });

  it("flags name variants of one city (上海 / 上海市) as a duplicate error, in Chinese", async () => {
    const grid = sampleGrid();
    const city = String(grid[2]?.[1]); // 上海, row 3
    (grid[5] as unknown[])[1] = `${city}市`;
    const mock = createMock({ grid, bound: true });
    render(<App actions={mock.actions} officeLanguage="zh" />);
    const errors = await screen.findByRole("list", { name: "错误 (1)" });
    expect(within(errors).getByRole("img", { name: "错误" })).toBeInTheDocument();
    const entry = within(errors).getByRole("button");
    expect(entry).toHaveTextContent(`城市“${city}市”与“${city}”是同一城市（首次在第 3 行`);
    expect(entry.textContent?.match(/Sheet1!B6/gu)).toHaveLength(1);
  });

  it("reads the data again when the bound range changes", async () => {
    const mock = createMock({ bound: true });
    render(<App actions={mock.actions} officeLanguage="zh" />);
    expect(await screen.findAllByText("151 个城市的数据未发现问题。")).not.toHaveLength(0);
    await act(async () => mock.edit(10, 5, -1));
    const errors = await screen.findByRole("list", { name: "错误 (1)" });
    expect(within(errors).getByRole("button")).toHaveTextContent("为负数（-1）");
  });

  it("asks for a binding first", async () => {
    render(<App actions={createMock().actions} officeLanguage="en" initialTab="validate" />);
    expect(await screen.findByText("Bind a score table to validate it.")).toBeInTheDocument();
  });
});
