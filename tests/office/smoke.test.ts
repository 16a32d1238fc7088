import { generateSummary } from "../../src/office/generate";
import { createFakeExcel } from "../fakes/excel";
import { FakeRangeBorder } from "../fakes/excel/range-format";
import { syntheticGrid } from "./helpers";
delete (FakeRangeBorder.prototype as unknown as Record<string, unknown>).sideIndex;

test.each([20000, 100000])("smoke %d", async (n) => {
  const fake = createFakeExcel({ sheets: ["Scores"] });
  const uninstall = fake.install();
  try {
    let t = Date.now();
    fake.setCells("Scores", "A1", syntheticGrid(n));
    console.log("setCells", Date.now() - t); t = Date.now();
    const result = await generateSummary({ onProgress: (s, p) => console.log(s, p, Date.now() - t) });
    console.log(result.ok, fake.stats.syncs, fake.stats.maxRequestBytes, fake.stats.maxResponseBytes, fake.stats.requests.map((r) => `${r.requestBytes}/${r.responseBytes}`).join(" "));
  } finally {
    uninstall();
  }
}, 600000);
