import { describe, expect, it } from 'vitest';
import { aLegacy } from '../reconcile/test-fixtures';
import { matchesTerms, queryTerms, searchTextOf } from './search';
import { aRow } from './test-rows';

const row = aRow(7, 'missing', {
  sellerName: 'ACME 北京科技有限公司',
  sellerTaxId: '91110108MA02EFGH7A',
  buyerName: '上海示例贸易',
  buyerTaxId: '91310000MA1FL0XX2K',
  total: '1130.00',
  note: '三月房租',
});
const legacy = { ...row, invoice: aLegacy('011002400111', '12345678') };

describe('searchTextOf', () => {
  it.each([
    ['the number', '24112000000000000007', row],
    ['part of the number', '00007', row],
    ['a legacy code', '011002400111', legacy],
    ['a legacy number', '12345678', legacy],
    ['the seller name, whatever the case', 'acme', row],
    ['the seller tax ID typed in lower case', 'ma02efgh7a', row],
    ['the buyer name', '示例贸易', row],
    ['the buyer tax ID', '91310000ma1fl0xx2k', row],
    ['the total', '1130', row],
    ['the note', '房租', row],
  ])('finds a row by %s', (_, term, r) => {
    expect(searchTextOf(r).includes(term)).toBe(true);
  });

  it('never matches across two fields', () => {
    // The seller name ends in 公司 and the tax ID follows: 公司9111 is in neither.
    expect(searchTextOf(row).includes('公司9111')).toBe(false);
  });

  it('leaves out fields an invoice does not have', () => {
    const bare = aRow(1, 'visible', { sellerName: undefined, sellerTaxId: undefined, buyerTaxId: undefined });
    expect(searchTextOf(bare)).toBe('24112000000000000001\u00001130.00');
  });
});

describe('queryTerms', () => {
  it.each([
    ['', []],
    ['   ', []],
    ['  ACME  北京 ', ['acme', '北京']],
    ['２４１１２', ['24112']],
    ['ＡＣＭＥ　北京', ['acme', '北京']],
    ['¥1,130', ['1130']],
    ['￥1,130.00', ['1130.00']],
    ['¥', []],
    ['北京,上海', ['北京,上海']],
  ])('reads %j as %j', (query, terms) => {
    expect(queryTerms(query)).toEqual(terms);
  });
});

describe('matchesTerms', () => {
  it.each([
    [[], true],
    [['acme'], true],
    [['acme', '房租'], true],
    [['acme', '水费'], false],
    [['水费'], false],
  ])('every term must be found: %j → %s', (terms, matches) => {
    expect(matchesTerms(searchTextOf(row), terms)).toBe(matches);
  });
});
