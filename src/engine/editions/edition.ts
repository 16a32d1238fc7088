/**
 * Building editions: from a full evaluation, or from a published list (rank, city, total or
 * rate). Nothing is estimated: what a source does not give stays null.
 */
import { normalizeCityName } from "../cities";
import type { Evaluation } from "../evaluation-types";
import type { Edition, EditionDimension, EditionRow } from "./types";

export const DEFAULT_TOP_N = 10;

/** Rows of rank ≤ n (a tie at rank n keeps every tied row). */
export function topRows(rows: readonly EditionRow[], n: number): EditionRow[] {
  return rows.filter((r) => r.rank <= n);
}

/**
 * An edition from an evaluation: every city's rank, total and rate; each dimension's national
 * and regional mean rates and its top `topN` by dimension rank.
 */
export function editionFromEvaluation(
  label: string,
  evaluation: Evaluation,
  topN = DEFAULT_TOP_N
): Edition {
  const c = evaluation.columns;
  const ranking: EditionRow[] = Array.from(c.order, (k) => ({
    city: normalizeCityName(c.city[k] ?? ""),
    rank: c.rank[k] ?? 0,
    total: c.total[k] ?? null,
    ratePercent: c.rate[k] ?? null,
  }));
  const dimensions: EditionDimension[] = evaluation.framework.dimensions.map((d) => {
    const series = c.dimensions[d.name];
    const top: EditionRow[] = [];
    if (series) {
      Array.from(c.order)
        .filter((k) => (series.rank[k] ?? Infinity) <= topN)
        .sort((a, b) => (series.rank[a] ?? 0) - (series.rank[b] ?? 0))
        .forEach((k) =>
          top.push({
            city: normalizeCityName(c.city[k] ?? ""),
            rank: series.rank[k] ?? 0,
            total: series.score[k] ?? null,
            ratePercent: series.rate[k] ?? null,
          })
        );
    }
    const regionRatesPercent: Record<string, number> = {};
    for (const g of evaluation.groups.region) {
      const rate = g.rate[d.name];
      if (rate !== undefined && Number.isFinite(rate)) regionRatesPercent[g.name] = rate;
    }
    return {
      id: d.id,
      name: d.name,
      nameEn: d.nameEn || null,
      weight: d.weight,
      ratePercent: evaluation.statistics[d.name]?.rate ?? null,
      regionRatesPercent,
      top,
      provenance: [],
    };
  });
  return {
    label,
    kind: "table",
    maxTotal: evaluation.framework.maxTotal,
    ranking,
    dimensions,
    provenance: [],
  };
}

/** A row of a published list as read: rates may be missing when a total is given. */
export type PublishedRow = {
  city: string;
  rank: number;
  total?: number | null;
  ratePercent?: number | null;
};

/**
 * An edition from a published list, sorted by rank. Where a row gives a total but no rate and
 * `maxTotal` is known (the edition's framework), rate = total / maxTotal × 100.
 */
export function publishedEdition(
  label: string,
  rows: readonly PublishedRow[],
  options: { maxTotal?: number | null; dimensions?: EditionDimension[] } = {}
): Edition {
  const maxTotal = options.maxTotal ?? null;
  const ranking = rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.rank - b.r.rank || a.i - b.i)
    .map(({ r }) => {
      const total = r.total ?? null;
      const fromTotal = total !== null && maxTotal !== null ? (total / maxTotal) * 100 : null;
      return {
        city: normalizeCityName(r.city),
        rank: r.rank,
        total,
        ratePercent: r.ratePercent ?? fromTotal,
      };
    });
  return {
    label,
    kind: "published",
    maxTotal,
    ranking,
    dimensions: options.dimensions ?? [],
    provenance: [],
  };
}
