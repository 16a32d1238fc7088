/**
 * Notes the engine attaches to an evaluation (`Evaluation.notes` in English for the JSON contract,
 * `Evaluation.noteRefs` for either language): see catalogue.ts for the shape. Method references
 * point to docs/method.md.
 */
import { defineMessages } from "./catalogue";

type None = Record<string, never>;
const none: None = {};

type Totals = { used: number; rounding: number; beyond: number };

export const engineMessages = /* @__PURE__ */ defineMessages({
  provinceGroups: {
    zh: (_: None) => "省份分组不含 4 个直辖市，与 2015 年报告的省份表一致。",
    en: (_: None) =>
      "Province groups leave out the 4 municipalities, as the 2015 report's province table does.",
    sample: none,
  },
  quartileMethod: {
    zh: (_: None) => "四分位差 = Q3 − Q1，四分位数按 QUARTILE.EXC 计算；标准差为样本标准差。",
    en: (_: None) =>
      "Quartile deviation = Q3 − Q1 with QUARTILE.EXC quartiles; stdev is the sample standard deviation.",
    sample: none,
  },
  blanksCountZero: {
    zh: (_: None) => "空白或无效的得分按 0 分计；详见校验结果。",
    en: (_: None) => "Blank or invalid scores count as 0; see validation.",
    sample: none,
  },
  totalsReported: {
    zh: (a: Totals) =>
      `总分采用报告总分（官方数字）：报告总分与各项得分之和的差在舍入范围内（每个计入单元格 0.005，另加总分本身 0.005）时采用报告总分；共 ${a.used} 行采用，其中 ${a.rounding} 行与得分之和相差舍入误差；${a.beyond} 行相差超过舍入误差，采用得分之和（见校验结果）。`,
    en: (a: Totals) =>
      `Totals are the reported ones (the official figures) where they agree with the sum of the scores within rounding (0.005 per summed cell plus 0.005 for the total itself): ${a.used} rows use the reported total, ${a.rounding} of them differing from the sum by rounding; ${a.beyond} rows differ beyond rounding and use the sum (see validation).`,
    sample: { used: 151, rounding: 62, beyond: 0 },
  },
  totalsComputed: {
    zh: (a: Totals) =>
      `总分为各项得分之和（未采用报告总分）；${a.rounding} 行的报告总分与之相差舍入误差，${a.beyond} 行相差超过舍入误差。`,
    en: (a: Totals) =>
      `Totals are the sums of the scores (reported totals not used); ${a.rounding} reported totals differ from them by rounding, ${a.beyond} beyond rounding.`,
    sample: { used: 0, rounding: 62, beyond: 0 },
  },
  noCities: {
    zh: (_: None) => "没有读到任何城市：统计量留空。",
    en: (_: None) => "No cities were read: the statistics are empty (null).",
    sample: none,
  },
  quartilesUndefined: {
    zh: (a: { count: number }) =>
      `城市数少于 3 个（${a.count} 个）时，按 QUARTILE.EXC 四分位数和四分位差无定义，留空。`,
    en: (a: { count: number }) =>
      `With fewer than 3 cities (${a.count}) quartiles and the quartile deviation are not defined (QUARTILE.EXC) and are left empty (null).`,
    sample: { count: 2 },
  },
  stdevUndefined: {
    zh: (a: { count: number }) => `城市数少于 2 个（${a.count} 个）时，样本标准差无定义，留空。`,
    en: (a: { count: number }) =>
      `With fewer than 2 cities (${a.count}) the sample standard deviation is not defined and is left empty (null).`,
    sample: { count: 1 },
  },
  correlationsUndefined: {
    zh: (a: { pairs: number }) =>
      `${a.pairs} 对一级指标的相关系数无定义（得分无差异或城市数不足），留空。`,
    en: (a: { pairs: number }) =>
      `${a.pairs} correlations between dimensions are not defined (scores that do not vary, or too few cities) and are left empty (null).`,
    sample: { pairs: 5 },
  },
});

export type EngineNoteCode = keyof typeof engineMessages;
/** A note as data: its catalogue code and arguments; render with `noteText`. */
export type NoteRef = { code: EngineNoteCode; params: Record<string, unknown> };

/** A note in a language. */
export function noteText(note: NoteRef, language: "zh" | "en"): string {
  return (engineMessages[note.code][language] as (args: unknown) => string)(note.params);
}
