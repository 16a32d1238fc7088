/**
 * Lets plain `node` run the benchmark's TypeScript (bench/, src/, tests/fakes/) without a build
 * step: `node -r ./bench/register.js bench/run.ts`. Each .ts/.tsx file is transpiled with
 * TypeScript's own `transpileModule` (no type check: `npm run typecheck` covers bench/), CommonJS,
 * ES2020, the same emit as tsc. Output is cached on disk by path + mtime + size, so a warm run
 * (e.g. the peak-RSS child process) never loads the TypeScript compiler and its memory.
 */
const { createHash } = require("crypto");
const fs = require("fs");
const path = require("path");

const VERSION = "1";
const CACHE = path.join(__dirname, "..", "node_modules", ".cache", "smartcity-bench");
let ts;

function transpile(source, filename) {
  ts = ts || require("typescript");
  return ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      jsx: ts.JsxEmit.ReactJSX,
      esModuleInterop: true,
      resolveJsonModule: true,
      inlineSourceMap: true,
    },
  }).outputText;
}

function compile(module, filename) {
  const stat = fs.statSync(filename);
  const key = createHash("sha1")
    .update(`${VERSION}\0${filename}\0${stat.mtimeMs}\0${stat.size}`)
    .digest("hex");
  const cached = path.join(CACHE, `${key}.js`);
  let code;
  try {
    code = fs.readFileSync(cached, "utf8");
  } catch {
    code = transpile(fs.readFileSync(filename, "utf8"), filename);
    try {
      fs.mkdirSync(CACHE, { recursive: true });
      const tmp = `${cached}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, code);
      fs.renameSync(tmp, cached);
    } catch {
      // A read-only tree only loses the cache.
    }
  }
  module._compile(code, filename);
}

require.extensions[".ts"] = compile;
require.extensions[".tsx"] = compile;

module.exports = { transpile };
