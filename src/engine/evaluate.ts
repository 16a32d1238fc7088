import { rank, rankWithinGroups } from "./ranking";
import * as stats from "./statistics";
import type { Bin } from "./statistics";
import type { Dataset, Framework, RankOptions, ValidationIssue } from "./types";

/** A score with its rate (score / weight × 100) and rank among all cities. */
export type ScoreCell = { score: number; rate: number; rank: number };

/**
 * One city's results, the JSON shape of `Evaluation.cities` (`smartcity summarize --json`). Built
 * on demand from `EvaluationColumns`: code that reads every city should read the columns instead.
 */
export type CityResult = {
  city: string;
  region: string | null;
  province: string | null;
  level: string | null;
  total: number;
  rate: number;
  rank: number;
  groupRanks: { region: number | null; province: number | null; level: number | null };
  dimensions: Record<string, ScoreCell>;
  indicators: Record<string, ScoreCell>;
  bonus: number;
  /** Source row, when known. */
  row: number | null;
};

/** One scored series, one entry per city (input order): score, rate (score / weight × 100), rank. */
export type ScoreColumns = { score: number[]; rate: number[]; rank: number[] };

/**
 * The per-city results column by column: every array holds one entry per city in **input order**
 * (index k = `dataset.cities[k]`), and `order` lists those indices sorted by rank (then input
 * order), i.e. `cities[p]` describes city `order[p]`. For city k, `CityResult` field `f` is
 * `columns.f[k]`, `groupRanks.g` is `columns.groupRanks.g[k]`, and `dimensions[name].score` is
 * `columns.dimensions[name].score[k]` (likewise `indicators`). Reading every city through the
 * columns allocates nothing per city, unlike `Evaluation.cities`.
 */
export type EvaluationColumns = {
  /** City indices (input order) sorted by rank, then input order: the order of `cities`. */
  order: Uint32Array;
  city: string[];
  region: (string | null)[];
  province: (string | null)[];
  level: (string | null)[];
  total: number[];
  /** Total / maximum total × 100. */
  rate: number[];
  rank: number[];
  /** Rank within the city's region, province and level group (null outside any group). */
  groupRanks: Record<Grouping, (number | null)[]>;
  /** Keyed by dimension name, in framework order. */
  dimensions: Record<string, ScoreColumns>;
  /** Keyed by indicator name, in framework order. */
  indicators: Record<string, ScoreColumns>;
  /** Sum of the bonus items. */
  bonus: number[];
  /** Source row, when known. */
  row: (number | null)[];
};

export type Statistics = {
  count: number;
  mean: number;
  median: number;
  min: number;
  max: number;
  range: number;
  q1: number;
  q3: number;
  /** Q3 − Q1 with QUARTILE.EXC quartiles (METHOD.md). */
  quartileDeviation: number;
  /** Sample standard deviation (n − 1). */
  stdev: number;
  /** Population standard deviation (n). */
  stdevP: number;
  /** Mean score / weight × 100. */
  rate: number;
};

export type GroupRow = {
  name: string;
  count: number;
  /** Rank of the group by mean total. */
  rank: number;
  mean: Record<string, number>;
  rate: Record<string, number>;
};

export type Grouping = "region" | "province" | "level";

export type Evaluation = {
  framework: {
    name: string;
    nameEn: string;
    maxTotal: number;
    dimensions: {
      id: string;
      name: string;
      nameEn: string;
      weight: number;
      indicators: { id: string; name: string; nameEn: string; weight: number }[];
    }[];
    bonus: { id: string; name: string; nameEn: string; weight: number }[];
  };
  /**
   * Sorted by rank, then input order. An enumerable getter: built from `columns` on first read
   * and cached (2.2 million small objects at 100,000 cities), so it is in `JSON.stringify`.
   */
  cities: CityResult[];
  /**
   * The same per-city results column by column (see `EvaluationColumns`). Non-enumerable: not
   * part of the JSON contract, so `JSON.stringify(evaluation)` is unchanged.
   */
  readonly columns: EvaluationColumns;
  /** Non-enumerable like `columns` (not in the JSON contract). */
  readonly totalsSummary: TotalsSummary;
  /** Keyed by "total", each dimension name, each indicator name and each bonus name. */
  statistics: Record<string, Statistics>;
  groups: Record<Grouping, GroupRow[]>;
  correlations: { labels: string[]; r: number[][]; p: number[][]; n: number };
  distribution: Bin[];
  validation: ValidationIssue[];
  notes: string[];
};

