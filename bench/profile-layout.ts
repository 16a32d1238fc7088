/**
 * Profiling aid for layout.build.ms.100000:
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof -r ./bench/register.js bench/profile-layout.ts [N] [runs]
 *   node bench/profile-summary.js /tmp/prof/*.cpuprofile
 */
import { evaluate } from "../src/engine/evaluate";
import { buildSummaryLayout } from "../src/layout/summary";
import { syntheticDataset } from "./synthetic";

const n = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 3);
const dataset = syntheticDataset(n);
const evaluation = evaluate(dataset);
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  buildSummaryLayout(evaluation, dataset);
  console.log(`run ${i + 1}: buildSummaryLayout ${(performance.now() - t).toFixed(0)} ms`);
}
