/**
 * The 2015 summary's cells against the report's tables (seed report, line numbers cited). Table
 * numbers follow the report's list of figures; the body captions are numbered differently.
 */
import { block, layout2015, records, sheet } from "./helpers";

const layout = layout2015("zh");
const pct = (x: unknown): number => Math.round((x as number) * 10000) / 100; // fraction → % with 2 decimals
const r2 = (x: unknown): number => Math.round((x as number) * 100) / 100;
/**
 * Within a cent of a printed figure: group means average totals recomputed from the printed
 * components, 62 of which differ by ±0.01 from the printed totals (METHOD.md), and the report
 * truncates some rates (60.927 % is printed 60.92 %).
 */
const near = (actual: unknown, printed: number, tolerance = 0.011): void => {
  expect(Math.abs((actual as number) - printed)).toBeLessThanOrEqual(tolerance);
};

describe("overall ranking (图表 7)", () => {
  const rows = records(block(sheet(layout, "overall"), "ranking"));

  test("first rows: rank, city, dimension scores, bonus, total (lines 539-541)", () => {
    expect(rows).toHaveLength(151);
    expect(rows[0]).toMatchObject({
      排名: 1,
      城市: "无锡",
      智慧基础设施: 18.7,
      智慧管理: 15.73,
      智慧服务: 13.5,
      智慧经济: 8.94,
      智慧人群: 5.74,
      保障体系: 12.8,
      加分项: 4.8,
    });
    // Printed total 80.20 (line 539), the official total used by default; the sum of the printed
    // components is 80.21 (docs/method.md, "Totals").
    expect(r2(rows[0]?.["总分"])).toBe(80.2);
    expect(rows.slice(0, 3).map((r) => r["城市"])).toEqual(["无锡", "上海", "北京"]);
    expect(r2(rows[1]?.["总分"])).toBe(80.05); // line 540
    expect(r2(rows[2]?.["总分"])).toBe(79.72); // line 541
    expect(rows[0]).toMatchObject({ 区域: "华东", 省份: "江苏", 行政级别: "地级市" });
  });

  test("rates are fractions of the 105-point maximum (图表 16 line 820: 无锡 76.38%)", () => {
    // 80.20 / 105 = 76.38 % (the sum of the printed components, 80.21, would give 76.39 %).
    expect(pct(rows[0]?.["得分率"])).toBe(76.38);
    expect(pct(rows[1]?.["得分率"])).toBe(76.24); // line 821: 上海 76.24%
  });

  test("last row: 漯河 19.04 (line 560)", () => {
    expect(rows[150]).toMatchObject({ 排名: 151, 城市: "漯河", 总分: 19.04 });
  });
});