/**
 * `totals`: "reported" (default) ranks on a row's reported total where it agrees with the sum
 * of its scores within rounding (the official figure); "computed" always uses the sum
 * (docs/method.md, "Totals").
 */
export type EvaluateOptions = RankOptions & {
  binWidth?: number;
  totals?: TotalsSource;
};
export type TotalsSource = "reported" | "computed";

/** How the totals were chosen (the About sheet states it; docs/method.md, "Totals"). */
export type TotalsSummary = {
  source: TotalsSource;
  /** Rows whose reported total was used as the official total. */
  reportedUsed: number;
  /** Rows whose reported total differs from the sum of their scores by rounding only. */
  differingByRounding: number;
  /** Rows whose reported total differs beyond rounding (validation warnings). */
  differingBeyondRounding: number;
};

/** The 4 municipalities; the report's province table leaves them out. */
export const MUNICIPALITY_LEVEL = "直辖市";

/** Float sums of 2-decimal scores carry noise (0.1 + 0.2); equal totals must compare equal. */
const clean = (x: number): number => Math.round(x * 1e9) / 1e9;

/**
 * Full evaluation of a dataset (METHOD.md definitions): totals = indicators + bonus; dimension
 * score = sum of its indicators; rate = score / weight × 100 (group rate = mean / weight × 100);
 * competition ranks highest first (options may change order and method); statistics per total,
 * dimension, indicator and bonus; Pearson r and two-sided p between dimension scores; 10-point
 * score distribution; region / province / level groups (provinces without the municipalities).
 * Blank or invalid scores count as 0 (they are listed in `validation`). Cost O(n log n · items).
 */
