import { describe, expect, it } from 'vitest';
import type { Direction, ExpectedInvoice, QueryScope } from '../invoice/model';
import { possibleTypeCodes } from './invoice-types';
import { dateFits, expectedDirection, type Fit } from './scope-fit';
import { aLegacy, aScope, anExpected, ME, OTHER_TAX_ID, SELLER } from './test-fixtures';

describe('expectedDirection', () => {
  it.each<[string, ExpectedInvoice, string | null, Direction | null]>([
    ['we are the buyer', anExpected(), ME, 'received'],
    ['we are the seller', anExpected({ sellerTaxId: ME, buyerTaxId: OTHER_TAX_ID }), ME, 'issued'],
    [
      'no buyer recorded: received, as most expected invoices are',
      anExpected({ buyerTaxId: undefined }),
      ME,
      'received',
    ],
    ['taxpayer unknown', anExpected({ buyerTaxId: OTHER_TAX_ID }), null, 'received'],
    ['another buyer, not us as seller', anExpected({ buyerTaxId: OTHER_TAX_ID, sellerTaxId: SELLER }), ME, null],
  ])('%s', (_name, inv, taxId, direction) => {
    expect(expectedDirection(inv, taxId)).toBe(direction);
  });
});

describe('dateFits', () => {
  it.each<[string, QueryScope, Fit]>([
    ['inside', aScope(), true],
    ['first day', aScope({ dateFrom: '2024-05-20' }), true],
    ['last day', aScope({ dateTo: '2024-05-20' }), true],
    ['before', aScope({ dateFrom: '2024-05-21' }), false],
    ['after', aScope({ dateTo: '2024-05-19' }), false],
    ['open range', aScope({ dateFrom: null, dateTo: null }), true],
    ['encrypted, dates unknown', aScope({ encrypted: true, dateFrom: null, dateTo: null }), null],
    ['encrypted, dates read from the form', aScope({ encrypted: true }), true],
  ])('%s', (_name, scope, fit) => {
    expect(dateFits(scope, '2024-05-20')).toBe(fit);
  });
});

describe('possibleTypeCodes', () => {
  it.each<[string, ExpectedInvoice, readonly string[] | null]>([
    ['recorded type', anExpected({ typeCode: '81' }), ['81']],
    ['数电 number', anExpected(), ['81', '82', '85', '86']],
    ['12-digit code, 电子普票', aLegacy('011002300111', '12345678'), ['10']],
    ['12-digit code, 通行费', aLegacy('011002300112', '12345678'), ['14']],
    ['12-digit code, 电子专票', aLegacy('011002300113', '12345678'), ['08']],
    ['12-digit code, 卷票', aLegacy('011002300106', '12345678'), ['11']],
    ['10-digit code, 专票', aLegacy('1100231100', '12345678'), ['01']],
    ['10-digit code, 普票', aLegacy('1100231600', '12345678'), ['04']],
    ['unknown kind digit', aLegacy('1100231900', '12345678'), null],
  ])('%s', (_name, inv, types) => {
    expect(possibleTypeCodes(inv)).toEqual(types);
  });
});
