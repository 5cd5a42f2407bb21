import { describe, expect, it } from 'vitest';
import { nextSort, sortRows, type SortOrder } from './sort';
import { aHeadline, aRow, keysOf } from './test-rows';

describe('nextSort', () => {
  it.each([
    [null, 'total', { column: 'total', direction: 'asc' }],
    [{ column: 'total', direction: 'asc' }, 'total', { column: 'total', direction: 'desc' }],
    [{ column: 'total', direction: 'desc' }, 'total', null],
    [{ column: 'total', direction: 'desc' }, 'date', { column: 'date', direction: 'asc' }],
  ] as const)('%j, then a click on %s → %j', (current, column, next) => {
    expect(nextSort(current, column)).toEqual(next);
  });
});

const rows = [
  aRow(1, 'visible', { total: '999.00', date: '2024-05-02', sellerName: '张三商行' }),
  aRow(2, 'missing', { total: '1130.00', date: '2024-12-01', sellerName: undefined, sellerTaxId: '91110108MA02EFGH7A' }, aHeadline('号码可能输错', 'Number may be mistyped')),
  aRow(3, 'visible', { total: '999.00', date: '2024-05-10', sellerName: '阿里公司' }),
  aRow(4, 'not-yet-searched', { total: '20.5', date: '2023-01-31', sellerName: undefined, sellerTaxId: undefined }, aHeadline('尚未查询', 'Not searched yet')),
];
const sorted = (order: SortOrder | null, lang: 'zh' | 'en' = 'zh') => keysOf(sortRows(rows, order, lang));

describe('sortRows', () => {
  it('keeps the order the rows came in when no column is chosen', () => {
    expect(sortRows(rows, null, 'zh')).toBe(rows);
  });

  it.each([
    // 999 before 1130: by value, not as text. Rows 1 and 3 tie and keep their order both ways.
    ['total', 'asc', ['00004', '00001', '00003', '00002']],
    ['total', 'desc', ['00002', '00001', '00003', '00004']],
    ['date', 'asc', ['00004', '00001', '00003', '00002']],
    ['date', 'desc', ['00002', '00003', '00001', '00004']],
    ['number', 'desc', ['00004', '00003', '00002', '00001']],
    // Not visible first, as the list starts; a tie keeps the incoming order.
    ['status', 'asc', ['00002', '00004', '00001', '00003']],
    ['status', 'desc', ['00001', '00003', '00004', '00002']],
    // Pinyin: 阿 (a) before 张 (zhang); a seller known only by tax ID sorts by it; no seller at all goes last.
    ['seller', 'asc', ['00002', '00003', '00001', '00004']],
    ['seller', 'desc', ['00001', '00003', '00002', '00004']],
    // Rows without a reason go last whichever way.
    ['reason', 'asc', ['00002', '00004', '00001', '00003']],
    ['reason', 'desc', ['00004', '00002', '00001', '00003']],
  ] as const)('by %s %s', (column, direction, keys) => {
    expect(sorted({ column, direction })).toEqual(keys);
  });

  it('sorts reasons in the language shown', () => {
    // zh: 号 (hao) before 尚 (shang); en: "Not searched" before "Number".
    expect(sorted({ column: 'reason', direction: 'asc' }, 'en')).toEqual(['00004', '00002', '00001', '00003']);
  });

  it('leaves the rows it was given as they were', () => {
    const before = keysOf(rows);
    sortRows(rows, { column: 'total', direction: 'asc' }, 'zh');
    expect(keysOf(rows)).toEqual(before);
  });
});