describe("statistics", () => {
  const stats = sheet(layout, "statistics");
  const describe_ = records(block(stats, "describe"));
  const item = (name: string) => describe_.find((r) => r["项目"] === name);

  test("mean total 40.05 (line 534); infrastructure mean 9.70, rate 48.5%, max 18.80, min 2.9, range 15.9, quartile deviation 4.77 (line 1283)", () => {
    expect(r2(item("总分")?.["平均值"])).toBe(40.05);
    expect(item("智慧基础设施")).toMatchObject({
      最大值: 18.8,
      最小值: 2.9,
      极差: 15.9,
      四分位差: 4.77,
    });
    expect(r2(item("智慧基础设施")?.["平均值"])).toBe(9.7);
    expect(pct(item("智慧基础设施")?.["得分率"])).toBe(48.51);
  });

  test("基础网络建设水平: quartile deviation 1.24, mean 1.64 (line 1502)", () => {
    expect(item("基础网络建设水平")?.["四分位差"]).toBe(1.24);
    expect(r2(item("基础网络建设水平")?.["平均值"])).toBe(1.64);
  });

  test("distribution 30 / 59 / 33 / 16 / 6 / 4 / 2 for 20-30 … 80+ (line 713), and 漯河 alone in 10-20", () => {
    const bins = records(block(stats, "distribution"));
    expect(bins.map((b) => [b["分数段"], b["城市数"]])).toEqual([
      ["10–20", 1],
      ["20–30", 30],
      ["30–40", 59],
      ["40–50", 33],
      ["50–60", 16],
      ["60–70", 6],
      ["70–80", 4],
      ["80–90", 2],
    ]);
    expect(Math.round((bins[2]?.["占比"] as number) * 100)).toBe(39); // "占总体的 39%", line 713
  });

  test("correlations (图表 11, lines 740-760) with the corrected 智慧服务 row (METHOD.md)", () => {
    const r = records(block(stats, "correlation"));
    const row = (name: string) => r.find((x) => x["r"] === name) ?? {};
    const r3 = (x: unknown) => Math.round((x as number) * 1000) / 1000;
    expect(r3(row("智慧基础设施")["智慧管理"])).toBe(0.477); // line 740
    expect(r3(row("智慧基础设施")["智慧经济"])).toBe(0.685); // line 740
    expect(r3(row("智慧经济")["智慧人群"])).toBe(0.654); // line 753
    expect(r3(row("智慧人群")["保障体系"])).toBe(0.419); // line 757
    // The printed 智慧服务 row (line 748) is the bonus column; the true coefficients:
    const services = row("智慧服务");
    expect(
      ["智慧基础设施", "智慧管理", "智慧经济", "智慧人群", "保障体系"].map((d) => r3(services[d]))
    ).toEqual([0.559, 0.507, 0.622, 0.427, 0.468]);
    const p = records(block(stats, "pValues"));
    const pRow = (name: string) => p.find((x) => x["p"] === name) ?? {};
    expect(Math.round((pRow("智慧管理")["智慧人群"] as number) * 1000) / 1000).toBe(0.004); // line 745
    expect(pRow("智慧管理")["智慧管理"]).toBeNull();
  });

  test("top ten and bottom ten (lines 764, 775)", () => {
    const top = records(block(stats, "topTen")).map((r) => r["城市"]);
    expect(top).toEqual([
      "无锡",
      "上海",
      "北京",
      "杭州",
      "宁波",
      "深圳",
      "珠海",
      "佛山",
      "厦门",
      "广州",
    ]);
    const bottom = records(block(stats, "bottomTen")).map((r) => r["城市"]);
    expect(bottom).toEqual([
      "南充",
      "中卫",
      "雅安",
      "泸州",
      "钦州",
      "海东",
      "安阳",
      "通化",
      "朔州",
      "漯河",
    ]);
  });
});

describe("groups", () => {
  const groups = sheet(layout, "groups");

  test("regions: 华东 57 cities, mean 45.2 (line 814); 华南 17 cities, mean 46.4 (line 883); 东北 30.73 %, 西南 32.66 % (line 806)", () => {
    const regions = records(block(groups, "region"));
    const region = (name: string) => regions.find((r) => r["区域"] === name) ?? {};
    expect(regions.slice(0, 2).map((r) => r["区域"])).toEqual(["华南", "华东"]); // line 806: both above the national mean
    expect(region("华东")["城市数"]).toBe(57);
    near(region("华东")["平均总分"], 45.2, 0.05);
    expect(region("华南")["城市数"]).toBe(17);
    near(region("华南")["平均总分"], 46.4, 0.05);
    near(pct(region("东北")["得分率"]), 30.73);
    near(pct(region("西南")["得分率"]), 32.66);
    // Line 806 also prints 华南 43.66 %, 华东 42.63 %, 西北 30.12 %: these contradict the report's
    // own means (46.4 / 105 = 44.19 %, 45.2 / 105 = 43.05 %) and are not reproduced. Rate = mean / 105:
    for (const r of regions) near(r["得分率"], (r["平均总分"] as number) / 105, 1e-12);
  });

  test("level rates 60.92% / 60.59% / 43.3% / 35.16% (line 1072); capitals' mean 45.46 (line 1105)", () => {
    const levels = records(block(groups, "level"));
    expect(levels.map((l) => [l["行政级别"], l["城市数"]])).toEqual([
      ["直辖市", 4],
      ["计划单列市", 5],
      ["省会", 27],
      ["地级市", 115],
    ]);
    [60.92, 60.59, 43.3, 35.16].forEach((printed, i) => near(pct(levels[i]?.["得分率"]), printed));
    near(levels[2]?.["平均总分"], 45.46, 0.005);
  });

  test("provinces without municipalities: 27 rows, 浙江 11 cities 56.91 first, 青海 25.22 last (图表 22, lines 1040-1066)", () => {
    const provinces = records(block(groups, "province"));
    expect(provinces).toHaveLength(27);
    expect(provinces[0]).toMatchObject({ 排名: 1, 省份: "浙江", 城市数: 11 });
    near(provinces[0]?.["平均总分"], 56.91);
    expect(provinces[1]).toMatchObject({ 排名: 2, 省份: "广东", 城市数: 11 }); // line 1041: 53.7
    near(provinces[1]?.["平均总分"], 53.7, 0.05); // printed with one decimal
    expect(provinces[26]).toMatchObject({ 省份: "青海", 城市数: 2 });
    near(provinces[26]?.["平均总分"], 25.22);
    expect(provinces.map((p) => p["省份"])).not.toContain("北京");
  });

  test("ranks within groups: 上海 1st among municipalities (图表 24, line 1091), 无锡 1st in 华东 (图表 16, line 820)", () => {
    const ranks = records(block(sheet(layout, "groupRanks"), "ranks"));
    expect(ranks.find((r) => r["城市"] === "上海")).toMatchObject({
      级别内排名: 1,
      省内排名: null,
    });
    expect(ranks.find((r) => r["城市"] === "无锡")).toMatchObject({ 区域内排名: 1, 省内排名: 1 });
    expect(ranks.find((r) => r["城市"] === "厦门")).toMatchObject({ 区域内排名: 5 }); // line 824
  });
});

