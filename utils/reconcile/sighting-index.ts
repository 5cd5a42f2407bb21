import type { Sighting } from '../invoice/model';
import { digitsKey, MOD, withLength } from './digit-hash';
import { buildChains, forEachWithHash, type HashChains } from './hash-chains';

/** Hash lookups that make near-miss search a few hundred probes per missing invoice instead of a scan. */
export interface SightingIndex {
  readonly sightings: readonly Sighting[];
  /** digitsKey of each key's digits (code then number). */
  readonly byDigits: HashChains;
  /** Last 8 digits of the number, as an integer: catches 8-digit numbers typed for 20-digit ones and back. */
  readonly byLast8: HashChains;
  /** Digit lengths present: neighbour keys of other lengths are not probed. */
  readonly digitLengths: ReadonlySet<number>;
}

const LAST8 = 100_000_000;

export function indexSightings(sightings: Sighting[]): SightingIndex {
  const digitHashes = new Int32Array(sightings.length);
  const last8 = new Int32Array(sightings.length);
  const digitLengths = new Set<number>();
  sightings.forEach((s, i) => {
    // One pass over the key: hash of all digits, value of the last 8, digits after the code's dash.
    let hash = 0;
    let length = 0;
    let tail = 0;
    let numberLength = 0;
    for (let k = 0; k < s.key.length; k++) {
      const d = s.key.charCodeAt(k) - 48;
      if (d < 0 || d > 9) {
        numberLength = 0;
        continue;
      }
      hash = (hash * 10 + d) % MOD;
      tail = (tail * 10 + d) % LAST8;
      length++;
      numberLength++;
    }
    digitHashes[i] = withLength(hash, length);
    last8[i] = numberLength >= 8 ? tail : -1;
    digitLengths.add(length);
  });
  return { sightings, byDigits: buildChains(digitHashes), byLast8: buildChains(last8), digitLengths };
}

/** Sightings under `hash` in `chains`; several sightings of one key come out as its latest only. */
export function sightingsAt(index: SightingIndex, chains: HashChains, hash: number): Sighting[] {
  const out: Sighting[] = [];
  forEachWithHash(chains, hash, (i) => {
    const s = index.sightings[i];
    if (!s) return;
    // The latest sighting carries the current status (an invoice seen normal, later voided).
    const j = out.findIndex((o) => o.key === s.key);
    if (j < 0) out.push(s);
    else if (s.seenAt >= (out[j]?.seenAt ?? -Infinity)) out[j] = s;
  });
  return out;
}

/** The latest sighting with exactly this key. */
export function exactSighting(index: SightingIndex, key: string): Sighting | null {
  return sightingsAt(index, index.byDigits, digitsKey(key)).find((s) => s.key === key) ?? null;
}
