/**
 * Competition ranks (docs/adr/0003: ties share the best rank, highest total first) of many
 * totals, fast: totals rounded to 1e-9 as `evaluate` rounds them (`clean`) are exact integers
 * in units of 1e-9, so an LSD radix sort on those integers (8-bit digits) orders the cities,
 * and one pass from the top assigns the ranks. No comparison sort, no search per city:
 * O(n × digits) per ranking, where digits = ⌈log₂(span of totals × 1e9) / 8⌉ (5 for 100 points).
 * Below `RADIX_FROM` cities a typed-array sort of the keys and a binary search per city is faster.
 */
const SCALE = 1e9;
const RADIX_FROM = 1024;
/** Keys are split at 2^24 so both halves stay small integers (fast in V8). */
const TWO_24 = 16777216;

export class FastRanker {
  private readonly low: Int32Array;
  private readonly high: Int32Array;
  private order: Uint32Array;
  private scratch: Uint32Array;
  private readonly counts = new Uint32Array(257);
  private keys: Float64Array | undefined;
  private sorted: Float64Array | undefined;

  constructor(readonly size: number) {
    this.low = new Int32Array(size);
    this.high = new Int32Array(size);
    this.order = new Uint32Array(size);
    this.scratch = new Uint32Array(size);
  }

  /** Writes into `ranks` the competition rank of each of `totals` (highest = 1). */
  rank(totals: Float64Array, ranks: Uint32Array): void {
    const n = this.size;
    if (n === 0) return;
    if (n < RADIX_FROM) {
      this.rankSmall(totals, ranks);
      return;
    }
    let min = Infinity;
    let max = -Infinity;
    for (let k = 0; k < n; k++) {
      const t = totals[k] as number;
      if (t < min) min = t;
      if (t > max) max = t;
    }
    const base = Math.round(min * SCALE);
    const span = Math.round(max * SCALE) - base;
    for (let k = 0; k < n; k++) {
      const key = Math.round((totals[k] as number) * SCALE) - base;
      const hi = Math.floor(key / TWO_24);
      this.high[k] = hi;
      this.low[k] = key - hi * TWO_24;
      this.order[k] = k;
    }
    const bits = span > 0 ? Math.floor(Math.log2(span)) + 1 : 0;
    for (let shift = 0; shift < bits; shift += 8) this.pass(shift);
    // Highest key first: walk the ascending order from its end.
    const order = this.order;
    let previousLow = -1;
    let previousHigh = -1;
    let current = 0;
    for (let p = 0; p < n; p++) {
      const k = order[n - 1 - p] as number;
      const lo = this.low[k] as number;
      const hi = this.high[k] as number;
      if (lo !== previousLow || hi !== previousHigh) {
        current = p + 1;
        previousLow = lo;
        previousHigh = hi;
      }
      ranks[k] = current;
    }
  }

  /** Sorted keys and a binary search per city: the number of keys strictly above, plus one. */
  private rankSmall(totals: Float64Array, ranks: Uint32Array): void {
    const n = this.size;
    const keys = (this.keys ??= new Float64Array(n));
    const sorted = (this.sorted ??= new Float64Array(n));
    for (let k = 0; k < n; k++) keys[k] = Math.round((totals[k] as number) * SCALE);
    sorted.set(keys);
    sorted.sort();
    for (let k = 0; k < n; k++) {
      const key = keys[k] as number;
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((sorted[mid] as number) <= key) lo = mid + 1;
        else hi = mid;
      }
      ranks[k] = n - lo + 1;
    }
  }

  /** One stable counting-sort pass of `order` on the 8-bit digit at `shift`. */
  private pass(shift: number): void {
    const n = this.size;
    const counts = this.counts;
    counts.fill(0);
    const words = shift < 24 ? this.low : this.high;
    const s = shift < 24 ? shift : shift - 24;
    const order = this.order;
    for (let p = 0; p < n; p++) {
      const d = ((words[order[p] as number] as number) >>> s) & 255;
      counts[d + 1] = (counts[d + 1] as number) + 1;
    }
    for (let d = 1; d < 257; d++) counts[d] = (counts[d] as number) + (counts[d - 1] as number);
    const out = this.scratch;
    for (let p = 0; p < n; p++) {
      const k = order[p] as number;
      const d = ((words[k] as number) >>> s) & 255;
      out[counts[d] as number] = k;
      counts[d] = (counts[d] as number) + 1;
    }
    this.scratch = order;
    this.order = out;
  }
}
