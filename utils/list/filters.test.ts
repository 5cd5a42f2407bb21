import { describe, expect, it } from 'vitest';
import type { ExpectedInvoice } from '../invoice/model';
import { filterRows, indexRows, isFiltering, NO_CRITERIA, sellerNames, STATUS_FILTERS, type ListCriteria } from './filters';
import { aRow, keysOf } from './test-rows';

const from = (source: ExpectedInvoice['origins'][string]['source']) => ({ number: { source, confidence: 1 } });
const rows = [
  aRow(1, 'missing', { date: '2024-03-01', sellerName: '北京甲公司', sellerTaxId: '91110108MA02EFGH7A', origins: from('manual') }),
  aRow(2, 'not-yet-searched', { date: '2024-03-31', sellerName: '上海乙公司', sellerTaxId: undefined, origins: from('ofd') }),
  aRow(3, 'visible-with-problem', { date: '2024-04-01', sellerName: undefined, sellerTaxId: '91310000MA1FL0XX2K', origins: from('sheet') }),
  aRow(4, 'visible', { date: '2024-02-29', sellerName: '北京甲公司', sellerTaxId: '91110105MA03JKLM1M', buyerName: '上海乙公司', origins: {} }),
];
const index = indexRows(rows);
const shown = (c: Partial<ListCriteria>) => keysOf(filterRows(rows, index, { ...NO_CRITERIA, ...c }));

describe('filterRows', () => {
  it.each([
    ['all', ['00001', '00002', '00003', '00004']],
    ['not-visible', ['00001', '00002']],
    ['problem', ['00003']],
    ['visible', ['00004']],
  ] as const)('status %s', (status, keys) => {
    expect(shown({ status })).toEqual(keys);
  });

  it('has a case for every status filter', () => {
    expect(STATUS_FILTERS.map((status) => shown({ status }).length)).toEqual([4, 2, 1, 1]);
  });

  it.each([
    [{ dateFrom: '2024-03-01' }, ['00001', '00002', '00003']],
    [{ dateTo: '2024-03-31' }, ['00001', '00002', '00004']],
    [{ dateFrom: '2024-03-01', dateTo: '2024-03-31' }, ['00001', '00002']],
    [{ dateFrom: '2024-03-02', dateTo: '2024-03-30' }, []],
  ])('dates are inclusive: %j', (dates, keys) => {
    expect(shown(dates)).toEqual(keys);
  });

  it.each([
    ['北京甲', ['00001', '00004']],
    ['ma02efgh', ['00001']],
    ['91310000MA1F', ['00003']],
    // 上海乙公司 buys invoice 4: a seller filter looks at the seller only.
    ['上海乙', ['00002']],
    ['  ', ['00001', '00002', '00003', '00004']],
  ])('seller %j matches name or tax ID', (seller, keys) => {
    expect(shown({ seller })).toEqual(keys);
  });

  it.each([
    ['manual', ['00001']],
    ['ofd', ['00002']],
    ['sheet', ['00003']],
    ['qr', []],
  ] as const)('source %s is where the number was read', (source, keys) => {
    expect(shown({ source })).toEqual(keys);
  });

  it('needs every criterion at once', () => {
    expect(shown({ query: '北京', status: 'not-visible' })).toEqual(['00001']);
    expect(shown({ query: '北京 甲', dateFrom: '2024-03-01' })).toEqual(['00001']);
    expect(shown({ query: '北京 丙' })).toEqual([]);
  });

  it('searches the text indexed at each row\'s own position', () => {
    // Only the index (built once per fetch) says row 2 mentions 北京: the filter must not re-read the rows.
    const stale = { ...index, text: index.text.map((t, i) => (i === 1 ? `${t}\u0000北京` : t)) };
    expect(keysOf(filterRows(rows, stale, { ...NO_CRITERIA, query: '北京' }))).toEqual(['00001', '00002', '00004']);
  });
});

describe('isFiltering', () => {
  it.each([
    [{}, false],
    [{ query: '  ' }, false],
    [{ seller: ' ' }, false],
    [{ status: 'visible' }, true],
    [{ query: 'a' }, true],
    [{ dateFrom: '2024-01-01' }, true],
    [{ dateTo: '2024-01-01' }, true],
    [{ seller: '北京' }, true],
    [{ source: 'ofd' }, true],
  ] as const)('%j → %s', (c, expected) => {
    expect(isFiltering({ ...NO_CRITERIA, ...c })).toBe(expected);
  });
});

describe('sellerNames', () => {
  it('offers each named seller once, the most frequent first, and at most `max`', () => {
    expect(sellerNames(rows)).toEqual(['北京甲公司', '上海乙公司']);
    expect(sellerNames(rows, 1)).toEqual(['北京甲公司']);
  });
});
