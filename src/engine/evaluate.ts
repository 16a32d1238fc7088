import {
  correlations as correlationsOf,
  defaultBinWidth,
  describe,
  GroupSums,
  notesOf,
  plainRecord,
  type Series,
} from "./describe";
import type {
  CityResult,
  EvaluateOptions,
  Evaluation,
  EvaluationColumns,
  GroupRow,
  ScoreCell,
  ScoreColumns,
  Statistics,
} from "./evaluation-types";
import { engineMessages } from "./messages/engine";
import { inputColumns, sumColumns } from "./input-columns";
import { internGroups, ranksFromOrder, sortScratch, sortSeries, type GroupIds } from "./series";
import * as stats from "./statistics";
import { chooseTotals } from "./totals";
import type { Dataset, Framework } from "./types";
import { datasetColumns } from "./dataset";

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
  const { framework } = dataset;
  // Typed columns, one per series, in input order (docs/adr/0013-typed-evaluation.md).
  const data = datasetColumns(dataset);
  const n = data.city.length;
  const input = inputColumns(data);
  const indicatorScores = input.indicators;
  const bonusScores = input.bonus;
  const dimensionScores = framework.dimensions.map((d) =>
    sumColumns(
      d.indicators.map((ind) => indicatorScores[framework.indicators.indexOf(ind)] as Float64Array),
      n
    )
  );
  const sums = sumColumns([...dimensionScores, ...bonusScores], n);
  const { totals, summary: totalsSummary } = chooseTotals(
    input.reported,
    input.cells,
    sums,
    options.totals
  );

  // Every scored series, keyed by name, with its weight.
  const series: Series[] = [
    { key: "total", weight: framework.maxTotal, values: totals },
    ...framework.dimensions.map((d, j) => ({
      key: d.name,
      weight: d.weight,
      values: dimensionScores[j] as Float64Array,
    })),
    ...framework.indicators.map((ind, i) => ({
      key: ind.name,
      weight: ind.weight,
      values: indicatorScores[i] as Float64Array,
    })),
    ...framework.bonus.map((b, i) => ({
      key: b.name,
      weight: b.weight,
      values: bonusScores[i] as Float64Array,
    })),
  ];
  const region = internGroups(data.region);
  const province = internGroups(data.province);
  const level = internGroups(data.level);
  // The report's province table leaves out the municipalities.
  const groupSums = new GroupSums(
    [region, withoutMunicipalities(province, data.level), level],
    series.length
  );
  // Each series is sorted once, for its statistics, group sums and (total, dimensions,
  // indicators) its ranks and rates.
  const statistics = plainRecord<Statistics>();
  const ranked = new Map<Float64Array, { rank: Int32Array; rate: Float64Array }>();
  let totalOrder: Uint32Array = new Uint32Array(0);
  const scratch = sortScratch(n);
  const rankedSeries = 1 + dimensionScores.length + indicatorScores.length;
  series.forEach((s, j) => {
    // One shape of extras for every series (V8 keeps sortSeries monomorphic).
    const sorted = sortSeries(s.values, options, scratch, {
      ranks: j < rankedSeries,
      rateWeight: j < rankedSeries ? s.weight : undefined,
      groups: groupSums.slots,
    });
    groupSums.keep(j);
    statistics[s.key] = describe(sorted, n, s.weight);
    if (j === 0) totalOrder = sorted.order();
    if (j < rankedSeries)
      ranked.set(s.values, { rank: sorted.ranks, rate: sorted.rate as Float64Array });
  });
  const rankedOf = (values: Float64Array) =>
    ranked.get(values) as { rank: Int32Array; rate: Float64Array };
  const groupRanks = (keys: GroupIds): (number | null)[] =>
    rankOrNull(ranksFromOrder(totals, totalOrder, options, keys));
  const scoreColumns = (
    items: { name: string; weight: number }[],
    scores: Float64Array[]
  ): Record<string, ScoreColumns> => {
    const out = plainRecord<ScoreColumns>();
    items.forEach((item, j) => {
      const score = scores[j] as Float64Array;
      out[item.name] = { score, ...rankedOf(score) };
    });
    return out;
  };
  const total = rankedOf(totals);
  const columns: EvaluationColumns = {
    order: orderByRank(totalOrder, totals, options),
    city: data.city,
    region: data.region,
    province: data.province,
    level: data.level,
    total: totals,
    rate: total.rate,
    rank: total.rank,
    groupRanks: {
      region: groupRanks(region),
      province: groupRanks(province),
      level: groupRanks(level),
    },
    dimensions: scoreColumns(framework.dimensions, dimensionScores),
    indicators: scoreColumns(framework.indicators, indicatorScores),
    bonus: sumColumns(bonusScores, n),
    row: data.row,
  };
  const [regionRows, provinceRows, levelRows] = groupSums.rows(series);
  const groups = {
    region: regionRows as GroupRow[],
    province: provinceRows as GroupRow[],
    level: levelRows as GroupRow[],
  };

  const labels = framework.dimensions.map((d) => d.name);
  const { r, p, undefinedPairs } = correlationsOf(dimensionScores, n);
  const noteRefs = notesOf(n, undefinedPairs, totalsSummary, input.anyReported);
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

/** The province groups with the municipalities' cities in no group (the report's province table). */
function withoutMunicipalities(province: GroupIds, level: (string | null)[]): GroupIds {
  const id = province.id.slice();
  for (let k = 0; k < id.length; k++) if (level[k] === MUNICIPALITY_LEVEL) id[k] = -1;
  // Renumbered in order of first appearance among the cities left, as interning them would.
  const renumbered = new Int32Array(province.names.length).fill(-1);
  const names: string[] = [];
  for (let k = 0; k < id.length; k++) {
    const g = id[k] as number;
    if (g < 0) continue;
    if (renumbered[g] === -1) {
      renumbered[g] = names.length;
      names.push(province.names[g] as string);
    }
    id[k] = renumbered[g] as number;
  }
  return { id, names };
}

/** Ranks as numbers, null where 0 (no group). */
function rankOrNull(ranks: Int32Array): (number | null)[] {
  const out = new Array<number | null>(ranks.length);
  for (let k = 0; k < ranks.length; k++) out[k] = ranks[k] === 0 ? null : (ranks[k] as number);
  return out;
}

/**
 * City indices by rank, ties in input order, from the totals' ascending order (ties in input
 * order): that order when ranks ascend with the total, else its runs of equal totals from the
 * highest down, each run in input order. Totals are finite, so every city has a rank.
 */
function orderByRank(
  ascending: Uint32Array,
  totals: Float64Array,
  options: EvaluateOptions
): Uint32Array {
  if (options.order === "ascending") return ascending;
  const order = new Uint32Array(ascending.length);
  let q = 0;
  for (let p = ascending.length - 1; p >= 0;) {
    const v = totals[ascending[p] as number];
    let first = p;
    while (first > 0 && totals[ascending[first - 1] as number] === v) first--;
    for (let i = first; i <= p; i++) order[q++] = ascending[i] as number;
    p = first - 1;
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
