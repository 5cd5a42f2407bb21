import { describe, expect, it } from 'vitest';
import type { ExpectedInvoice } from '../invoice/model';
import { mergeIntoStored } from './merge-stored';
import { GOOD, NOW, row } from './test-rows';

const stored: ExpectedInvoice = {
  key: GOOD.number, kind: 'shudian', number: GOOD.number, date: GOOD.date, total: GOOD.total, sellerName: '北京晨光',
  origins: { number: { source: 'manual', confidence: 1 } }, addedAt: 1, updatedAt: 2,
};

describe('mergeIntoStored', () => {
  it('fills the blanks from the file and never overwrites what is stored', () => {
    const merge = mergeIntoStored(stored, row('1:0', { ...GOOD, sellerName: '北京晨光文具' }), NOW);
    expect(merge.filled.sort()).toEqual(['amount', 'sellerTaxId', 'tax']);
    expect(merge.differing).toEqual([{ field: 'sellerName', stored: '北京晨光', file: '北京晨光文具' }]);
    expect(merge.invoice).toMatchObject({ sellerName: '北京晨光', sellerTaxId: GOOD.sellerTaxId, addedAt: 1, updatedAt: NOW });
    expect(merge.invoice?.origins.sellerTaxId).toEqual({ source: 'xml', confidence: 1 });
  });

  it('offers nothing when the file adds nothing', () => {
    expect(mergeIntoStored(stored, row('1:0', { number: GOOD.number, total: GOOD.total }), NOW).invoice).toBeNull();
  });
});
