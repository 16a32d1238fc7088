/**
 * Messages of the custom functions (SMARTCITY.*): the text Excel shows with #VALUE!, #N/A or
 * #NUM! (see catalogue.ts for the shape). `where` is a cell address ("Sheet1!G2"); `found`
 * describes what a cell holds (`describeFound`). Item and framework names stay as the framework
 * spells them; `framework` is given in both languages.
 */
import { defineMessages, type MessageLanguage } from "./catalogue";

/** What a cell held where a number was expected. */
export type FoundCell = { kind: "text" | "blank" | "error" | "logical" | "number"; text: string };

/** `text "abc"`, `a blank`, `the error #N/A`, `TRUE`, `7` (or in Chinese: 文本“abc”, 空白 …). */
export function describeFound(found: FoundCell, language: MessageLanguage): string {
  if (language === "zh") {
    if (found.kind === "text") return `文本“${found.text}”`;
    if (found.kind === "blank") return "空白";
    if (found.kind === "error") return `错误值 ${found.text}`;
    return found.text;
  }
  if (found.kind === "text") return `text "${found.text}"`;
  if (found.kind === "blank") return "a blank";
  if (found.kind === "error") return `the error ${found.text}`;
  return found.text;
}

type Named = { zh: string; en: string };
const found = (text: string): FoundCell => ({ kind: "text", text });
const textFound = found("n/a");
const framework: Named = {
  zh: "第五届中国智慧城市发展水平评估",
  en: "China smart city evaluation",
};

