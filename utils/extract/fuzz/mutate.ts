/**
 * Seeded byte mutations for the importers' fuzz test: the same seed always gives the same damaged file, so a failing
 * case can be replayed from the seed and index the test prints.
 */

import { prng } from '../../invoice/test-prng';

export type Random = () => number;

/** The tests' mulberry32 (utils/invoice/test-prng.ts): uniform enough to pick offsets and bytes, deterministic for replay. */
export function seededRandom(seed: number): Random {
  return prng(seed).next;
}

/** An integer in [0, n). */
export const below = (random: Random, n: number) => Math.floor(random() * n);

/** Byte values that sit on parsers' edges: zero, sign bits, all ones, ASCII delimiters and markup. */
const EDGE_BYTES = [0x00, 0x01, 0x7f, 0x80, 0xff, 0x0a, 0x0d, 0x22, 0x2c, 0x3c, 0x3e, 0x25, 0x2f, 0x5c];
/** Values that break length and offset fields when written over them (big-endian and little-endian alike). */
const EDGE_WORDS = [0x00000000, 0xffffffff, 0x7fffffff, 0x80000000, 0x0000ffff, 0x00010000];

export interface Mutation {
  /** What was done, for the test's report: `truncate @1234`, `flip ×3`. */
  label: string;
  bytes: Uint8Array;
}

type Mutator = (bytes: Uint8Array, random: Random) => Mutation;

/** Cut short anywhere, header included: the most common real damage (an interrupted download or copy). */
const truncate: Mutator = (bytes, random) => {
  const at = below(random, bytes.length);
  return { label: `truncate @${at}`, bytes: bytes.slice(0, at) };
};

/** A few single-bit errors. */
const flipBits: Mutator = (bytes, random) => {
  const out = bytes.slice();
  const count = 1 + below(random, 8);
  for (let i = 0; i < count; i++) out[below(random, out.length)]! ^= 1 << below(random, 8);
  return { label: `flip ×${count}`, bytes: out };
};

/** Bytes inserted, shifting every offset after them. */
const insertBytes: Mutator = (bytes, random) => {
  const at = below(random, bytes.length + 1);
  const count = 1 + below(random, 64);
  const inserted = Uint8Array.from({ length: count }, () => (random() < 0.5 ? EDGE_BYTES[below(random, EDGE_BYTES.length)]! : below(random, 256)));
  const out = new Uint8Array(bytes.length + count);
  out.set(bytes.subarray(0, at));
  out.set(inserted, at);
  out.set(bytes.subarray(at), at + count);
  return { label: `insert ${count}@${at}`, bytes: out };
};

/** A run of bytes removed from the middle. */
const deleteRange: Mutator = (bytes, random) => {
  const at = below(random, bytes.length);
  const count = 1 + below(random, Math.min(256, bytes.length - at));
  const out = new Uint8Array(bytes.length - count);
  out.set(bytes.subarray(0, at));
  out.set(bytes.subarray(at + count), at);
  return { label: `delete ${count}@${at}`, bytes: out };
};

/** A 32-bit edge value written over whatever was there: a length, an offset or a count gone absurd. */
const overwriteWord: Mutator = (bytes, random) => {
  const out = bytes.slice();
  if (out.length < 4) return { label: 'word (too short)', bytes: out };
  const at = below(random, out.length - 3);
  const value = EDGE_WORDS[below(random, EDGE_WORDS.length)]!;
  new DataView(out.buffer).setUint32(at, value, random() < 0.5);
  return { label: `word ${value.toString(16)}@${at}`, bytes: out };
};

/** A slice copied over another place: repeated structures, overlapping entries. */
const duplicateRange: Mutator = (bytes, random) => {
  const from = below(random, bytes.length);
  const count = 1 + below(random, Math.min(1024, bytes.length - from));
  const to = below(random, bytes.length);
  const out = new Uint8Array(bytes.length + count);
  out.set(bytes.subarray(0, to));
  out.set(bytes.subarray(from, from + count), to);
  out.set(bytes.subarray(to), to + count);
  return { label: `duplicate ${count}:${from}→${to}`, bytes: out };
};

export const MUTATORS: ReadonlyArray<readonly [name: string, Mutator]> = [
  ['truncate', truncate],
  ['flip', flipBits],
  ['insert', insertBytes],
  ['delete', deleteRange],
  ['word', overwriteWord],
  ['duplicate', duplicateRange],
];

/** One mutation of `bytes` (never changed in place), the mutator picked by `random`. An empty input stays empty. */
export function mutate(bytes: Uint8Array, random: Random): Mutation {
  if (bytes.length === 0) return { label: 'empty', bytes: new Uint8Array(0) };
  const [, mutator] = MUTATORS[below(random, MUTATORS.length)]!;
  return mutator(bytes, random);
}
