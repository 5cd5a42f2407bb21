import { describe, expect, it } from 'vitest';
import { aLegacy, anExpected } from '../reconcile/test-fixtures';
import { verifyOutcome, verifyValues } from './verify-page';

describe('verifyValues', () => {
  it.each([
    ['a 数电 invoice: 价税合计', anExpected({ total: '1130.00' }), { code: '', number: '24112000000123456789', date: '20240520', amount: '1130.00' }],
    [
      'a legacy e-普票: last 6 of the 校验码',
      aLegacy('011002300111', '00012345', { typeCode: '10', checkCode: '01234567890123456789' }),
      { code: '011002300111', number: '00012345', date: '20240520', amount: '456789' },
    ],
    [
      'a legacy 专票: 金额 without tax',
      aLegacy('1100231130', '00012345', { typeCode: '01', amount: '1000.00' }),
      { code: '1100231130', number: '00012345', date: '20240520', amount: '1000.00' },
    ],
    [
      'a legacy 电子专票 whose record lacks its type: 金额, as its code says',
      aLegacy('011002300113', '00012345', { amount: '1000.00', checkCode: '01234567890123456789' }),
      { code: '011002300113', number: '00012345', date: '20240520', amount: '1000.00' },
    ],
    ['a legacy 专票 without 金额: nothing to fill', aLegacy('1100231130', '00012345', { typeCode: '01' }), { code: '1100231130', number: '00012345', date: '20240520', amount: null }],
  ])('%s', (_label, inv, expected) => expect(verifyValues(inv)).toEqual(expected));
});

describe('verifyOutcome', () => {
  it.each([
    ['查验结果：发票信息一致', 'match'],
    ['所查发票不一致', 'mismatch'],
    ['查无此票', 'not-found'],
    ['验证码错误，请重新输入', 'captcha-error'],
    ['请输入验证码', null],
  ] as const)('%s -> %s', (text, outcome) => expect(verifyOutcome(text)).toBe(outcome));
});
