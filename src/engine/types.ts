/**
 * Shared types of the pure engine. Everything here is plain data: it can be serialised to JSON,
 * sent to a worker, written by the command line or rendered by the layout module.
 */

/** One scored item of a framework: a leaf indicator or a bonus item. */
export type ScoredItem = {
  /** Stable identifier, e.g. "infra.network". */
  id: string;
  /** Name in the framework's own language (Chinese for 2015); unique across the framework. */
  name: string;
  /** English name. */
  nameEn: string;
  /** Maximum score (the weight); score rate = score / weight. */
  weight: number;
  /** Extra header spellings that identify the item's column. */
  aliases: string[];
};

export type Indicator = ScoredItem & { dimensionId: string };

export type Dimension = ScoredItem & { indicators: Indicator[] };

export type BonusItem = ScoredItem;

/** A validated framework: a tree of dimensions and indicators plus bonus items. */
export type Framework = {
  name: string;
  nameEn: string;
  /** Language of `name` fields; decides the default language of generated summaries. */
  language: "zh" | "en";
  /** Maximum total = sum of dimension weights + bonus weights (105 in 2015). */
  maxTotal: number;
  dimensions: Dimension[];
  bonus: BonusItem[];
  /** All indicators in framework order (dimension by dimension). */
  indicators: Indicator[];
};

export type Severity = "error" | "warning" | "info";

/** A problem found in input data. Never thrown: collected and shown to the user. */
export type ValidationIssue = {
  severity: Severity;
  /** Machine-readable kind, e.g. "text-score", "above-weight". */
  code: string;
  city: string | null;
  /** Indicator (or bonus / total) name, in the framework's language. */
  indicator: string | null;
  /** 1-based row of the source sheet or file, when known. */
  row: number | null;
  /** Column letters of the source sheet (e.g. "C"), when known. */
  column: string | null;
  /** "Sheet!C5" style address, when known. */
  cell: string | null;
  /** English rendering of the catalogue entry `code` (the JSON contract); see `issueText`. */
  message: string;
  /**
   * The catalogue entry's arguments (src/engine/messages/validation.ts, keyed by `code`), so
   * other layers render the issue in Chinese with `issueText(issue, "zh")`. Plain JSON data.
   */
  params: Record<string, unknown>;
};

/** Administrative metadata of a city, used for grouping. */
export type CityMeta = {
  region: string | null;
  province: string | null;
  level: string | null;
};

/** One city's input row. Scores are numbers, or null where the cell was blank or invalid. */
export type CityRecord = CityMeta & {
  city: string;
  /** Indicator scores in `framework.indicators` order. */
  scores: (number | null)[];
  /** Bonus scores in `framework.bonus` order. */
  bonus: (number | null)[];
  /** Total printed in the source, if a total column was mapped. */
  reportedTotal: number | null;
  /** 1-based source row, when read from a sheet or file. */
  row: number | null;
};

/** Cities × indicator scores, read from one table. */
export type Dataset = {
  framework: Framework;
  cities: CityRecord[];
  /** Problems met while reading (merged into the evaluation's validation list). */
  issues: ValidationIssue[];
  /** Where the data came from, for messages ("Sheet1", "scores.csv"). */
  source: string;
};

export type RankOrder = "descending" | "ascending";
/** competition: 1,2,2,4 (RANK.EQ); dense: 1,2,2,3; ordinal: 1,2,3,4 (ties by input order). */
export type RankMethod = "competition" | "dense" | "ordinal";

export type RankOptions = { order?: RankOrder; method?: RankMethod };
