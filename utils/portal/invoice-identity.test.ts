import { describe, expect, it } from 'vitest';
import { invoiceIdentities } from './invoice-identity';

describe('invoiceIdentities', () => {
  it.each([
    ['数电 number', { number: '24112000000012345678' }, { key: '24112000000012345678', number: '24112000000012345678' }],
    ['数电 number with an empty code', { number: '24112000000012345678', code: '' }, { key: '24112000000012345678', number: '24112000000012345678' }],
    ['legacy, 12-digit code', { number: '12345678', code: '011002300111' }, { key: '011002300111-12345678', number: '12345678', code: '011002300111' }],
    ['legacy, 10-digit code', { number: '00012345', code: '1100231130' }, { key: '1100231130-00012345', number: '00012345', code: '1100231130' }],
    ['full-width digits and spaces', { number: '１２３４ ５６７８', code: '011002300111' }, { key: '011002300111-12345678', number: '12345678', code: '011002300111' }],
    ['short 数电 field is ignored', { number: '24112000000012345678', shudianNumber: '123' }, { key: '24112000000012345678', number: '24112000000012345678' }],
    ['legacy in ZzfpDm / Zzfphm, Fphm empty', { number: '', paperCode: '011002300111', paperNumber: '12345678' }, { key: '011002300111-12345678', number: '12345678', code: '011002300111' }],
    ['legacy in ZzfpDm / Zzfphm, Fphm repeating the number', { number: '12345678', paperCode: '011002300111', paperNumber: '12345678' }, { key: '011002300111-12345678', number: '12345678', code: '011002300111' }],
  ])('%s', (_label, raw, expected) => expect(invoiceIdentities(raw)).toEqual([expected]));

  it.each([
    ['the 勾选 list: Qdfphm beside Fpdm + Fphm', { number: '12345678', code: '011002300111', shudianNumber: '24112000000012345678' }],
    ['全量发票查询: Fphm beside ZzfpDm + Zzfphm', { number: '24112000000012345678', paperCode: '011002300111', paperNumber: '12345678' }],
  ])('a 数电 paper invoice is known by both numbers, the 数电 one first: %s', (_label, raw) => {
    expect(invoiceIdentities(raw)).toEqual([
      { key: '24112000000012345678', number: '24112000000012345678' },
      { key: '011002300111-12345678', number: '12345678', code: '011002300111' },
    ]);
  });

  it.each([
    ['nothing', {}],
    ['8 digits without a code', { number: '12345678' }],
    ['8 digits with a bad code', { number: '12345678', code: '1234' }],
    ['letters', { number: '2411200000001234567O' }],
    ['19 digits', { number: '2411200000001234567' }],
  ])('rejects %s', (_label, raw) => expect(invoiceIdentities(raw)).toEqual([]));
});
