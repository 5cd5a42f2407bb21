import { describe, expect, it } from 'vitest';
import { editField, mergeRows } from './merge-rows';
import { GOOD, row } from './test-rows';

describe('mergeRows', () => {
  it('cross-checks the two files field by field and keeps what only one of them had', () => {
    const ofd = row('1:0', { number: GOOD.number, total: GOOD.total, sellerName: '北京晨光' }, 'ofd');
    const pdf = row('2:0', { number: GOOD.number, total: '1180.00', buyerTaxId: '91110000MA01ABCD52' }, 'pdf-text');
    const merged = mergeRows(ofd, pdf);
    expect(merged.id).toBe('1:0');
    expect(merged.fields.number).toMatchObject({ source: 'ofd', confirmed: true });
    expect(merged.fields.total).toMatchObject({ value: '1130.00', conflicts: [{ value: '1180.00', source: 'pdf-text' }] });
    expect(merged.fields.buyerTaxId?.value).toBe('91110000MA01ABCD52');
    expect(merged.fields.sellerName?.value).toBe('北京晨光');
  });

  it('keeps what the user typed in either row', () => {
    const typed = editField(row('2:0', { number: GOOD.number, total: '1180.00' }, 'ocr'), 'total', '1190.00');
    const merged = mergeRows(row('1:0', { number: GOOD.number, total: GOOD.total }), typed);
    expect(merged.fields.total).toMatchObject({ value: '1190.00', source: 'manual', conflicts: [{ value: '1130.00' }] });
  });
});

describe('editField', () => {
  it('makes the value the user’s own, and clears a field left empty', () => {
    const edited = editField(row('1:0', { total: { value: '113O.00', source: 'ocr', confidence: 0.4 } }), 'total', '1130.00');
    expect(edited.fields.total).toEqual({ value: '1130.00', source: 'manual', confidence: 1, conflicts: [], confirmed: false });
    expect(editField(edited, 'total', ' ').fields.total).toBeUndefined();
  });
});
