/**
 * Descriptive statistics as the 2015 report computes them (METHOD.md). All functions are pure,
 * take finite numbers only (callers drop blanks) and return NaN for inputs too small to define
 * the statistic, never throw.
 */

/** A series: a plain array or a typed column. */
export type Values = ArrayLike<number>;

export function sum(values: Values): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i] as number;
  return s;
}

export function mean(values: Values): number {
  return values.length === 0 ? NaN : sum(values) / values.length;
}

/**
 * Ascending copy. Scores printed to hundredths in a small range (every score, dimension and total
 * of a 0–1000-point framework) are counting-sorted in O(n); anything else goes to the typed
 * array's native numeric sort, ~10× faster than a comparator.
 */
export function sortedAscending(values: Values): Float64Array {
  const n = values.length;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const hundredths = (values[i] as number) * 100;
    const k = Math.round(hundredths);
    if (!(Math.abs(hundredths - k) < 1e-6)) return Float64Array.from(values).sort();
    if (k < lo) lo = k;
    if (k > hi) hi = k;
  }
  if (n < 64 || hi - lo > 100_000 || hi - lo > 4 * n) return Float64Array.from(values).sort();
  const counts = new Uint32Array(hi - lo + 1);
  for (let i = 0; i < n; i++) counts[Math.round((values[i] as number) * 100) - lo]! += 1;
  // Write back the original values (not k / 100) so equal inputs stay bit-identical to the data.
  const firstOf = new Uint32Array(counts.length);
  for (let k = 1; k < counts.length; k++)
    firstOf[k] = (firstOf[k - 1] as number) + (counts[k - 1] as number);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    out[firstOf[Math.round(v * 100) - lo]!++] = v;
  }
  return out;
}
const sorted = sortedAscending;

export function median(values: Values): number {
  return quantileSorted(sorted(values), 0.5, "inclusive");
}

export function min(values: Values): number {
  let m = values.length === 0 ? NaN : Infinity;
  for (let i = 0; i < values.length; i++) if ((values[i] as number) < m) m = values[i] as number;
  return m;
}

export function max(values: Values): number {
  let m = values.length === 0 ? NaN : -Infinity;
  for (let i = 0; i < values.length; i++) if ((values[i] as number) > m) m = values[i] as number;
  return m;
}

/** Sum of squared deviations from the mean `m` (two-pass, numerically stable). */
export function squaredDeviations(values: Values, m = mean(values)): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) {
    const d = (values[i] as number) - m;
    s += d * d;
  }
  return s;
}

/** Sample standard deviation (n − 1), as Excel STDEV.S and SPSS. NaN for n < 2. */
export function stdevSample(values: Values): number {
  return values.length < 2 ? NaN : Math.sqrt(squaredDeviations(values) / (values.length - 1));
}

/** Population standard deviation (n), as Excel STDEV.P. NaN for n < 1. */
export function stdevPopulation(values: Values): number {
  return values.length < 1 ? NaN : Math.sqrt(squaredDeviations(values) / values.length);
}

export type QuartileMethod = "exclusive" | "inclusive";

/**
 * Quantile p of ascending-sorted values.
 * - exclusive: Excel QUARTILE.EXC / PERCENTILE.EXC = SPSS default = R type 6: position p·(n+1).
 *   Undefined (NaN) when the position falls outside 1..n, as Excel returns #NUM!.
 * - inclusive: Excel QUARTILE.INC = R type 7: position p·(n−1)+1.
 * Linear interpolation between neighbours. Cost O(1) on sorted input.
 */
export function quantileSorted(
  ascending: ArrayLike<number>,
  p: number,
  method: QuartileMethod
): number {
  return quantileAt((i) => ascending[i] as number, ascending.length, p, method);
}

