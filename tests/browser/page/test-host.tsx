/**
 * Entry of the browser-test page: waits for the real office.js (outside Office it resolves
 * onReady with no host), then makes the in-memory Excel fake the host and mounts the task pane
 * with the real Office layer. `?lang=zh-CN` sets Office's display language; the fake is
 * `window.__fake` for the test to inspect and edit.
 *
 * office.js keeps running (its DOMContentLoaded handler uses `Office.Promise`), so the global
 * `Office` stays office.js's own object with the fake's host members laid over it: `context`
 * (display language, requirement sets, settings), `actions` and `addin`.
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

function installFakeHost(fake: FakeExcel): void {
  const w = window as unknown as Record<string, unknown>;
  const realOffice = w.Office as object;
  const own = (value: unknown): PropertyDescriptor => ({
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
  w.Office = Object.create(realOffice, {
    context: own(fake.Office.context),
    actions: own(fake.Office.actions),
    addin: own(fake.Office.addin),
  }) as object;
  w.Excel = fake.Excel;
  w.OfficeExtension = fake.OfficeExtension;
}

void Office.onReady().then((info) => {
  window.__officeReady = { host: info.host, platform: info.platform };
  const fake = createFakeExcel({ sheets: ["Sheet1"] });
  fake.Office.context.displayLanguage =
    new URLSearchParams(window.location.search).get("lang") ?? "en-US";
  installFakeHost(fake);
  window.__fake = fake;
  const container = document.getElementById("container");
  if (container)
    mountPane(container, createOfficeActions(), languageFromOffice(officeDisplayLanguage()));
});
