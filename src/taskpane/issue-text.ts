/**
 * How the pane words a validation issue: the one place that turns an engine `ValidationIssue`
 * into the short text of a Validate entry. The engine's catalogue (`issueText(issue, language)`
 * in src/engine/messages, with the issue's `params`) replaces the interim table below once it
 * exists: `describeIssue` then becomes `issueText(issue, language)` and `IssueFacts` goes away.
 */
import type { ValidationIssue } from "../engine/types";
import type { PaneLanguage } from "./strings";

/** What the interim texts need besides the issue: cell value, weight, computed sum (as shown). */
export type IssueFacts = { value: string; weight: string; computed: string };

type Texts = Record<string, (facts: IssueFacts) => string>;

const en: Texts = {
  "text-score": (f) => `Text “${f.value}” where a score belongs`,
  "error-score": (f) => `Error value ${f.value}`,
  "blank-score": () => "Blank score, counted as 0",
  "negative-score": (f) => `Negative score ${f.value}`,
  "above-weight": (f) => `Score ${f.value} is above the weight ${f.weight}`,
  "duplicate-city": () => "City appears twice (name variants count as the same city)",
  "missing-city": () => "Row has scores but no city",
  "missing-column": () => "No column mapped; scores count as 0",
  "missing-city-column": () => "No city column mapped",
  "total-mismatch": (f) =>
    `Reported total ${f.value} differs from the sum of the scores, ${f.computed}`,
  "unknown-city": () => "Not in the bundled city table",
  "no-header": () => "No header row names the indicators",
  "note-row": () => "No scores after a blank row: read as a note, not a city",
};

const zh: Texts = {
  "text-score": (f) => `应为得分，却是文本“${f.value}”`,
  "error-score": (f) => `错误值 ${f.value}`,
  "blank-score": () => "得分为空，按 0 计",
  "negative-score": (f) => `得分为负数 ${f.value}`,
  "above-weight": (f) => `得分 ${f.value} 超过满分 ${f.weight}`,
  "duplicate-city": () => "城市重复出现（名称变体视为同一城市）",
  "missing-city": () => "该行有得分但没有城市名",
  "missing-column": () => "未映射列，得分按 0 计",
  "missing-city-column": () => "未映射城市列",
  "total-mismatch": (f) => `报告总分 ${f.value} 与各项得分之和 ${f.computed} 不符`,
  "unknown-city": () => "不在内置城市表中",
  "no-header": () => "没有列出二级指标的表头行",
  "note-row": () => "空行之后且无得分：视为表下注释，不算城市",
};

/** The entry text of `issue`; an unknown code falls back to the engine's own message. */
export function describeIssue(
  issue: ValidationIssue,
  language: PaneLanguage,
  facts: () => IssueFacts
): string {
  const text = (language === "zh" ? zh : en)[issue.code];
  return text ? text(facts()) : issue.message;
}

/** The codes the interim table words (tests check both languages cover the same codes). */
export const DESCRIBED_CODES = { en: Object.keys(en), zh: Object.keys(zh) };