describe("dimension sheets", () => {
  test("智慧基础设施 (图表 27, lines 1289-1290): 宁波 18.80, 无锡 18.70, sorted by dimension rank", () => {
    const rows = records(block(sheet(layout, "dimension.infra"), "ranking"));
    expect(rows[0]).toMatchObject({
      排名: 1,
      城市: "宁波",
      基础网络建设水平: 4.8,
      基础信息资源建设与共享: 9.5,
      城市云平台应用情况: 4.5,
      智慧基础设施得分: 18.8,
    });
    expect(rows[1]).toMatchObject({ 排名: 2, 城市: "无锡", 智慧基础设施得分: 18.7 });
    expect(pct(rows[1]?.["得分率"])).toBe(93.5);
  });

  test("智慧管理 (图表 40, lines 1864-1867): 宁波 and 杭州 share rank 1, 无锡 and 合肥 rank 3", () => {
    const rows = records(block(sheet(layout, "dimension.gov"), "ranking"));
    // Equal dimension ranks keep the overall order (杭州 4th overall, 宁波 5th).
    expect(rows.slice(0, 4).map((r) => [r["排名"], r["城市"]])).toEqual([
      [1, "杭州"],
      [1, "宁波"],
      [3, "无锡"],
      [3, "合肥"],
    ]);
    expect(pct(rows[0]?.["得分率"])).toBe(84.15); // printed 84.13%: hidden decimals of 社会化媒体参与度
  });

  test("region means of the infrastructure indicators: 7 regions, counts add to 151", () => {
    const means = records(block(sheet(layout, "dimension.infra"), "regionMeans"));
    expect(means).toHaveLength(7);
    expect(means.reduce((s, r) => s + (r["城市数"] as number), 0)).toBe(151);
  });
});

describe("indicator rankings (图表 31, lines 1510-1512; precise data for the hidden decimals)", () => {
  test("基础网络建设水平: 宁波 96.07%, 无锡 94.00%, 济南 93.02%", () => {
    const rows = records(block(sheet(layout2015("zh", true), "indicators"), "indicator1"));
    expect(
      rows.slice(0, 3).map((r) => [r["排名"], r["城市"], r2(r["得分"]), pct(r["得分率"])])
    ).toEqual([
      [1, "宁波", 4.8, 96.07],
      [2, "无锡", 4.7, 94],
      [3, "济南", 4.65, 93.02],
    ]);
  });

  test("基础信息资源建设与共享: 31 cities tie at 9.5 with rank 1 (METHOD.md)", () => {
    const rows = records(block(sheet(layout, "indicators"), "indicator2"));
    expect(rows.filter((r) => r["排名"] === 1)).toHaveLength(31);
    expect(rows[31]?.["排名"]).toBe(32);
  });
});
