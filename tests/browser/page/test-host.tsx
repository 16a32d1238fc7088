/**
 * Entry of the browser-test page: waits for the real office.js (outside Office it resolves
 * onReady with no host), then installs the in-memory Excel fake as the host and mounts the task
 * pane with the real Office layer. `?lang=zh-CN` sets Office's display language; the fake is
 * `window.__fake` for the test to inspect and edit.
 */
import { createFakeExcel, type FakeExcel } from "../../fakes/excel";
import { createOfficeActions } from "../../../src/office/office-actions";
import { officeDisplayLanguage } from "../../../src/office/display-language";
import { mountPane } from "../../../src/taskpane/mount";
import { languageFromOffice } from "../../../src/taskpane/strings";

declare global {
  interface Window {
    __fake?: FakeExcel;
    __officeReady?: { host: unknown; platform: unknown };
  }
}

void Office.onReady().then((info) => {
  window.__officeReady = { host: info.host, platform: info.platform };
  const fake = createFakeExcel({ sheets: ["Sheet1"] });
  fake.Office.context.displayLanguage = new URLSearchParams(window.location.search).get("lang") ?? "en-US";
  fake.install(window);
  window.__fake = fake;
  const container = document.getElementById("container");
  if (container) mountPane(container, createOfficeActions(), languageFromOffice(officeDisplayLanguage()));
});
