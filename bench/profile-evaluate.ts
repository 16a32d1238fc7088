/**
 * Profiling aid for engine.evaluate.ms.100000 (BENCHMARKS.md, "Where the time goes"):
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof -r ./bench/register.js bench/profile-evaluate.ts [N] [runs]
 * then open the .cpuprofile in Chrome DevTools, or summarise it with
 *   node bench/profile-summary.js /tmp/prof/*.cpuprofile
 */
import { framework2015 } from "../src/engine/bundled";
import { evaluate } from "../src/engine/evaluate";
import { readGrid } from "../src/engine/table";
import { syntheticGrid } from "./synthetic";

const n = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 5);
const framework = framework2015();
const grid = syntheticGrid(n, framework);
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const dataset = readGrid(grid, framework, { source: "profile" });
  const t1 = performance.now();
  evaluate(dataset);
  const t2 = performance.now();
  console.log(
    `run ${i + 1}: readGrid ${(t1 - t0).toFixed(0)} ms, evaluate ${(t2 - t1).toFixed(0)} ms`
  );
}