export function evaluate(dataset: Dataset, options: EvaluateOptions = {}): Evaluation {
  const { framework, cities } = dataset;
  const n = cities.length;
  // Score columns, one array per series (plain loops: this runs over every cell).
  const column = (get: (k: number) => number): number[] => {
    const out = new Array<number>(n);
    for (let k = 0; k < n; k++) out[k] = get(k);
    return out;
  };
  const indicatorScores = framework.indicators.map((_, i) =>
    column((k) => cities[k]?.scores[i] ?? 0)
  );
  const bonusScores = framework.bonus.map((_, b) => column((k) => cities[k]?.bonus[b] ?? 0));
  const dimensionScores = framework.dimensions.map((d) => {
    const members = d.indicators.map(
      (ind) => indicatorScores[framework.indicators.indexOf(ind)] as number[]
    );
    return column((k) => {
      let s = 0;
      for (const m of members) s += m[k] as number;
      return clean(s);
    });
  });
  const totals = column((k) => {
    let s = 0;
    for (const d of dimensionScores) s += d[k] as number;
    for (const b of bonusScores) s += b[k] as number;
    return clean(s);
  });
  // Each series is sorted once, for its ranks and its order statistics.
  const sortedCache = new Map<number[], Float64Array>();
  const ascending = (values: number[]): Float64Array => {
    let a = sortedCache.get(values);
    if (!a) sortedCache.set(values, (a = stats.sortedAscending(values)));
    return a;
  };
  const rankOf = (values: number[]): number[] =>
    rank(values, options, ascending(values)).map((r) => r ?? 0);
  const totalRanks = rankOf(totals);
  const dimensionRanks = dimensionScores.map(rankOf);
  const indicatorRanks = indicatorScores.map(rankOf);
  const groupRanks = (key: Grouping): (number | null)[] =>
    rankWithinGroups(
      totals,
      cities.map((c) => c[key]),
      options
    );
  const byRegion = groupRanks("region");
  const byProvince = groupRanks("province");
  const byLevel = groupRanks("level");
  const rateOf = (values: number[], weight: number): number[] =>
    column((k) => ((values[k] as number) / weight) * 100);
  const scoreColumns = (
    items: { name: string; weight: number }[],
    scores: number[][],
    ranks: number[][]
  ): Record<string, ScoreColumns> =>
    Object.fromEntries(
      items.map((item, j) => {
        const score = scores[j] ?? [];
        return [item.name, { score, rate: rateOf(score, item.weight), rank: ranks[j] ?? [] }];
      })
    );
  const columns: EvaluationColumns = {
    order: orderByRank(totalRanks),
    city: cities.map((c) => c.city),
    region: cities.map((c) => c.region),
    province: cities.map((c) => c.province),
    level: cities.map((c) => c.level),
    total: totals,
    rate: rateOf(totals, framework.maxTotal),
    rank: totalRanks,
    groupRanks: { region: byRegion, province: byProvince, level: byLevel },
    dimensions: scoreColumns(framework.dimensions, dimensionScores, dimensionRanks),
    indicators: scoreColumns(framework.indicators, indicatorScores, indicatorRanks),
    bonus: column((k) => {
      let s = 0;
      for (const b of bonusScores) s += b[k] as number;
      return clean(s);
    }),
    row: cities.map((c) => c.row),
  };

  // Every scored series, keyed by name, with its weight.
  const series: { key: string; weight: number; values: number[] }[] = [
    { key: "total", weight: framework.maxTotal, values: totals },
    ...framework.dimensions.map((d, j) => ({
      key: d.name,
      weight: d.weight,
      values: dimensionScores[j] ?? [],
    })),
    ...framework.indicators.map((ind, i) => ({
      key: ind.name,
      weight: ind.weight,
      values: indicatorScores[i] ?? [],
    })),
    ...framework.bonus.map((b, i) => ({
      key: b.name,
      weight: b.weight,
      values: bonusScores[i] ?? [],
    })),
  ];
  const statistics = Object.fromEntries(
    series.map((s) => [s.key, describe(s.values, s.weight, ascending(s.values))])
  );

  const groups = {
    region: groupTable(
      cities.map((c) => c.region),
      series
    ),
    province: groupTable(
      cities.map((c) => (c.level === MUNICIPALITY_LEVEL ? null : c.province)),
      series
    ),
    level: groupTable(
      cities.map((c) => c.level),
      series
    ),
  };

  const labels = framework.dimensions.map((d) => d.name);
  const r = dimensionScores.map((x) => dimensionScores.map((y) => stats.pearson(x, y)));
  const p = r.map((row) => row.map((v) => stats.pearsonPValue(v, n)));

  let cityResults: CityResult[] | undefined;
  const evaluation = {
    framework: describeFramework(framework),
    // Enumerable (JSON.stringify and the CLI's --json see it), built once when first read.
    get cities(): CityResult[] {
      return (cityResults ??= cityResultsOf(columns));
    },
    set cities(value: CityResult[]) {
      cityResults = value;
    },
    statistics,
    groups,
    correlations: { labels, r, p, n },
    distribution: stats.distribution(totals, options.binWidth ?? 10, framework.maxTotal),
    validation: dataset.issues,
    notes: [
      "Province groups leave out the 4 municipalities (直辖市), as the 2015 report's province table does.",
      "Quartile deviation = Q3 − Q1 with QUARTILE.EXC quartiles; stdev is the sample standard deviation.",
      "Blank or invalid scores count as 0; see validation.",
    ],
  };
  const totalsSummary: TotalsSummary = {
    source: "computed",
    reportedUsed: 0,
    differingByRounding: 0,
    differingBeyondRounding: 0,
  };
  return Object.defineProperties(evaluation, {
    columns: { value: columns, enumerable: false },
    totalsSummary: { value: totalsSummary, enumerable: false },
  }) as Evaluation;
}

/** Indices 0 … n − 1 by rank (ranks are 1 … n), stable: a counting sort, ties keep input order. */
function orderByRank(ranks: number[]): Uint32Array {
  const n = ranks.length;
  const start = new Uint32Array(n + 2);
  for (let k = 0; k < n; k++) {
    const r = Math.min(n, ranks[k] as number);
    start[r + 1] = (start[r + 1] as number) + 1;
  }
  for (let r = 1; r < start.length; r++) start[r] = (start[r] as number) + (start[r - 1] as number);
  const order = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    const r = Math.min(n, ranks[k] as number);
    order[start[r] as number] = k;
    start[r] = (start[r] as number) + 1;
  }
  return order;
}

