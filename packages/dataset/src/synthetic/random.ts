/** A deterministic source of pseudo-random numbers. Same seed, same sequence, on every platform. */
export interface Random {
  /** Float in [0, 1). */
  next(): number;
  /** Integer in [0, n), for 0 < n ≤ 2^31. */
  int(n: number): number;
  /** Integer in [min, max], both included. */
  between(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty array, uniformly. */
  pick<T>(items: readonly T[]): T;
}

const TWO_POW_32 = 4294967296;

/** splitmix32: spreads a seed's bits so nearby seeds start from unrelated states. */
function splitmix32(state: number): () => number {
  let s = state | 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * Random numbers from sfc32 (Chris Doty-Humphrey's Small Fast Chaotic generator, 128-bit state),
 * seeded through splitmix32. `seed` is any non-negative safe integer; it never touches
 * `Math.random`.
 */
export function createRandom(seed: number): Random {
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new RangeError(`seed must be a non-negative safe integer, got ${seed}`);
  }
  const low = splitmix32(seed >>> 0);
  const high = splitmix32(Math.floor(seed / TWO_POW_32) ^ 0x5bd1e995);
  let a = low();
  let b = high();
  let c = low();
  let d = high();

  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / TWO_POW_32;
  };
  // Let the state mix before the first number is used.
  for (let i = 0; i < 15; i++) next();

  return {
    next,
    int: (n) => (next() * n) | 0,
    between: (min, max) => min + ((next() * (max - min + 1)) | 0),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => items[(next() * items.length) | 0] as T,
  };
}
