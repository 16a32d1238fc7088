/** The built command line, spawned as a user runs it: bin/smartcity.js → dist/cli. */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { Evaluation } from "../../src/engine/evaluate";

const ROOT = path.resolve(__dirname, "../..");

beforeAll(() => {
  // Type errors elsewhere in tsconfig.cli.json (work in progress) must not hide this test: tsc
  // still emits, so only a missing entry point fails here.
  const build = spawnSync("npx", ["tsc", "-p", "tsconfig.cli.json"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (!fs.existsSync(path.join(ROOT, "dist/cli/src/cli/main.js")))
    throw new Error(`npm run build:cli failed:\n${build.stdout}${build.stderr}`);
}, 180_000);

it("bin/smartcity.js summarize --json prints the evaluation and exits 0", () => {
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, "bin/smartcity.js"), "summarize", "--json"],
    { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }
  );
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  const evaluation = JSON.parse(result.stdout) as Evaluation;
  expect(evaluation.cities).toHaveLength(151);
  expect(evaluation.cities[0]?.city).toBe("无锡"); // 图表 6, line 540
}, 60_000);
