import { describe, expect, it } from 'vitest';
import type { ExpectedInvoice, Sighting } from '../invoice/model';
import { findNearMisses } from './near-miss';
import { indexSightings } from './sighting-index';
import type { NearMissKind } from './types';
import { aLegacy, aSighting, anExpected, NUMBER } from './test-fixtures';

const seen20 = (n: string, over: Partial<Sighting> = {}) => aSighting({ key: n, number: n, ...over });
const seenLegacy = (code: string, n: string, over: Partial<Sighting> = {}) =>
  aSighting({ key: `${code}-${n}`, code, number: n, typeCode: '10', ...over });
const typed20 = (n: string) => anExpected({ key: n, number: n });

describe('findNearMisses kinds', () => {
  it.each<[string, ExpectedInvoice, Sighting, NearMissKind, number[]]>([
    ['one wrong digit', typed20('24112000000123456780'), seen20(NUMBER), 'substitution', [19]],
    ['wrong first digit', typed20('34112000000123456789'), seen20(NUMBER), 'substitution', [0]],
    ['swapped neighbours', typed20('24112000000123456798'), seen20(NUMBER), 'transposition', [18, 19]],
    ['dropped digit', typed20('2411200000012345679'), seen20(NUMBER), 'deletion', [18]],
    ['extra digit', typed20('241120000001234567890'), seen20(NUMBER), 'insertion', [20]],
    ['extra digit inside', typed20('241120000001234567789'), seen20(NUMBER), 'insertion', [17]],
    [
      'legacy code digit wrong',
      aLegacy('011002300111', '12345678'),
      seenLegacy('011002300211', '12345678'),
      'substitution',
      [9],
    ],
    [
      'legacy number digit swapped',
      aLegacy('011002300111', '12345687'),
      seenLegacy('011002300111', '12345678'),
      'transposition',
      [18, 19],
    ],
    [
      'code/number boundary shifted',
      aLegacy('01100230011', '112345678'),
      seenLegacy('011002300111', '12345678'),
      'code-number-split',
      [11],
    ],
    [
      'code and number swapped',
      aLegacy('12345678', '011002300111'),
      seenLegacy('011002300111', '12345678'),
      'code-number-split',
      [8],
    ],
    [
      '20 digits typed across code + number',
      aLegacy('241120000001', '23456789'),
      seen20(NUMBER),
      'number-in-wrong-field',
      [12],
    ],
    [
      'last 8 digits typed as the number',
      anExpected({ key: '23456789', number: '23456789' }),
      seen20(NUMBER),
      'number-in-wrong-field',
      [0, 1, 2, 3, 4, 5, 6, 7],
    ],
    [
      'legacy 发票号码 of a 数电 paper invoice',
      aLegacy('011002400111', '23456789'),
      seen20(NUMBER),
      'number-in-wrong-field',
      [12, 13, 14, 15, 16, 17, 18, 19],
    ],
    [
      '20-digit number typed for a legacy one',
      typed20('24112000000112345678'),
      seenLegacy('011002300111', '12345678'),
      'number-in-wrong-field',
      [12, 13, 14, 15, 16, 17, 18, 19],
    ],
  ])('%s', (_name, inv, sighting, kind, positions) => {
    const [best] = findNearMisses(inv, indexSightings([sighting]));
    expect(best?.sighting.key).toBe(sighting.key);
    expect(best?.kind).toBe(kind);
    expect(best?.positions).toEqual(positions);
  });

  it.each<[string, ExpectedInvoice]>([
    ['two wrong digits', typed20('24112000000123456700')],
    ['different invoice', typed20('24442000000987654321')],
    ['the same key (never a near miss of itself)', typed20(NUMBER)],
  ])('finds nothing for %s', (_name, inv) => {
    expect(findNearMisses(inv, indexSightings([seen20(NUMBER)]))).toEqual([]);
  });
});

describe('findNearMisses ranking', () => {
  const typo = typed20('24112000000123456780'); // one digit from both candidates below
  const right = seen20(NUMBER, { total: '1130.00', date: '2024-05-20' });
  const neighbour = seen20('24112000000123456781', { total: '88.00', date: '2024-05-20' });

  it.each<[string, Sighting[], string]>([
    ['amount agreement wins over key order', [neighbour, right], NUMBER],
    ['amount agreement wins in either insertion order', [right, neighbour], NUMBER],
  ])('%s', (_name, sightings, bestKey) => {
    const misses = findNearMisses(typo, indexSightings(sightings));
    expect(misses.map((m) => m.sighting.key)[0]).toBe(bestKey);
    expect(misses[0]!.score).toBeGreaterThan(misses[1]!.score);
  });

  it.each<[string, Partial<Sighting>, { amount: boolean | null; date: boolean | null; seller: boolean | null }]>([
    ['all agree', {}, { amount: true, date: true, seller: true }],
    ['amount differs', { total: '1.00' }, { amount: false, date: true, seller: true }],
    [
      'nothing known',
      { total: undefined, date: undefined, sellerTaxId: undefined },
      { amount: null, date: null, seller: null },
    ],
  ])('agreement: %s', (_name, over, agrees) => {
    expect(findNearMisses(typo, indexSightings([seen20(NUMBER, over)]))[0]?.agrees).toEqual(agrees);
  });

  it('keeps at most five, best first', () => {
    const many = Array.from({ length: 9 }, (_, d) =>
      seen20(NUMBER.slice(0, -1) + String(d), { total: d === 3 ? '1130.00' : '5.00' }),
    );
    const misses = findNearMisses(typo, indexSightings(many));
    expect(misses).toHaveLength(5);
    expect(misses[0]?.sighting.key.endsWith('3')).toBe(true);
  });
});
