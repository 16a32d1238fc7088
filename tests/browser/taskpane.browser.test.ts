/**
 * The task pane in a real browser: the test page (tests/browser/page) is built into dist-test/,
 * served on 127.0.0.1 and driven in Debian's Chromium with playwright-core. office.js comes from
 * the npm package; the in-memory Excel fake is the host. In English and in Chinese: insert the
 * sample, break it (a header, a text score, a score above its weight, an unknown city), find and
 * bind it, fix the mapping, validate (entries with cell addresses; a click selects the cell),
 * generate (the summary sheets appear in the fake), see the stale notice and refresh. Every view
 * is photographed at 320 and 450 px into docs/screenshots/. Then the bound table grows to 7,000
 * cities (over a million summary cells) and the Generate view's warning and sheet choice are
 * photographed too (*-generate-large.png). Any console error fails the test.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { sheetRef } from "../../src/engine/text";
import { framework2015 } from "../../src/engine/bundled";
import { issueText, paneMessages } from "../../src/engine/messages";
import { strings, type PaneLanguage } from "../../src/taskpane/strings";
import { withoutCell } from "../../src/taskpane/views/ValidateView";
import { buildTestPage } from "./build-test-page";
import { serveDirectory, type StaticServer } from "./static-server";

jest.setTimeout(300_000);

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist-test");
const SHOTS = path.join(ROOT, "docs", "screenshots");
const VIEWS = ["find", "map", "validate", "generate", "editions", "sample", "settings"] as const;
/** Issue 13's views, photographed too (their tabs live in the "More" menu at 320 px). */
const EXPLORE_VIEWS = ["weights", "robustness", "profile"] as const;
const WIDTHS = [320, 450];

let server: StaticServer;
let context: BrowserContext;
let userDataDir: string;
/** Console errors, page errors and failed local requests of every page. */
const problems: string[] = [];
/** Requests office.js makes to Microsoft's servers (answered empty: this machine is offline). */
const external: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's Chromium with \`apt-get install chromium\` (.ci/run does).`
    );
  }
  await buildTestPage(DIST);
  server = await serveDirectory(DIST);
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "smartcity-chromium-"));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 450, height: 800 },
  });
  await context.route(
    (url) => !url.href.startsWith(server.url),
    async (route) => {
      external.push(route.request().url());
      await route.fulfill({ status: 204, body: "" });
    }
  );
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
});

