/** @jest-environment jsdom */
import "./setup-dom";
import * as React from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { createMock } from "./mock-actions";

describe("Try it view", () => {
  it("inserts the 2015 sample into a new sheet and binds it", async () => {
    const mock = createMock({ grid: [] });
    const user = userEvent.setup();
    render(<App actions={mock.actions} officeLanguage="en" initialTab="sample" />);

    await user.click(await screen.findByRole("button", { name: "Insert the 2015 sample" }));
    expect(
      await screen.findByText("Inserted into the new sheet “Sample 2015” and bound it.")
    ).toBeInTheDocument();
    expect(mock.samples).toBe(1);
    expect(mock.bound?.sheet).toBe("Sample 2015");
    expect(screen.getByText("Bound: 'Sample 2015'!A1:T152 · 151 cities")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Validate it" }));
    expect(screen.getByRole("tab", { name: "Validate", selected: true })).toBeInTheDocument();
    expect(screen.getAllByText("No problems found in 151 cities.")).not.toHaveLength(0);
  });

  it("shows the failure when the sample cannot be written", async () => {
    const mock = createMock();
    mock.actions.insertSample = async () => {
      throw new Error("The workbook is protected.");
    };
    const user = userEvent.setup();
    render(<App actions={mock.actions} officeLanguage="zh" initialTab="sample" />);
    await user.click(await screen.findByRole("button", { name: "插入 2015 年样本" }));
    expect(await screen.findByText("The workbook is protected.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "关闭" }));
    expect(screen.queryByText("The workbook is protected.")).not.toBeInTheDocument();
  });
});
