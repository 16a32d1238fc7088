/**
 * Messages about input data (validation issues), keyed by the issue's `code`: see catalogue.ts
 * for the shape. Each names what is wrong and where; `where` is a {@link Place}: a cell address
 * ("Sheet1!C5") or, for a file without sheets, the file with row and column. Chinese texts use
 * the report's terms (指标体系, 一级指标, 二级指标, 得分, 总分, 得分率, 权重).
 */
import { defineMessages, type MessageLanguage } from "./catalogue";
import type { NumberForm } from "../numbers";

/** Where an issue is: `cell` is "Sheet1!C5" in a sheet, "C5" in a file (then `inSheet` is false). */
export type Place = {
  source: string;
  inSheet: boolean;
  cell: string;
  row: number;
  column: string;
};

/** A place as text: the cell in a sheet, "scores.csv row 5, column C" in a file. */
export function placeText(p: Place, language: MessageLanguage): string {
  if (p.inSheet) return p.cell;
  return language === "zh"
    ? `${p.source} 第 ${p.row} 行 ${p.column} 列`
    : `${p.source} row ${p.row}, column ${p.column}`;
}

/** A number as people write it: at most 10 decimals, no float noise (85.37, not 85.37000000001). */
export function numberText(x: number): string {
  return String(Number.parseFloat(x.toPrecision(12)));
}

const SAMPLE_PLACE: Place = { source: "分数", inSheet: true, cell: "分数!C5", row: 5, column: "C" };
const at = (p: Place, language: MessageLanguage): string => placeText(p, language);

type Cell = { where: Place; indicator: string };

const FORM_HINT: Record<NumberForm, { zh: (v: string) => string; en: (v: string) => string }> = {
  hexadecimal: {
    zh: () => "十六进制写法不按数字读取，请写十进制数",
    en: () => "hexadecimal notation is not read as a number: write the decimal value",
  },
  binary: {
    zh: () => "二进制写法不按数字读取，请写十进制数",
    en: () => "binary notation is not read as a number: write the decimal value",
  },
  octal: {
    zh: () => "八进制写法不按数字读取，请写十进制数",
    en: () => "octal notation is not read as a number: write the decimal value",
  },
  "comma-decimal": {
    zh: (v) => `逗号用作小数点：请写 ${v.trim().replace(/\./gu, "").replace(",", ".")}`,
    en: (v) =>
      `comma used as decimal separator: write ${v.trim().replace(/\./gu, "").replace(",", ".")}`,
  },
  "thousands-separator": {
    zh: (v) => `含千位分隔符：请写 ${v.trim().replace(/,/gu, "")}`,
    en: (v) =>
      `thousands separator: write ${v.trim().replace(/,/gu, "")} (or, if the comma is a decimal separator, use a point)`,
  },
  percent: {
    zh: () => "含百分号：得分请写不带 % 的数字",
    en: () => "percent sign: write the score as a plain number without %",
  },
  "full-width": {
    zh: (v) => `全角数字：请写半角数字 ${v.normalize("NFKC").trim()}`,
    en: (v) => `full-width digits: write ASCII digits ${v.normalize("NFKC").trim()}`,
  },
  currency: {
    zh: () => "含货币符号：得分请写不带符号的数字",
    en: () => "currency symbol: write the score as a plain number",
  },
  "not-finite": {
    zh: () => "不是有限数值：请写一个数字",
    en: () => "not a finite number: write a number",
  },
  "odd-space": {
    zh: () => "数字中或两侧有特殊空白（不换行空格、全角空格）：请删除",
    en: () => "contains special spaces (no-break, full-width or inside the number): remove them",
  },
};

