/**
 * Percentiles of integer ranks, as Excel PERCENTILE.INC (R type 7: position p·(m − 1) + 1,
 * linear interpolation), without sorting: ranks are small integers, so a histogram over the
 * slice's [min, max] finds the order statistics in O(m + max − min). Falls back to a typed-array
 * sort when the range is much wider than the slice.
 */
import { quantileSorted } from "../statistics";

/** The PERCENTILE.INC of `ranks` at each fraction of `fractions` (0..1). */
export function rankQuantiles(
  ranks: Uint16Array | Uint32Array,
  fractions: readonly number[]
): number[] {
  const m = ranks.length;
  if (m === 0) return fractions.map(() => NaN);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < m; i++) {
    const r = ranks[i] as number;
    if (r < min) min = r;
    if (r > max) max = r;
  }
  if (max - min > 4 * m) {
    const sorted = Float64Array.from(ranks).sort();
    return fractions.map((p) => quantileSorted(sorted, p, "inclusive"));
  }
  const counts = new Uint32Array(max - min + 1);
  for (let i = 0; i < m; i++) {
    const bin = (ranks[i] as number) - min;
    counts[bin] = (counts[bin] as number) + 1;
  }
  // The value at 0-based sorted position `position`: walk the cumulative counts.
  const valueAt = (position: number): number => {
    let seen = 0;
    for (let bin = 0; bin < counts.length; bin++) {
      seen += counts[bin] as number;
      if (seen > position) return bin + min;
    }
    return max;
  };
  return fractions.map((p) => {
    const position = p * (m - 1);
    const lower = Math.floor(position);
    const a = valueAt(lower);
    const fraction = position - lower;
    return fraction === 0 ? a : a + fraction * (valueAt(Math.min(lower + 1, m - 1)) - a);
  });
}
