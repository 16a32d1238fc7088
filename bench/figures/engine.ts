/**
 * Engine figures: full evaluation time, HyperFormula reference ratio, peak memory.
 *
 * engine.evaluate.ms.N = reading the N-city sheet grid (header detection, parsing, validation:
 * `readGrid`) + `evaluate` (totals, dimension scores, all ranks including group ranks,
 * statistics, correlations, groups, distribution); the validation the issue lists happens while
 * reading, so both are timed. Median of several runs after a warm-up.
 */
import { execFileSync } from "child_process";
import * as path from "path";
import { framework2015 } from "../../src/engine/bundled";
import { evaluate, type Evaluation } from "../../src/engine/evaluate";
import { readGrid } from "../../src/engine/table";
import type { Dataset } from "../../src/engine/types";
import { median, round3, time, type BenchContext, type Figure } from "../harness";
import { syntheticDataset, syntheticGrid } from "../synthetic";
import { formulaReference } from "./formulas";

/** Issue 12's goal (issue 6's budget was 1,000 ms). */
const EVALUATE_BUDGET_MS = 300;

export function evaluateFigures(ctx: BenchContext): Figure[] {
  const framework = framework2015();
  const plan: [number, number][] = ctx.quick
    ? [
        [151, 5],
        [10_000, 3],
        [100_000, 3],
      ]
    : [
        [151, 40],
        [10_000, 11],
        [100_000, 7],
      ];
  return plan.map(([n, runs]) => {
    ctx.log(`engine.evaluate ${n} cities × ${runs} runs`);
    const grid = syntheticGrid(n, framework);
    const read: number[] = [];
    const evaluation: number[] = [];
    const result = time(() => {
      const t0 = performance.now();
      const dataset = readGrid(grid, framework, { source: `synthetic-${n}` });
      const t1 = performance.now();
      const e = evaluate(dataset);
      read.push(t1 - t0);
      evaluation.push(performance.now() - t1);
      return e;
    }, runs);
    read.splice(0, read.length - runs); // drop the warm-up's split
    evaluation.splice(0, evaluation.length - runs);
    const figure: Figure = {
      name: `engine.evaluate.ms.${n}`,
      value: result.ms,
      unit: "ms",
      detail: {
        runs: result.runs,
        readGridMedianMs: round3(median(read)),
        evaluateMedianMs: round3(median(evaluation)),
        cities: result.last.columns.order.length,
        validationIssues: result.last.validation.length,
      },
    };
    if (n === 100_000) {
      figure.budget = `≤ ${EVALUATE_BUDGET_MS} (2 cores)`;
      figure.ok = result.ms <= EVALUATE_BUDGET_MS;
    }
    return figure;
  });
}

/**
 * engine.vs_formulas.ratio.N: HyperFormula computing totals (SUM) and overall ranks (RANK.EQ's
 * definition, see formulas.ts) from the same scores, divided by our `evaluate` of the same
 * dataset, in the same process. `evaluate` does far more (all ranks, statistics, groups…), so the
 * ratio understates the engine's advantage on the shared work.
 */
export function formulaFigures(ctx: BenchContext): Figure[] {
  const sizes = ctx.quick ? [151, 2000] : [151, 2000, 10_000];
  const skipped: Figure[] = ctx.quick
    ? [
        {
          name: "engine.vs_formulas.ratio.10000",
          value: null,
          unit: "×",
          note: "full run only (HyperFormula takes 30–100 s)",
        },
      ]
    : [];
  return sizes
    .map((n): Figure => {
      const dataset = syntheticDataset(n);
      ctx.log(`engine.vs_formulas ${n} cities: HyperFormula…`);
      const reference = formulaReference(dataset, ctx.quick || n >= 10_000 ? 1 : 3);
      const engine = time(() => evaluate(dataset), n >= 10_000 ? 7 : 15);
      const check = agreement(reference, dataset, engine.last);
      return {
        name: `engine.vs_formulas.ratio.${n}`,
        value: reference.ms / engine.ms,
        unit: "×",
        ...(check.totals === 0 && check.ranks === 0
          ? {}
          : { note: `${check.totals} totals, ${check.ranks} ranks differ` }),
        detail: {
          hyperformulaMs: round3(reference.ms),
          hyperformulaRuns: reference.runs,
          engineMs: round3(engine.ms),
          engineRuns: engine.runs,
          ...check,
        },
      };
    })
    .concat(skipped);
}

/** Rows where HyperFormula's total or rank differs from the engine's (expected: none). */
function agreement(
  reference: { totals: number[]; ranks: number[] },
  dataset: Dataset,
  evaluation: Evaluation
): { totals: number; ranks: number } {
  // Columns are in input order, like the reference.
  const { total, rank } = evaluation.columns;
  let totals = 0;
  let ranks = 0;
  reference.totals.forEach((t, k) => {
    const city = dataset.cities[k];
    if (!city || Math.abs((total[k] as number) - t) > 1e-6) totals++;
    if (!city || rank[k] !== reference.ranks[k]) ranks++;
  });
  return { totals, ranks };
}

/** engine.peak_rss_mb.100000: peak resident memory of a separate node process (see rss-child.ts). */
export async function memoryFigure(ctx: BenchContext): Promise<Figure> {
  const n = 100_000;
  ctx.log(`engine.peak_rss_mb ${n} cities (child process)`);
  const child = (cities: number): string =>
    execFileSync(
      process.execPath,
      [
        "-r",
        path.join(__dirname, "..", "register.js"),
        path.join(__dirname, "..", "rss-child.ts"),
        String(cities),
      ],
      {
        encoding: "utf8",
      }
    );
  child(1); // warms the transpile cache, so the measured child never loads the TypeScript compiler
  const out = child(n);
  const result = JSON.parse(out) as { peakMb: number; baselineMb: number; heapUsedMb: number };
  return { name: `engine.peak_rss_mb.${n}`, value: result.peakMb, unit: "MB", detail: result };
}
