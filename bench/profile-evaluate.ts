/**
 * Profiling aid for engine.evaluate.ms.100000 (BENCHMARKS.md, "Where the time goes"):
 *   node --expose-gc --cpu-prof --cpu-prof-dir=/tmp/prof -r ./bench/register.js bench/profile-evaluate.ts [N] [runs]
 * then open the .cpuprofile in Chrome DevTools, or summarise it with
 *   node bench/profile-summary.js /tmp/prof/*.cpuprofile
 * Prints wall and CPU time (user + system, all threads) per step: on a shared machine CPU time is
 * the steadier figure. With --expose-gc each run starts from a collected heap, as in the bench
 * (harness.ts), so one run's garbage is not billed to the next.
 */
import { framework2015 } from "../src/engine/bundled";
import { evaluate } from "../src/engine/evaluate";
import { readGrid } from "../src/engine/table";
import { syntheticGrid } from "./synthetic";

const n = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 5);
const framework = framework2015();
const grid = syntheticGrid(n, framework);

/** Runs `step` and returns "wall / cpu ms". */
function timed(step: () => void): string {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  step();
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  return `${(performance.now() - wall).toFixed(0)} / ${cpuMs.toFixed(0)} ms`;
}

const gc = (globalThis as { gc?: () => void }).gc;

for (let i = 0; i < runs; i++) {
  gc?.();
  let dataset = readGrid([], framework, { source: "profile" });
  const read = timed(() => (dataset = readGrid(grid, framework, { source: "profile" })));
  const evaluation = timed(() => evaluate(dataset));
  console.log(`run ${i + 1} (wall / cpu): readGrid ${read}, evaluate ${evaluation}`);
}
