/** What every sheet builder needs: the evaluation, display names in the chosen language, helpers. */
import type { CityResult, Evaluation } from "../engine/evaluate";
import type { Dataset } from "../engine/types";
import { strings, type Strings } from "./strings";
import type { Language } from "./types";

export type NamedItem = { id: string; name: string; label: string; weight: number };
export type DimensionItem = NamedItem & { indicators: NamedItem[] };

export type Context = {
  evaluation: Evaluation;
  dataset: Dataset;
  language: Language;
  s: Strings;
  /** Framework name in the chosen language. */
  frameworkLabel: string;
  dimensions: DimensionItem[];
  /** All indicators in framework order, with their dimension. */
  indicators: (NamedItem & { dimension: DimensionItem })[];
  /** Header of the bonus column, or null when the framework has no bonus item. */
  bonusHeader: string | null;
  /** Display name of every sheet, by key. */
  sheetNames: Record<string, string>;
  /** Display label of a dimension given by its (framework-language) name. */
  labelOf(name: string): string;
};

export function createContext(evaluation: Evaluation, dataset: Dataset, language: Language, sheetNames: Record<string, string>): Context {
  const label = (x: { name: string; nameEn: string }): string => (language === "en" && x.nameEn ? x.nameEn : x.name);
  const dimensions: DimensionItem[] = evaluation.framework.dimensions.map((d) => ({
    id: d.id,
    name: d.name,
    label: label(d),
    weight: d.weight,
    indicators: d.indicators.map((i) => ({ id: i.id, name: i.name, label: label(i), weight: i.weight })),
  }));
  const labels = new Map<string, string>(dimensions.map((d) => [d.name, d.label]));
  const s = strings(language);
  const bonus = evaluation.framework.bonus;
  const onlyBonus = bonus.length === 1 ? bonus[0] : undefined;
  return {
    evaluation,
    dataset,
    language,
    s,
    frameworkLabel: label(evaluation.framework),
    dimensions,
    indicators: dimensions.flatMap((d) => d.indicators.map((i) => ({ ...i, dimension: d }))),
    bonusHeader: bonus.length === 0 ? null : onlyBonus ? label(onlyBonus) : s.col.bonus,
    sheetNames,
    labelOf: (name) => labels.get(name) ?? name,
  };
}

/** Engine rates are percentages (80.2); cells hold fractions (0.802) shown with "0.00%". */
export const fraction = (percent: number): number => percent / 100;

/**
 * Items ordered by an integer rank (1 = best), stable for equal ranks. Counting sort: O(n + max
 * rank), so 100,000 cities per dimension and indicator stay linear.
 */
export function sortByRank<T>(items: readonly T[], rankOf: (item: T) => number): T[] {
  let maxRank = 0;
  for (const item of items) maxRank = Math.max(maxRank, rankOf(item));
  const buckets: T[][] = Array.from({ length: maxRank + 1 }, () => []);
  for (const item of items) buckets[Math.max(0, rankOf(item))]?.push(item);
  return buckets.flat();
}

/** Top and bottom `k` cities of the overall ranking, in rank order. */
export function topAndBottom(cities: readonly CityResult[], k = 10): { top: CityResult[]; bottom: CityResult[] } {
  return { top: cities.slice(0, k), bottom: cities.slice(Math.max(0, cities.length - k)) };
}
