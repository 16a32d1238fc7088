/** The built command line, spawned as a user runs it: bin/smartcity.js → dist/cli. */
import { execFileSync, spawnSync } from "child_process";
import * as path from "path";
import type { Evaluation } from "../../src/engine/evaluate";

const ROOT = path.resolve(__dirname, "../..");

beforeAll(() => {
  execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "pipe" });
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