async function openPane(officeLanguage: string): Promise<Page> {
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console.error: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.stack ?? e.message}`));
  page.on("requestfailed", (r) => {
    if (r.url().startsWith(server.url)) problems.push(`request failed: ${r.url()}`);
  });
  await page.goto(`${server.url}/index.html?lang=${officeLanguage}`);
  return page;
}

const fakeEdit = (page: Page, sheet: string, address: string, value: unknown): Promise<void> =>
  page.evaluate(([s, a, v]) => window.__fake!.simulateEdit(s as string, a as string, v), [
    sheet,
    address,
    value,
  ] as const);

const sheetNames = (page: Page): Promise<string[]> =>
  page.evaluate(() => window.__fake!.snapshot({ formats: false }).sheets.map((s) => s.name));

/** The whole scenario in one language; returns the page in its final state. */
async function scenario(language: PaneLanguage): Promise<Page> {
  const t = strings(language);
  const f = framework2015();
  const page = await openPane(language === "zh" ? "zh-CN" : "en-US");
  await page.getByRole("heading", { name: t.appTitle, level: 1 }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(
    language === "zh" ? "zh-CN" : "en"
  );
  expect(await page.evaluate(() => window.__officeReady)).toEqual({ host: null, platform: null });

  // Try it: the sample goes to a new sheet and is bound.
  await openView(page, language, "sample");
  await page.getByRole("button", { name: t.sample.button }).click();
  const sheet = language === "zh" ? "样本2015" : "Sample 2015";
  await page.getByText(t.sample.done(sheet)).waitFor();
  expect(await sheetNames(page)).toEqual(["Sheet1", sheet]);
  const where = (cell: string): string => `${sheetRef(sheet)}!${cell}`;

  // Break the data: a header nobody recognises, a text score, a score above its weight, an unknown city.
  await fakeEdit(page, sheet, "C1", "网络建设");
  await fakeEdit(page, sheet, "D3", "n/a");
  await fakeEdit(page, sheet, "E4", 9);
  await fakeEdit(page, sheet, "B6", "Atlantis");

  // Find & bind: the renamed header leaves 15 of 16 indicators.
  await openView(page, language, "find");
  await page.getByRole("button", { name: t.find.scan }).click();
  const candidate = page.getByRole("list", { name: t.find.candidates(1) }).getByRole("listitem");
  await expect(candidate.textContent()).resolves.toContain(t.find.matched(15, 16));
  await candidate.getByRole("button", { name: t.find.bindLabel(where("A1:T152")) }).click();
  await page.getByText(t.find.bindDone(where("A1:T152"))).waitFor();

  // Map: the unmapped indicator and the unknown city are shown; fix the mapping.
  await openView(page, language, "map");
  await page.getByText(t.map.unmapped(1)).waitFor();
  await page.getByText(t.map.unknownCities(1)).waitFor();
  const first = f.indicators[0]!;
  const select = page.getByRole("combobox", {
    name: language === "zh" ? first.name : first.nameEn,
    exact: true,
  });
  await select.selectOption({ label: t.map.column("C", "网络建设") });
  await page.getByText(t.map.allMapped).waitFor();

  // Validate: both errors name city, indicator and cell; a click selects the cell.
  await openView(page, language, "validate");
  // Severity icons in their status colours (Fluent tokens: danger red, warning orange).
  const iconColor = (severity: string): Promise<string> =>
    page
      .locator(`svg[data-severity=${severity}][role=img]`)
      .first()
      .evaluate((e) => getComputedStyle(e).color);
  expect(await iconColor("error")).toBe("rgb(177, 14, 28)");
  expect(await iconColor("warning")).toBe("rgb(188, 75, 9)");
  const errors = page
    .getByRole("list", { name: `${t.validate.severity.error} (2)` })
    .getByRole("button");
  await expect(errors.count()).resolves.toBe(2);
  const [textEntry, aboveEntry] = await errors.allTextContents();
  expect(textEntry).toContain(`${where("D3")} · `);
  // In English the pane names indicators by their English names.
  const shown = (i: number): string =>
    language === "zh" ? f.indicators[i]!.name : f.indicators[i]!.nameEn;
  expect(textEntry).toContain(shown(1));
  /** The engine's wording of an issue at a cell of the sample sheet (src/engine/messages). */
  const text = (code: string, cell: string, params: Record<string, unknown>): string => {
    const place = { source: sheet, inSheet: true, cell: where(cell), row: 0, column: "" };
    // The entry shows the cell once, in its location line (issue 11).
    const message = issueText(
      { code, message: "", params: { where: place, ...params } },
      language,
      f
    );
    return withoutCell(message, where(cell));
  };
  const [d3, e4] = [f.indicators[1]!.name, f.indicators[2]!.name];
  expect(textEntry).toContain(text("text-score", "D3", { indicator: d3, value: "n/a" }));
  expect(aboveEntry).toContain(`${where("E4")} · `);
  expect(aboveEntry).toContain(shown(2));
  expect(aboveEntry).toContain(text("above-weight", "E4", { indicator: e4, value: 9, weight: 5 }));
  await errors.nth(1).click();
  const selection = (): Promise<unknown> =>
    page.evaluate(() => {
      const s = window.__fake!.host.doc.selection;
      return s && { sheet: s.sheet.name, box: s.box };
    });
  await page.waitForFunction(() => window.__fake!.host.doc.selection !== null);
  expect(await selection()).toEqual({ sheet, box: { r0: 3, c0: 4, r1: 3, c1: 4 } });

  // Generate: errors ask first; then progress, the summary sheets, the first one active.
  await openView(page, language, "generate");
  await page.getByRole("button", { name: t.generate.button }).click();
  const dialog = page.getByRole("alertdialog", { name: t.generate.confirmTitle });
  await expect(dialog.textContent()).resolves.toContain(t.generate.confirmBody(2));
  await dialog.getByRole("button", { name: t.generate.confirm }).click();
  const written = page.getByRole("list", { name: t.generate.sheetsWritten }).getByRole("listitem");
  await written.first().waitFor({ timeout: 60_000 });
  const summary = await written.allTextContents();
  expect(summary.length).toBeGreaterThanOrEqual(8);
  expect(await sheetNames(page)).toEqual(["Sheet1", sheet, ...summary]);
  await page.getByText(t.generate.done(summary.length, summary[0]!)).waitFor();
  expect(await page.evaluate(() => window.__fake!.snapshot({ formats: false }).activeSheet)).toBe(
    summary[0]
  );
  expect(await page.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("1");

  // A change of the bound data makes the summary stale; refreshing rewrites it.
  await fakeEdit(page, sheet, "F5", 1);
  await page.getByText(t.generate.stale).waitFor();
  await page.getByRole("button", { name: t.generate.refresh }).click();
  await page.getByText(t.generate.stale).waitFor({ state: "detached", timeout: 60_000 });
  expect(await sheetNames(page)).toEqual(["Sheet1", sheet, ...summary]);

  // Editions: the sample as the 2015 edition after the report's 2011-2014 (issue 14).
  await openView(page, language, "editions");
  await page.getByRole("button", { name: t.editions.add }).click();
  const edition = page.getByRole("group").first();
  await edition.getByRole("combobox", { name: t.editions.sheet }).selectOption(sheet);
  await edition.getByRole("textbox", { name: t.editions.label }).fill("2015");
  await page.getByRole("checkbox", { name: t.editions.reportHistory }).check();
  await page.getByRole("button", { name: t.editions.compare, exact: true }).click();
  const editionsSheet = language === "zh" ? "历年对比" : "Editions";
  await page.getByText(t.editions.done(editionsSheet, "2011", "2015")).waitFor({ timeout: 60_000 });
  expect(await sheetNames(page)).toContain(editionsSheet);

  // Find shows the bound table's candidate again for the screenshots.
  await openView(page, language, "find");
  await page.getByRole("button", { name: t.find.scan }).click();
  await candidate.waitFor();
  return page;
}

/** Opens a view from the tab bar, or from the "More" menu where its tab does not fit. */
async function openView(
  page: Page,
  language: PaneLanguage,
  view: (typeof VIEWS)[number] | (typeof EXPLORE_VIEWS)[number]
) {
  const t = strings(language);
  const tab = page.getByRole("tab", { name: t.tabs[view] });
  if (await tab.isVisible()) await tab.click();
  else {
    await page.getByRole("button", { name: new RegExp(`^${t.moreTabs} \\(\\d+\\)$`) }).click();
    await page.getByRole("menuitem", { name: t.tabs[view] }).click();
  }
  await page.getByRole("tab", { name: t.tabs[view], selected: true }).waitFor();
}

/** Rows the visible tabs occupy (distinct tops), and the tabs hidden in the "More" menu. */
const tabBarShape = (page: Page): Promise<{ rows: number; hidden: number }> =>
  page.evaluate(() => {
    const tabs = [...document.querySelectorAll<HTMLElement>("[role=tab]")];
    const visible = tabs.filter((e) => e.offsetParent !== null);
    const tops = new Set(visible.map((e) => Math.round(e.getBoundingClientRect().top)));
    return { rows: tops.size, hidden: tabs.length - visible.length };
  });

/** Every view at each width: no horizontal overflow, one row of tabs, and a full-page screenshot. */
async function photograph(page: Page, language: PaneLanguage): Promise<void> {
  await page.emulateMedia({ reducedMotion: "reduce" });
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 720 });
    for (const view of [...VIEWS, ...EXPLORE_VIEWS]) {
      await openView(page, language, view);
      await page.getByRole("tabpanel").waitFor();
      expect({ view, width, rows: (await tabBarShape(page)).rows }).toEqual({
        view,
        width,
        rows: 1,
      });
      await page.waitForTimeout(400); // the tab indicator's slide (Fluent motion) must end before the photo
      const overflow = await overflowOf(page);
      expect({ view, width, overflow }).toEqual({ view, width, overflow: 0 });
      await page.screenshot({
        path: path.join(SHOTS, `${language}-${width}-${view}.png`),
        fullPage: true,
      });
    }
  }
}

/** Pixels the page is wider than the viewport (0: no horizontal scrolling). */
const overflowOf = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/**
 * Grows the bound sample to 7,000 cities (copies of its rows below it, cities renamed), which
 * passes the slow-insert threshold (docs/adr/0014-large-summary-sheet-choice.md), and photographs
 * the Generate view's warning, estimate and open sheet list at each width.
 */
async function photographLarge(page: Page, language: PaneLanguage): Promise<void> {
  const sheet = language === "zh" ? "样本2015" : "Sample 2015";
  await openView(page, language, "generate");
  const first = await page.evaluate(
    ([s, cities]) => {
      const fake = window.__fake!;
      const rows = fake.values(s).slice(1);
      const extra: unknown[][] = [];
      for (let k = 2; rows.length + extra.length < cities; k++)
        for (const row of rows)
          if (rows.length + extra.length < cities)
            extra.push(row.map((cell, j) => (j === 1 ? `${String(cell)} ${k}` : cell)));
      fake.setCells(s, `A${rows.length + 2}`, extra);
      return fake.cellValue(s, "B2");
    },
    [sheet, 7_000] as const
  );
  await fakeEdit(page, sheet, "B2", first); // the change event makes the pane read the grown table
  await page.getByText(paneMessages.slowTitle[language]()).waitFor({ timeout: 60_000 });
  // The open sheet list is a chunk of its own: wait for its checkboxes.
  await page.getByRole("checkbox").first().waitFor({ timeout: 30_000 });
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 720 });
    await page.waitForTimeout(400);
    expect({ width, overflow: await overflowOf(page) }).toEqual({ width, overflow: 0 });
    await page.screenshot({
      path: path.join(SHOTS, `${language}-${width}-generate-large.png`),
      fullPage: true,
    });
  }
}

describe("task pane in Chromium (office.js from npm, Excel fake as host)", () => {
  it("works end to end in English", async () => {
    const page = await scenario("en");
    await photograph(page, "en");
    await photographLarge(page, "en");
    await page.close();
    expect(problems).toEqual([]);
  });

  it("works end to end in Chinese, following Office's display language", async () => {
    const page = await scenario("zh");
    await photograph(page, "zh");
    await photographLarge(page, "zh");
    await page.close();
    expect(problems).toEqual([]);
  });

  it("is keyboard reachable: Tab reaches the navigation, arrows and Enter switch views", async () => {
    const page = await openPane("en-US");
    const t = strings("en");
    await page.getByRole("heading", { name: t.appTitle, level: 1 }).waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("tab");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByRole("tab", { name: t.tabs.map, selected: true }).waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t.map.goFind);
    // Every control is named.
    const unnamed = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          "button, select, input, [role=tab], [role=switch], [role=radio]"
        ),
      ]
        .filter(
          (e) =>
            !(
              e.getAttribute("aria-label") ||
              e.textContent?.trim() ||
              (e as HTMLInputElement).labels?.length
            )
        )
        .map((e) => e.outerHTML.slice(0, 80))
    );
    expect(unnamed).toEqual([]);
    await page.close();
    expect(problems).toEqual([]);
  });
});
