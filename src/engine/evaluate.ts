import {
  clean,
  correlations as correlationsOf,
  defaultBinWidth,
  describe,
  groupTable,
  notesOf,
  plainRecord,
} from "./describe";
import type {
  CityResult,
  EvaluateOptions,
  Evaluation,
  EvaluationColumns,
  Grouping,
  ScoreCell,
  ScoreColumns,
  Statistics,
} from "./evaluation-types";
import { engineMessages } from "./messages/engine";
import { rank, rankWithinGroups } from "./ranking";
import * as stats from "./statistics";
import { chooseTotals } from "./totals";
import type { Dataset, Framework } from "./types";

export type * from "./evaluation-types";

/** The 4 municipalities; the report's province table leaves them out. */
export const MUNICIPALITY_LEVEL = "直辖市";

/**
 * Full evaluation of a dataset (METHOD.md definitions): totals = indicators + bonus; dimension
 * score = sum of its indicators; rate = score / weight × 100 (group rate = mean / weight × 100);
 * competition ranks highest first (options may change order and method); statistics per total,
 * dimension, indicator and bonus; Pearson r and two-sided p between dimension scores; 10-point
 * score distribution; region / province / level groups (provinces without the municipalities).
 * Blank or invalid scores count as 0 (they are listed in `validation`). A city's total is its
 * reported total where that agrees with the sum within rounding, unless `totals: "computed"`
 * (docs/method.md, "Totals"). Every number is finite or null. Cost O(n log n · items).
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
  const sums = column((k) => {
    let s = 0;
    for (const d of dimensionScores) s += d[k] as number;
    for (const b of bonusScores) s += b[k] as number;
    return clean(s);
  });
  const { totals, summary: totalsSummary } = chooseTotals(cities, sums, options.totals);
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
  ): Record<string, ScoreColumns> => {
    const out = plainRecord<ScoreColumns>();
    items.forEach((item, j) => {
      const score = scores[j] ?? [];
      out[item.name] = { score, rate: rateOf(score, item.weight), rank: ranks[j] ?? [] };
    });
    return out;
  };
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
  const statistics = plainRecord<Statistics>();
  for (const s of series) statistics[s.key] = describe(s.values, s.weight, ascending(s.values));

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
  const { r, p, undefinedPairs } = correlationsOf(dimensionScores, n);
  const noteRefs = notesOf(n, undefinedPairs, totalsSummary, cities);

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
    distribution: stats.distribution(
      totals,
      options.binWidth ?? defaultBinWidth(framework.maxTotal),
      framework.maxTotal
    ),
    validation: dataset.issues,
    notes: noteRefs.map((note) =>
      (engineMessages[note.code].en as (a: unknown) => string)(note.params)
    ),
  };
  return Object.defineProperties(evaluation, {
    columns: { value: columns, enumerable: false },
    totalsSummary: { value: totalsSummary, enumerable: false },
    noteRefs: { value: noteRefs, enumerable: false },
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
