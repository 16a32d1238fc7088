/** @jest-environment jsdom */
/**
 * The pane's hand-over polish (issues 10 and 11): written sheets as links, the totals setting,
 * hidden sheets only on request, the ribbon's repairs and hidden-sheet notices, the report's
 * Chinese terms (指标体系 / 一级指标 / 二级指标).
 */
import "./setup-dom";
import * as React from "react";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { strings } from "../../src/taskpane/strings";
import { createMock } from "./mock-actions";

// Role queries over a Fluent tree are slow in jsdom on a loaded machine.
jest.setTimeout(120_000);

describe("Generate view", () => {
  it("lists the written sheets as links that activate the sheet, and shows the repairs", async () => {
    const mock = createMock({ bound: true });
    mock.actions.generate = async () => ({
      sheets: ["总排名", "统计分析"],
      activated: "总排名",
      repairs: ["总排名!B7: a character XML forbids was removed"],
    });
    const user = userEvent.setup();
    render(<App actions={mock.actions} officeLanguage="en" initialTab="generate" />);
    await user.click(await screen.findByRole("button", { name: "Generate summary" }));

    const list = await screen.findByRole("list", { name: "Sheets written" });
    const links = within(list).getAllByRole("button");
    expect(links.map((l) => l.textContent)).toEqual(["总排名", "统计分析"]);
    await user.click(within(list).getByRole("button", { name: "Go to the sheet 统计分析" }));
    expect(mock.activated).toEqual(["统计分析"]);

    const repairs = screen.getByRole("list", { name: /1 change was needed so Excel can store it/ });
    expect(repairs).toHaveTextContent("总排名!B7: a character XML forbids was removed");
  });
});

describe("Settings: totals", () => {
  it("uses the official reported totals by default; the choice is stored and used to generate", async () => {
    const mock = createMock({ bound: true });
    const user = userEvent.setup();
    render(<App actions={mock.actions} officeLanguage="en" initialTab="settings" />);
    expect(await screen.findByLabelText("Official reported totals (default)")).toBeChecked();
    await user.click(screen.getByLabelText("Computed from the scores"));
    expect(mock.preferences.totals).toBe("computed");
    await user.click(screen.getByRole("tab", { name: "Generate" }));
    await user.click(screen.getByRole("button", { name: "Generate summary" }));
    await screen.findByText(/Wrote 2 sheets/);
    expect(mock.generated[0]?.totals).toBe("computed");
  });

  it("says 总分 in Chinese and passes the default on", async () => {
    const mock = createMock({ bound: true });
    const user = userEvent.setup();
    render(<App actions={mock.actions} officeLanguage="zh" initialTab="settings" />);
    expect(await screen.findByLabelText("采用报告总分（官方数据，默认）")).toBeChecked();
    await user.click(screen.getByRole("tab", { name: "生成" }));
    await user.click(screen.getByRole("button", { name: "生成汇总" }));
    await screen.findByText(/已写入 2 个工作表/);
    expect(mock.generated[0]?.totals).toBe("reported");
  });
});

describe("Find: hidden sheets", () => {
  it("scans visible sheets only, unless the user switches hidden sheets on; marks hidden candidates", async () => {
    const mock = createMock();
    const scan = mock.actions.scan;
    mock.actions.scan = async (framework, options) =>
      (await scan(framework, options)).map((c) => ({ ...c, hidden: options?.includeHidden }));
    const user = userEvent.setup();
    render(<App actions={mock.actions} officeLanguage="en" />);
    await user.click(await screen.findByRole("button", { name: "Scan workbook" }));
    const first = await screen.findByRole("list", { name: "1 table found" });
    expect(within(first).queryByText("hidden sheet")).toBeNull();

    const toggle = screen.getByLabelText("Include hidden sheets");
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    await user.click(screen.getByRole("button", { name: "Scan workbook" }));
    expect(await screen.findByText("hidden sheet")).toBeInTheDocument();
    expect(mock.scans).toEqual([{ includeHidden: false }, { includeHidden: true }]);
  });
});

describe("ribbon notices", () => {
  it("shows the repairs of a summary the ribbon wrote, until dismissed", async () => {
    const mock = createMock({ bound: true });
    const user = userEvent.setup();
    render(<App actions={mock.actions} officeLanguage="zh" />);
    await screen.findByRole("tab", { name: "校验", selected: true });
    act(() =>
      mock.notify({
        kind: "repaired",
        sheet: "总排名",
        message: "",
        repairs: ["a", "b"],
      })
    );
    const list = await screen.findByRole("list", { name: /做了 2 处修改/ });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent)
    ).toEqual(["a", "b"]);
    await user.click(screen.getByRole("button", { name: "关闭" }));
    expect(screen.queryByRole("list", { name: /做了 2 处修改/ })).toBeNull();
  });

  it("explains a hidden source sheet and offers to find a table", async () => {
    const mock = createMock();
    const user = userEvent.setup();
    render(<App actions={mock.actions} officeLanguage="en" initialTab="settings" />);
    await screen.findByRole("tab", { name: "Settings", selected: true });
    act(() => mock.notify({ kind: "hidden-sheet", sheet: "Old data", message: "" }));
    expect(
      await screen.findByText(/did not read “Old data”: the sheet is hidden/)
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Find a table" }));
    expect(screen.getByRole("tab", { name: "Find", selected: true })).toBeInTheDocument();
  });
});

/** Every string of a strings object, functions called with sample arguments. */
function allTexts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function") {
    const fn = value as (...a: unknown[]) => unknown;
    // Text first; a function formatting a number (toFixed) gets numbers.
    try {
      return [String(fn("X", 2, 3))];
    } catch {
      return [String(fn(1, 2, 3))];
    }
  }
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(allTexts);
  return [];
}

describe("the report's terms in Chinese", () => {
  it("no Chinese pane text says 框架 or 维度; the indicator texts say 二级指标", () => {
    const texts = allTexts(strings("zh"));
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((text) => /框架|维度/.test(text))).toEqual([]);
    expect(texts.filter((text) => /(?<![一二]级)指标(?!体系)/.test(text))).toEqual([]);
  });

  it("Settings says 指标体系 with 一级指标 and 二级指标", async () => {
    const mock = createMock({ bound: true });
    render(<App actions={mock.actions} officeLanguage="zh" initialTab="settings" />);
    expect(await screen.findByText("内置 2015 年指标体系")).toBeInTheDocument();
    expect(screen.getByText(/6 个一级指标，16 个二级指标，满分 105/)).toBeInTheDocument();
  });
});
