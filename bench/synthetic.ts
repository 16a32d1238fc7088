/**
 * Synthetic score tables of any size for the benchmark: N cities × the 2015 framework's 16
 * indicators + bonus + a reported total, shaped like a sheet an analyst pastes (one header row of
 * the framework's Chinese names, then one row per city, numbers as Excel returns them).
 *
 * Deterministic (seeded PRNG): the same N always gives the same table. Scores are 2-decimal
 * numbers in [0, weight], correlated through a per-city "strength" so totals spread like the
 * report's, with ties as real 2-decimal data has. Region / province / level cycle through the
 * bundled table of China's 337 prefecture-level cities, so every grouping has realistic sizes.
 * A few rows carry problems the validation must find: every 997th city has a blank score, every
 * 5003rd a score above its weight.
 */
import { framework2015 } from "../src/engine/bundled";
import { CHINA_CITIES } from "../src/engine/cities";
import { readGrid, type Cell } from "../src/engine/table";
import type { Dataset, Framework } from "../src/engine/types";

/** mulberry32: a small, fast, seedable PRNG (floats in [0, 1)). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Column titles of the synthetic sheet, in order. */
export function syntheticHeader(framework: Framework = framework2015()): string[] {
  return [
    "城市",
    "区域",
    "省份",
    "行政级别",
    ...framework.indicators.map((i) => i.name),
    ...framework.bonus.map((b) => b.name),
    "总分",
  ];
}

/** The score row (16 indicators + bonus) of synthetic city k, as numbers. */
function scoreRow(framework: Framework, random: () => number): number[] {
  const strength = 0.15 + 0.7 * random();
  const score = (weight: number): number =>
    round2(weight * Math.min(1, Math.max(0, strength + (random() - 0.5) * 0.5)));
  return [
    ...framework.indicators.map((i) => score(i.weight)),
    ...framework.bonus.map((b) => (random() < 0.3 ? score(b.weight) : 0)),
  ];
}

/** Header row + N city rows. */
export function syntheticGrid(
  n: number,
  framework: Framework = framework2015(),
  seed = 2015
): Cell[][] {
  const random = prng(seed + n);
  const rows: Cell[][] = [syntheticHeader(framework)];
  for (let k = 0; k < n; k++) {
    const meta = CHINA_CITIES[k % CHINA_CITIES.length];
    const scores: Cell[] = scoreRow(framework, random);
    const total = round2((scores as number[]).reduce((s, v) => s + v, 0));
    if (k % 997 === 996) scores[k % framework.indicators.length] = "";
    if (k % 5003 === 5002) scores[0] = (framework.indicators[0]?.weight ?? 1) + 1;
    rows.push([
      `测试城市${String(k + 1).padStart(6, "0")}`,
      meta?.region ?? null,
      meta?.province ?? null,
      meta?.level ?? null,
      ...scores,
      total,
    ]);
  }
  return rows;
}

/** The synthetic table read as the add-in reads a sheet (header detection, parsing, validation). */
export function syntheticDataset(n: number, framework: Framework = framework2015()): Dataset {
  return readGrid(syntheticGrid(n, framework), framework, { source: `synthetic-${n}` });
}
