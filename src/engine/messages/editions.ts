/**
 * Messages of the editions comparison (issue 14): the editions sheet's texts, the comparison's
 * notes and `smartcity compare`. See catalogue.ts for the shape.
 */
import { defineMessages } from "./catalogue";

type None = Record<string, never>;
const none: None = {};
const list = (items: string[], separator: string): string => items.join(separator);

export const editionsMessages = /* @__PURE__ */ defineMessages({
  // The editions sheet (src/layout/editions)
  sheetName: { zh: () => "历年对比", en: () => "Editions", sample: none },
  sheetTitle: {
    zh: (a: { first: string; last: string }) => `历届评估对比（${a.first}–${a.last}）`,
    en: (a: { first: string; last: string }) => `Editions compared (${a.first}–${a.last})`,
    sample: { first: "2011", last: "2015" },
  },
  historyCaption: {
    zh: (a: { n: number }) => `历届评估前${a.n}名对比表`,
    en: (a: { n: number }) => `Top ${a.n} of each edition`,
    sample: { n: 10 },
  },
  citiesCaption: {
    zh: () => "各城市历届排名与得分率（排名变化 = 上届排名 − 本届排名，正数为上升）",
    en: () =>
      "Rank and score rate of each city by edition (rank change = previous − current, positive = up)",
    sample: none,
  },
  newestOnlyCaption: {
    zh: (a: { label: string }) => `仅列入 ${a.label} 年评估的城市（此前各届未列入），按排名`,
    en: (a: { label: string }) =>
      `Cities in the ${a.label} edition only (in no earlier one), by rank`,
    sample: { label: "2015" },
  },
  bumpCaption: {
    zh: (a: { n: number; label: string }) => `${a.label} 年前${a.n}名的历届排名`,
    en: (a: { n: number; label: string }) => `Ranks by edition of the ${a.label} top ${a.n}`,
    sample: { n: 10, label: "2015" },
  },
  bumpChart: {
    zh: (a: { n: number }) => `前${a.n}名历届排名变化`,
    en: (a: { n: number }) => `Top ${a.n}: rank by edition`,
    sample: { n: 10 },
  },
  moversCaption: {
    zh: (a: { from: string; to: string }) => `${a.from}–${a.to} 排名上升与下降最多的城市`,
    en: (a: { from: string; to: string }) => `Biggest risers and fallers, ${a.from}–${a.to}`,
    sample: { from: "2014", to: "2015" },
  },
  topChangesCaption: {
    zh: (a: { n: number }) => `进入与退出前${a.n}名的城市`,
    en: (a: { n: number }) => `Cities entering and leaving the top ${a.n}`,
    sample: { n: 10 },
  },
  dimensionTopCaption: {
    zh: (a: { dimension: string; labels: string[]; n: number }) =>
      `${list(a.labels, "年与")}年${a.dimension}前${a.n}名对比表（按得分率）`,
    en: (a: { dimension: string; labels: string[]; n: number }) =>
      `${a.dimension}: top ${a.n} by score rate, ${list(a.labels, " and ")}`,
    sample: { dimension: "智慧基础设施", labels: ["2014", "2015"], n: 10 },
  },
  dimensionRatesCaption: {
    zh: () => "各一级指标全国得分率（各届权重不同，只比较得分率）",
    en: () => "National score rate of each dimension (weights differ between editions: rates only)",
    sample: none,
  },
  regionRatesCaption: {
    zh: () => "各区域一级指标得分率",
    en: () => "Dimension score rates by region",
    sample: none,
  },
  notesCaption: { zh: () => "说明", en: () => "Notes", sample: none },
  colRank: { zh: () => "排名", en: () => "Rank", sample: none },
  colCity: { zh: () => "城市", en: () => "City", sample: none },
  colRate: { zh: () => "得分率", en: () => "Score rate", sample: none },
  colEdition: { zh: () => "届次", en: () => "Edition", sample: none },
  colDimension: { zh: () => "一级指标", en: () => "Dimension", sample: none },
  colRegion: { zh: () => "区域", en: () => "Region", sample: none },
  colRankIn: {
    zh: (a: { label: string }) => `${a.label}排名`,
    en: (a: { label: string }) => `Rank ${a.label}`,
    sample: { label: "2015" },
  },
  colRateIn: {
    zh: (a: { label: string }) => `${a.label}得分率`,
    en: (a: { label: string }) => `Rate ${a.label}`,
    sample: { label: "2015" },
  },
  colRankChange: { zh: () => "排名变化", en: () => "Rank change", sample: none },
  colRateChange: { zh: () => "得分率变化", en: () => "Rate change", sample: none },
  colEntered: { zh: () => "进入", en: () => "Entered", sample: none },
  colLeft: { zh: () => "退出", en: () => "Left", sample: none },
  colPeriod: { zh: () => "届次区间", en: () => "Between", sample: none },
  // Notes of a comparison (EditionNote codes)
  notACity: {
    zh: (a: { city: string; labels: string[] }) =>
      `"${a.city}"（${list(a.labels, "、")}）不是地级及以上城市，按原名保留，未与任何城市合并。`,
    en: (a: { city: string; labels: string[] }) =>
      `"${a.city}" (${list(a.labels, ", ")}) is not a prefecture-level city: kept as written, matched to no city.`,
    sample: { city: "浦东新区", labels: ["2011", "2012"] },
  },
  duplicateCity: {
    zh: (a: { city: string; label: string }) => `${a.label}：城市"${a.city}"出现多次，只计第一次。`,
    en: (a: { city: string; label: string }) =>
      `${a.label}: the city "${a.city}" appears more than once; only the first counts.`,
    sample: { city: "无锡市", label: "2012" },
  },
  noRates: {
    zh: (a: { label: string }) => `${a.label}：只有排名，没有总分或得分率。`,
    en: (a: { label: string }) => `${a.label}: ranks only, no totals or score rates.`,
    sample: { label: "2013" },
  },
  partialList: {
    zh: (a: { label: string; listed: number }) =>
      `${a.label}：公布名单，只含 ${a.listed} 个城市；不在名单中的城市排名为空。`,
    en: (a: { label: string; listed: number }) =>
      `${a.label}: a published list of ${a.listed} cities; cities not on it have no rank.`,
    sample: { label: "2013", listed: 10 },
  },
  provenance: {
    zh: (a: { table: string; lines: string }) => `来源：2015 年报告${a.table}，第 ${a.lines} 行。`,
    en: (a: { table: string; lines: string }) =>
      `Source: the 2015 report, ${a.table}, lines ${a.lines}.`,
    sample: { table: "图表 12", lines: "788-802" },
  },
  // smartcity compare
  needTwoEditions: {
    zh: (a: { given: number }) =>
      `compare 需要至少两个版本的文件（从最早到最新），收到 ${a.given} 个。`,
    en: (a: { given: number }) =>
      `compare needs at least two edition files (oldest first); got ${a.given}.`,
    sample: { given: 1 },
  },
  badEditionOption: {
    zh: (a: { option: string; value: string; editions: number }) =>
      `${a.option} 的值"${a.value}"应为 N=…,N 为 1 到 ${a.editions} 的版本序号。`,
    en: (a: { option: string; value: string; editions: number }) =>
      `${a.option} "${a.value}" must be N=…, where N is an edition from 1 to ${a.editions}.`,
    sample: { option: "--framework-of", value: "7=f.json", editions: 2 },
  },
  badTop: {
    zh: (a: { value: string }) => `--top 的值"${a.value}"应为 1 到 1000 的整数。`,
    en: (a: { value: string }) => `--top "${a.value}" must be a whole number from 1 to 1000.`,
    sample: { value: "zero" },
  },
  badLanguage: {
    zh: (a: { value: string }) => `--lang 的值"${a.value}"应为 zh 或 en。`,
    en: (a: { value: string }) => `--lang "${a.value}" must be zh or en.`,
    sample: { value: "fr" },
  },
  missingValue: {
    zh: (a: { option: string }) => `${a.option} 缺少取值。`,
    en: (a: { option: string }) => `${a.option} needs a value.`,
    sample: { option: "--out" },
  },
  unknownCompareOption: {
    zh: (a: { option: string }) => `未知选项 ${a.option}（见 smartcity compare --help）。`,
    en: (a: { option: string }) => `Unknown option ${a.option} (see smartcity compare --help).`,
    sample: { option: "--frmework" },
  },
  publishedRowProblem: {
    zh: (a: { file: string; row: number; problem: "rank" | "city" | "figure" }) =>
      `${a.file} 第 ${a.row} 行：${{ rank: "排名不是正整数", city: "城市为空", figure: "总分或得分率不是数字" }[a.problem]}。`,
    en: (a: { file: string; row: number; problem: "rank" | "city" | "figure" }) =>
      `${a.file} row ${a.row}: ${{ rank: "the rank is not a positive whole number", city: "the city is empty", figure: "the total or rate is not a number" }[a.problem]}.`,
    sample: { file: "2013.csv", row: 4, problem: "rank" as "rank" | "city" | "figure" },
  },
  readAsPublished: {
    zh: (a: { file: string; rows: number }) =>
      `${a.file}：按公布名单读取（排名、城市、总分或得分率），${a.rows} 行。`,
    en: (a: { file: string; rows: number }) =>
      `${a.file}: read as a published list (rank, city, total or rate), ${a.rows} rows.`,
    sample: { file: "2013.csv", rows: 10 },
  },
  wroteComparison: {
    zh: (a: { out: string; editions: number; cities: number }) =>
      `已写入 ${a.out}：${a.editions} 个版本、${a.cities} 个城市的对比。`,
    en: (a: { out: string; editions: number; cities: number }) =>
      `Wrote ${a.out}: ${a.editions} editions, ${a.cities} cities compared.`,
    sample: { out: "compare.xlsx", editions: 2, cities: 151 },
  },
});

export type EditionsMessages = typeof editionsMessages;
