/** @jest-environment jsdom */
/**
 * The pane with the real Office layer over the in-memory Excel fake: each detection case is
 * found, bound and mapped without manual help, and validates clean.
 */
import "./setup-dom";
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { createOfficeActions } from "../../src/office/office-actions";
import { createFakeExcel } from "../fakes/excel";
import { DETECTION_CASES } from "./detection-tables";

/** Opens a section as a user does: its tab, or the "More sections" menu when it does not fit. */
async function openTab(user: ReturnType<typeof userEvent.setup>, name: string): Promise<void> {
  const tab = screen.queryByRole("tab", { name });
  if (tab) return user.click(tab);
  await user.click(screen.getByRole("button", { name: /^More sections/ }));
  await user.click(await screen.findByRole("menuitem", { name }));
}

describe.each(DETECTION_CASES.map((c) => [c.name, c] as const))(
  "pane over the Excel fake: %s",
  (_name, example) => {
    it("is found, bound and fully mapped by itself", async () => {
      const fake = createFakeExcel({ sheets: ["Sheet1"] });
      const uninstall = fake.install();
      try {
        fake.setCells("Scores", "A1", example.rows);
        const user = userEvent.setup();
        render(<App actions={createOfficeActions()} officeLanguage="en" />);

        await user.click(await screen.findByRole("button", { name: "Scan workbook" }));
        const item = within(await screen.findByRole("list", { name: "1 table found" })).getByRole(
          "listitem"
        );
        expect(item).toHaveTextContent("16 of 16 indicators · 151 data rows");
        await user.click(within(item).getByRole("button", { name: /^Bind Scores!/ }));
        expect(
          await screen.findByText(/Bound: Scores!A\d+:[A-Z]+\d+ · 151 cities/)
        ).toBeInTheDocument();
        expect(fake.snapshot().bindings).toHaveLength(1);

        await openTab(user, "Map");
        expect(screen.getByText("Every indicator is mapped.")).toBeInTheDocument();
        await openTab(user, "Validate");
        expect(screen.getAllByText("No problems found in 151 cities.")).not.toHaveLength(0);
      } finally {
        uninstall();
      }
    });
  }
);
