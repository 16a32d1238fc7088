#!/usr/bin/env node
/*
 * `npm start` / `npm stop`. On Windows and macOS: office-addin-debugging start|stop manifest.xml
 * (dev server + sideload into Excel desktop). Elsewhere office-addin-debugging only prints
 * "Platform not supported" and exits 0, so this prints how to sideload into Excel on the web.
 */
"use strict";
const { spawnSync } = require("child_process");
const path = require("path");

const action = process.argv[2];
if (action !== "start" && action !== "stop") {
  console.error("usage: node scripts/start.js start|stop");
  process.exit(2);
}

const root = path.resolve(__dirname, "..");
const manifest = path.join(root, "manifest.xml");

if (process.platform === "win32" || process.platform === "darwin") {
  const bin = path.join(root, "node_modules", ".bin", "office-addin-debugging");
  const result = spawnSync(bin, [action, "manifest.xml"], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (result.error) {
    console.error(`Could not run office-addin-debugging: ${result.error.message}`);
    process.exit(1);
  }
  process.exit(result.status ?? 1);
}

if (action === "stop") {
  console.log(
    [
      `Excel desktop sideloading is not available on ${process.platform}; nothing to stop.`,
      "Stop the dev server with Ctrl+C, and in Excel on the web remove the add-in from",
      "Home > Add-ins > More Add-ins > My Add-ins if you no longer want it.",
    ].join("\n")
  );
  process.exit(0);
}

console.log(
  [
    `Excel desktop is not available on ${process.platform}; sideload into Excel on the web instead:`,
    "",
    "  1. Serve the add-in at https://localhost:3000 (the URLs in manifest.xml):",
    "       npx office-addin-dev-certs install   # once; trusts a localhost CA (may ask for sudo)",
    "       npm run dev-server",
    "     No certificate possible on this machine? `SMARTCITY_HTTP=1 npm run dev-server` serves plain",
    "     http://localhost:3000/taskpane.html to preview the task pane in a browser (Office.js reports",
    "     no host there); Excel itself only loads add-ins over https.",
    "     Or deploy: `ADDIN_URL=https://your.host/path/ npm run build`, upload dist/ to that host,",
    "     and sideload dist/manifest.xml (its URLs then point at your host).",
    "",
    "  2. Open a workbook in Excel on the web (https://excel.cloud.microsoft or office.com).",
    "  3. Home > Add-ins > More Add-ins (or Insert > Add-ins > Office Add-ins), then",
    "     Upload My Add-in, and choose:",
    `       ${manifest}`,
    "  4. Home > Open SmartCity opens the task pane; type =SMARTCITY. in a cell for the functions.",
    "",
    "Docs: https://learn.microsoft.com/office/dev/add-ins/testing/sideload-office-add-ins-for-testing",
  ].join("\n")
);
process.exit(0);
