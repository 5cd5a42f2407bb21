import { describe, expect, it } from 'vitest';
import { aLegacy, anExpected } from '../reconcile/test-fixtures';
import { changedFields, draftOf } from './edit-draft';

const invoice = anExpected({ sellerName: '北京甲公司', note: '三月房租' });

describe('draftOf', () => {
  it('fills each field with the stored value, or nothing', () => {
    expect(draftOf(invoice)).toEqual({ number: invoice.number, code: '', date: '2024-05-20', total: '1130.00', sellerName: '北京甲公司', sellerTaxId: invoice.sellerTaxId, note: '三月房租' });
    expect(draftOf(aLegacy('011002400111', '12345678')).code).toBe('011002400111');
  });
});

describe('changedFields', () => {
  it.each([
    ['nothing changed', {}, {}],
    ['one field', { total: '1230.00' }, { total: '1230.00' }],
    ['two fields, as typed', { date: '2024年5月21日', sellerName: '北京乙公司' }, { date: '2024年5月21日', sellerName: '北京乙公司' }],
    ['a field emptied', { note: '' }, { note: '' }],
    ['a field given for the first time', { code: '011002400111' }, { code: '011002400111' }],
    ['spaces only', { total: ' 1130.00 ', note: '三月房租  ' }, {}],
    ['a value with spaces around it', { sellerName: ' 北京乙公司 ' }, { sellerName: '北京乙公司' }],
  ])('%s', (_, edits, expected) => {
    expect(changedFields(invoice, { ...draftOf(invoice), ...edits })).toEqual(expected);
  });
});
