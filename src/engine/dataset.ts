/**
 * Columnar datasets (docs/adr/0013-typed-evaluation.md): reading a table stores its scores as one
 * Float64Array per item and its names as arrays, with no object per city. `Dataset.cities`, the
 * per-city view other layers read, is built from the columns on first read; from then on the
 * records are the dataset's data (a caller may edit them) and the columns are dropped, so the
 * two never disagree. `datasetColumns` gives `evaluate` the columns of any dataset.
 */
import type { CityRecord, Dataset, Framework, ValidationIssue } from "./types";

/** A dataset's input, column by column; index k is city k (input order). */
export type DatasetColumns = {
  city: string[];
  region: (string | null)[];
  province: (string | null)[];
  level: (string | null)[];
  /** Score of each indicator (framework order) per city; 0 where blank, invalid or unmapped. */
  indicators: Float64Array[];
  /** Score of each bonus item per city; 0 where blank, invalid or unmapped. */
  bonus: Float64Array[];
  /**
   * 1 where a score is blank, invalid or unmapped (the record holds null), at k × items + i for
   * item i of the indicators then the bonus items (items = their number).
   */
  noScore: Uint8Array;
  /** Number of scores (indicators and bonus) per city: the cells its total sums. */
  cells: Int32Array;
  /** Reported total per city, NaN where none. */
  reported: Float64Array;
  /** 1-based source row per city (null when unknown). */
  row: (number | null)[];
};

const stored = new WeakMap<Dataset, DatasetColumns>();

function recordsOf(columns: DatasetColumns): CityRecord[] {
  const { city, indicators, bonus, reported, noScore } = columns;
  const items = indicators.length + bonus.length;
  const scoresOf = (k: number, from: number) => (c: Float64Array, i: number) =>
    noScore[k * items + from + i] ? null : (c[k] as number);
  return Array.from(city, (name, k) => ({
    city: name,
    scores: indicators.map(scoresOf(k, 0)),
    bonus: bonus.map(scoresOf(k, indicators.length)),
    reportedTotal: reported[k] === reported[k] ? (reported[k] as number) : null,
    region: columns.region[k] ?? null,
    province: columns.province[k] ?? null,
    level: columns.level[k] ?? null,
    row: columns.row[k] ?? null,
  }));
}

/**
 * A dataset over `columns`. `cities` is an enumerable accessor, so JSON, spreads and structured
 * clones see the records (and build them); `extra` fields (e.g. the column mapping) are copied on.
 */
export function columnarDataset<X extends object>(
  framework: Framework,
  columns: DatasetColumns,
  issues: ValidationIssue[],
  source: string,
  extra: X
): Dataset & X {
  let cities: CityRecord[] | undefined;
  const dataset = {
    framework,
    get cities(): CityRecord[] {
      if (!cities) {
        cities = recordsOf(columns);
        stored.delete(dataset);
      }
      return cities;
    },
    set cities(value: CityRecord[]) {
      cities = value;
      stored.delete(dataset);
    },
    issues,
    source,
    ...extra,
  };
  stored.set(dataset, columns);
  return dataset;
}

/** The number of cities, without building the per-city records of a columnar dataset. */
export function cityCount(dataset: Dataset): number {
  return stored.get(dataset)?.city.length ?? dataset.cities.length;
}

/** Columns for `n` cities of `framework`, zero-filled (reported totals NaN: none). */
export function emptyColumns(framework: Framework, n: number): DatasetColumns {
  const column = (): Float64Array => new Float64Array(n);
  return {
    city: new Array<string>(n),
    region: new Array<string | null>(n),
    province: new Array<string | null>(n),
    level: new Array<string | null>(n),
    indicators: framework.indicators.map(column),
    bonus: framework.bonus.map(column),
    noScore: new Uint8Array(n * (framework.indicators.length + framework.bonus.length)),
    cells: new Int32Array(n),
    reported: new Float64Array(n).fill(NaN),
    row: new Array<number | null>(n),
  };
}

/** The columns of a dataset: its own while its records were never read, else built from them. */
export function datasetColumns(dataset: Dataset): DatasetColumns {
  const own = stored.get(dataset);
  if (own) return own;
  const { framework, cities } = dataset;
  const n = cities.length;
  const items = framework.indicators.length + framework.bonus.length;
  const columns = emptyColumns(framework, n);
  for (let k = 0; k < n; k++) {
    const c = cities[k] as CityRecord;
    columns.city[k] = c.city;
    columns.region[k] = c.region;
    columns.province[k] = c.province;
    columns.level[k] = c.level;
    columns.row[k] = c.row;
    const at = k * items;
    const cells =
      copyScores(c.scores, columns.indicators, k, columns.noScore, at) +
      copyScores(c.bonus, columns.bonus, k, columns.noScore, at + columns.indicators.length);
    columns.cells[k] = cells;
    const total = c.reportedTotal;
    // A reported total that is not a finite number is reported (see inputColumns) but no value.
    columns.reported[k] = total === null ? NaN : Number.isFinite(total) ? total : Infinity;
  }
  return columns;
}

/** Writes city k's scores into the columns, flags the missing ones; returns how many are there. */
function copyScores(
  scores: (number | null)[],
  columns: Float64Array[],
  k: number,
  noScore: Uint8Array,
  at: number
): number {
  let counted = 0;
  for (let i = 0; i < columns.length; i++) {
    const v = scores[i];
    if (v !== null && v !== undefined) {
      (columns[i] as Float64Array)[k] = v;
      counted += 1;
    } else noScore[at + i] = 1;
  }
  return counted;
}
