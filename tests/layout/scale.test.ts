/** The layout of 100,000 synthetic cities builds, with formats per column (no per-cell objects). */
import { framework2015 } from "../../src/engine/bundled";
import { evaluate } from "../../src/engine/evaluate";
import type { CityRecord, Dataset } from "../../src/engine/types";
import { buildSummaryLayout } from "../../src/layout";

const REGIONS = ["华东", "华南", "华北", "东北", "华中", "西北", "西南"];
const LEVELS = ["直辖市", "计划单列市", "省会", "地级市"];

/** Deterministic pseudo-random scores (xorshift), rounded to 2 decimals like the report. */
function syntheticDataset(n: number): Dataset {
  const framework = framework2015();
  let seed = 2015;
  const random = (): number => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return ((seed >>> 0) % 1_000_000) / 1_000_000;
  };
  const cities: CityRecord[] = Array.from({ length: n }, (_, k) => ({
    city: `City ${k + 1}`,
    region: REGIONS[k % REGIONS.length] ?? null,
    province: `P${k % 31}`,
    level: LEVELS[k % 97 === 0 ? k % 4 : 3] ?? null,
    scores: framework.indicators.map((i) => Math.round(random() * i.weight * 100) / 100),
    bonus: framework.bonus.map((b) => Math.round(random() * b.weight * 100) / 100),
    reportedTotal: null,
    row: k + 2,
  }));
  return { framework, cities, issues: [], source: "synthetic" };
}

test("100,000 cities", () => {
  const n = 100_000;
  const dataset = syntheticDataset(n);
  const layout = buildSummaryLayout(evaluate(dataset), dataset);
  const overall = layout.sheets[0];
  const ranking = overall?.blocks.find((b) => b.key === "ranking");
  expect(ranking?.rows).toBe(n + 1);
  expect(ranking?.values[1]?.[0]).toBe(1);
  // Small objects stay few: formats and styles are per column / region, not per cell.
  const regions = layout.sheets.flatMap((s) =>
    s.blocks.flatMap((b) => [...b.numberFormats, ...b.styles])
  );
  expect(regions.length).toBeLessThan(1000);
  const indicators = layout.sheets.find((s) => s.key === "indicators");
  expect(indicators?.blocks.filter((b) => b.rows === n + 1)).toHaveLength(16);
  for (const s of layout.sheets) for (const c of s.charts) expect(c.series.length).toBeLessThan(20);
}, 120_000);
