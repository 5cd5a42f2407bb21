import { describe, expect, it } from 'vitest';
import { invoiceIdentity } from './invoice-identity';

describe('invoiceIdentity', () => {
  it.each([
    ['数电 number', { number: '24112000000012345678' }, { key: '24112000000012345678', number: '24112000000012345678' }],
    ['数电 number with an empty code', { number: '24112000000012345678', code: '' }, { key: '24112000000012345678', number: '24112000000012345678' }],
    ['legacy, 12-digit code', { number: '12345678', code: '011002300111' }, { key: '011002300111-12345678', number: '12345678', code: '011002300111' }],
    ['legacy, 10-digit code', { number: '00012345', code: '1100231130' }, { key: '1100231130-00012345', number: '00012345', code: '1100231130' }],
    ['full-width digits and spaces', { number: '１２３４ ５６７８', code: '011002300111' }, { key: '011002300111-12345678', number: '12345678', code: '011002300111' }],
    [
      '数电 paper: the 数电 number wins over code + number',
      { number: '12345678', code: '011002300111', shudianNumber: '24112000000012345678' },
      { key: '24112000000012345678', number: '24112000000012345678' },
    ],
    ['short 数电 field is ignored', { number: '24112000000012345678', shudianNumber: '123' }, { key: '24112000000012345678', number: '24112000000012345678' }],
  ])('%s', (_label, raw, expected) => expect(invoiceIdentity(raw)).toEqual(expected));

  it.each([
    ['nothing', {}],
    ['8 digits without a code', { number: '12345678' }],
    ['8 digits with a bad code', { number: '12345678', code: '1234' }],
    ['letters', { number: '2411200000001234567O' }],
    ['19 digits', { number: '2411200000001234567' }],
  ])('rejects %s', (_label, raw) => expect(invoiceIdentity(raw)).toBeNull());
});
