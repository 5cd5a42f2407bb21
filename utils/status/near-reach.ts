import type { ExpectedInvoice, Sighting } from '../invoice/model';
import { digitsKey } from '../reconcile/digit-hash';
import { forEachWithHash } from '../reconcile/hash-chains';
import { keyDigits, keyParts } from '../reconcile/key-parts';
import { forEachOneEdit } from '../reconcile/one-edit';
import { indexSightings } from '../reconcile/sighting-index';

/**
 * Unseen invoices that one of a few new sightings may be a near miss of, found from the sightings' side: each
 * relation findNearMisses looks for (same digits, code and number swapped, one slip, the last 8 digits) is probed
 * backwards. A superset: each candidate is then checked the usual way. Probing 50 sightings beats probing every
 * unseen invoice against them.
 */
export function invoicesNear(fresh: readonly Sighting[], unseen: readonly ExpectedInvoice[]): Set<string> {
  // The index reads only the key; invoices stand in for sightings.
  const index = indexSightings(unseen.map((e) => ({ key: e.key }) as Sighting));
  const found = new Set<string>();
  const take = (hash: number) => forEachWithHash(index.byDigits, hash, (i) => found.add(index.sightings[i]!.key));
  for (const s of fresh) {
    const digits = keyDigits(s.key);
    // Same digits split elsewhere, and every rotation for code and number typed into each other's fields.
    for (let k = 0; k < Math.max(digits.length, 1); k++) take(digitsKey(digits.slice(k) + digits.slice(0, k)));
    forEachOneEdit(digits, index.digitLengths, (hash) => take(hash));
    const { number } = keyParts(s.key);
    if (/\d{8}$/.test(number)) {
      forEachWithHash(index.byLast8, Number(number.slice(-8)), (i) => found.add(index.sightings[i]!.key));
    }
  }
  return found;
}
