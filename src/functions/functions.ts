/* eslint-disable @typescript-eslint/no-explicit-any -- ranges reach custom functions as any[][] */
/**
 * SMARTCITY custom functions: thin adapters over the engine (see core.ts). The JSDoc tags are the
 * metadata: custom-functions-metadata-plugin turns them into functions.json and registers each
 * function. Blank cells reach custom functions as 0 (office-js#1951); the README says what each
 * function does with blanks and text.
 */
import { languageOf, officeDisplayLanguage } from "../office/display-language";
import { activeFramework } from "./active-framework";
import * as core from "./core";

function unwrap<T>(result: core.FnResult<T>): T {
  if (core.isError(result)) {
    const code = {
      invalidValue: CustomFunctions.ErrorCode.invalidValue,
      notAvailable: CustomFunctions.ErrorCode.notAvailable,
      invalidNumber: CustomFunctions.ErrorCode.invalidNumber,
    }[result.error];
    // Office's display language where the runtime has one; English otherwise.
    const language = languageOf(officeDisplayLanguage());
    throw new CustomFunctions.Error(code, core.errorMessage(result, language));
  }
  return result;
}

/**
 * Total score (总分) of a row of indicator scores. With a header range of indicator names, each header must name an indicator or bonus item of the active framework (once) and each score must lie between 0 and its weight. With a range of weights (权重) aligned with the headers, the scenario total: each score keeps its score rate, points = score × new weight / framework weight. Blanks count as 0 and numeric text as its number; other text is #VALUE! naming the cell.
 * @customfunction TOTAL
 * @param scores Row of scores (indicators and bonus).
 * @param [indicators] Header cells naming the indicator of each score, to check weights.
 * @param [weights] Scenario weights, one positive number per header cell (needs indicators).
 * @param invocation Invocation (cell addresses for messages).
 * @requiresParameterAddresses
 * @returns The total, or the scenario total with weights.
 */
export function total(
  scores: any[][],
  indicators?: any[][],
  weights?: any[][],
  invocation?: CustomFunctions.Invocation
): number {
  const addresses = invocation?.parameterAddresses;
  return unwrap(
    core.total(
      activeFramework(),
      scores,
      indicators ?? null,
      addresses?.[0],
      addresses?.[1],
      weights ?? null,
      addresses?.[2]
    )
  );
}

/**
 * Score of one dimension (一级指标得分): the sum of its indicators' scores, found by the header names; other columns are ignored. Blanks count as 0 and numeric text as its number; other text in a used cell is #VALUE!, a missing indicator column #N/A.
 * @customfunction DIMENSION
 * @param scores Row of indicator scores.
 * @param indicators Header cells naming the indicator of each score.
 * @param dimension Dimension name, e.g. "智慧基础设施" or "Smart Infrastructure".
 * @param invocation Invocation (cell addresses for messages).
 * @requiresParameterAddresses
 * @returns The dimension score.
 */
export function dimension(
  scores: any[][],
  indicators: any[][],
  dimension: string,
  invocation: CustomFunctions.Invocation
): number {
  const addresses = invocation?.parameterAddresses;
  return unwrap(
    core.dimension(activeFramework(), scores, indicators, dimension, addresses?.[0], addresses?.[1])
  );
}

/**
 * Rank (排名) of a value among values: competition ranking like RANK.EQ by default (1, 2, 2, 4). Text and TRUE/FALSE are skipped; blanks arrive as 0 and are ranked as 0.
 * @customfunction RANK
 * @param value The value to rank.
 * @param values The values to rank among.
 * @param [order] 0 or omitted: highest first; any other number (1): lowest first, as RANK.EQ.
 * @param [method] "competition" (default), "dense" (1, 2, 2, 3) or "ordinal" (tied values: rank of the first).
 * @returns The rank, or #N/A when the value is not among the values.
 */
export function rank(value: number, values: any[][], order?: number, method?: string): number {
  return unwrap(core.rankOne(value, values, order ?? null, method ?? null));
}

/**
 * Ranks (排名) of all values at once, spilled in the shape of the input: far faster than one RANK per cell. Cells holding text or TRUE/FALSE get an empty result.
 * @customfunction RANKS
 * @param values The values to rank (a column or a row).
 * @param [order] 0 or omitted: highest first; any other number (1): lowest first, as RANK.EQ.
 * @param [method] "competition" (default, 1, 2, 2, 4), "dense" (1, 2, 2, 3) or "ordinal" (1, 2, 3, 4, ties in cell order).
 * @returns The ranks, same shape as values.
 */
export function ranks(values: any[][], order?: number, method?: string): any[][] {
  return unwrap(core.rankAll(values, order ?? null, method ?? null));
}

/**
 * Score rate (得分率) = score / weight, as a fraction: format the cell as a percentage. A blank score is 0.
 * @customfunction RATE
 * @param score The score.
 * @param weightOrName A weight, or the name of an indicator, dimension, bonus item or "总分".
 * @returns The score rate.
 */
export function rate(score: number, weightOrName: any): number {
  return unwrap(core.rate(activeFramework(), score, weightOrName));
}

/**
 * Weight (权重, maximum score) of an indicator, dimension or bonus item, or of the total ("总分" / "total"), in the active framework.
 * @customfunction WEIGHT
 * @param name Chinese or English name or id.
 * @returns The weight in points.
 */
export function weight(name: string): number {
  return unwrap(core.weight(activeFramework(), name));
}

/**
 * Quartile deviation (四分位差) as the 2015 report defines it: Q3 − Q1 with QUARTILE.EXC quartiles. Text and TRUE/FALSE are ignored; blanks arrive as 0 and count as 0.
 * @customfunction QD
 * @param values The values (at least 3).
 * @returns Q3 − Q1.
 */
export function qd(values: any[][]): number {
  return unwrap(core.qd(values));
}

/**
 * Region (区域) of a Chinese city from the bundled table: 华东, 华南, 华北, 东北, 华中, 西北 or 西南.
 * @customfunction REGION
 * @param city City name, with or without 市 / 地区 / 自治州.
 * @returns The region, or #N/A for an unknown city.
 */
export function region(city: string): string {
  return unwrap(core.cityField(city, "region"));
}

/**
 * Province (省份) of a Chinese city from the bundled table, e.g. 江苏.
 * @customfunction PROVINCE
 * @param city City name, with or without 市 / 地区 / 自治州.
 * @returns The province, or #N/A for an unknown city.
 */
export function province(city: string): string {
  return unwrap(core.cityField(city, "province"));
}

/**
 * Administrative level (行政级别) of a Chinese city: 直辖市, 计划单列市, 省会 or 地级市.
 * @customfunction LEVEL
 * @param city City name, with or without 市 / 地区 / 自治州.
 * @returns The level, or #N/A for an unknown city.
 */
export function level(city: string): string {
  return unwrap(core.cityField(city, "level"));
}
