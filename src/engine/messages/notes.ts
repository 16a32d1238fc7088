/**
 * Notes of the summary workbook (the About sheet's method notes, the totals rule and the
 * reconciliation with the published 2015 report): see catalogue.ts for the shape.
 * Terminology follows the report: 指标体系, 一级指标, 二级指标, 加分项.
 */
import { defineMessages } from "./catalogue";

export const notesMessages = /* @__PURE__ */ defineMessages({
  provinceGroups: {
    zh: () => "省份分组不含 4 个直辖市，与 2015 年报告的省份排名表一致。",
    en: () =>
      "Province groups leave out the 4 municipalities, as the 2015 report's province table does.",
    sample: {},
  },
  quartiles: {
    zh: () => "四分位差 = Q3 − Q1，四分位数按 QUARTILE.EXC 计算；标准差为样本标准差（n − 1）。",
    en: () =>
      "Quartile deviation = Q3 − Q1 with QUARTILE.EXC quartiles; the standard deviation is the sample one (n − 1).",
    sample: {},
  },
  blankScores: {
    zh: () => "空白或无效的得分按 0 计，并列入数据校验。",
    en: () => "Blank or invalid scores count as 0 and are listed under data validation.",
    sample: {},
  },
  ranks: {
    zh: () => "排名按得分从高到低；得分相同的城市排名相同，其后名次顺延（1, 2, 2, 4）。",
    en: () =>
      "Ranks run from the highest score; equal scores share a rank and the next rank skips (1, 2, 2, 4).",
    sample: {},
  },
  totalsReported: {
    zh: (a: { used: number; byRounding: number; beyond: number }) =>
      `总分采用表中给出的总分（官方数据）：某行给出的总分与其各项得分之和的差不超过四舍五入误差` +
      `（每个得分最多 0.005，共 0.005 ×（项数 + 1））时，以给出的总分排名和统计。` +
      `${a.used} 行采用给出的总分，其中 ${a.byRounding} 行因各项得分四舍五入而与各项之和略有差异。` +
      (a.beyond > 0 ? `${a.beyond} 行相差超出四舍五入范围，按各项之和计算并列为警告。` : ""),
    en: (a: { used: number; byRounding: number; beyond: number }) =>
      `Totals are the reported (official) totals: where a row's reported total agrees with the sum of its scores ` +
      `within rounding (up to 0.005 per score: 0.005 × (scores + 1)), it is used for ranks and statistics. ` +
      `${a.used} rows use the reported total; ${a.byRounding} of them differ slightly from the sum of their rounded scores.` +
      (a.beyond > 0
        ? ` ${a.beyond} rows differ beyond rounding: they use the sum and are listed as warnings.`
        : ""),
    sample: { used: 149, byRounding: 62, beyond: 2 },
  },
  totalsComputed: {
    zh: (a: { beyond: number }) =>
      `总分为各项得分与加分项之和（未采用表中给出的总分）。` +
      (a.beyond > 0 ? `给出的总分与之相差超出四舍五入范围的 ${a.beyond} 行列为警告。` : ""),
    en: (a: { beyond: number }) =>
      `Totals are the sums of the scores and the bonus (reported totals are not used).` +
      (a.beyond === 1
        ? " 1 row whose reported total differs beyond rounding is listed as a warning."
        : a.beyond > 1
          ? ` ${a.beyond} rows whose reported total differs beyond rounding are listed as warnings.`
          : ""),
    sample: { beyond: 2 },
  },
  totalsNone: {
    zh: () => "总分为各项得分与加分项之和（表中没有总分列）。",
    en: () => "Totals are the sums of the scores and the bonus (the table has no total column).",
    sample: {},
  },
  noIssues: {
    zh: () => "未发现问题。",
    en: () => "No issues found.",
    sample: {},
  },
  reconciliationIntro: {
    zh: () =>
      "以下列出本工作簿与已出版的 2015 年报告不一致之处及原因；“出处”为报告中的图表编号（按图表目录）与文本行号。",
    en: () =>
      "Where this workbook and the published 2015 report differ, and why; “where” gives the report's figure (numbered as in its list of figures) and the line of its text.",
    sample: {},
  },
  reconcileRounding: {
    zh: () => "附件中的得分四舍五入到两位小数，报告按未舍入的得分计算总分、得分率与排名。",
    en: () =>
      "The appendix prints scores rounded to 2 decimals; the report computed totals, rates and ranks from the unrounded ones.",
    sample: {},
  },
  reconcileArithmetic: {
    zh: () => "报告正文的数字无法由其附件数据得出（任何舍入方式均不符）；本工作簿按附件计算。",
    en: () =>
      "The report's text states a figure its appendix does not give under any rounding; the workbook computes from the appendix.",
    sample: {},
  },
  reconcileMislabelled: {
    zh: () => "报告在“智慧服务”一列印的是加分项的相关系数；本工作簿为智慧服务的相关系数。",
    en: () =>
      "The report prints the bonus item's correlations under the heading Smart Services; the workbook gives Smart Services' own.",
    sample: {},
  },
  reconcileOtherYear: {
    zh: () =>
      "结论部分引用的是 2014 年的一级指标得分率；2015 年的数值见各一级指标章节，与本工作簿一致。",
    en: () =>
      "The conclusions quote the 2014 dimension score rates; each dimension's chapter gives the 2015 rate, which the workbook matches.",
    sample: {},
  },
  reconcileRankLabels: {
    zh: () =>
      "报告的二级指标排名表中部分排名标注错位或重复；得分与得分率无误。本工作簿按并列同名次重新排名。",
    en: () =>
      "Some indicator ranking tables of the report carry shifted or duplicated rank labels (scores and rates are right); the workbook ranks ties equally.",
    sample: {},
  },
  reportWhere: {
    zh: (a: { figure: number | null; lines: number[] }) =>
      `${a.figure === null ? "正文" : `图表 ${a.figure}`}，第 ${a.lines.join("、")} 行`,
    en: (a: { figure: number | null; lines: number[] }) =>
      `${a.figure === null ? "Text" : `Figure ${a.figure}`}, line${a.lines.length > 1 ? "s" : ""} ${a.lines.join(", ")}`,
    sample: { figure: 15, lines: [320, 806] },
  },
  tiedAtCut: {
    zh: (a: { count: number }) => `含与第 ${a.count} 名并列的城市（以 * 标注）。`,
    en: (a: { count: number }) => `Includes cities tied with number ${a.count} (marked *).`,
    sample: { count: 10 },
  },
});