export const functionsMessages = /* @__PURE__ */ defineMessages({
  notAScore: {
    zh: (a: { where: string; label: string | null; found: FoundCell }) =>
      `${a.where}${a.label ? `（${a.label}）` : ""}中是${describeFound(a.found, "zh")}，不是得分。`,
    en: (a: { where: string; label: string | null; found: FoundCell }) =>
      `${a.where}${a.label ? ` (${a.label})` : ""} holds ${describeFound(a.found, "en")}, not a score.`,
    sample: { where: "Sheet1!G2", label: "公共资源交易平台" as string | null, found: textFound },
  },
  headerCount: {
    zh: (a: { headers: number; scores: number }) =>
      `indicators 有 ${a.headers} 个单元格，scores 有 ${a.scores} 个；每个得分需要一个指标名称。`,
    en: (a: { headers: number; scores: number }) =>
      `indicators has ${a.headers} cells but scores has ${a.scores}; give one indicator name per score.`,
    sample: { headers: 3, scores: 4 },
  },
  blankHeader: {
    zh: (a: { where: string }) => `${a.where} 为空；indicators 需要每个得分对应的指标名称。`,
    en: (a: { where: string }) =>
      `${a.where} is blank; indicators needs the name of the indicator of each score.`,
    sample: { where: "Sheet1!C1" },
  },
  notAnItem: {
    zh: (a: { where: string; name: string; framework: Named }) =>
      `${a.where}：“${a.name}”不是“${a.framework.zh}”的二级指标或加分项。`,
    en: (a: { where: string; name: string; framework: Named }) =>
      `${a.where}: "${a.name}" is not an indicator or bonus item of ${a.framework.en}.`,
    sample: { where: "Sheet1!C1", name: "Roads", framework },
  },
  namedTwice: {
    zh: (a: { item: string; first: string; second: string }) =>
      `indicators 中 ${a.item} 出现了两次：${a.first} 和 ${a.second}。`,
    en: (a: { item: string; first: string; second: string }) =>
      `${a.item} is named twice in indicators, at ${a.first} and ${a.second}.`,
    sample: { item: "基础网络建设水平", first: "Sheet1!C1", second: "Sheet1!E1" },
  },
  negative: {
    zh: (a: { where: string; item: string; value: number }) =>
      `${a.where}：${a.item} 为负数（${a.value}）。`,
    en: (a: { where: string; item: string; value: number }) =>
      `${a.where}: ${a.item} is negative (${a.value}).`,
    sample: { where: "Sheet1!G2", item: "公共资源交易平台", value: -1 },
  },
  aboveWeight: {
    zh: (a: { where: string; item: string; value: number; weight: number }) =>
      `${a.where}：${a.item} 为 ${a.value}，超过其满分 ${a.weight}。`,
    en: (a: { where: string; item: string; value: number; weight: number }) =>
      `${a.where}: ${a.item} is ${a.value}, above its weight of ${a.weight}.`,
    sample: { where: "Sheet1!G2", item: "公共资源交易平台", value: 12, weight: 5 },
  },
  weightsNeedIndicators: {
    zh: () => "weights 需要 indicators：每个权重作用于其表头单元格所指的指标。",
    en: () => "weights needs indicators: each weight applies to the item its header cell names.",
    sample: {},
  },
  weightsCount: {
    zh: (a: { weights: number; headers: number }) =>
      `weights 有 ${a.weights} 个单元格，indicators 有 ${a.headers} 个；每个表头需要一个权重。`,
    en: (a: { weights: number; headers: number }) =>
      `weights has ${a.weights} cells but indicators has ${a.headers}; give one weight per header.`,
    sample: { weights: 3, headers: 4 },
  },
  weightNotANumber: {
    zh: (a: { where: string; item: string; found: FoundCell }) =>
      `${a.where}（${a.item} 的情景权重）中是${describeFound(a.found, "zh")}，不是数字。`,
    en: (a: { where: string; item: string; found: FoundCell }) =>
      `${a.where} (the scenario weight of ${a.item}) holds ${describeFound(a.found, "en")}, not a number.`,
    sample: { where: "Sheet1!C160", item: "公共资源交易平台", found: found("high") },
  },
  scenarioWeightNotPositive: {
    zh: (a: { where: string; item: string; value: number }) =>
      `${a.where}：${a.item} 的情景权重为 ${a.value}，必须为正数（空白单元格按 0 传入；要保留指标体系中的权重，可写 =SMARTCITY.WEIGHT(表头单元格)）。`,
    en: (a: { where: string; item: string; value: number }) =>
      `${a.where}: the scenario weight of ${a.item} is ${a.value}; weights must be positive (a blank cell arrives as 0; to keep the framework's weight write =SMARTCITY.WEIGHT(header cell)).`,
    sample: { where: "Sheet1!C160", item: "公共资源交易平台", value: 0 },
  },
  notADimension: {
    zh: (a: { name: string; framework: Named; dimensions: string[] }) =>
      `“${a.name}”不是“${a.framework.zh}”的一级指标；可用：${a.dimensions.join("、")}。`,
    en: (a: { name: string; framework: Named; dimensions: string[] }) =>
      `"${a.name}" is not a dimension of ${a.framework.en}; use one of ${a.dimensions.join(", ")}.`,
    sample: { name: "Roads", framework, dimensions: ["智慧基础设施", "智慧管理"] },
  },
  missingColumn: {
    zh: (a: { indicator: string; dimension: string }) =>
      `indicators 中没有名为“${a.indicator}”的列；${a.dimension} 需要它。`,
    en: (a: { indicator: string; dimension: string }) =>
      `No column named "${a.indicator}" among the indicators; ${a.dimension} needs it.`,
    sample: { indicator: "城市云平台应用情况", dimension: "智慧基础设施" },
  },
  badOrder: {
    zh: (a: { found: FoundCell }) =>
      `order 必须是 0（从高到低）或 1（从低到高），而不是${describeFound(a.found, "zh")}。`,
    en: (a: { found: FoundCell }) =>
      `order must be 0 (highest first) or 1 (lowest first), not ${describeFound(a.found, "en")}.`,
    sample: { found: found("up") },
  },
  badMethod: {
    zh: (a: { method: string }) =>
      `method 必须是 "competition"、"dense" 或 "ordinal"，而不是 "${a.method}"。`,
    en: (a: { method: string }) =>
      `method must be "competition", "dense" or "ordinal", not "${a.method}".`,
    sample: { method: "olympic" },
  },
  valueNotNumber: {
    zh: (a: { found: FoundCell }) => `value 必须是数字，而不是${describeFound(a.found, "zh")}。`,
    en: (a: { found: FoundCell }) => `value must be a number, not ${describeFound(a.found, "en")}.`,
    sample: { found: found("7") },
  },
  notInValues: {
    zh: (a: { value: number }) => `${a.value} 不在 values 的数字中，因此没有排名。`,
    en: (a: { value: number }) =>
      `${a.value} does not occur among the numbers in values, so it has no rank.`,
    sample: { value: 80.21 },
  },
  scoreNotNumber: {
    zh: (a: { found: FoundCell }) => `score 必须是数字，而不是${describeFound(a.found, "zh")}。`,
    en: (a: { found: FoundCell }) => `score must be a number, not ${describeFound(a.found, "en")}.`,
    sample: { found: found("high") },
  },
  weightNotPositive: {
    zh: (a: { weight: number }) => `满分必须为正数，而不是 ${a.weight}。`,
    en: (a: { weight: number }) => `The weight must be positive, not ${a.weight}.`,
    sample: { weight: 0 },
  },
  weightNeedsName: {
    zh: (a: { framework: Named }) =>
      `WEIGHT 需要“${a.framework.zh}”中一级指标、二级指标或加分项的名称，或“总分”。`,
    en: (a: { framework: Named }) =>
      `WEIGHT needs the name of an indicator, dimension or bonus item of ${a.framework.en}, or "total".`,
    sample: { framework },
  },
  unknownName: {
    zh: (a: { name: string; framework: Named }) =>
      `“${a.name}”不是“${a.framework.zh}”的一级指标、二级指标、加分项或总分。`,
    en: (a: { name: string; framework: Named }) =>
      `"${a.name}" is not an indicator, dimension, bonus or total of ${a.framework.en}.`,
    sample: { name: "智慧农业", framework },
  },
  tooFewNumbers: {
    zh: (a: { count: number }) => `QD 至少需要 3 个数字（QUARTILE.EXC）；只有 ${a.count} 个。`,
    en: (a: { count: number }) => `QD needs at least 3 numbers (QUARTILE.EXC); got ${a.count}.`,
    sample: { count: 2 },
  },
  cityEmpty: {
    zh: () => "城市名称为空",
    en: () => "City name is empty",
    sample: {},
  },
  cityUnknown: {
    zh: (a: { city: string; detail: string }) =>
      `未知城市“${a.city}”：不是内置城市表中的中国大陆地级及以上城市`,
    en: (a: { city: string; detail: string }) => a.detail,
    sample: { city: "Gotham", detail: 'Unknown city "Gotham": not a city of mainland China' },
  },
  cityAmbiguous: {
    zh: (a: { city: string; detail: string }) => `城市名称“${a.city}”有歧义，请写出全称`,
    en: (a: { city: string; detail: string }) => a.detail,
    sample: {
      city: "Hainan",
      detail: 'Ambiguous city "Hainan": two cities; write the full name',
    },
  },
});

export type FunctionsMessageCode = keyof typeof functionsMessages;
