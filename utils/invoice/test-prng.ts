/** Deterministic PRNG (mulberry32) for property-style tests: same seed, same cases, reproducible failures. */
export interface Prng {
  /** Uniform in [0, 1). */
  next: () => number;
  /** Integer in [0, max). */
  int: (max: number) => number;
  pick: <T>(items: readonly T[]) => T;
}

export function prng(seed: number): Prng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T,>(items: readonly T[]): T => {
    const item = items[int(items.length)];
    if (item === undefined) throw new Error('pick from empty list');
    return item;
  };
  return { next, int, pick };
}
