import type { ExpectedInvoice, Sighting } from '../invoice/model';
import { agreement, nearMissScore } from './agreement';
import { digitsKey } from './digit-hash';
import { keyDigits, keyParts } from './key-parts';
import { applyEdit, forEachOneEdit } from './one-edit';
import { hasHash } from './hash-chains';
import { sightingsAt, type SightingIndex } from './sighting-index';
import type { NearMiss } from './types';

const MAX_NEAR_MISSES = 5;

function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + i);
}

/**
 * Seen invoices whose key is one typing slip, a code/number mix-up or a wrong-field entry away from `inv.key`.
 * Keys in `expectedKeys` are kept but flagged `sibling`: sellers split one sale into invoices with consecutive
 * numbers and the same seller, date and total, so a neighbour the user also expects may be that sibling — or the
 * same invoice recorded twice, once with a slip. Which one cannot be told, so it is never offered as the fix.
 */
export function findNearMisses(
  inv: ExpectedInvoice,
  index: SightingIndex,
  expectedKeys?: ReadonlySet<string>,
): NearMiss[] {
  return rankNearMisses(nearMissCandidates(inv, index, expectedKeys).values());
}

/** Every near miss in `index`, one per seen key, before ranking and the cut to the best few. */
export function nearMissCandidates(
  inv: ExpectedInvoice,
  index: SightingIndex,
  expectedKeys?: ReadonlySet<string>,
): Map<string, NearMiss> {
  const found = new Map<string, NearMiss>();
  const add = (s: Sighting, kind: NearMiss['kind'], positions: number[]): void => {
    if (s.key === inv.key) return;
    const agrees = agreement(inv, s);
    const sibling = expectedKeys?.has(s.key) ?? false;
    const miss: NearMiss = { sighting: s, kind, positions, agrees, score: nearMissScore(kind, agrees), sibling };
    const prev = found.get(s.key);
    if (!prev || miss.score > prev.score) found.set(s.key, miss);
  };
  /** Sightings whose key has exactly these digits (a hash hit is only a candidate). */
  const withDigits = (digits: string, hash = digitsKey(digits)) =>
    sightingsAt(index, index.byDigits, hash).filter((s) => keyDigits(s.key) === digits);

  const { code, number } = keyParts(inv.key);
  const digits = keyDigits(inv.key);

  // Same digits, other split: code/number boundary shifted, or a 20-digit number typed across code + number.
  for (const s of withDigits(digits)) {
    const bothLegacy = code !== '' && keyParts(s.key).code !== '';
    add(s, bothLegacy ? 'code-number-split' : 'number-in-wrong-field', [code.length]);
  }
  // Code and number typed into each other's fields.
  if (code) for (const s of withDigits(number + code)) add(s, 'code-number-split', [code.length]);

  forEachOneEdit(digits, index.digitLengths, (hash, kind, position, digit) => {
    if (!hasHash(index.byDigits, hash)) return;
    const positions = kind === 'transposition' ? [position, position + 1] : [position];
    for (const s of withDigits(applyEdit(digits, { kind, position, digit }), hash)) add(s, kind, positions);
  });

  // 8 digits typed where a 20-digit number belongs (a 数电 paper invoice's 发票号码, or its last 8 digits), and back.
  const wantLength = number.length === 8 ? 20 : number.length === 20 ? 8 : 0;
  if (wantLength && /^\d+$/.test(number)) {
    const positions = range(digits.length - 8, 8);
    for (const s of sightingsAt(index, index.byLast8, Number(number.slice(-8)))) {
      if (keyParts(s.key).number.length === wantLength) add(s, 'number-in-wrong-field', positions);
    }
  }

  return found;
}

/** Real neighbours before the user's own other invoices, then the likeliest slip first; the best few only. */
export function rankNearMisses(candidates: Iterable<NearMiss>): NearMiss[] {
  return [...candidates]
    .sort(
      (a, b) =>
        Number(a.sibling) - Number(b.sibling) || b.score - a.score || a.sighting.key.localeCompare(b.sighting.key),
    )
    .slice(0, MAX_NEAR_MISSES);
}