/** `quantileSorted` of the n ascending values `at(0)` … `at(n − 1)`. */
export function quantileAt(
  at: (i: number) => number,
  n: number,
  p: number,
  method: QuartileMethod
): number {
  if (n === 0 || p < 0 || p > 1) return NaN;
  const position = method === "exclusive" ? p * (n + 1) : p * (n - 1) + 1;
  if (position < 1 || position > n) return NaN;
  const lower = Math.floor(position);
  const fraction = position - lower;
  const a = at(lower - 1);
  const b = at(Math.min(lower, n - 1));
  return a + fraction * (b - a);
}

/** Excel QUARTILE.EXC / QUARTILE.INC (quart 1..3). */
export function quartile(
  values: Values,
  quart: 1 | 2 | 3,
  method: QuartileMethod = "exclusive"
): number {
  return quantileSorted(sorted(values), quart / 4, method);
}

/**
 * Quartile deviation (四分位差) as the report defines it: Q3 − Q1, the full inter-quartile range
 * (not halved), with QUARTILE.EXC quartiles. For n = 151 these are the 38th and 114th values.
 *
 * @example quartileDeviation([1, 2, 3, 4, 5, 6, 7]) // 6 - 2 = 4
 */
export function quartileDeviation(values: Values): number {
  const s = sorted(values);
  return quantileSorted(s, 0.75, "exclusive") - quantileSorted(s, 0.25, "exclusive");
}

/** Pearson product-moment correlation of paired samples; NaN when undefined (n < 2, zero variance). */
export function pearson(x: Values, y: Values): number {
  const n = Math.min(x.length, y.length);
  if (n < 2) return NaN;
  const mx = meanOfFirst(x, n);
  const my = meanOfFirst(y, n);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return NaN;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

function meanOfFirst(values: Values, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += values[i] as number;
  return s / n;
}

/**
 * Two-sided p-value of a Pearson r over n pairs (t = r·√((n−2)/(1−r²)), n−2 degrees of freedom),
 * as SPSS prints under 显著性 (双侧). 0 when |r| = 1; NaN when n < 3.
 */
export function pearsonPValue(r: number, n: number): number {
  if (!Number.isFinite(r) || n < 3) return NaN;
  if (Math.abs(r) >= 1) return 0;
  const df = n - 2;
  const t = Math.abs(r) * Math.sqrt(df / (1 - r * r));
  // P(|T| > t) = I_x(df/2, 1/2) with x = df / (df + t²).
  return regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
}

function logGamma(x: number): number {
  // Lanczos approximation (g = 7, n = 9), accurate to ~15 digits for x > 0.
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0] as number;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (c[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Regularized incomplete beta I_x(a, b) by Lentz's continued fraction (Numerical Recipes §6.4). */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(
    logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x)
  );
  if (x > (a + 1) / (a + b + 2)) return 1 - regularizedIncompleteBeta(1 - x, b, a);
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let f = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let num = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + num * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + num / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    f *= d * c;
    num = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + num * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + num / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return (front * f) / a;
}

export type Bin = { from: number; to: number; count: number; share: number };

/**
 * Counts of values in bins of `width`, lower bound included, upper excluded (the last bin also
 * includes `upperLimit`). Bins span from the one holding the minimum to the one holding the
 * maximum, so no value is left out (the report's 20–30 … 80+ omits 漯河 at 19.04; we show it).
 *
 * @example distribution([19.04, 25, 80.2], 10) // 10–20: 1, 20–30: 1, …, 80–90: 1
 */
export function distribution(values: Values, width: number, upperLimit = Infinity): Bin[] {
  if (values.length === 0 || !(width > 0)) return [];
  const binOf = (v: number): number =>
    v >= upperLimit ? Math.ceil(upperLimit / width) - 1 : Math.floor(v / width);
  const first = binOf(min(values));
  const last = binOf(max(values));
  const counts = new Array<number>(last - first + 1).fill(0);
  for (let i = 0; i < values.length; i++) {
    const k = binOf(values[i] as number) - first;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts.map((count, k) => ({
    from: (first + k) * width,
    to: Math.min((first + k + 1) * width, upperLimit),
    count,
    share: count / values.length,
  }));
}
