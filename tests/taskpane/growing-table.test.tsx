/** @jest-environment jsdom */
/**
 * The pane over the real Office layer and the Excel fake: a city typed below the bound sample
 * joins the bound table, and editing it afterwards makes the summary stale.
 */
import "./setup-dom";
import * as React from "react";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createOfficeActions } from "../../src/office/office-actions";
import { sampleValues } from "../../src/office/sample";
import { App } from "../../src/taskpane/App";
import { createFakeExcel } from "../fakes/excel";

it("a row appended below the bound table is read, generated and watched", async () => {
  const fake = createFakeExcel({ sheets: ["Sheet1"] });
  const uninstall = fake.install();
  try {
    const user = userEvent.setup();
    render(<App actions={createOfficeActions()} officeLanguage="en" initialTab="sample" />);
    await user.click(await screen.findByRole("button", { name: "Insert the 2015 sample" }));
    expect(
      await screen.findByText("Bound: 'Sample 2015'!A1:T152 · 151 cities")
    ).toBeInTheDocument();

    const last = sampleValues()[151] ?? [];
    await act(() =>
      fake.simulateEdit("Sample 2015", "A153:T153", [["152", "测试市", ...last.slice(2)]])
    );
    expect(
      await screen.findByText("Bound: 'Sample 2015'!A1:T153 · 152 cities")
    ).toBeInTheDocument();

    await user.click(screen.getByRole("tab", { name: "Generate" }));
    await user.click(screen.getByRole("button", { name: "Generate summary" }));
    expect(await screen.findByText(/^Wrote \d+ sheets/)).toBeInTheDocument();
    expect(fake.values("Overall ranking", "B5:B160").flat()).toContain("测试市");

    await act(() => fake.simulateEdit("Sample 2015", "D153", 1.5));
    expect(
      await screen.findByText("The bound data changed since the summary was generated.")
    ).toBeInTheDocument();
  } finally {
    uninstall();
  }
});
