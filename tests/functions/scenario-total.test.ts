/**
 * SMARTCITY.TOTAL with a weights range (src/functions/scenario-weights.ts): the scenario total by
 * the rescaling rule of docs/method.md ("What-if weights"), on 无锡's appendix row (附件 1,
 * line 4790: 4.70 9.50 4.50 | 9.00 3.00 3.73 | 6.00 7.50 | 3.50 2.00 3.44 | 2.00 3.74 | 4.80
 * 4.00 4.00 | bonus 4.80; printed total 80.20, computed 80.21, METHOD.md).
 */
import { framework2015, grid2015, dataset2015 } from "../../src/engine/bundled";
import { evaluate } from "../../src/engine/evaluate";
import { applyScenario, scenarioFromText } from "../../src/engine/explore/scenario";
import type { Cell } from "../../src/engine/table";
import * as core from "../../src/functions/core";
import { err, ok } from "./fn-result";

const f = framework2015();
const grid = grid2015();
const header: Cell[][] = [(grid[0] as string[]).slice(2, 19)];
const wuxi: Cell[][] = [(grid[1] as string[]).slice(2, 19).map(Number)];
/** The framework's weights in header order: 5 10 5 | 10 5 5 | 10 10 | 5 5 5 | 5 5 | 5 5 5 | 5. */
const frameworkWeights = (): number[] =>
  (header[0] as string[]).map((name) => core.weight(f, name) as number);
/** 智慧基础设施 20 → 30 (its three indicators × 1.5) and 城市创新创业水平 5 → 8. */
const scenarioWeights = (): number[][] => {
  const w = frameworkWeights();
  w[0] = 7.5;
  w[1] = 15;
  w[2] = 7.5;
  w[8] = 8;
  return [w];
};

test("hand-computed: infrastructure 18.7 × 1.5 = 28.05, innovation 3.5 × 8/5 = 5.6, the rest 58.01: 91.66", () => {
  expect(frameworkWeights()).toEqual([5, 10, 5, 10, 5, 5, 10, 10, 5, 5, 5, 5, 5, 5, 5, 5, 5]);
  expect(ok(core.total(f, wuxi, header, undefined, undefined, scenarioWeights()))).toBe(91.66);
  // The framework's own weights give the plain total.
  expect(ok(core.total(f, wuxi, header, undefined, undefined, [frameworkWeights()]))).toBe(80.21);
  // Omitted weights (null, as Excel passes them) are the plain total.
  expect(ok(core.total(f, wuxi, header, undefined, undefined, null))).toBe(80.21);
});

test("equals the engine's scenario total (summarize --weights) for every city", () => {
  const dataset = dataset2015();
  const scenario = scenarioFromText(f, "智慧基础设施=30, 城市创新创业水平=8");
  if (!scenario.ok) throw new Error("scenario refused");
  const evaluation = evaluate(applyScenario(dataset, scenario.value));
  const weights = scenarioWeights();
  grid.slice(1).forEach((row, k) => {
    const scores = [row.slice(2, 19).map(Number)];
    const cell = ok(core.total(f, scores, header, undefined, undefined, weights));
    expect(cell).toBeCloseTo(evaluation.columns.total[k] as number, 9);
  });
  expect(evaluation.columns.total[0]).toBeCloseTo(91.66, 9);
});

test("a column of weights next to a column of headers; weights as numeric text", () => {
  const column = (row: Cell[]): Cell[][] => row.map((v) => [v]);
  const weights = (scenarioWeights()[0] as number[]).map(String);
  const total = core.total(
    f,
    column(wuxi[0] as Cell[]),
    column(header[0] as Cell[]),
    undefined,
    undefined,
    column(weights)
  );
  expect(ok(total)).toBe(91.66);
});

describe("refused weights, through the catalogue", () => {
  const withWeights = (weights: Cell[][], indicators: Cell[][] | null = header) =>
    err(
      core.total(f, wuxi, indicators, "Sheet1!C2:S2", "Sheet1!C1:S1", weights, "Sheet1!C160:S160")
    );

  test("weights without headers", () => {
    const e = withWeights(scenarioWeights(), null);
    expect([e.error, e.code]).toEqual(["invalidValue", "weightsNeedIndicators"]);
  });

  test("a different number of cells", () => {
    const e = withWeights([[5, 10, 5]]);
    expect(e.message).toBe(
      "weights has 3 cells but indicators has 17; give one weight per header."
    );
  });

  test("a blank (0 in Excel), a negative weight: #NUM! naming the cell and the item", () => {
    const w = scenarioWeights();
    (w[0] as number[])[4] = 0;
    const e = withWeights(w);
    expect(e.error).toBe("invalidNumber");
    expect(e.message).toMatch(
      /^Sheet1!G160: the scenario weight of 公共资源交易平台 is 0; weights must be positive/u
    );
    (w[0] as number[])[4] = -2;
    expect(withWeights(w).message).toContain("is -2;");
  });

  test("text, an error value and TRUE: #VALUE!", () => {
    for (const [bad, found] of [
      ["high", 'text "high"'],
      ["#N/A", "the error #N/A"],
      [true, "TRUE"],
    ] as const) {
      const w: Cell[][] = scenarioWeights();
      (w[0] as Cell[])[16] = bad;
      const e = withWeights(w);
      expect([e.error, e.message]).toEqual([
        "invalidValue",
        `Sheet1!S160 (the scenario weight of 加分项) holds ${found}, not a number.`,
      ]);
    }
  });

  test("scores are still checked against the framework's weights first", () => {
    const scores: Cell[][] = [[...(wuxi[0] as Cell[])]];
    (scores[0] as Cell[])[0] = 6; // 基础网络建设水平 weighs 5
    const e = err(core.total(f, scores, header, "Sheet1!C2:S2", undefined, scenarioWeights()));
    expect(e.message).toBe("Sheet1!C2: 基础网络建设水平 is 6, above its weight of 5.");
  });

  test("Chinese messages", () => {
    const e = withWeights([[1]]);
    expect(core.errorMessage(e, "zh")).toBe(
      "weights 有 1 个单元格，indicators 有 17 个；每个表头需要一个权重。"
    );
  });
});
