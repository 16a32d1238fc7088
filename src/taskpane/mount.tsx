/** Renders the pane into a container; shared by the add-in entry and the browser-test page. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import type { ExcelActions } from "../office/pane-actions";
import { App } from "./App";
import type { TabKey } from "./App";
import type { PaneLanguage } from "./strings";

export function mountPane(
  container: HTMLElement,
  actions: ExcelActions,
  officeLanguage: PaneLanguage,
  initialTab?: TabKey
): () => void {
  const root = createRoot(container);
  root.render(<App actions={actions} officeLanguage={officeLanguage} initialTab={initialTab} />);
  return () => root.unmount();
}
