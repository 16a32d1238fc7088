/**
 * The optional weights range of SMARTCITY.TOTAL: one cell per header cell, each the scenario
 * weight of the item its header names. By the rescaling rule (docs/method.md, "What-if weights")
 * an indicator keeps its score rate, so a score's points become score × new weight / framework
 * weight and the total is the sum of those points (a computed total).
 */
import { parseScore, type Cell } from "../engine/table";
import type { ScoredItem } from "../engine/types";
import { describeCell, fail, flat, type FnResult } from "./results";

/**
 * The factor (new weight / framework weight) of each score cell, in cell order. `items` are the
 * items the headers name (one per score cell); `where` names a cell of the weights range.
 * Every weight must be a positive number: a blank cell arrives as 0 in Excel and is refused, so
 * an item is never dropped or kept at its framework weight by accident. O(cells).
 */
export function scenarioScales(
  items: readonly ScoredItem[],
  weights: Cell[][],
  where: (r: number, c: number) => string
): FnResult<number[]> {
  const cells = flat(weights);
  if (cells.length !== items.length)
    return fail("invalidValue", "weightsCount", { weights: cells.length, headers: items.length });
  const scales: number[] = [];
  for (let k = 0; k < cells.length; k++) {
    const { value, r, c } = cells[k] as (typeof cells)[number];
    const item = items[k] as ScoredItem;
    const parsed = typeof value === "boolean" ? null : parseScore(value);
    if (parsed === null || parsed.kind === "text" || parsed.kind === "error")
      return fail("invalidValue", "weightNotANumber", {
        where: where(r, c),
        item: item.name,
        found: describeCell(value),
      });
    const weight = parsed.kind === "number" ? parsed.value : 0;
    if (!(weight > 0) || !Number.isFinite(weight))
      return fail("invalidNumber", "scenarioWeightNotPositive", {
        where: where(r, c),
        item: item.name,
        value: weight,
      });
    scales.push(weight / item.weight);
  }
  return scales;
}
