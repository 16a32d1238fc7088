/**
 * taskpane.ready.ms: from navigation start to an interactive task pane in headless Chromium
 * (Debian's /usr/bin/chromium driven by playwright-core), median of 5 cold page loads (a new
 * browser context each time: empty cache).
 *
 * The page is the browser test's (tests/browser): the real task pane and Office layer, office.js
 * from the @microsoft/office-js npm package, and the in-memory Excel fake as host, built here in
 * production mode and served from localhost by the browser test's static server. "Interactive" =
 * the pane's first enabled action button (not a tab) exists: React renders it with its handlers
 * attached, so a click works from then on. The moment is taken inside the page (a
 * MutationObserver reading performance.now(), which counts from navigation start), so the figure
 * carries no driver round trips.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildTestPage } from "../../tests/browser/build-test-page";
import { serveDirectory } from "../../tests/browser/static-server";
import { median, round3, type BenchContext, type Figure } from "../harness";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];
const LOADS = 5;

/** Runs in the page before any script: records when the first enabled action button appears. */
const READY_PROBE = `(() => {
  const observer = new MutationObserver(() => {
    if (document.querySelector("#container button:not([disabled]):not([role=tab])")) {
      window.__paneReady = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

export async function taskpaneFigures(ctx: BenchContext): Promise<Figure[]> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found (apt-get install chromium)`);
  const { chromium } = await import("playwright-core");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "smartcity-bench-pane-"));
  try {
    ctx.log("building the browser-test page (production mode)");
    await buildTestPage(dir, "production");
    const server = await serveDirectory(dir);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const version = browser.version();
    const runs: number[] = [];
    const errors: string[] = [];
    try {
      for (let i = 0; i < LOADS; i++) {
        const context = await browser.newContext({ viewport: { width: 350, height: 800 } });
        const page = await context.newPage();
        page.on("pageerror", (e) => errors.push(e.message));
        await page.addInitScript(READY_PROBE);
        await page.goto(`${server.url}/index.html`, { waitUntil: "load" });
        await page.waitForFunction(
          () => (window as { __paneReady?: number }).__paneReady !== undefined,
          null,
          { timeout: 30_000 }
        );
        runs.push(
          await page.evaluate(() => (window as { __paneReady?: number }).__paneReady as number)
        );
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    if (server.missing.length > 0) errors.push(`404: ${[...new Set(server.missing)].join(", ")}`);
    ctx.log(`taskpane.ready runs: ${runs.map((r) => r.toFixed(0)).join(", ")} ms`);
    const bytes = fs.statSync(path.join(dir, "test-host.js")).size;
    return [
      {
        name: "taskpane.ready.ms",
        value: median(runs),
        unit: "ms",
        ...(errors.length > 0
          ? { note: `page errors: ${[...new Set(errors)].slice(0, 2).join("; ")}` }
          : {}),
        detail: {
          runs: runs.map(round3),
          chromium: version,
          viewport: "350×800",
          pageBundleBytes: bytes,
        },
      },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
