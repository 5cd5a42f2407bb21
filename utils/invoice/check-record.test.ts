import { describe, expect, it } from 'vitest';
import { checkInvoiceRecord } from './check-record';
import type { ExpectedInvoice } from './model';

const SHUDIAN: ExpectedInvoice = {
  key: '24312000000136634917',
  kind: 'shudian',
  number: '24312000000136634917',
  date: '2024-05-14',
  total: '0.01',
  amount: '0.01',
  tax: '0.00',
  sellerTaxId: '91350100M000100Y43',
  buyerTaxId: '914400007556190127',
  typeCode: '82',
  qr: '01,32,,24312000000136634917,0.01,20240514,,1DD6',
  origins: {},
  addedAt: 0,
  updatedAt: 0,
};

const LEGACY: ExpectedInvoice = {
  key: '052002100113-00008006',
  kind: 'legacy',
  number: '00008006',
  code: '052002100113',
  date: '2022-05-05',
  total: '27706.53',
  amount: '24519.05',
  tax: '3187.48',
  sellerTaxId: '91441702707782974C',
  typeCode: '08',
  checkCode: '18001801513030862041',
  qr: '01,20,052002100113,00008006,24519.05,20220505,18001801513030862041,88CD,',
  origins: {},
  addedAt: 0,
  updatedAt: 0,
};

const codes = (inv: ExpectedInvoice) => checkInvoiceRecord(inv).map((p) => `${p.field}:${p.code}`);

describe('checkInvoiceRecord', () => {
  it.each<[string, ExpectedInvoice, string[]]>([
    ['a complete 数电 record', SHUDIAN, []],
    ['a complete legacy record', LEGACY, []],
    [
      'a bare 数电 record',
      { ...SHUDIAN, amount: undefined, tax: undefined, sellerTaxId: undefined, buyerTaxId: undefined, typeCode: undefined, qr: undefined },
      [],
    ],
    ['a stale key', { ...SHUDIAN, key: '24312000000136634918' }, ['number:key-mismatch']],
    ['an impossible date', { ...SHUDIAN, date: '2023-02-29' }, ['date:date-invalid', 'date:qr-date-mismatch']],
    [
      'a number from another year',
      { ...SHUDIAN, date: '2023-05-14' },
      ['number:number-year-mismatch', 'date:qr-date-mismatch'],
    ],
    [
      'a total that is not amount + tax',
      { ...SHUDIAN, total: '0.02' },
      ['total:total-mismatch', 'total:qr-total-mismatch'],
    ],
    ['a wrong pre-tax amount on a 数电 record', { ...SHUDIAN, amount: '0.02' }, ['total:total-mismatch']],
    [
      'a code on a 数电 record',
      { ...SHUDIAN, code: '052002100113', key: '052002100113-24312000000136634917' },
      ['code:code-not-expected', 'code:qr-code-mismatch'],
    ],
    ['a bad seller tax ID', { ...SHUDIAN, sellerTaxId: '91350100M000100Y44' }, ['sellerTaxId:tax-id-checksum']],
    ['an old buyer tax ID', { ...SHUDIAN, buyerTaxId: '440301123456789' }, ['buyerTaxId:tax-id-old-style']],
    [
      'a legacy type on a 数电 record',
      { ...SHUDIAN, typeCode: '10' },
      ['typeCode:type-kind-mismatch', 'typeCode:qr-typeCode-mismatch'],
    ],
    ['a misread QR', { ...SHUDIAN, qr: '01,32,,24312000000136634917,0.01,20240514,,1DD7' }, ['qr:qr-crc-mismatch']],
    [
      'a QR of another invoice',
      { ...SHUDIAN, qr: '01,32,,23442000000014209621,112,20230215,,D327' },
      ['number:qr-number-mismatch', 'date:qr-date-mismatch', 'total:qr-total-mismatch'],
    ],
    ['a wrong legacy amount', { ...LEGACY, amount: '24519.06' }, ['total:total-mismatch', 'amount:qr-amount-mismatch']],
    ['a wrong check code', { ...LEGACY, checkCode: '18001801513030862042' }, ['checkCode:qr-checkCode-mismatch']],
    [
      'a legacy record without code',
      { ...LEGACY, code: undefined, key: '00008006' },
      ['code:code-missing', 'code:qr-code-mismatch'],
    ],
    [
      'a legacy code two years older than the date',
      { ...LEGACY, date: '2024-05-05' },
      ['code:code-year-too-old', 'date:qr-date-mismatch'],
    ],
    [
      'a 数电 type on a legacy record',
      { ...LEGACY, typeCode: '82' },
      ['typeCode:type-kind-mismatch', 'typeCode:qr-typeCode-mismatch'],
    ],
    [
      'a 7-digit legacy number',
      { ...LEGACY, number: '0000800', key: '052002100113-0000800', qr: undefined },
      ['number:legacy-number-length'],
    ],
  ])('%s -> %j', (_label, inv, expected) => expect(codes(inv)).toEqual(expected));

  it('shows both the sum and the recorded total', () => {
    const [p] = checkInvoiceRecord({ ...LEGACY, total: '27706.54', qr: undefined });
    expect(p?.zh).toBe('金额 24519.05 + 税额 3187.48 = 27706.53，与价税合计 27706.54 不符。');
  });

  it('names invoice types rather than quoting their codes', () => {
    expect(checkInvoiceRecord({ ...SHUDIAN, typeCode: '10' }).map((p) => p.zh)).toEqual([
      '票种「增值税电子普通发票」与数电发票（20位号码）不符，请核对票种或号码。',
      '二维码中的票种是「数电普票」，但记录填的是「增值税电子普通发票」。',
    ]);
    expect(checkInvoiceRecord({ ...SHUDIAN, typeCode: '99' }).map((p) => p.en)).toEqual([
      "The QR code says the type is 'digital ordinary invoice', but the record has 'type code 99'.",
    ]);
  });
});
