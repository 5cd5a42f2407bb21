import { describe, expect, it } from 'vitest';
import type { ExpectedInvoice } from '../invoice/model';
import { checkRows } from './check-rows';
import { GOOD, NOW, row } from './test-rows';

const stored = (key: string): ExpectedInvoice => ({ key, kind: 'shudian', number: key, date: '2026-11-02', total: '1130.00', origins: {}, addedAt: 1, updatedAt: 5 });

describe('checkRows', () => {
  it('finds a well-formed row ready, keyed by its number', () => {
    const check = checkRows([row('1:0', GOOD)], new Map(), NOW).get('1:0');
    expect(check).toMatchObject({ state: 'ready', key: GOOD.number, errors: [], flagged: {} });
    expect(check?.invoice?.origins.number).toEqual({ source: 'xml', confidence: 1 });
  });

  it.each([
    ['a guess', { total: { value: '1130.00', source: 'ocr' as const, confidence: 0.5 } }, 'total', 'low-confidence'],
    ['two sources that disagree', { total: { value: '1130.00', conflicts: [{ value: '1180.00', source: 'ocr' as const }] } }, 'total', 'conflict'],
    ['a warning of the rules', { sellerTaxId: '123456789012345' }, 'sellerTaxId', 'warning'],
  ])('asks the user to check %s', (_label, change, field, flag) => {
    const check = checkRows([row('1:0', { ...GOOD, ...change })], new Map(), NOW).get('1:0');
    expect(check?.state).toBe('check');
    expect(check?.flagged[field as 'total']).toBe(flag);
  });

  it('marks what breaks a rule and keeps the row from saving', () => {
    const check = checkRows([row('1:0', { ...GOOD, amount: '1000.00', tax: '100.00' })], new Map(), NOW).get('1:0');
    expect(check).toMatchObject({ state: 'invalid', invoice: null, flagged: { total: 'error' } });
  });

  it('does not flag what the user typed, however the rules judge it', () => {
    const check = checkRows([row('1:0', { ...GOOD, total: { value: '1130.00', source: 'manual', confidence: 1 } }, 'ocr')], new Map(), NOW).get('1:0');
    expect(check?.flagged.total).toBeUndefined();
  });

  it('tells a repeat within the import from an invoice already stored', () => {
    const rows = [row('1:0', GOOD), row('2:0', GOOD), row('3:0', { ...GOOD, number: '26112000000099999999' })];
    const checks = checkRows(rows, new Map([['26112000000099999999', stored('26112000000099999999')]]), NOW);
    expect(checks.get('1:0')?.state).toBe('ready');
    expect(checks.get('2:0')).toMatchObject({ state: 'duplicate', duplicateOf: '1:0' });
    expect(checks.get('3:0')).toMatchObject({ state: 'stored', stored: { updatedAt: 5 } });
  });

  it('saves the repeat that passes the rules when the first one does not', () => {
    const checks = checkRows([row('1:0', { ...GOOD, date: '' }, 'ocr'), row('2:0', GOOD)], new Map(), NOW);
    expect(checks.get('2:0')?.state).toBe('ready');
    expect(checks.get('1:0')).toMatchObject({ state: 'duplicate', duplicateOf: '2:0' });
  });

  it('keys a row whose number is readable even when another field is wrong', () => {
    expect(checkRows([row('1:0', { ...GOOD, date: '' })], new Map(), NOW).get('1:0')).toMatchObject({ state: 'invalid', key: GOOD.number });
  });
});
