import { framework2015 } from "../../src/engine/bundled";
import { evaluate } from "../../src/engine/evaluate";
import type { CityRecord, Dataset } from "../../src/engine/types";
import { buildSummaryLayout } from "../../src/layout";
import { planValueBatches } from "../../src/office/batches";

function syntheticDataset(n: number): Dataset {
  const framework = framework2015();
  let seed = 2015;
  const random = (): number => { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return ((seed >>> 0) % 1_000_000) / 1_000_000; };
  const cities: CityRecord[] = Array.from({ length: n }, (_, k) => ({
    city: `City ${k + 1}`, region: "华东", province: `P${k % 31}`, level: "地级市",
    scores: framework.indicators.map((i) => Math.round(random() * i.weight * 100) / 100),
    bonus: framework.bonus.map((b) => Math.round(random() * b.weight * 100) / 100),
    reportedTotal: null, row: k + 2,
  }));
  return { framework, cities, issues: [], source: "synthetic" };
}
test("sizes", () => {
  for (const n of [151, 20000, 100000]) {
    const d = syntheticDataset(n);
    const t = Date.now();
    const layout = buildSummaryLayout(evaluate(d), d);
    const t2 = Date.now();
    const plan = planValueBatches(layout.sheets, { minBatches: 1 });
    console.log(n, "bytes", plan.totalBytes, "batches", plan.batches.length, "layout ms", t2 - t, "plan ms", Date.now() - t2,
      layout.sheets.map((s) => `${s.key}:${s.blocks.reduce((a, b) => a + b.rows * b.columns, 0)}`).join(" "));
  }
});
