/** The fast ranker agrees with the engine's competition ranks (docs/adr/0003), ties included. */
import { rank } from "../../src/engine/ranking";
import { FastRanker } from "../../src/engine/explore/fast-rank";
import { rankQuantiles } from "../../src/engine/explore/rank-quantiles";
import { createRandom } from "../../src/engine/explore/random";
import { quantileSorted } from "../../src/engine/statistics";

test.each([1, 2, 151, 1023, 1024, 5000])("%i totals with ties rank like rank()", (n) => {
  const random = createRandom(n);
  // Few distinct values (many ties), 2-decimal scores and float noise below 1e-9.
  const totals = Float64Array.from({ length: n }, () => {
    const value = Math.round(random.next() * (n < 10 ? 3 : 400)) / 4;
    return value + (random.next() < 0.5 ? 1e-12 : 0);
  });
  const ranks = new Uint32Array(n);
  new FastRanker(n).rank(totals, ranks);
  const expected = rank(Array.from(totals, (t) => Math.round(t * 1e9) / 1e9));
  expect(Array.from(ranks)).toEqual(expected);
});

test("a wide span (totals up to 10^6) still ranks exactly", () => {
  const totals = Float64Array.from({ length: 3000 }, (_, k) => (k % 7) * 150_000 + k / 100);
  const ranks = new Uint32Array(3000);
  new FastRanker(3000).rank(totals, ranks);
  expect(Array.from(ranks)).toEqual(rank(Array.from(totals)));
});

test("rank percentiles equal PERCENTILE.INC on the sorted ranks", () => {
  const random = createRandom(9);
  for (const m of [1, 2, 7, 100, 1001]) {
    for (const spreadOut of [false, true]) {
      const ranks = Uint16Array.from(
        { length: m },
        () => Math.floor(random.next() * (spreadOut ? 60_000 : 12)) + 1
      );
      const sorted = Float64Array.from(ranks).sort();
      const fractions = [0.05, 0.5, 0.95];
      expect(rankQuantiles(ranks, fractions)).toEqual(
        fractions.map((p) => quantileSorted(sorted, p, "inclusive"))
      );
    }
  }
});
