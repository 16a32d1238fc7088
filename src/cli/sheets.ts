/**
 * `--sheets`: which summary sheets the workbook gets. A comma-separated list of sheet keys
 * ("overall", "dimension.infra", "indicators"…) or sheet names in either language ("Overall
 * ranking", "总排名"), ignoring case; "dimensions" stands for every dimension sheet. An item
 * starting with "-" leaves that sheet out: "-indicators" alone means every sheet but the
 * indicator rankings; "overall,statistics" means just those two.
 */
import type { Dataset } from "../engine/types";
import { summarySheetEntries } from "../layout/summary";

export type SheetChoice =
  | { ok: true; keys: string[] }
  | { ok: false; problem: "unknown"; sheet: string; known: string[] }
  | { ok: false; problem: "none" };

const DIMENSIONS = "dimensions";
const normal = (text: string): string => text.trim().toLowerCase();

/** Resolves a `--sheets` value against the sheets a summary of `dataset` has. */
export function chooseSummarySheets(
  spec: string,
  dataset: Dataset,
  source: boolean,
  scenario = false
): SheetChoice {
  const zh = summarySheetEntries(dataset, "zh", source, scenario);
  const en = summarySheetEntries(dataset, "en", source, scenario);
  const keys = zh.map((e) => e.key);
  const byName = new Map<string, string[]>();
  const add = (name: string, key: string): void => {
    const list = byName.get(normal(name)) ?? [];
    byName.set(normal(name), [...list, key]);
  };
  zh.forEach((e, i) => {
    add(e.key, e.key);
    add(e.name, e.key);
    add(en[i]?.name ?? e.key, e.key);
    if (e.key.startsWith("dimension.")) add(DIMENSIONS, e.key);
  });
  const include = new Set<string>();
  const exclude = new Set<string>();
  let anyInclude = false;
  for (const raw of spec.split(",")) {
    const item = raw.trim();
    if (item === "") continue;
    const leaveOut = item.startsWith("-");
    const name = leaveOut ? item.slice(1) : item;
    const found = byName.get(normal(name));
    if (!found) return { ok: false, problem: "unknown", sheet: name, known: keyList(keys) };
    if (!leaveOut) anyInclude = true;
    for (const key of found) (leaveOut ? exclude : include).add(key);
  }
  const chosen = keys.filter((k) => (anyInclude ? include.has(k) : true) && !exclude.has(k));
  return chosen.length > 0 ? { ok: true, keys: chosen } : { ok: false, problem: "none" };
}

/** The keys to suggest: dimension sheets summed up as "dimensions" plus their own keys. */
function keyList(keys: readonly string[]): string[] {
  const hasDimensions = keys.some((k) => k.startsWith("dimension."));
  return hasDimensions ? [...keys, DIMENSIONS] : [...keys];
}
