#!/usr/bin/env node
// Package bin of the `smartcity` command line; the code is TypeScript in src/cli, compiled by
// `npm run build:cli` (tsc -p tsconfig.cli.json) into dist/cli.
"use strict";
const path = require("path");
const fs = require("fs");

const entry = path.join(__dirname, "..", "dist", "cli", "src", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write(
    `smartcity: the command line is not built yet (${path.relative(process.cwd(), entry)} is missing).\n` +
      "Run `npm run build:cli` in the project folder first.\n"
  );
  process.exit(2);
}
require(entry).main();
