/**
 * The shapes of an evaluation (the JSON contract of `smartcity summarize --json`, README) and its
 * options. evaluate.ts re-exports them.
 */
import type { NoteRef } from "./messages/engine";
import type { Bin } from "./statistics";
import type { RankOptions, ValidationIssue } from "./types";

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
export type ScoreColumns = { score: Float64Array; rate: Float64Array; rank: Int32Array };

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
  total: Float64Array;
  /** Total / maximum total × 100. */
  rate: Float64Array;
  rank: Int32Array;
  /** Rank within the city's region, province and level group (null outside any group). */
  groupRanks: Record<Grouping, (number | null)[]>;
  /** Keyed by dimension name, in framework order. */
  dimensions: Record<string, ScoreColumns>;
  /** Keyed by indicator name, in framework order. */
  indicators: Record<string, ScoreColumns>;
  /** Sum of the bonus items. */
  bonus: Float64Array;
  /** Source row, when known. */
  row: (number | null)[];
};

/**
 * Descriptive statistics of one series. A statistic the data do not define is null (JSON has no
 * NaN), never NaN (docs/method.md, "Quartiles and spread"): every field but `count` is null for
 * no cities; `q1`, `q3` and `quartileDeviation` need 3 cities (QUARTILE.EXC); `stdev` needs 2.
 */
export type Statistics = {
  count: number;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  range: number | null;
  q1: number | null;
  q3: number | null;
  /** Q3 − Q1 with QUARTILE.EXC quartiles (docs/method.md, "Quartiles and spread"). */
  quartileDeviation: number | null;
  /** Sample standard deviation (n − 1). */
  stdev: number | null;
  /** Population standard deviation (n). */
  stdevP: number | null;
  /** Mean score / weight × 100. */
  rate: number | null;
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
  /**
   * Pearson r and two-sided p between dimension scores; null where undefined (a dimension whose
   * scores do not vary, fewer than 2 cities for r or 3 for p).
   */
  correlations: { labels: string[]; r: (number | null)[][]; p: (number | null)[][]; n: number };
  distribution: Bin[];
  validation: ValidationIssue[];
  /** Method notes in English (the JSON contract); `noteRefs` holds them as catalogue entries. */
  notes: string[];
  /** The notes as catalogue codes and arguments, for either language (`noteText`). Non-enumerable. */
  readonly noteRefs: NoteRef[];
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
