/**
 * The typed hot path (src/engine/series.ts, docs/adr/0012) against the reference definitions in
 * ranking.ts and statistics.ts, on every path: hundredth buckets (n ≥ 64, 2-decimal scores),
 * the comparison fallback (more decimals, small n), and a hundredth holding two values.
 */
import fc from "fast-check";
import { plainNumber } from "../../src/engine/numbers";
import { rank, rankWithinGroups } from "../../src/engine/ranking";
import { internGroups, ranksFromOrder, sortSeries } from "../../src/engine/series";
import * as stats from "../../src/engine/statistics";
import type { RankOptions } from "../../src/engine/types";

const OPTIONS: RankOptions[] = [
  {},
  { method: "dense" },
  { method: "ordinal" },
  { order: "ascending" },
  { order: "ascending", method: "dense" },
  { order: "ascending", method: "ordinal" },
];

/** Scores in hundredths (many ties), as the bucket path expects, or with more decimals. */
const scores = (decimals: 2 | 6): fc.Arbitrary<number[]> =>
  fc.array(
    fc.integer({ min: 0, max: 3000 }).map((k) => (decimals === 2 ? k / 100 : k / 100 + k / 1e6)),
    { minLength: 0, maxLength: 400 }
  );

/** Two groups by parity of the index, a third by thirds; slot 0 holds no one in the first. */
const groupSlots = (n: number) => ({
  slots: [
    Int32Array.from({ length: n }, (_, k) => 1 + (k % 2)),
    Int32Array.from({ length: n }, (_, k) => k % 3),
    new Int32Array(n),
  ],
  sums: [new Float64Array(3), new Float64Array(3), new Float64Array(1).fill(7)],
});

/** Sums of `values` per slot, in input order (the reference for the sort's group sums). */
function slotSums(slot: Int32Array, values: number[], size: number): number[] {
  const sums = Array<number>(size).fill(0);
  values.forEach((v, k) => (sums[slot[k] as number]! += v));
  return sums;
}

function expectSameAsReference(values: number[]): void {
  const column = Float64Array.from(values);
  for (const options of OPTIONS) {
    const groups = groupSlots(values.length);
    const sorted = sortSeries(column, options, undefined, { rateWeight: 30, groups });
    const expected = rank(values, options).map((r) => r ?? 0);
    expect(Array.from(sorted.ranks)).toEqual(expected);
    const ascending = Array.from(values, (_, p) => sorted.at(p));
    expect(ascending).toEqual([...values].sort((a, b) => a - b));
    // Bit for bit as the statistics module sums.
    expect(sorted.sum).toBe(stats.sum(values));
    if (values.length > 0)
      expect(sorted.squares).toBe(stats.squaredDeviations(values, stats.mean(values)));
    expect(Array.from(sorted.rate ?? [])).toEqual(values.map((v) => (v / 30) * 100));
    groups.slots.forEach((slot, t) =>
      expect(Array.from(groups.sums[t]!)).toEqual(slotSums(slot, values, groups.sums[t]!.length))
    );
  }
  const unranked = sortSeries(column, {}, undefined, { ranks: false });
  expect(unranked.ranks).toHaveLength(0);
  expect(unranked.rate).toBeUndefined();
}

describe("sortSeries ranks as rank() and sorts ascending", () => {
  test("2-decimal scores (bucket path from 64 values)", () => {
    fc.assert(fc.property(scores(2), expectSameAsReference), { seed: 12, numRuns: 200 });
  });

  test("scores with more decimals (comparison path)", () => {
    fc.assert(fc.property(scores(6), expectSameAsReference), { seed: 12, numRuns: 100 });
  });

  test("a hundredth holding two values (0.3 and 0.30000000001) is not bucketed", () => {
    const values = Array.from({ length: 100 }, (_, k) => (k % 2 ? 0.3 : 0.30000000001));
    expectSameAsReference(values);
    expect(new Set(sortSeries(Float64Array.from(values)).ranks).size).toBe(2);
  });

  test("ties of the 2015 report: 31 cities at 9.5 all rank 1 (METHOD.md)", () => {
    const values = [
      ...Array<number>(31).fill(9.5),
      ...Array.from({ length: 69 }, (_, k) => k / 10),
    ];
    const ranks = sortSeries(Float64Array.from(values)).ranks;
    expect(Array.from(ranks.subarray(0, 31))).toEqual(Array<number>(31).fill(1));
    expect(ranks[31 + 68]).toBe(32); // 6.8, the best below 9.5
  });
});

describe("ranksFromOrder within groups", () => {
  test("equals rankWithinGroups, cities outside any group get 0", () => {
    const groupKeys = fc.constantFrom("东部", "西部", "中部", null);
    const rows = fc.array(fc.tuple(fc.integer({ min: 0, max: 500 }), groupKeys), {
      maxLength: 300,
    });
    fc.assert(
      fc.property(rows, (pairs) => {
        const values = pairs.map(([v]) => v / 100);
        const keys = pairs.map(([, g]) => g);
        const column = Float64Array.from(values);
        for (const options of OPTIONS) {
          const order = sortSeries(column, options).order();
          const ranks = ranksFromOrder(column, order, options, internGroups(keys));
          expect(Array.from(ranks)).toEqual(
            rankWithinGroups(values, keys, options).map((r) => r ?? 0)
          );
        }
      }),
      { seed: 12, numRuns: 100 }
    );
  });
});

describe("plainNumber", () => {
  test("reads plain decimal text as Number() does, and nothing else", () => {
    const text = fc.oneof(
      fc.stringMatching(/^\d{1,16}(\.\d{0,8})?$/u),
      fc.stringMatching(/^[\d.eE+\- ]{0,12}$/u)
    );
    fc.assert(
      fc.property(text, (t) => {
        const value = plainNumber(t);
        if (value === value) expect(value).toBe(Number(t));
        else expect(/^(\d+\.?\d*|\.\d+)$/u.test(t) && t.replace(".", "").length <= 15).toBe(false);
      }),
      { seed: 12, numRuns: 2000 }
    );
  });
});
