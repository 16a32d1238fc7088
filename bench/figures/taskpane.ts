/**
 * taskpane.ready.ms: from navigation start to an interactive task pane in headless Chromium
 * (Debian's /usr/bin/chromium driven by playwright-core), median of 5 cold page loads (a new
 * browser context each time: empty cache).
 *
 * The production bundles (see bundle.ts) are served from localhost with office.js from the
 * @microsoft/office-js npm package instead of the CDN (the CDN is unreachable offline; the same
 * file otherwise). "Interactive" = the first enabled button exists in the pane's #container:
 * React renders it with its event handlers attached, so a click works from then on. The moment
 * is taken in the page (MutationObserver, performance.now() since navigation start), so the
 * figure carries no driver round trips.
 */
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { median, round3, type BenchContext, type Figure } from "../harness";
import { bundleDirectory, ROOT } from "./bundle";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];
const OFFICE_JS_DIR = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const CDN_OFFICE_JS = /https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/;

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json", ".png": "image/png", ".css": "text/css", ".map": "application/json" };

/** Serves `dir` (and office.js under /office-js/) on a free localhost port. */
export async function serveBundles(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const [base, relative] = pathname.startsWith("/office-js/") ? [OFFICE_JS_DIR, pathname.slice("/office-js/".length)] : [dir, pathname.slice(1)];
    const file = path.resolve(base, relative || "taskpane.html");
    if (!file.startsWith(base) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    let body: Buffer | string = fs.readFileSync(file);
    if (file.endsWith(".html")) body = body.toString("utf8").replace(CDN_OFFICE_JS, "/office-js/office.js");
    response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-store" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/taskpane.html`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Runs in the page before any script: records when the first enabled button appears. */
const READY_PROBE = `(() => {
  const check = () => {
    const button = document.querySelector("#container button:not([disabled])");
    if (button && window.__paneReady === undefined) { window.__paneReady = performance.now(); observer.disconnect(); }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

export async function taskpaneFigures(ctx: BenchContext): Promise<Figure[]> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found (apt-get install chromium)`);
  const { chromium } = await import("playwright-core");
  const { dir } = bundleDirectory(ctx.log);
  const server = await serveBundles(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const runs: number[] = [];
  const errors: string[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 350, height: 800 } });
      const page = await context.newPage();
      page.on("pageerror", (e) => errors.push(e.message));
      await page.addInitScript(READY_PROBE);
      await page.goto(server.url, { waitUntil: "load" });
      await page.waitForFunction(() => (window as { __paneReady?: number }).__paneReady !== undefined, null, { timeout: 30_000 });
      runs.push(await page.evaluate(() => (window as { __paneReady?: number }).__paneReady as number));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  ctx.log(`taskpane.ready runs: ${runs.map((r) => r.toFixed(0)).join(", ")} ms`);
  return [
    {
      name: "taskpane.ready.ms",
      value: median(runs),
      unit: "ms",
      ...(errors.length > 0 ? { note: `page errors: ${[...new Set(errors)].slice(0, 2).join("; ")}` } : {}),
      detail: { runs: runs.map(round3), chromium: browser.version(), viewport: "350×800" },
    },
  ];
}
