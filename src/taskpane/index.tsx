/* Task pane entry: renders the pane once Office is ready, with the Office layer as its Excel actions. */
import { createOfficeActions } from "../office/office-actions";
import { officeDisplayLanguage } from "../office/display-language";
import { mountPane } from "./mount";
import { languageFromOffice } from "./strings";

void Office.onReady(() => {
  const container = document.getElementById("container");
  if (container)
    mountPane(container, createOfficeActions(), languageFromOffice(officeDisplayLanguage()));
});
