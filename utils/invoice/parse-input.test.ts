import { describe, expect, it } from 'vitest';
import type { ExpectedInvoice, FieldOrigin } from './model';
import { parseExpectedInput, type ExpectedInput } from './parse-input';

/** 2024-06-01 08:00 in China. */
const NOW = Date.UTC(2024, 5, 1, 0, 0);
const MANUAL: FieldOrigin = { source: 'manual', confidence: 1 };
const BASE: ExpectedInput = { number: '24312000000136634917', date: '2024-05-14', total: '0.01' };
const LEGACY_QR = '01,20,052002100113,00008006,24519.05,20220505,18001801513030862041,88CD,';

function parsedInvoice(raw: ExpectedInput, now = NOW): ExpectedInvoice {
  const result = parseExpectedInput(raw, now);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.invoice;
}

describe('parseExpectedInput: accepted input', () => {
  it('normalises a 数电 entry typed with full-width digits, spaces, 年月日 and ¥', () => {
    expect(
      parseExpectedInput(
        { number: '２４３１ ２０００ ０００１ ３６６３ ４９１７', code: ' ', date: '2024年5月14日', total: '¥0.01', note: '  ' },
        NOW,
      ),
    ).toEqual({
      ok: true,
      invoice: {
        key: '24312000000136634917',
        kind: 'shudian',
        number: '24312000000136634917',
        date: '2024-05-14',
        total: '0.01',
        origins: { number: MANUAL, date: MANUAL, total: MANUAL },
        addedAt: NOW,
        updatedAt: NOW,
      },
      warnings: [],
    });
  });

  it('normalises every field of a legacy entry and keeps given origins', () => {
    const qrOrigin: FieldOrigin = { source: 'qr', confidence: 1 };
    const invoice = parsedInvoice({
      number: '0000 8006',
      code: '0520-0210-0113',
      date: '2022/5/5',
      total: '27,706.53',
      amount: '24519.05元',
      tax: '3187.48',
      sellerTaxId: ' 91441702707782974c ',
      sellerName: ' 某某科技有限公司 ',
      typeCode: '０８',
      checkCode: '18001 80151 30308 62041',
      qr: ` ${LEGACY_QR} `,
      origins: { qr: qrOrigin, number: qrOrigin, buyerName: MANUAL },
    });
    expect(invoice).toEqual({
      key: '052002100113-00008006',
      kind: 'legacy',
      number: '00008006',
      code: '052002100113',
      date: '2022-05-05',
      total: '27706.53',
      amount: '24519.05',
      tax: '3187.48',
      sellerTaxId: '91441702707782974C',
      sellerName: '某某科技有限公司',
      typeCode: '08',
      checkCode: '18001801513030862041',
      qr: LEGACY_QR,
      origins: {
        number: qrOrigin,
        code: MANUAL,
        date: MANUAL,
        total: MANUAL,
        amount: MANUAL,
        tax: MANUAL,
        sellerTaxId: MANUAL,
        sellerName: MANUAL,
        typeCode: MANUAL,
        checkCode: MANUAL,
        qr: qrOrigin,
      },
      addedAt: NOW,
      updatedAt: NOW,
    });
  });

  it.each<[string, ExpectedInput, number, string[]]>([
    ['an old-style buyer tax ID', { ...BASE, buyerTaxId: '440301123456789' }, NOW, ['tax-id-old-style']],
    ['an unknown province', { ...BASE, number: '24022000000136634917' }, NOW, ['number-province-unknown']],
    ['tomorrow in China', { ...BASE, date: '2024-06-02' }, NOW, ['date-in-future']],
    ['today in China while still yesterday in UTC', { ...BASE, date: '2024-06-01' }, Date.UTC(2024, 4, 31, 17), []],
    ['a resident ID as buyer', { ...BASE, buyerTaxId: '11010519491231002X' }, NOW, ['tax-id-personal-id']],
    [
      'paper stock used two years after its code was issued',
      { number: '12345678', code: '011002200104', date: '2024-05-20', total: '100.00' },
      NOW,
      ['code-year-too-old'],
    ],
  ])('accepts %s with warnings %j', (_label, raw, now, expected) => {
    const result = parseExpectedInput(raw, now);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings.map((p) => p.code)).toEqual(expected);
  });
});

describe('parseExpectedInput: refused input', () => {
  it.each<[string, ExpectedInput, string[]]>([
    ['an impossible date', { ...BASE, date: '2023-02-29' }, ['date:date-invalid']],
    ['no date', { ...BASE, date: ' ' }, ['date:date-missing']],
    ['no total', { ...BASE, total: '' }, ['total:total-missing']],
    ['three decimals', { ...BASE, total: '1.234' }, ['total:total-invalid']],
    ['a bad tax amount', { ...BASE, tax: 'abc' }, ['tax:tax-invalid']],
    ['a bad pre-tax amount', { ...BASE, amount: '1,2' }, ['amount:amount-invalid']],
    ['a non-numeric type code', { ...BASE, typeCode: 'x1' }, ['typeCode:type-code-invalid']],
    ['a non-numeric check code', { ...BASE, checkCode: '12a' }, ['checkCode:check-code-invalid']],
    ['an 8-digit number without code', { ...BASE, number: '00008006' }, ['code:code-missing']],
    ['a number from another year', { ...BASE, date: '2023-05-14' }, ['number:number-year-mismatch']],
    ['a seller tax ID with a typo', { ...BASE, sellerTaxId: '91350100M000100Y44' }, ['sellerTaxId:tax-id-checksum']],
    ['amount + tax not equal to total', { ...BASE, amount: '0.01', tax: '0.01' }, ['total:total-mismatch']],
    ['a note longer than a record may hold', { ...BASE, note: '备'.repeat(2001) }, ['note:too-long']],
    ['a seller name longer than a record may hold', { ...BASE, sellerName: 'x'.repeat(201) }, ['sellerName:too-long']],
    [
      'a typo with a warning alongside',
      { ...BASE, sellerTaxId: '91350100M000100Y44', buyerTaxId: '440301123456789' },
      ['sellerTaxId:tax-id-checksum', 'buyerTaxId:tax-id-old-style'],
    ],
    [
      'a QR of another invoice',
      { ...BASE, qr: LEGACY_QR },
      ['number:qr-number-mismatch', 'code:qr-code-mismatch', 'date:qr-date-mismatch'],
    ],
    [
      'several errors at once',
      { number: '123', date: '2024-13-01', total: 'x' },
      ['number:number-length', 'date:date-invalid', 'total:total-invalid'],
    ],
    ['a malformed object', { number: 5 } as unknown as ExpectedInput, ['input:input-shape']],
  ])('refuses %s', (_label, raw, expected) => {
    const result = parseExpectedInput(raw, NOW);
    expect(result.ok ? [] : result.problems.map((p) => `${p.field}:${p.code}`)).toEqual(expected);
  });

  it.each<[ExpectedInput, { number: string; code?: string }]>([
    [{ ...BASE, number: '05200210011300008006', date: '2022-05-05' }, { code: '052002100113', number: '00008006' }],
    [{ ...BASE, number: '', code: '24312000000136634917' }, { number: '24312000000136634917' }],
  ])('offers a corrected reading for %j', (raw, suggestion) => {
    const result = parseExpectedInput(raw, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.suggestion).toEqual(suggestion);
  });
});
