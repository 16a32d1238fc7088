/** What every sheet builder needs: the evaluation, display names in the chosen language, helpers. */
import type { Evaluation, EvaluationColumns, ScoreColumns } from "../engine/evaluate";
import type { Dataset } from "../engine/types";
import { placeNames, type PlaceNames } from "./places";
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
  /**
   * The per-city results column by column (`evaluation.columns`, input order; `columns.order`
   * is the overall ranking). Builders read these, never `evaluation.cities`, which would build
   * one object per city and score (millions at 100,000 cities).
   */
  columns: EvaluationColumns;
  /** City, region, province and level names in the layout's language. */
  places: PlaceNames;
  /** Per-city names in the layout's language (input order, like `columns`). */
  names: {
    city: string[];
    region: (string | null)[];
    province: (string | null)[];
    level: (string | null)[];
  };
  /** Name of a group (region, province or level) in the layout's language. */
  groupLabel(grouping: "region" | "province" | "level", name: string): string;
  /** True for the bundled 2015 appendix (shows the reconciliation with the report). */
  bundled2015: boolean;
  /** Score columns of each dimension, in `dimensions` order. */
  dimensionColumns: ScoreColumns[];
  /** Score columns of each indicator, in `indicators` order. */
  indicatorColumns: ScoreColumns[];
};

export function createContext(
  evaluation: Evaluation,
  dataset: Dataset,
  language: Language,
  sheetNames: Record<string, string>,
  bundled2015 = false
): Context {
  const label = (x: { name: string; nameEn: string }): string =>
    language === "en" && x.nameEn ? x.nameEn : x.name;
  const dimensions: DimensionItem[] = evaluation.framework.dimensions.map((d) => ({
    id: d.id,
    name: d.name,
    label: label(d),
    weight: d.weight,
    indicators: d.indicators.map((i) => ({
      id: i.id,
      name: i.name,
      label: label(i),
      weight: i.weight,
    })),
  }));
  const labels = new Map<string, string>(dimensions.map((d) => [d.name, d.label]));
  const s = strings(language);
  const bonus = evaluation.framework.bonus;
  const onlyBonus = bonus.length === 1 ? bonus[0] : undefined;
  const columns = evaluation.columns;
  const places = placeNames(language);
  return {
    evaluation,
    dataset,
    language,
    s,
    frameworkLabel: label(evaluation.framework),
    dimensions,
    indicators: dimensions.flatMap((d) => d.indicators.map((i) => ({ ...i, dimension: d }))),
    // A long bonus name (the 2015 English one has 64 characters) would make a tall header.
    bonusHeader:
      bonus.length === 0
        ? null
        : onlyBonus && label(onlyBonus).length <= MAX_BONUS_HEADER
          ? label(onlyBonus)
          : s.col.bonus,
    sheetNames,
    labelOf: (name) => labels.get(name) ?? name,
    columns,
    places,
    names: {
      city: places.column("city", columns.city),
      region: places.column("region", columns.region),
      province: places.column("province", columns.province),
      level: places.column("level", columns.level),
    },
    groupLabel: (grouping, name) => places.name(grouping, name),
    bundled2015,
    dimensionColumns: dimensions.map((d) => seriesOf(columns.dimensions, d.name)),
    indicatorColumns: dimensions.flatMap((d) =>
      d.indicators.map((i) => seriesOf(columns.indicators, i.name))
    ),
  };
}

const MAX_BONUS_HEADER = 24;

const seriesOf = (record: Record<string, ScoreColumns>, name: string): ScoreColumns =>
  record[name] ?? {
    score: new Float64Array(0),
    rate: new Float64Array(0),
    rank: new Int32Array(0),
  };

/** Engine rates are percentages (80.2); cells hold fractions (0.802) shown with "0.00%". */
export const fraction = (percent: number): number => percent / 100;

/**
 * Positions p = 0 … n − 1 of `order` (the overall ranking) ordered by the rank of city
 * `order[p]` in `rank` (1 = best), stable for equal ranks; a missing rank counts as 0. Counting
 * sort: O(n + max rank), so 100,000 cities per dimension and indicator stay linear.
 */
export function orderByRank(order: ArrayLike<number>, rank: ArrayLike<number>): Int32Array {
  const n = order.length;
  const ranks = new Int32Array(n);
  let maxRank = 0;
  for (let k = 0; k < n; k++) {
    const r = Math.max(0, Math.floor(rank[order[k] as number] ?? 0));
    ranks[k] = r;
    if (r > maxRank) maxRank = r;
  }
  // Start of each rank in the output: prefix sums of the counts.
  const start = new Int32Array(maxRank + 2);
  for (let k = 0; k < n; k++) {
    const next = (ranks[k] ?? 0) + 1;
    start[next] = (start[next] ?? 0) + 1;
  }
  for (let r = 1; r < start.length; r++) start[r] = (start[r] ?? 0) + (start[r - 1] ?? 0);
  const sorted = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const r = ranks[k] ?? 0;
    const at = start[r] ?? 0;
    sorted[at] = k;
    start[r] = at + 1;
  }
  return sorted;
}

/**
 * City indices ordered by `rank` (ties in the overall order): `order[p]` for the positions p of
 * `orderByRank`, mapped in place, so a table's row i reads its city without a second lookup.
 */
export function citiesByRank(order: ArrayLike<number>, rank: ArrayLike<number>): Int32Array {
  const cities = orderByRank(order, rank);
  for (let i = 0; i < cities.length; i++) cities[i] = order[cities[i] as number] as number;
  return cities;
}

/** Top and bottom `k` cities of the overall ranking (city indices of `columns`), in rank order. */
export function topAndBottom(
  order: Uint32Array,
  k = 10
): { top: Uint32Array; bottom: Uint32Array } {
  return { top: order.subarray(0, k), bottom: order.subarray(Math.max(0, order.length - k)) };
}
