/** @jest-environment jsdom */
import "./setup-dom";
import * as React from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { createMock, sampleGrid } from "./mock-actions";

/** The sample with the first indicator's header misspelt and one city unknown to the city table. */
function gridWithProblems() {
  const grid = sampleGrid();
  (grid[0] as unknown[])[2] = "网络建设";
  (grid[5] as unknown[])[1] = "Atlantis";
  return grid;
}

describe("Map view", () => {
  it("asks for a binding first", async () => {
    const user = userEvent.setup();
    render(<App actions={createMock().actions} officeLanguage="en" initialTab="map" />);
    expect(await screen.findByText("Bind a score table first.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Find a table" }));
    expect(screen.getByRole("tab", { name: "Find", selected: true })).toBeInTheDocument();
  });

  it("shows unmapped indicators and unknown cities, and fixes a mapping", async () => {
    const mock = createMock({ grid: gridWithProblems(), bound: true });
    const user = userEvent.setup();
    render(<App actions={mock.actions} officeLanguage="en" initialTab="map" />);

    expect(
      await screen.findByText("1 indicator is not mapped; their scores count as 0:")
    ).toBeInTheDocument();
    expect(
      screen.getByText(/1 city is not in the bundled city table/).parentElement
    ).toHaveTextContent("Atlantis");

    const network = screen.getByRole("combobox", {
      name: "Broadband, sensor & WLAN network coverage",
    });
    expect(network).toHaveValue("");
    expect(network).toHaveAccessibleDescription(expect.stringContaining("Not mapped"));
    expect(screen.getByRole("combobox", { name: "City" })).toHaveDisplayValue("B: city");
    expect(screen.getByRole("combobox", { name: "Reported total (optional)" })).toHaveDisplayValue(
      "T: 总分"
    );
    expect(screen.getByRole("combobox", { name: "Region (optional)" })).toHaveDisplayValue(
      "— not mapped —"
    );

    await user.selectOptions(network, "C: 网络建设");
    expect(await screen.findByText("Every indicator is mapped.")).toBeInTheDocument();
    expect(mock.bound?.mapping.indicators[0]).toBe(2);
    expect(screen.queryByText("Not mapped")).not.toBeInTheDocument();
  });

  it("labels indicators in Chinese in the Chinese pane, grouped by dimension", async () => {
    const mock = createMock({ bound: true });
    render(<App actions={mock.actions} officeLanguage="zh" initialTab="map" />);
    expect(await screen.findByRole("group", { name: "智慧基础设施 (20)" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "基础网络建设水平" })).toHaveDisplayValue(
      "C：基础网络建设水平"
    );
    expect(screen.getByText("所有二级指标均已映射。")).toBeInTheDocument();
  });
});
