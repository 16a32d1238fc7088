/**
 * Where the summary of the bundled 2015 appendix differs from the published report, and why
 * (issue 11, "Differences explained inside the workbook"; docs/method.md, "Rounding and the
 * published report"). Each entry gives the report's figure as printed, the workbook's figure and
 * where the report prints it (canonical figure number of its list of figures, 1-based lines of
 * the report text). tests/data/reconciliation-2015.test.ts checks every `report` figure against
 * tests/fixtures/report-2015 and recomputes every `ours` figure with the engine.
 */

/** Why the figures differ; the notes catalogue (src/engine/messages/notes.ts) explains each. */
export type ReconciliationKind =
  | "rounding" // the appendix prints rounded scores; the report computed from unrounded ones
  | "arithmetic" // the report's text states a figure its own tables do not give
  | "mislabelled" // a column printed under the wrong heading
  | "otherYear" // a 2014 figure quoted as 2015
  | "rankLabels"; // rank labels that are not a competition ranking of the printed scores

/** Text in both languages. */
export type BilingualText = { zh: string; en: string };

/**
 * What a figure is, so tests can recompute it (`ours`) and look it up in the fixtures (`report`).
 * Names are the framework's Chinese names.
 */
export type ReconciliationSubject =
  | { type: "sumOfScores"; city: string }
  | { type: "rankBySumOfScores"; city: string }
  | { type: "indicatorRate"; indicator: string; city: string }
  | { type: "regionRate"; region: string }
  | { type: "correlation"; row: string; column: string }
  | { type: "dimensionRate"; dimension: string }
  | { type: "indicatorRank"; indicator: string; city: string }
  | { type: "indicatorRows"; indicator: string };

/** Number format of a figure: a score, a rate (fraction, shown as %), a rank or a correlation. */
export type FigureFormat = "score" | "rate" | "rank" | "correlation";

export type ReconciliationEntry = {
  kind: ReconciliationKind;
  subject: ReconciliationSubject;
  /** What is compared, e.g. "华南 区域得分率". */
  item: BilingualText;
  /** The report's figure as printed (rates as fractions), or a description. */
  report: number | BilingualText;
  /** The workbook's figure (rates as fractions), or a description. */
  ours: number | BilingualText;
  format: FigureFormat;
  /** Canonical 图表 number, or null for running text outside a figure. */
  figure: number | null;
  /** Lines of the report text that print `report`. */
  lines: readonly number[];
};

const regionRate = (
  region: string,
  en: string,
  report: number,
  ours: number
): ReconciliationEntry => ({
  kind: "arithmetic",
  subject: { type: "regionRate", region },
  item: { zh: `${region}地区平均得分率`, en: `${en}: mean score rate` },
  report,
  ours,
  format: "rate",
  figure: 15,
  lines: [320, 806],
});

/** r of 智慧服务 with another dimension: the report prints r(加分项, X) there (图表 11). */
const servicesCorrelation = (
  row: string,
  en: string,
  line: number,
  report: number,
  ours: number
): ReconciliationEntry => ({
  kind: "mislabelled",
  subject: { type: "correlation", row, column: "智慧服务" },
  item: { zh: `${row} × 智慧服务 相关系数`, en: `r of ${en} with Smart Services` },
  report,
  ours,
  format: "correlation",
  figure: 11,
  lines: [line],
});

/** The conclusions (line 314) quote the 2014 dimension rates. */
const conclusionRate = (
  dimension: string,
  en: string,
  report: number,
  ours: number
): ReconciliationEntry => ({
  kind: "otherYear",
  subject: { type: "dimensionRate", dimension },
  item: { zh: `${dimension}得分率（结论）`, en: `${en}: score rate (conclusions)` },
  report,
  ours,
  format: "rate",
  figure: null,
  lines: [314],
});

