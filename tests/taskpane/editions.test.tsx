/** @jest-environment jsdom */
/**
 * The Editions section (issue 14) with the real Office layer over the in-memory Excel fake: two
 * sheets bound as editions, labelled, compared; the workbook gets the editions sheet with the
 * bump chart's rank axis reversed. And the ribbon's "Compare editions" without bound editions
 * opening the pane at this section.
 */
import "./setup-dom";
import * as React from "react";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { EDITIONS_SETTING, parseEditionsSetup } from "../../src/office/editions";
import { createOfficeActions } from "../../src/office/office-actions";
import { createFakeExcel } from "../fakes/excel";
import { syntheticGrid } from "../office/helpers";
import { createMock } from "./mock-actions";

type Axes = Record<string, Record<string, unknown>>;

it("binds two sheets as editions, labels them and writes the comparison with a reversed rank axis", async () => {
  const fake = createFakeExcel({ sheets: ["Scores 2014", "Scores 2015"] });
  const uninstall = fake.install();
  try {
    fake.setCells("Scores 2014", "A1", syntheticGrid(15));
    fake.setCells("Scores 2015", "A1", syntheticGrid(12));
    const user = userEvent.setup();
    render(<App actions={createOfficeActions()} officeLanguage="en" initialTab="editions" />);

    const add = await screen.findByRole("button", { name: "Add edition" });
    await waitFor(() => expect(add).toBeEnabled());
    await user.click(add);
    const first = screen.getByRole("group", { name: "Edition 1" });
    expect(within(first).getByRole("combobox", { name: "Sheet" })).toHaveValue("Scores 2014");
    await user.type(within(first).getByRole("textbox", { name: "Label (year)" }), "2014");
    await user.click(add);
    // The next edition: the next sheet, labelled with the following year.
    const second = screen.getByRole("group", { name: "2015" });
    expect(within(second).getByRole("combobox", { name: "Sheet" })).toHaveValue("Scores 2015");
    expect(screen.getByText("Compared oldest first: 2014, 2015")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Compare" }));
    expect(
      await screen.findByText(/Wrote “Editions”, comparing 2014 to 2015\./u)
    ).toBeInTheDocument();

    const sheet = fake.snapshot().sheets.find((s) => s.name === "Editions");
    const bump = sheet?.charts.find((c) => c.name === "bump");
    expect((bump?.props.axes as Axes).valueAxis).toMatchObject({
      reversePlotOrder: true,
      position: "Maximum",
    });
    // Stored with the workbook for the ribbon command.
    const stored = await fake.Excel.run(async (context) => {
      const setting = context.workbook.settings.getItem(EDITIONS_SETTING).load("value");
      await context.sync();
      return parseEditionsSetup(setting.value);
    });
    expect(stored.editions.map((e) => [e.sheet, e.label])).toEqual([
      ["Scores 2014", "2014"],
      ["Scores 2015", "2015"],
    ]);
  } finally {
    uninstall();
  }
});

it("needs two distinct labels before comparing, and says why (Chinese)", async () => {
  const mock = createMock({ bound: true });
  mock.actions.listSheets = async () => ["2014年", "2015年"];
  const user = userEvent.setup();
  render(<App actions={mock.actions} officeLanguage="zh" initialTab="editions" />);
  const add = await screen.findByRole("button", { name: "添加一届" });
  await waitFor(() => expect(add).toBeEnabled());
  await user.click(add);
  expect(screen.getByText("至少需要两届评估才能对比（现有 0 届）。")).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "对比" })).toBeDisabled();
  await user.type(screen.getByRole("textbox", { name: "标签（年份）" }), "2015");
  await user.click(add);
  await user.clear(within(screen.getByRole("group", { name: "2016" })).getByRole("textbox"));
  await user.type(screen.getAllByRole("textbox", { name: "标签（年份）" })[1]!, "2015");
  expect(screen.getByText("标签“2015”用了不止一次；每届的标签须不同。")).toBeInTheDocument();
  // The report's history makes one labelled edition enough.
  await user.click(screen.getAllByRole("button", { name: "移除 2015 届" })[1]!);
  await user.click(screen.getByRole("checkbox", { name: /包括报告中 2011–2015 年/u }));
  expect(screen.getByText("按从早到晚对比：2011、2012、2013、2014、2015")).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "对比" })).toBeEnabled();
});

it("the ribbon's Compare editions without bound editions opens this section", async () => {
  const mock = createMock({ bound: true });
  render(<App actions={mock.actions} officeLanguage="en" initialTab="validate" />);
  await screen.findByRole("heading", { name: "Validation" });
  act(() =>
    mock.notify({ kind: "editions-not-bound", sheet: null, message: "", command: "editions" })
  );
  expect(await screen.findByRole("heading", { name: "Compare editions" })).toBeInTheDocument();
  expect(screen.getByText(/“Compare editions” needs editions/u)).toBeInTheDocument();
});
