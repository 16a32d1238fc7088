/**
 * Shared by the explore view tests (weights*, profile*): the pane over the mock's bound 2015
 * sample, with the real explore writer over an installed in-memory Excel fake.
 */
import * as React from "react";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExploreActions } from "../../src/office/write-explore";
import { App, type TabKey } from "../../src/taskpane/App";
import type { PaneLanguage } from "../../src/taskpane/strings";
import { createFakeExcel } from "../fakes/excel";
import { createMock } from "./mock-actions";

/** Renders the pane at `tab`, runs `body`, and always uninstalls the fake. */
export async function withExcelFake(
  language: PaneLanguage,
  tab: TabKey,
  body: (
    fake: ReturnType<typeof createFakeExcel>,
    user: ReturnType<typeof userEvent.setup>
  ) => Promise<void>
): Promise<void> {
  const fake = createFakeExcel({ sheets: ["Sheet1"] });
  const uninstall = fake.install();
  try {
    const actions = { ...createMock({ bound: true }).actions, explore: createExploreActions() };
    render(<App actions={actions} officeLanguage={language} initialTab={tab} />);
    await body(fake, userEvent.setup());
  } finally {
    uninstall();
  }
}
