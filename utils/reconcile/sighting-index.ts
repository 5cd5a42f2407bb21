import type { Sighting } from '../invoice/model';
import { digitValue, withLength } from './digit-hash';
import { keyParts } from './key-parts';

/** One sighting, or several when hashes collide or several keys share digits (rare): no array per sighting. */
type Bucket = Sighting | Sighting[];

/** Hash lookups that make near-miss search a few hundred probes per missing invoice instead of a scan. */
export interface SightingIndex {
  /** digitsKey of the key's digits (code then number) -> the latest sighting of each key. */
  readonly byDigits: ReadonlyMap<number, Bucket>;
  /** Last 8 digits of the number, as a number -> sightings; catches 8-digit numbers typed for 20-digit ones. */
  readonly byLast8: ReadonlyMap<number, Bucket>;
  /** Digit lengths present: neighbour keys of other lengths are not probed. */
  readonly digitLengths: ReadonlySet<number>;
}

const NONE: readonly Sighting[] = [];

export function inBucket(map: ReadonlyMap<number, Bucket>, hash: number): readonly Sighting[] {
  const b = map.get(hash);
  return b === undefined ? NONE : Array.isArray(b) ? b : [b];
}

function add(map: Map<number, Bucket>, hash: number, s: Sighting): void {
  const b = map.get(hash);
  if (b === undefined) map.set(hash, s);
  else if (Array.isArray(b)) b.push(s);
  else map.set(hash, [b, s]);
}

/** Keeps the latest sighting of a key: it carries the current status (seen normal, later voided). */
function addLatest(map: Map<number, Bucket>, hash: number, s: Sighting): void {
  const b = map.get(hash);
  const i = b === undefined ? -1 : Array.isArray(b) ? b.findIndex((x) => x.key === s.key) : b.key === s.key ? 0 : -1;
  if (i < 0) add(map, hash, s);
  else if (Array.isArray(b)) {
    if (s.seenAt >= (b[i]?.seenAt ?? -Infinity)) b[i] = s;
  } else if (b && s.seenAt >= b.seenAt) map.set(hash, s);
}

export function indexSightings(sightings: Sighting[]): SightingIndex {
  const byDigits = new Map<number, Bucket>();
  const byLast8 = new Map<number, Bucket>();
  const digitLengths = new Set<number>();
  for (const s of sightings) {
    const { hash, length } = digitValue(s.key);
    addLatest(byDigits, withLength(hash, length), s);
    digitLengths.add(length);
  }
  for (const bucket of byDigits.values()) {
    for (const s of Array.isArray(bucket) ? bucket : [bucket]) {
      const { number } = keyParts(s.key);
      if (number.length >= 8 && /^\d+$/.test(number)) add(byLast8, Number(number.slice(-8)), s);
    }
  }
  return { byDigits, byLast8, digitLengths };
}

/** The latest sighting with exactly this key. */
export function exactSighting(index: SightingIndex, key: string): Sighting | null {
  const { hash, length } = digitValue(key);
  return inBucket(index.byDigits, withLength(hash, length)).find((s) => s.key === key) ?? null;
}
