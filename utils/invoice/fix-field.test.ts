import { describe, expect, it } from 'vitest';
import type { ExpectedInvoice } from './model';
import { inputWithFix, type FixableField } from './fix-field';
import { parseExpectedInput } from './parse-input';

const NOW = Date.UTC(2024, 5, 1);
const MANUAL = { source: 'manual', confidence: 1 } as const;
const PORTAL = { source: 'portal', confidence: 1 } as const;
const SHUDIAN: ExpectedInvoice = {
  key: '24312000000136634917',
  kind: 'shudian',
  number: '24312000000136634917',
  date: '2024-05-14',
  total: '0.01',
  sellerTaxId: '914400007556190127',
  origins: { number: MANUAL, date: MANUAL, total: MANUAL, sellerTaxId: MANUAL },
  addedAt: 1,
  updatedAt: 1,
};
const LEGACY: ExpectedInvoice = { ...SHUDIAN, key: '052002100113-00008006', kind: 'legacy', number: '00008006', code: '052002100113', date: '2022-05-05', total: '24519.05', origins: { ...SHUDIAN.origins, code: MANUAL } };

describe('inputWithFix', () => {
  it.each<[string, ExpectedInvoice, FixableField, string, Partial<ExpectedInvoice>]>([
    ['a number', SHUDIAN, 'number', '24312000000136634918', { key: '24312000000136634918', total: '0.01', sellerTaxId: '914400007556190127' }],
    ['a total', SHUDIAN, 'total', '0.02', { key: SHUDIAN.key, total: '0.02' }],
    ['a date', SHUDIAN, 'date', '2024-05-15', { date: '2024-05-15' }],
    ['a legacy code', LEGACY, 'code', '052002100114', { key: '052002100114-00008006' }],
    ['a 数电 key for a legacy record', LEGACY, 'key', '22312000000136634917', { key: '22312000000136634917', kind: 'shudian' }],
  ])('corrects %s and keeps the other fields', (_label, inv, field, value, expected) => {
    const input = inputWithFix(inv, field, value);
    const parsed = input && parseExpectedInput(input, NOW);
    expect(parsed?.ok).toBe(true);
    if (parsed?.ok) {
      expect(parsed.invoice).toMatchObject(expected);
      expect(parsed.invoice.origins[field === 'key' ? 'number' : field]).toEqual(PORTAL);
    }
  });

  it('drops the legacy code when the correct key is a 数电 number', () => {
    const input = inputWithFix(LEGACY, 'key', '22312000000136634917');
    expect(input?.code).toBeUndefined();
    expect(input?.origins).not.toHaveProperty('code');
  });

  it('refuses a key that is not a key', () => expect(inputWithFix(SHUDIAN, 'key', '12-34')).toBeNull());
});
