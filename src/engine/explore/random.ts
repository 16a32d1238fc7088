/**
 * A small seeded pseudo-random generator for reproducible Monte Carlo runs (docs/explore.md):
 * xoshiro128** (Blackman and Vigna 2018), 32-bit state words, seeded through splitmix32 so any
 * integer seed (0 included) gives a full-period state. No dependency; identical results on every
 * JavaScript engine because it uses only 32-bit integer arithmetic (Math.imul, >>>).
 */
export type Random = {
  /** A uniform number in [0, 1) with 32 random bits. */
  next(): number;
};

/** splitmix32: spreads a seed over 32 bits (one step per state word). */
function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const rotl = (x: number, k: number): number => ((x << k) | (x >>> (32 - k))) >>> 0;

/** xoshiro128** seeded with `seed` (an integer; fractions are truncated, negatives wrap). */
export function createRandom(seed: number): Random {
  const mix = splitmix32(Math.trunc(seed));
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  if ((a | b | c | d) === 0) a = 1;
  return {
    next(): number {
      const result = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
      const t = (b << 9) >>> 0;
      c = (c ^ a) >>> 0;
      d = (d ^ b) >>> 0;
      b = (b ^ c) >>> 0;
      a = (a ^ d) >>> 0;
      c = (c ^ t) >>> 0;
      d = rotl(d, 11);
      return result / 4294967296;
    },
  };
}
