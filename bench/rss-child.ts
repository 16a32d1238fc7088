/**
 * Child process of engine.peak_rss_mb: builds an N-city sheet grid (what Excel hands the add-in),
 * reads and evaluates it once, and prints peak resident memory (process.resourceUsage().maxRSS)
 * as JSON. Run in its own process so the parent's heap and other figures do not count; the
 * baseline (node + loaded modules, before any data) is reported alongside.
 */
import { evaluate } from "../src/engine/evaluate";
import { framework2015 } from "../src/engine/bundled";
import { readGrid } from "../src/engine/table";
import { syntheticGrid } from "./synthetic";

const mb = (kb: number): number => Math.round((kb / 1024) * 10) / 10;

export function measurePeak(n: number): {
  cities: number;
  baselineMb: number;
  peakMb: number;
  heapUsedMb: number;
  typescriptLoaded: boolean;
} {
  const framework = framework2015();
  const baselineMb = mb(process.resourceUsage().maxRSS);
  const grid = syntheticGrid(n, framework);
  const evaluation = evaluate(readGrid(grid, framework, { source: `synthetic-${n}` }));
  const heapUsedMb = Math.round((process.memoryUsage().heapUsed / 2 ** 20) * 10) / 10;
  const typescriptLoaded = Object.keys(require.cache).some((file) =>
    /[\\/]node_modules[\\/]typescript[\\/]/.test(file)
  );
  return {
    cities: evaluation.columns.order.length,
    baselineMb,
    peakMb: mb(process.resourceUsage().maxRSS),
    heapUsedMb,
    typescriptLoaded,
  };
}

if (require.main === module) {
  process.stdout.write(JSON.stringify(measurePeak(Number(process.argv[2] ?? 100_000))));
}
