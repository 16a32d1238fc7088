/** The layout of 100,000 synthetic cities builds, with formats per column (no per-cell objects). */
import { evaluate } from "../../src/engine/evaluate";
import { buildSummaryLayout } from "../../src/layout";
import { syntheticDataset } from "../../bench/synthetic";

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