export const RECONCILIATION_2015: readonly ReconciliationEntry[] = [
  {
    kind: "rounding",
    subject: { type: "sumOfScores", city: "无锡" },
    item: { zh: "无锡 总分与各项得分之和", en: "Wuxi: total vs the sum of its scores" },
    report: 80.2,
    ours: 80.21,
    format: "score",
    figure: 7,
    lines: [539],
  },
  {
    kind: "rounding",
    subject: { type: "rankBySumOfScores", city: "大庆" },
    item: {
      zh: "大庆 排名（按各项得分之和）",
      en: "Daqing: rank by the sum of its scores",
    },
    report: 130,
    ours: 129,
    format: "rank",
    figure: 7,
    lines: [679],
  },
  {
    kind: "rounding",
    subject: { type: "indicatorRate", indicator: "基础网络建设水平", city: "宁波" },
    item: {
      zh: "宁波 基础网络建设水平得分率",
      en: "Ningbo: score rate, Broadband, sensor & WLAN network coverage",
    },
    report: 0.9607,
    ours: 0.96,
    format: "rate",
    figure: 31,
    lines: [1510],
  },
  regionRate("华南", "South China", 0.4366, 0.4415),
  regionRate("华东", "East China", 0.4263, 0.4303),
  regionRate("西北", "Northwest", 0.3012, 0.2994),
  servicesCorrelation("智慧基础设施", "Smart Infrastructure", 739, 0.423, 0.559),
  servicesCorrelation("智慧管理", "Smart Governance", 742, 0.144, 0.507),
  servicesCorrelation("智慧经济", "Smart Economy", 750, 0.57, 0.622),
  servicesCorrelation("智慧人群", "Smart People", 753, 0.428, 0.427),
  servicesCorrelation("保障体系", "Support & Safeguards", 756, 0.405, 0.468),
  conclusionRate("智慧基础设施", "Smart Infrastructure", 0.4692, 0.4851),
  conclusionRate("智慧管理", "Smart Governance", 0.4055, 0.4957),
  conclusionRate("智慧服务", "Smart Services", 0.2815, 0.2328),
  conclusionRate("智慧经济", "Smart Economy", 0.314, 0.2856),
  conclusionRate("智慧人群", "Smart People", 0.447, 0.4106),
  conclusionRate("保障体系", "Support & Safeguards", 0.46, 0.3424),
  {
    kind: "rankLabels",
    subject: { type: "indicatorRows", indicator: "基础信息资源建设与共享" },
    item: {
      zh: "基础信息资源建设与共享排名表的城市",
      en: "Cities listed: Basic information resources & government data sharing",
    },
    report: {
      zh: "宁波、莆田各列两次，缺天津、雅安",
      en: "Ningbo, Putian twice; no Tianjin, Ya'an",
    },
    ours: { zh: "151 个城市各列一次", en: "All 151 cities, once each" },
    format: "rank",
    figure: 34,
    lines: [1616, 1649, 1698],
  },
  {
    kind: "rankLabels",
    subject: { type: "indicatorRank", indicator: "基础信息资源建设与共享", city: "上海" },
    item: {
      zh: "上海 基础信息资源建设与共享排名",
      en: "Shanghai: rank, Basic information resources & government data sharing",
    },
    report: 33,
    ours: 32,
    format: "rank",
    figure: 34,
    lines: [1650],
  },
  {
    kind: "rankLabels",
    subject: { type: "indicatorRank", indicator: "基础网络建设水平", city: "镇江" },
    item: {
      zh: "镇江 基础网络建设水平排名",
      en: "Zhenjiang: rank, Broadband, sensor & WLAN network coverage",
    },
    report: 43,
    ours: 41,
    format: "rank",
    figure: 31,
    lines: [1556],
  },
  {
    kind: "rankLabels",
    subject: { type: "indicatorRank", indicator: "互联网产业发展水平", city: "南通" },
    item: {
      zh: "南通 互联网产业发展水平排名",
      en: "Nantong: rank, Internet industry & e-commerce development",
    },
    report: 59,
    ours: 58,
    format: "rank",
    figure: 73,
    lines: [3458],
  },
  {
    kind: "rankLabels",
    subject: { type: "indicatorRank", indicator: "绩效考核情况", city: "重庆" },
    item: {
      zh: "绩效考核情况 1.00 分的 39 个城市排名",
      en: "Smart-city performance evaluation: rank of the 39 cities at 1.00",
    },
    report: 67,
    ours: 68,
    format: "rank",
    figure: 96,
    lines: [4501],
  },
];