/** The per-city records of `Evaluation.cities`, in rank order, from the columns. */
function cityResultsOf(columns: EvaluationColumns): CityResult[] {
  const dimensions = Object.entries(columns.dimensions);
  const indicators = Object.entries(columns.indicators);
  // Records of one shape, cloned from a template: V8 copies the shape instead of growing each
  // record key by key.
  const template = (series: [string, ScoreColumns][]): Record<string, ScoreCell> =>
    Object.fromEntries(series.map(([name]) => [name, { score: 0, rate: 0, rank: 0 }]));
  const dimensionTemplate = template(dimensions);
  const indicatorTemplate = template(indicators);
  const cell = (s: ScoreColumns, k: number): ScoreCell => ({
    score: s.score[k] as number,
    rate: s.rate[k] as number,
    rank: s.rank[k] as number,
  });
  return Array.from(columns.order, (k): CityResult => {
    const d: Record<string, ScoreCell> = { ...dimensionTemplate };
    for (const [name, s] of dimensions) d[name] = cell(s, k);
    const i: Record<string, ScoreCell> = { ...indicatorTemplate };
    for (const [name, s] of indicators) i[name] = cell(s, k);
    return {
      city: columns.city[k] as string,
      region: columns.region[k] ?? null,
      province: columns.province[k] ?? null,
      level: columns.level[k] ?? null,
      total: columns.total[k] as number,
      rate: columns.rate[k] as number,
      rank: columns.rank[k] as number,
      groupRanks: {
        region: columns.groupRanks.region[k] ?? null,
        province: columns.groupRanks.province[k] ?? null,
        level: columns.groupRanks.level[k] ?? null,
      },
      dimensions: d,
      indicators: i,
      bonus: columns.bonus[k] as number,
      row: columns.row[k] ?? null,
    };
  });
}

function describe(values: number[], weight: number, ascending: Float64Array): Statistics {
  const q1 = stats.quantileSorted(ascending, 0.25, "exclusive");
  const q3 = stats.quantileSorted(ascending, 0.75, "exclusive");
  const lo = ascending.length ? (ascending[0] as number) : NaN;
  const hi = ascending.length ? (ascending[ascending.length - 1] as number) : NaN;
  const m = stats.mean(values);
  return {
    count: values.length,
    mean: m,
    median: stats.quantileSorted(ascending, 0.5, "inclusive"),
    min: lo,
    max: hi,
    range: clean(hi - lo),
    q1,
    q3,
    quartileDeviation: clean(q3 - q1),
    stdev: stats.stdevSample(values),
    stdevP: stats.stdevPopulation(values),
    rate: (m / weight) * 100,
  };
}

/** Count, mean and rate of every series per group, groups ordered by mean total (best first). */
function groupTable(
  keys: (string | null)[],
  series: { key: string; weight: number; values: number[] }[]
): GroupRow[] {
  const members = new Map<string, number[]>();
  keys.forEach((key, k) => {
    if (key === null) return;
    const list = members.get(key);
    if (list) list.push(k);
    else members.set(key, [k]);
  });
  const rows = [...members.entries()].map(([name, list]) => {
    const mean: Record<string, number> = {};
    const rate: Record<string, number> = {};
    for (const s of series) {
      let total = 0;
      for (const k of list) total += s.values[k] ?? 0;
      const m = total / list.length;
      mean[s.key] = m;
      rate[s.key] = (m / s.weight) * 100;
    }
    return { name, count: list.length, rank: 0, mean, rate };
  });
  const ranks = rank(rows.map((g) => g.mean.total ?? 0));
  rows.forEach((g, i) => (g.rank = ranks[i] ?? 0));
  return rows.sort((a, b) => a.rank - b.rank);
}

function describeFramework(f: Framework): Evaluation["framework"] {
  const item = (x: { id: string; name: string; nameEn: string; weight: number }) => ({
    id: x.id,
    name: x.name,
    nameEn: x.nameEn,
    weight: x.weight,
  });
  return {
    name: f.name,
    nameEn: f.nameEn,
    maxTotal: f.maxTotal,
    dimensions: f.dimensions.map((d) => ({ ...item(d), indicators: d.indicators.map(item) })),
    bonus: f.bonus.map(item),
  };
}
