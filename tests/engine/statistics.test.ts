import * as s from "../../src/engine/statistics";

// Expected values checked against Excel's documented definitions (QUARTILE.EXC = R type 6,
// QUARTILE.INC = R type 7) and R: quantile(1:7, c(.25,.75), type = 6) = 2, 6.
describe("quartiles", () => {
  const data = [1, 2, 3, 4, 5, 6, 7];
  test("QUARTILE.EXC and QUARTILE.INC", () => {
    expect(s.quartile(data, 1, "exclusive")).toBe(2);
    expect(s.quartile(data, 3, "exclusive")).toBe(6);
    expect(s.quartile(data, 1, "inclusive")).toBe(2.5);
    expect(s.quartile(data, 3, "inclusive")).toBe(5.5);
    // Excel: QUARTILE.EXC({6,7,15,36,39,40,41,42,43,47,49},1) = 15, QUARTILE.INC(...) = 25.5
    const excel = [6, 7, 15, 36, 39, 40, 41, 42, 43, 47, 49];
    expect(s.quartile(excel, 1, "exclusive")).toBe(15);
    expect(s.quartile(excel, 3, "exclusive")).toBe(43);
    expect(s.quartile(excel, 1, "inclusive")).toBe(25.5);
  });
  test("interpolates between neighbours", () => {
    // R: quantile(c(1,2,3,4), .25, type = 6) = 1.25
    expect(s.quartile([4, 1, 3, 2], 1, "exclusive")).toBeCloseTo(1.25, 12);
  });
  test("quartile deviation is the full Q3 − Q1 (METHOD.md)", () => {
    expect(s.quartileDeviation(data)).toBe(4);
  });
  test("undefined for too few values, as Excel's #NUM!", () => {
    expect(s.quartile([1, 2], 1, "exclusive")).toBeNaN();
    expect(s.quartile([], 1, "inclusive")).toBeNaN();
  });
  test("for n = 151 the exclusive quartiles are the 38th and 114th values (METHOD.md)", () => {
    const values = Array.from({ length: 151 }, (_, i) => i + 1);
    expect(s.quartile(values, 1)).toBe(38);
    expect(s.quartile(values, 3)).toBe(114);
  });
});

describe("descriptive statistics", () => {
  test("mean, median, min, max, standard deviations", () => {
    const x = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(s.mean(x)).toBe(5);
    expect(s.median(x)).toBe(4.5);
    expect(s.min(x)).toBe(2);
    expect(s.max(x)).toBe(9);
    expect(s.stdevPopulation(x)).toBe(2);
    expect(s.stdevSample(x)).toBeCloseTo(2.138089935, 9); // Excel STDEV.S
  });
  test("empty and single inputs give NaN, not exceptions", () => {
    expect(s.mean([])).toBeNaN();
    expect(s.median([])).toBeNaN();
    expect(s.stdevSample([1])).toBeNaN();
    expect(s.stdevPopulation([1])).toBe(0);
    expect(s.min([])).toBeNaN();
  });
});

describe("Pearson correlation and p-value", () => {
  test("perfect and known correlations", () => {
    expect(s.pearson([1, 2, 3], [2, 4, 6])).toBe(1);
    expect(s.pearson([1, 2, 3], [3, 2, 1])).toBe(-1);
    // R: cor(c(1,2,3,4,5), c(2,1,4,3,5)) = 0.8
    expect(s.pearson([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])).toBeCloseTo(0.8, 12);
    expect(s.pearson([1, 1, 1], [1, 2, 3])).toBeNaN();
  });
  test("two-sided p-value matches the t distribution", () => {
    // R: cor.test(c(1,2,3,4,5), c(2,1,4,3,5))$p.value = 0.1040880
    expect(s.pearsonPValue(0.8, 5)).toBeCloseTo(0.104088, 5);
    // The report's 智慧管理 × 智慧人群: r = 0.234, n = 151, p printed 0.004 (图表 11, line 748)
    expect(s.pearsonPValue(0.234, 151)).toBeCloseTo(0.0038, 3);
    // 智慧管理 × 加分项 printed r = 0.144, p = 0.078 (图表 11, line 742)
    expect(s.pearsonPValue(0.144, 151)).toBeCloseTo(0.078, 2);
    expect(s.pearsonPValue(1, 10)).toBe(0);
    expect(s.pearsonPValue(0.5, 2)).toBeNaN();
  });
  test("incomplete beta at known points", () => {
    expect(s.regularizedIncompleteBeta(0.5, 2, 2)).toBeCloseTo(0.5, 12);
    expect(s.regularizedIncompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
  });
});

describe("distribution", () => {
  test("10-point bins, lower bound included, spanning min to max", () => {
    const bins = s.distribution([19.04, 20, 29.99, 80.2], 10, 105);
    expect(bins.map((b) => [b.from, b.to, b.count])).toEqual([
      [10, 20, 1],
      [20, 30, 2],
      [30, 40, 0],
      [40, 50, 0],
      [50, 60, 0],
      [60, 70, 0],
      [70, 80, 0],
      [80, 90, 1],
    ]);
    expect(bins[1]?.share).toBe(0.5);
  });
  test("the maximum score falls in the last bin", () => {
    expect(s.distribution([105, 100], 10, 105).map((b) => [b.from, b.to, b.count])).toEqual([
      [100, 105, 2],
    ]);
  });
  test("empty input", () => {
    expect(s.distribution([], 10)).toEqual([]);
  });
});
