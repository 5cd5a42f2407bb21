/**
 * A multimap from non-negative int hashes to item positions, in three typed arrays. At 100k sightings it builds
 * several times faster than a Map and leaves no per-entry objects for the garbage collector.
 */
export interface HashChains {
  readonly mask: number;
  /** Slot -> 1 + position of the chain's first item (0 = empty). */
  readonly heads: Int32Array;
  /** Position -> 1 + position of the next item in the same slot. */
  readonly next: Int32Array;
  readonly hashes: Int32Array;
}

/** `hashes[i]` is item i's hash; negative = not indexed. */
export function buildChains(hashes: Int32Array): HashChains {
  let size = 16;
  while (size < hashes.length * 2) size *= 2;
  const mask = size - 1;
  const heads = new Int32Array(size);
  const next = new Int32Array(hashes.length);
  for (let i = 0; i < hashes.length; i++) {
    const h = hashes[i] ?? -1;
    if (h < 0) continue;
    next[i] = heads[h & mask] ?? 0;
    heads[h & mask] = i + 1;
  }
  return { mask, heads, next, hashes };
}

export function forEachWithHash(c: HashChains, hash: number, visit: (position: number) => void): void {
  for (let j = c.heads[hash & c.mask] ?? 0; j !== 0; j = c.next[j - 1] ?? 0) {
    if (c.hashes[j - 1] === hash) visit(j - 1);
  }
}

export function hasHash(c: HashChains, hash: number): boolean {
  for (let j = c.heads[hash & c.mask] ?? 0; j !== 0; j = c.next[j - 1] ?? 0) if (c.hashes[j - 1] === hash) return true;
  return false;
}
