import { HyperFormula } from "hyperformula";
import { syntheticGrid } from "../synthetic";
for (const n of [151, 2000, 10000]) for (const mode of ["sum", "sum+countif"]) {
  const g = syntheticGrid(n).slice(1);
  const sheet = g.map((row, k) => [...(row.slice(4, 21) as number[]).map(v => typeof v === "number" ? v : 0), `=SUM(A${k + 1}:Q${k + 1})`, ...(mode === "sum" ? [] : [`=COUNTIF(R$1:R$${n},">"&R${k + 1})+1`])]);
  const t = performance.now();
  const hf = HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3" });
  const v = hf.getRangeValues({ start: { sheet: 0, col: 17, row: 0 }, end: { sheet: 0, col: 18, row: n - 1 } });
  console.log(n, mode, (performance.now() - t).toFixed(0), JSON.stringify(v.slice(0, 2)));
  hf.destroy();
}
