import type { Sighting } from '../invoice/model';
import { keyDigits, keyParts } from './key-parts';

/** Hash lookups that make near-miss search a few hundred probes per missing invoice instead of a scan. */
export interface SightingIndex {
  /** Latest sighting per exact key. */
  readonly byKey: ReadonlyMap<string, Sighting>;
  /** Key digits (code then number) -> latest sighting of each key with those digits. */
  readonly byDigits: ReadonlyMap<string, Sighting[]>;
  /** Last 8 digits of the number -> sightings, to catch 8-digit numbers typed for 20-digit ones and back. */
  readonly byLast8: ReadonlyMap<string, Sighting[]>;
  /** Lengths present in byDigits: neighbour keys of other lengths are not generated. */
  readonly digitLengths: ReadonlySet<number>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexSightings(sightings: Sighting[]): SightingIndex {
  const byKey = new Map<string, Sighting>();
  for (const s of sightings) {
    const prev = byKey.get(s.key);
    // The latest sighting carries the current status (an invoice seen normal, later voided).
    if (!prev || s.seenAt >= prev.seenAt) byKey.set(s.key, s);
  }
  const byDigits = new Map<string, Sighting[]>();
  const byLast8 = new Map<string, Sighting[]>();
  const digitLengths = new Set<number>();
  for (const s of byKey.values()) {
    const digits = keyDigits(s.key);
    push(byDigits, digits, s);
    digitLengths.add(digits.length);
    const { number } = keyParts(s.key);
    if (number.length >= 8) push(byLast8, number.slice(-8), s);
  }
  return { byKey, byDigits, byLast8, digitLengths };
}
