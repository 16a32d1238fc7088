/** @jest-environment jsdom */
import "./setup-dom";
import * as React from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { activeFramework } from "../../src/functions/active-framework";
import { framework2015 } from "../../src/engine/bundled";
import { createMock } from "./mock-actions";

// Role queries over a Fluent tree are slow in jsdom on a loaded machine.
jest.setTimeout(120_000);

const small = {
  name: "Tiny index",
  language: "en",
  dimensions: [
    { id: "a", name: "Access", indicators: [{ id: "a.net", name: "Network", weight: 10 }] },
  ],
};

const file = (text: string, name = "framework.json") =>
  new File([text], name, { type: "application/json" });

describe("Settings view", () => {
  it("imports a framework file, rejects invalid ones with clear errors, and returns to the bundled one", async () => {
    const mock = createMock({ bound: true });
    const user = userEvent.setup();
    render(<App actions={mock.actions} officeLanguage="en" initialTab="settings" />);
    const input = await screen.findByLabelText("Framework JSON file");

    await user.upload(input, file("{ not json"));
    expect(await screen.findByText("The file is not a valid framework:")).toBeInTheDocument();
    expect(screen.getByText(/^Not valid JSON/)).toBeInTheDocument();

    await user.upload(
      input,
      file(
        JSON.stringify({ name: "Broken", dimensions: [{ name: "D", indicators: [{ name: "X" }] }] })
      )
    );
    expect(
      await screen.findByText('dimensions[0].indicators[0] ("X") has no weight.')
    ).toBeInTheDocument();
    expect(activeFramework().name).toBe(framework2015().name);

    await user.upload(input, file(JSON.stringify(small)));
    expect(
      await screen.findByText("Imported “Tiny index”: 1 dimensions, 1 indicators.")
    ).toBeInTheDocument();
    expect(activeFramework().name).toBe("Tiny index");
    expect(mock.preferences.framework).toEqual(small);
    // The bound table is remapped for the new framework (its header does not name "Network").
    expect(mock.bound?.mapping.indicators).toEqual([null]);

    await user.click(screen.getByRole("button", { name: "Use the bundled 2015 framework" }));
    expect(activeFramework().name).toBe(framework2015().name);
    expect(mock.preferences.framework).toBeNull();
    expect(mock.bound?.mapping.indicators.every((c) => c !== null)).toBe(true);
  });

  it("follows Office's language until the user picks one, and stores the rank method", async () => {
    const mock = createMock();
    const user = userEvent.setup();
    render(<App actions={mock.actions} officeLanguage="zh" initialTab="settings" />);

    const language = await screen.findByRole("combobox", { name: "语言" });
    expect(language).toHaveDisplayValue("跟随 Office（中文）");
    await user.selectOptions(language, "English");
    expect(await screen.findByRole("heading", { name: "Settings" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Validate" })).toBeInTheDocument();
    expect(mock.preferences.language).toBe("en");

    await user.click(screen.getByLabelText("Dense 1, 2, 2, 3"));
    expect(mock.preferences.rankMethod).toBe("dense");
  });

  it("restores an imported framework stored with the workbook", async () => {
    const mock = createMock({ preferences: { framework: small, language: "en" } });
    render(<App actions={mock.actions} officeLanguage="zh" initialTab="settings" />);
    expect(await screen.findByText("Imported: Tiny index")).toBeInTheDocument();
    expect(activeFramework().name).toBe("Tiny index");
  });
});
