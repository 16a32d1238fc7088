/**
 * Prints the functions with the most self time in a V8 .cpuprofile (node --cpu-prof output),
 * with TypeScript files mapped back to their source lines (the profile holds transpiled lines):
 *   node bench/profile-summary.js file.cpuprofile [top]
 */
const fs = require("fs");
const { SourceMap } = require("module");
const { transpile } = require("./register");

const [file, top = "25"] = process.argv.slice(2);
const profile = JSON.parse(fs.readFileSync(file, "utf8"));

const maps = new Map();
/** 1-based source line of a 0-based transpiled position in a .ts file. */
function sourceLine(url, line, column) {
  const path = url.replace(/^file:\/\//, "");
  if (!/\.tsx?$/.test(path) || !fs.existsSync(path)) return line + 1;
  if (!maps.has(path)) {
    const code = transpile(fs.readFileSync(path, "utf8"), path);
    const inline = /sourceMappingURL=data:application\/json;base64,(.*)$/m.exec(code);
    maps.set(
      path,
      inline ? new SourceMap(JSON.parse(Buffer.from(inline[1], "base64").toString("utf8"))) : null
    );
  }
  const entry = maps.get(path)?.findEntry(line, Math.max(0, column));
  return entry && entry.originalLine !== undefined ? entry.originalLine + 1 : line + 1;
}

const selfTime = new Map();
profile.samples.forEach((id, i) =>
  selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0))
);
const byFunction = new Map();
for (const node of profile.nodes) {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  const short = url.replace(/^.*\/(src|bench|tests|node_modules)\//, "$1/");
  const where = url ? `${short}:${sourceLine(url, lineNumber, columnNumber)}` : "";
  const key = `${functionName || "(anonymous)"} ${where}`.trim();
  byFunction.set(key, (byFunction.get(key) ?? 0) + (selfTime.get(node.id) ?? 0));
}
const total = [...byFunction.values()].reduce((a, b) => a + b, 0);
console.log(`total ${(total / 1000).toFixed(0)} ms sampled`);
[...byFunction.entries()]
  .sort((a, b) => b[1] - a[1])
  .slice(0, Number(top))
  .forEach(([key, us]) =>
    console.log(
      `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`
    )
  );
