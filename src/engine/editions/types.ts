/**
 * Editions over time (issue 14): the shapes of an edition and of a comparison of editions. Plain
 * data, JSON-serialisable. Rates are **percent** (80.2 for 80.2 %), as in `Evaluation`; changes
 * of rates are percentage points. docs/editions.md explains the comparison.
 */

/** One row of a ranking: a city (or another unit) with its rank and, when known, total and rate. */
export type EditionRow = {
  /** As written in the source (whitespace removed). */
  city: string;
  rank: number;
  total: number | null;
  ratePercent: number | null;
};

/** Where a published figure comes from: the report's table and the lines that print it. */
export type Provenance = { table: string; lines: number[] };

/** One dimension of an edition's framework with what is known of it in that edition. */
export type EditionDimension = {
  id: string | null;
  name: string;
  nameEn: string | null;
  /** Points of the dimension in that edition's framework, when known. */
  weight: number | null;
  /** National score rate (mean score / weight), when known. */
  ratePercent: number | null;
  /** Mean score rate by region, when known (empty for published lists). */
  regionRatesPercent: Record<string, number>;
  /** The dimension's ranking by rate, rows of rank ≤ the edition's top N (ties included). */
  top: EditionRow[];
  provenance: Provenance[];
};

/**
 * An edition: a full evaluation ("table") or a partial published list ("published": rank, city
 * and total or rate, often only the top ten).
 */
export type Edition = {
  /** Usually the year, e.g. "2015". */
  label: string;
  kind: "table" | "published";
  /** Maximum total of the edition's framework, when known. */
  maxTotal: number | null;
  /** In rank order. */
  ranking: EditionRow[];
  dimensions: EditionDimension[];
  provenance: Provenance[];
};

/** A city (or other unit) across the editions; arrays are indexed like `editions`. */
export type CityTrack = {
  city: string;
  /** Null where the city is absent from an edition. */
  ranks: (number | null)[];
  ratesPercent: (number | null)[];
  /** Between consecutive editions (length editions − 1): previous − current, positive = improved. */
  rankChanges: (number | null)[];
  /** Between consecutive editions: current − previous, percentage points. */
  rateChangesPoints: (number | null)[];
  /** False for units that are not prefecture-level cities (浦东新区), kept as written. */
  isCity: boolean;
};

/** A dimension matched across editions by id or name; arrays are indexed like `editions`. */
export type DimensionTrack = {
  id: string | null;
  name: string;
  nameEn: string | null;
  weights: (number | null)[];
  ratesPercent: (number | null)[];
  /** Region → rate per edition. */
  regionRatesPercent: Record<string, (number | null)[]>;
  /** Per edition, its top-N rows (empty where unknown). */
  tops: EditionRow[][];
};

/** Cities that entered and left the top N between two consecutive editions. */
export type TopChange = { from: string; to: string; entered: string[]; left: string[] };

export type EditionNote =
  | { code: "notACity"; city: string; labels: string[] }
  | { code: "duplicateCity"; city: string; label: string }
  | { code: "noRates"; label: string }
  | { code: "partialList"; label: string; listed: number };

export type EditionComparison = {
  editions: { label: string; kind: Edition["kind"]; cities: number; maxTotal: number | null }[];
  topN: number;
  /** Ordered by rank in the newest edition, then by the newest edition each other city is in. */
  cities: CityTrack[];
  dimensions: DimensionTrack[];
  /** One entry per pair of consecutive editions. */
  topChanges: TopChange[];
  notes: EditionNote[];
};