export const validationMessages = /* @__PURE__ */ defineMessages({
  "text-score": {
    zh: (a: Cell & { value: string }) =>
      `${at(a.where, "zh")}：${a.indicator} 应为数字得分，却是文本“${a.value}”。`,
    en: (a: Cell & { value: string }) =>
      `${at(a.where, "en")}: ${a.indicator} must be a number, found text "${a.value}".`,
    sample: { where: SAMPLE_PLACE, indicator: "基础网络建设水平", value: "n/a" },
  },
  "number-format": {
    zh: (a: Cell & { value: string; form: NumberForm }) =>
      `${at(a.where, "zh")}：${a.indicator} 的“${a.value}”不按数字读取——${FORM_HINT[a.form].zh(a.value)}。`,
    en: (a: Cell & { value: string; form: NumberForm }) =>
      `${at(a.where, "en")}: ${a.indicator} "${a.value}" is not read as a number: ${FORM_HINT[a.form].en(a.value)}.`,
    sample: {
      where: SAMPLE_PLACE,
      indicator: "基础网络建设水平",
      value: "0,5",
      form: "comma-decimal" as NumberForm,
    },
  },
  "error-score": {
    zh: (a: Cell & { value: string }) =>
      `${at(a.where, "zh")}：${a.indicator} 为错误值 ${a.value}。`,
    en: (a: Cell & { value: string }) =>
      `${at(a.where, "en")}: ${a.indicator} holds the error value ${a.value}.`,
    sample: { where: SAMPLE_PLACE, indicator: "基础网络建设水平", value: "#N/A" },
  },
  "blank-score": {
    zh: (a: Cell) => `${at(a.where, "zh")}：${a.indicator} 为空，按 0 分计。`,
    en: (a: Cell) => `${at(a.where, "en")}: ${a.indicator} is blank; counted as 0.`,
    sample: { where: SAMPLE_PLACE, indicator: "基础网络建设水平" },
  },
  "negative-score": {
    zh: (a: Cell & { value: number }) =>
      `${at(a.where, "zh")}：${a.indicator} 为负数（${numberText(a.value)}）；得分应在 0 与权重之间。`,
    en: (a: Cell & { value: number }) =>
      `${at(a.where, "en")}: ${a.indicator} is negative (${numberText(a.value)}); scores run from 0 to the weight.`,
    sample: { where: SAMPLE_PLACE, indicator: "基础网络建设水平", value: -1 },
  },
  "above-weight": {
    zh: (a: Cell & { value: number; weight: number }) =>
      `${at(a.where, "zh")}：${a.indicator} 得分 ${numberText(a.value)} 高于其权重 ${numberText(a.weight)} 分。`,
    en: (a: Cell & { value: number; weight: number }) =>
      `${at(a.where, "en")}: ${a.indicator} is ${numberText(a.value)}, above its weight of ${numberText(a.weight)}.`,
    sample: { where: SAMPLE_PLACE, indicator: "公共资源交易平台", value: 12, weight: 5 },
  },
  "duplicate-city": {
    zh: (a: { where: Place; city: string; first: Place; firstCity: string }) =>
      a.city === a.firstCity
        ? `${at(a.where, "zh")}：城市“${a.city}”重复出现（首次在第 ${a.first.row} 行，${at(a.first, "zh")}）。`
        : `${at(a.where, "zh")}：城市“${a.city}”与“${a.firstCity}”是同一城市（首次在第 ${a.first.row} 行，${at(a.first, "zh")}）。`,
    en: (a: { where: Place; city: string; first: Place; firstCity: string }) =>
      a.city === a.firstCity
        ? `${at(a.where, "en")}: city "${a.city}" appears twice (first in row ${a.first.row}, ${at(a.first, "en")}).`
        : `${at(a.where, "en")}: city "${a.city}" is the same city as "${a.firstCity}" (first in row ${a.first.row}, ${at(a.first, "en")}).`,
    sample: {
      where: SAMPLE_PLACE,
      city: "无锡市",
      first: { ...SAMPLE_PLACE, cell: "分数!B2", row: 2, column: "B" },
      firstCity: "无锡",
    },
  },
  "missing-city": {
    zh: (a: { where: Place }) => `${at(a.where, "zh")}：该行有得分，但没有城市名称。`,
    en: (a: { where: Place }) => `${at(a.where, "en")}: the row has scores but no city name.`,
    sample: { where: SAMPLE_PLACE },
  },
  "missing-column": {
    zh: (a: { source: string; indicator: string }) =>
      `${a.source}：找不到二级指标“${a.indicator}”的列；请映射一列，否则其得分按 0 计。`,
    en: (a: { source: string; indicator: string }) =>
      `${a.source}: no column for indicator "${a.indicator}"; map one or its scores count as 0.`,
    sample: { source: "分数", indicator: "基础网络建设水平" },
  },
  "missing-city-column": {
    zh: (a: { source: string }) => `${a.source}：找不到城市列。`,
    en: (a: { source: string }) => `${a.source}: no city column found.`,
    sample: { source: "分数" },
  },
  "total-mismatch": {
    zh: (a: TotalArgs) => {
      const head = `${at(a.where, "zh")}：报告总分 ${numberText(a.reported)}`;
      if (a.cellsSum === null)
        return `${head} 与有效得分之和 ${numberText(a.countedSum)} 相差超过舍入误差（${numberText(a.tolerance)}）；各单元格中的数字过大，无法相加。采用有效得分之和。`;
      if (agreesWithCells(a))
        return `${head} 与各单元格之和 ${numberText(a.cellsSum)} 一致，但无效得分按 0 计后之和为 ${numberText(a.countedSum)}；采用后者。`;
      return (
        `${head} 与各单元格之和 ${numberText(a.cellsSum)} 相差超过舍入误差（${numberText(a.tolerance)}）` +
        (a.cellsSum !== a.countedSum
          ? `；无效得分按 0 计后之和为 ${numberText(a.countedSum)}，采用此和。`
          : `；采用各项得分之和。`)
      );
    },
    en: (a: TotalArgs) => {
      const head = `${at(a.where, "en")}: the reported total ${numberText(a.reported)}`;
      if (a.cellsSum === null)
        return `${head} differs from the sum of the valid scores ${numberText(a.countedSum)} by more than rounding (${numberText(a.tolerance)}); the cells as written hold numbers too large to add. The sum of the valid scores is used.`;
      if (agreesWithCells(a))
        return `${head} agrees with the cells as written (${numberText(a.cellsSum)}), but with invalid scores counted as 0 the sum is ${numberText(a.countedSum)}; that sum is used.`;
      return (
        `${head} differs from the sum of the cells ${numberText(a.cellsSum)} by more than rounding (${numberText(a.tolerance)})` +
        (a.cellsSum !== a.countedSum
          ? `; with invalid scores counted as 0 the sum is ${numberText(a.countedSum)}, which is used.`
          : `; the sum of the scores is used.`)
      );
    },
    sample: {
      where: SAMPLE_PLACE,
      reported: 85.37,
      cellsSum: 85.37 as number | null,
      countedSum: 75.47,
      tolerance: 0.09,
    },
  },
  "total-not-number": {
    zh: (a: { where: Place; value: string }) =>
      `${at(a.where, "zh")}：总分“${a.value}”不是数字；采用各项得分之和。`,
    en: (a: { where: Place; value: string }) =>
      `${at(a.where, "en")}: the total "${a.value}" is not a number; the sum of the scores is used.`,
    sample: { where: SAMPLE_PLACE, value: "80,2" },
  },
  "unknown-city": {
    zh: (a: { where: Place; city: string }) =>
      `${at(a.where, "zh")}：“${a.city}”不在内置的中国大陆地级及以上城市表中；除非表中给出，其区域、省份和行政级别留空。`,
    en: (a: { where: Place; city: string }) =>
      `${at(a.where, "en")}: "${a.city}" is not a prefecture-level or higher city of mainland China in the bundled table; ` +
      `its region, province and level stay empty unless the sheet gives them.`,
    sample: { where: SAMPLE_PLACE, city: "Gotham" },
  },
  "note-row": {
    zh: (a: { where: Place; text: string }) =>
      `${at(a.where, "zh")}：“${a.text}”没有得分且位于空行之后；视为表下注释，而非城市。`,
    en: (a: { where: Place; text: string }) =>
      `${at(a.where, "en")}: "${a.text}" has no scores and follows a blank row; read as a note under the table, not a city.`,
    sample: { where: SAMPLE_PLACE, text: "数据来源：国脉互联" },
  },
  "no-header": {
    zh: (a: { source: string }) =>
      `${a.source}：没有一行表头列出指标体系的二级指标（已在前 50 行查找中英文名称）。`,
    en: (a: { source: string }) =>
      `${a.source}: no header row names the framework's indicators (looked for Chinese and English names in the first 50 rows).`,
    sample: { source: "分数" },
  },
});

const agreesWithCells = (a: TotalArgs): boolean =>
  a.cellsSum !== null &&
  a.cellsSum !== a.countedSum &&
  Math.abs(a.reported - a.cellsSum) <= a.tolerance;

type TotalArgs = {
  where: Place;
  reported: number;
  /**
   * Sum of every number in the row's score cells as written (invalid ones included); null when
   * rejected numbers (1e308) add up beyond what a number holds.
   */
  cellsSum: number | null;
  /** Sum with invalid scores counted as 0: the computed total. */
  countedSum: number;
  tolerance: number;
};

export type ValidationCode = keyof typeof validationMessages;
/** The arguments of a validation code's message. */
export type ValidationParams<C extends ValidationCode> = (typeof validationMessages)[C]["sample"];
