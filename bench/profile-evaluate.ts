/**
 * Profiling aid for engine.evaluate.ms.100000 (BENCHMARKS.md, "Where the time goes"):
 *   node --expose-gc --cpu-prof --cpu-prof-dir=/tmp/prof -r ./bench/register.js bench/profile-evaluate.ts [N] [runs]
 * then open the .cpuprofile in Chrome DevTools, or summarise it with
 *   node bench/profile-summary.js /tmp/prof/*.cpuprofile
 * Prints wall and CPU time (user + system, all threads) per step: on a shared machine CPU time is
 * the steadier figure. With --expose-gc each run starts from a collected heap, as in the bench
 * (harness.ts), so one run's garbage is not billed to the next.
 *
 * A/B on a shared machine: with BASE=/path/to/another/checkout (its src/ is loaded too), runs
 * alternate between that tree and this one on the same grid, in one process, so both see the
 * same load; the medians of each are printed at the end.
 */
import * as path from "path";
import { syntheticGrid } from "./synthetic";

type Engine = {
  name: string;
  framework: import("../src/engine/types").Framework;
  readGrid: typeof import("../src/engine/table").readGrid;
  evaluate: typeof import("../src/engine/evaluate").evaluate;
};

/** The engine of the checkout at `root`. */
function engineAt(root: string, name: string): Engine {
  /* eslint-disable @typescript-eslint/no-require-imports -- trees chosen at run time */
  const { framework2015 } = require(path.join(root, "src/engine/bundled")) as {
    framework2015: () => Engine["framework"];
  };
  return {
    name,
    framework: framework2015(),
    readGrid: (require(path.join(root, "src/engine/table")) as Pick<Engine, "readGrid">).readGrid,
    evaluate: (require(path.join(root, "src/engine/evaluate")) as Pick<Engine, "evaluate">)
      .evaluate,
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

const n = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 5);
const engines = [engineAt(path.join(__dirname, ".."), "this")];
if (process.env.BASE) engines.unshift(engineAt(path.resolve(process.env.BASE), "base"));
const grid = syntheticGrid(n, engines[0]?.framework);

/** Runs `step`; returns wall and CPU milliseconds. */
function timed(step: () => void): { wall: number; cpu: number } {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  step();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 };
}

const text = (t: { wall: number; cpu: number }): string =>
  `${t.wall.toFixed(0)} / ${t.cpu.toFixed(0)} ms`;
const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

const gc = (globalThis as { gc?: () => void }).gc;
const totals = new Map<string, number[]>(engines.map((e) => [e.name, []]));

for (let i = 0; i < runs; i++) {
  // Alternate which tree goes first, so neither always runs right after the other.
  for (const engine of i % 2 ? [...engines].reverse() : engines) {
    gc?.();
    const source = { source: "profile" };
    let dataset = engine.readGrid([], engine.framework, source);
    const read = timed(() => (dataset = engine.readGrid(grid, engine.framework, source)));
    const evaluation = timed(() => engine.evaluate(dataset));
    totals.get(engine.name)?.push(read.wall + evaluation.wall);
    const label = engines.length > 1 ? ` ${engine.name}` : "";
    console.log(
      `run ${i + 1}${label} (wall / cpu): readGrid ${text(read)}, evaluate ${text(evaluation)}`
    );
  }
}
if (engines.length > 1)
  for (const [name, walls] of totals)
    console.log(`${name}: median readGrid + evaluate ${median(walls).toFixed(0)} ms wall`);
