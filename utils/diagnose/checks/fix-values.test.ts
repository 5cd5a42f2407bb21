import { describe, expect, it } from 'vitest';
import { aLegacy, aSighting, anExpected } from '../../reconcile/test-fixtures';
import { diagnose } from '../diagnose';
import { aContext, type ContextInput } from '../test-context';
import type { CheckId } from '../types';

/** The one-click fix writes this value into the stored invoice: it must be the portal's, character for character. */
describe('the exact value a fix offers (改为 …)', () => {
  it.each<[string, CheckId, ContextInput, string, string]>([
    ['a total the portal shows otherwise', 'amount-mismatch', { sightings: [aSighting({ total: '1131.50' })] }, 'total', '1131.50'],
    ['an issue date the portal shows otherwise', 'date-mismatch', { sightings: [aSighting({ date: '2024-05-21' })] }, 'date', '2024-05-21'],
    ['one digit of the number', 'typo', { expected: anExpected({ key: '24112000000123456780', number: '24112000000123456780' }), sightings: [aSighting()] }, 'number', '24112000000123456789'],
    [
      'the code of a legacy invoice',
      'typo',
      { expected: aLegacy('011002300112', '00012345'), sightings: [aSighting({ key: '011002300111-00012345', code: '011002300111', number: '00012345', typeCode: '04' })] },
      'code',
      '011002300111',
    ],
    [
      'code and number typed into each other',
      'typo',
      { expected: aLegacy('00012345', '011002300111'), sightings: [aSighting({ key: '011002300111-00012345', code: '011002300111', number: '00012345', typeCode: '04' })] },
      'key',
      '011002300111-00012345',
    ],
  ])('%s', (_what, check, input, field, value) => {
    const finding = diagnose(aContext(input)).find((f) => f.id === check);
    expect(finding?.verdict).toBe('cause');
    expect(finding?.next?.action).toEqual({ kind: 'fix-field', field, value });
  });
});
