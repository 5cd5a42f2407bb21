import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { below, mutate, MUTATORS, seededRandom } from './mutate';
import { mutateZipEntry } from './mutate-zip';

const SEED = Uint8Array.from({ length: 4096 }, (_, i) => (i * 31) & 0xff);

describe('seededRandom', () => {
  it('replays the same sequence for the same seed and another for another seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
  });

  it('stays in [0, 1) and spreads over it', () => {
    const random = seededRandom(7);
    const values = Array.from({ length: 10_000 }, random);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const buckets = new Array<number>(10).fill(0);
    for (const v of values) buckets[Math.floor(v * 10)]!++;
    for (const n of buckets) expect(n).toBeGreaterThan(800);
  });

  it('gives integers below n', () => {
    const random = seededRandom(1);
    const seen = new Set(Array.from({ length: 1000 }, () => below(random, 6)));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('mutate', () => {
  it('is deterministic and never changes its input', () => {
    const copy = SEED.slice();
    const once = Array.from({ length: 50 }, (_, i) => mutate(SEED, seededRandom(i)));
    const again = Array.from({ length: 50 }, (_, i) => mutate(SEED, seededRandom(i)));
    expect(again).toEqual(once);
    expect(SEED).toEqual(copy);
  });

  it('uses every mutator, and each changes the file', () => {
    const random = seededRandom(3);
    const used = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const { label, bytes } = mutate(SEED, random);
      used.add(label.split(' ')[0]!);
      expect(bytes, label).not.toEqual(SEED);
    }
    expect([...used].sort()).toEqual(MUTATORS.map(([name]) => name).sort());
  });

  it.each([
    ['truncate', (n: number) => n < SEED.length],
    ['flip', (n: number) => n === SEED.length],
    ['insert', (n: number) => n > SEED.length && n <= SEED.length + 64],
    ['delete', (n: number) => n < SEED.length && n >= SEED.length - 256],
    ['word', (n: number) => n === SEED.length],
    ['duplicate', (n: number) => n > SEED.length && n <= SEED.length + 1024],
  ])('%s gives a file of the expected length', (name, lengthOk) => {
    const random = seededRandom(11);
    let seen = 0;
    for (let i = 0; i < 400; i++) {
      const { label, bytes } = mutate(SEED, random);
      if (label.split(' ')[0] !== name) continue;
      seen++;
      expect(lengthOk(bytes.length), `${label}: ${bytes.length}`).toBe(true);
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('flips only a few bits', () => {
    const random = seededRandom(5);
    for (let i = 0; i < 200; i++) {
      const { label, bytes } = mutate(SEED, random);
      if (label.split(' ')[0] !== 'flip') continue;
      let bits = 0;
      for (let j = 0; j < SEED.length; j++) for (let x = SEED[j]! ^ bytes[j]!; x; x &= x - 1) bits++;
      expect(bits).toBeGreaterThan(0);
      expect(bits).toBeLessThanOrEqual(8);
    }
  });

  it('leaves an empty file empty', () => {
    expect(mutate(new Uint8Array(0), seededRandom(1)).bytes.length).toBe(0);
  });
});

describe('mutateZipEntry', () => {
  it('damages exactly one entry and keeps the archive readable', () => {
    const zip = zipSync({ 'OFD.xml': new TextEncoder().encode('<ofd>'.repeat(50)), 'Doc_0/a.xml': SEED });
    const { label, bytes } = mutateZipEntry(zip, seededRandom(9));
    const before = unzipSync(zip);
    const after = unzipSync(bytes);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    const changed = Object.keys(after).filter((n) => !Buffer.from(after[n]!).equals(Buffer.from(before[n]!)));
    expect(changed).toHaveLength(1);
    expect(label).toContain(changed[0]);
  });
});
