import { describe, expect, it } from 'vitest';
import type { Sighting } from '../invoice/model';
import { nearMissCandidates } from '../reconcile/near-miss';
import { indexSightings } from '../reconcile/sighting-index';
import { aLegacy, aSighting, anExpected } from '../reconcile/test-fixtures';
import { invoicesNear } from './near-reach';

const seen = (key: string): Sighting => aSighting({ key, number: key.split('-').pop()! });

describe('invoicesNear', () => {
  it.each([
    ['a wrong digit', anExpected(), '24112000000123456780'],
    ['two digits swapped', anExpected(), '24112000000123456798'],
    ['a digit dropped', anExpected(), '2411200000012345678'],
    ['a digit too many', anExpected(), '241120000001234567890'],
    ['code and number typed into each other', aLegacy('12345678', '011002400111'), '011002400111-12345678'],
    ['the code/number boundary shifted', aLegacy('0110024001', '1112345678'), '011002400111-12345678'],
    ['8 digits for the 20-digit number', anExpected({ key: '23456789', number: '23456789', kind: 'legacy' }), '24112000000123456789'],
    ['the 20-digit number for 8 digits', anExpected(), '011002400111-23456789'],
    ['a number with a letter, read off a bad scan, ending in the same 8 digits', anExpected({ key: '23456789', number: '23456789', kind: 'legacy' }), '1A345678901223456789'],
  ])('finds the invoice a sighting is a near miss of: %s', (_what, inv, key) => {
    const s = seen(key);
    // The relation holds as findNearMisses sees it, so the backwards probe must find it too.
    expect(nearMissCandidates(inv, indexSightings([s])).size).toBeGreaterThan(0);
    expect(invoicesNear([s], [inv])).toContain(inv.key);
  });

  it('leaves out an invoice no new sighting is near', () => {
    expect(invoicesNear([seen('24112000000999999999')], [anExpected()]).size).toBe(0);
  });
});
