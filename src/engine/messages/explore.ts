/**
 * Messages of the explore features (issue 13: what-if weights, robustness, profiles): weights
 * problems, command-line errors and the texts of the robustness, scenario and profile sheets.
 * See catalogue.ts for the shape.
 */
import { defineMessages } from "./catalogue";

const label = (zh: string, en: string) => ({ zh: () => zh, en: () => en, sample: {} });

export const exploreMessages = /* @__PURE__ */ defineMessages({
  // Weights ("name=weight, …")
  weightsSyntax: {
    zh: (a: { part: string }) =>
      `无法读取权重 "${a.part}"；格式为 名称=权重，以逗号分隔，例如 智慧基础设施=30。`,
    en: (a: { part: string }) =>
      `cannot read the weight "${a.part}"; write name=weight pairs separated by commas, e.g. 智慧基础设施=30.`,
    sample: { part: "智慧基础设施30" },
  },
  weightsNotPositive: {
    zh: (a: { name: string; value: string }) => `"${a.name}" 的权重 "${a.value}" 须为正数。`,
    en: (a: { name: string; value: string }) =>
      `the weight "${a.value}" of "${a.name}" must be a positive number.`,
    sample: { name: "智慧管理", value: "-5" },
  },
  weightsUnknownItem: {
    zh: (a: { name: string }) => `指标体系中没有名为 "${a.name}" 的一级指标、二级指标或加分项。`,
    en: (a: { name: string }) =>
      `the framework has no dimension, indicator or bonus item "${a.name}".`,
    sample: { name: "智慧交通" },
  },
  weightsTotal: {
    zh: (a: { name: string }) => `"${a.name}" 是总分；总分的满分随各项权重而定，不能直接设置。`,
    en: (a: { name: string }) =>
      `"${a.name}" is the total; its maximum follows the item weights and cannot be set.`,
    sample: { name: "总分" },
  },
  weightsTwice: {
    zh: (a: { name: string }) => `"${a.name}" 的权重设置了两次。`,
    en: (a: { name: string }) => `the weight of "${a.name}" is set twice.`,
    sample: { name: "智慧服务" },
  },
  weightsOverlap: {
    zh: (a: { dimension: string; indicator: string }) =>
      `同时设置了一级指标 "${a.dimension}" 及其二级指标 "${a.indicator}" 的权重；请只设置其一。`,
    en: (a: { dimension: string; indicator: string }) =>
      `both the dimension "${a.dimension}" and its indicator "${a.indicator}" are set; set one of them.`,
    sample: { dimension: "智慧基础设施", indicator: "基础网络建设水平" },
  },

  // Command line
  badNumber: {
    zh: (a: { option: string; value: string; expected: string }) =>
      `${a.option} 须为${a.expected}（收到 "${a.value}"）。`,
    en: (a: { option: string; value: string; expected: string }) =>
      `${a.option} must be ${a.expected} (got "${a.value}").`,
    sample: { option: "--runs", value: "ten", expected: "1 … 1000000" },
  },
  cityMissing: {
    zh: (a: { example: string }) =>
      `请给出城市名称，例如 smartcity profile ${a.example}，或用 --region、--province、--level 选一组城市。`,
    en: (a: { example: string }) =>
      `name a city, e.g. smartcity profile ${a.example}, or a group with --region, --province or --level.`,
    sample: { example: "无锡" },
  },
  unknownGroup: {
    zh: (a: { option: string; value: string; groups: string[] }) =>
      `${a.option} "${a.value}" 不在数据中；可用：${a.groups.slice(0, 40).join("、")}${a.groups.length > 40 ? " 等" : ""}。`,
    en: (a: { option: string; value: string; groups: string[] }) =>
      `${a.option} "${a.value}" is not in the data; use one of ${a.groups.slice(0, 40).join(", ")}${a.groups.length > 40 ? ", …" : ""}.`,
    sample: { option: "--region", value: "华西", groups: ["华东", "华北"] },
  },
  emptyGroup: {
    zh: (a: { group: string }) => `没有城市同时属于 ${a.group}。`,
    en: (a: { group: string }) => `no city belongs to all of ${a.group}.`,
    sample: { group: "华北·计划单列市" },
  },
  tooManyProfiles: {
    zh: (a: { cities: number; most: number }) =>
      `该分组有 ${a.cities} 个城市，一个工作簿最多写 ${a.most} 个城市画像；请缩小分组（如 --region 与 --level 同用）或改用 --json。`,
    en: (a: { cities: number; most: number }) =>
      `the group has ${a.cities} cities; a workbook takes at most ${a.most} profiles: narrow the group (e.g. --region with --level) or use --json.`,
    sample: { cities: 2800, most: 300 },
  },
  unknownCity: {
    zh: (a: { city: string; suggestions: string[] }) =>
      `数据中没有城市 "${a.city}"` +
      (a.suggestions.length > 0 ? `；是否指 ${a.suggestions.join("、")}？` : "。"),
    en: (a: { city: string; suggestions: string[] }) =>
      `no city "${a.city}" in the data` +
      (a.suggestions.length > 0 ? `; did you mean ${a.suggestions.join(", ")}?` : "."),
    sample: { city: "无息", suggestions: ["无锡"] },
  },
  scenarioApplied: {
    zh: (a: { items: string[]; maxTotal: number }) =>
      `已按情景权重计算（${a.items.join("、")}）；满分 ${a.maxTotal}，总分为计算总分。`,
    en: (a: { items: string[]; maxTotal: number }) =>
      `scenario weights applied (${a.items.join(", ")}); maximum total ${a.maxTotal}, totals computed.`,
    sample: { items: ["智慧基础设施", "城市创新创业水平"], maxTotal: 113 },
  },

  // Robustness sheet
  robustnessSheet: label("稳健性分析", "Robustness"),
  robustnessTitle: label(
    "排名稳健性分析（权重蒙特卡罗模拟）",
    "Rank robustness (Monte Carlo over weights)"
  ),
  robustnessNote: {
    zh: (a: { runs: number; spread: number; seed: number; level: "dimension" | "indicator" }) =>
      `每次模拟将每个${a.level === "dimension" ? "一级指标" : "二级指标"}权重乘以 [${1 - a.spread}, ${1 + a.spread}] 上独立均匀分布的因子，再按指标体系满分重新归一化；共 ${a.runs} 次，随机种子 ${a.seed}。名次为计算总分的并列名次；分位数按 PERCENTILE.INC。`,
    en: (a: { runs: number; spread: number; seed: number; level: "dimension" | "indicator" }) =>
      `Each run multiplies every ${a.level} weight by an independent uniform factor in [${1 - a.spread}, ${1 + a.spread}] and rescales the weights to the framework's maximum total; ${a.runs} runs, seed ${a.seed}. Ranks of computed totals, ties sharing the best rank; percentiles as PERCENTILE.INC.`,
    sample: { runs: 1000, spread: 0.25, seed: 1, level: "dimension" as "dimension" | "indicator" },
  },
  colNominalRank: label("名次", "Rank"),
  colCity: label("城市", "City"),
  colMedianRank: label("名次中位数", "Median rank"),
  colP05Rank: label("名次 5% 分位", "Rank P5"),
  colP95Rank: label("名次 95% 分位", "Rank P95"),
  colIntervalWidth: label("区间宽度", "Interval width"),
  colTop10Share: label("进入前十比例", "Share in top 10"),
  intervalChart: label("前 30 名城市的名次区间（5%–95%）", "Rank intervals (5–95 %) of the top 30"),
  groupCaption: {
    zh: (a: { group: string }) => `${a.group}城市的名次分布`,
    en: (a: { group: string }) => `Rank distribution of the cities in ${a.group}`,
    sample: { group: "华东" },
  },
  groupIntervalChart: {
    zh: (a: { group: string; shown: number; of: number }) =>
      `${a.group}城市的名次区间（5%–95%）` +
      (a.shown < a.of ? `，前 ${a.shown} 个（共 ${a.of} 个）` : ""),
    en: (a: { group: string; shown: number; of: number }) =>
      `Rank intervals (5–95 %) in ${a.group}` +
      (a.shown < a.of ? `, first ${a.shown} of ${a.of}` : ""),
    sample: { group: "华东", shown: 60, of: 64 },
  },
  sensitivityCaption: label(
    "权重敏感性（Sobol' 指数，输出为平均名次绝对变动）",
    "Weight sensitivity (Sobol' indices of the mean absolute rank shift)"
  ),
  colDimension: label("一级指标", "Dimension"),
  colFirstOrder: label("一阶指数", "First-order index"),
  colTotalOrder: label("总效应指数", "Total index"),
  sensitivityChart: label(
    "各一级指标权重的敏感性指数",
    "Sensitivity of the ranking to each dimension weight"
  ),
  axisRank: label("名次", "Rank"),

  // Robustness view (pane)
  paneVaryLevel: label("随机变动的权重", "Weights varied"),
  paneVaryDimensions: label("一级指标权重", "Dimension weights"),
  paneVaryIndicators: label("二级指标权重", "Indicator weights"),
  paneVaryIndicatorsHint: label(
    "每个二级指标权重各乘以一个随机因子；敏感性指数仍按一级指标计算。",
    "Each indicator weight gets its own random factor; the sensitivity indices stay per dimension."
  ),
  panePhase: {
    zh: (a: { phase: "monteCarlo" | "sensitivity"; percent: number }) =>
      `${a.phase === "monteCarlo" ? "蒙特卡罗模拟" : "敏感性指数"} · ${a.percent}%`,
    en: (a: { phase: "monteCarlo" | "sensitivity"; percent: number }) =>
      `${a.phase === "monteCarlo" ? "Monte Carlo" : "Sensitivity indices"} · ${a.percent}%`,
    sample: { phase: "sensitivity" as "monteCarlo" | "sensitivity", percent: 62 },
  },
  paneLevelSummary: {
    zh: (a: { level: "dimension" | "indicator" }) =>
      a.level === "dimension" ? "变动一级指标权重" : "变动二级指标权重",
    en: (a: { level: "dimension" | "indicator" }) =>
      a.level === "dimension" ? "dimension weights varied" : "indicator weights varied",
    sample: { level: "indicator" as "dimension" | "indicator" },
  },

  // Weights view (pane)
  paneBonusWeights: label("加分项权重", "Bonus weights"),
  paneBonusGroup: label("加分项", "Bonus"),
  paneBonusItems: {
    zh: (a: { items: number }) => `${a.items} 个加分项`,
    en: (a: { items: number }) => (a.items === 1 ? "1 bonus item" : `${a.items} bonus items`),
    sample: { items: 1 },
  },

  // Scenario sheet
  scenarioSheet: label("情景分析", "Scenario"),
  scenarioTitle: label("权重情景分析", "What-if weights"),
  colItem: label("项目", "Item"),
  colFrameworkWeight: label("原权重", "Framework weight"),
  colScenarioWeight: label("情景权重", "Scenario weight"),
  colScenarioRank: label("情景名次", "Scenario rank"),
  colScenarioTotal: label("情景总分", "Scenario total"),
  colFrameworkRank: label("原名次", "Framework rank"),
  colRankChange: label("名次变化", "Rank change"),
  rankShiftChart: label(
    "名次变化（情景前 30 名，正数为上升）",
    "Rank change (scenario top 30; positive = up)"
  ),
  scenarioNote: label(
    "重新加权规则：二级指标保持得分率，得分 = 得分率 × 新权重；一级指标权重按比例缩放其二级指标；满分随之变化；情景总分为计算总分。",
    "Rescaling rule: an indicator keeps its score rate, points = rate × new weight; a dimension weight scales its indicators proportionally; the maximum total follows; scenario totals are computed totals."
  ),

  scenarioContents: label(
    "权重情景：情景权重、情景总分与名次、相对原权重的名次变化",
    "What-if weights: scenario weights, totals and ranks, rank change vs the framework"
  ),
  factScenario: label("情景权重", "Scenario weights"),
  factScenarioChange: {
    zh: (a: { item: string; from: number; to: number }) => `${a.item}：${a.from} → ${a.to}`,
    en: (a: { item: string; from: number; to: number }) => `${a.item}: ${a.from} → ${a.to}`,
    sample: { item: "智慧基础设施", from: 20, to: 30 },
  },
  factScenarioTotals: label("情景总分", "Scenario totals"),
  factScenarioTotalsText: label(
    "按重新加权规则计算（二级指标保持得分率）；不用报告的总分",
    "Computed by the rescaling rule (indicators keep their score rates)"
  ),

  // Profile sheet
  profileSheet: {
    zh: (a: { city: string }) => `画像-${a.city}`,
    en: (a: { city: string }) => `Profile ${a.city}`,
    sample: { city: "无锡" },
  },
  profileTitle: {
    zh: (a: { city: string }) => `${a.city} 智慧城市画像`,
    en: (a: { city: string }) => `Smart city profile: ${a.city}`,
    sample: { city: "无锡" },
  },
  profilesTitle: {
    zh: (a: { group: string }) => `${a.group} 智慧城市画像`,
    en: (a: { group: string }) => `Smart city profiles: ${a.group}`,
    sample: { group: "华东" },
  },
  profileKey: label("概况", "Summary"),
  fieldTotal: label("总分", "Total"),
  fieldRank: label("总排名", "Overall rank"),
  fieldRegion: label("区域", "Region"),
  fieldRegionRank: label("区域内排名", "Rank in region"),
  fieldProvince: label("省份", "Province"),
  fieldProvinceRank: label("省内排名", "Rank in province"),
  fieldLevel: label("城市级别", "Level"),
  fieldLevelRank: label("同级别排名", "Rank in level"),
  colScore: label("得分", "Score"),
  colRate: label("得分率", "Rate"),
  colRank: label("排名", "Rank"),
  colNationalRate: label("全国平均得分率", "National rate"),
  colRegionRate: label("区域平均得分率", "Region rate"),
  radarChart: {
    zh: (a: { city: string }) => `${a.city}：各一级指标得分率与全国、区域平均`,
    en: (a: { city: string }) => `${a.city}: dimension rates vs national and region`,
    sample: { city: "无锡" },
  },
  strengthsCaption: label(
    "优势指标（高于全国平均得分率最多）",
    "Strengths (furthest above the national rate)"
  ),
  weaknessesCaption: label(
    "短板指标（低于全国平均得分率最多）",
    "Weaknesses (furthest below the national rate)"
  ),
  colIndicator: label("二级指标", "Indicator"),
  colDifference: label("差值（百分点）", "Difference (points)"),
  peersCaption: label("相似城市（一级指标得分率最接近）", "Peers (nearest dimension-rate profile)"),
  colDistance: label("距离", "Distance"),
  colTotal: label("总分", "Total"),
  /** The terminal tables of `uncertainty` and `profile` (columns separated by "|"). */
  uncertaintyHeader: label(
    "排名|城市|中位排名|5%–95% 排名|前十概率",
    "Rank|City|Median|5–95 % rank|Top 10"
  ),
  profileHeader: label("城市|总分|排名", "City|Total|Rank"),
});
