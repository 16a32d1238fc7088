/**
 * `Evaluation.columns` (the per-city results column by column) against `Evaluation.cities` (the
 * JSON contract, built lazily from the columns), and the layout reading only the columns.
 */
import { dataset2015 } from "../../src/engine/bundled";
import { evaluate, type CityResult, type Evaluation } from "../../src/engine/evaluate";
import { buildSummaryLayout } from "../../src/layout/summary";

const dataset = dataset2015();

/** City k of the columns as the record `cities` holds. */
function cityAt(e: Evaluation, k: number): CityResult {
  const c = e.columns;
  const cells = (record: typeof c.dimensions) =>
    Object.fromEntries(
      Object.entries(record).map(([name, s]) => [
        name,
        { score: s.score[k] as number, rate: s.rate[k] as number, rank: s.rank[k] as number },
      ])
    );
  return {
    city: c.city[k] as string,
    region: c.region[k] ?? null,
    province: c.province[k] ?? null,
    level: c.level[k] ?? null,
    total: c.total[k] as number,
    rate: c.rate[k] as number,
    rank: c.rank[k] as number,
    groupRanks: {
      region: c.groupRanks.region[k] ?? null,
      province: c.groupRanks.province[k] ?? null,
      level: c.groupRanks.level[k] ?? null,
    },
    dimensions: cells(c.dimensions),
    indicators: cells(c.indicators),
    bonus: c.bonus[k] as number,
    row: c.row[k] ?? null,
  };
}

describe.each(["competition", "dense", "ordinal"] as const)("columns, %s ranks", (method) => {
  const evaluation = evaluate(dataset, { method });

  test("are in input order; `order` is the order of `cities`", () => {
    const { columns } = evaluation;
    expect(columns.city).toEqual(dataset.cities.map((c) => c.city));
    expect(columns.order).toHaveLength(dataset.cities.length);
    expect(evaluation.cities).toEqual(Array.from(columns.order, (k) => cityAt(evaluation, k)));
  });

  test("`order` sorts by rank, ties in input order", () => {
    const { order, rank } = evaluation.columns;
    for (let p = 1; p < order.length; p++) {
      const a = order[p - 1] as number;
      const b = order[p] as number;
      expect((rank[a] as number) < (rank[b] as number) || (rank[a] === rank[b] && a < b)).toBe(
        true
      );
    }
  });
});

test("`cities` is built once and cached; `columns` is not in the JSON", () => {
  const evaluation = evaluate(dataset);
  expect(evaluation.cities).toBe(evaluation.cities);
  expect(Object.keys(evaluation)).not.toContain("columns");
  expect(Object.keys(evaluation)).toContain("cities");
  const json = JSON.parse(JSON.stringify(evaluation)) as Record<string, unknown>;
  expect(json.columns).toBeUndefined();
  expect(json.cities).toEqual(evaluation.cities);
});

test("the summary layout reads the columns, never `cities`", () => {
  const evaluation = evaluate(dataset);
  Object.defineProperty(evaluation, "cities", {
    get() {
      throw new Error("the layout read evaluation.cities");
    },
  });
  expect(() => buildSummaryLayout(evaluation, dataset)).not.toThrow();
});
