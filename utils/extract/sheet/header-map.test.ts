import { describe, expect, it } from 'vitest';
import { fieldOfHeader, findHeaderRow, headerSignature, missingKeyColumns, usableMapping } from './header-map';

describe('fieldOfHeader', () => {
  it.each([
    ['发票号码', 'number'],
    ['票号', 'number'],
    ['数电发票号码', 'number'],
    ['全电发票号码', 'number'],
    ['* 发票号码：', 'number'],
    ['发票代码', 'code'],
    ['开票日期', 'date'],
    ['日期', 'date'],
    ['价税合计', 'total'],
    ['价税合计（元）', 'total'],
    ['含税金额', 'total'],
    ['合计金额（含税）', 'total'],
    ['金额(含税)', 'total'],
    ['金额', 'amount'],
    ['金额（元）', 'amount'],
    ['不含税金额', 'amount'],
    ['税额', 'tax'],
    ['销售方名称', 'sellerName'],
    ['销方名称', 'sellerName'],
    ['供应商', 'sellerName'],
    ['供应商名称', 'sellerName'],
    ['销售方纳税人识别号', 'sellerTaxId'],
    ['销方识别号', 'sellerTaxId'],
    ['销售方税号', 'sellerTaxId'],
    ['供应商税号', 'sellerTaxId'],
    ['统一社会信用代码', 'sellerTaxId'],
    ['购买方名称', 'buyerName'],
    ['购买方纳税人识别号', 'buyerTaxId'],
    ['购方税号', 'buyerTaxId'],
    ['校验码', 'checkCode'],
    ['票种', 'typeCode'],
    ['发票类型', 'typeCode'],
    ['　发 票 号 码　', 'number'],
    ['备注', null],
    ['序号', null],
  ])('%s → %s', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });
});

describe('findHeaderRow', () => {
  it('finds the header under a title and a report date, and maps each field to its first column', () => {
    const rows = [
      ['2024年2月进项发票登记表'],
      ['日期：2024-03-01'],
      [],
      ['序号', '发票代码', '发票号码', '开票日期', '供应商名称', '金额', '税额', '价税合计', '备注', '发票号码'],
      ['1', '011002300111', '00008006', '2024-02-19', '北京示例科技有限公司', '1000', '60', '1060', '', ''],
    ];
    expect(findHeaderRow(rows)).toEqual({
      index: 3,
      headers: rows[3],
      mapping: { code: 1, number: 2, date: 3, sellerName: 4, amount: 5, tax: 6, total: 7 },
    });
  });

  it.each([
    ['no rows', []],
    ['data only', [['24112000000012345678', '2024-02-19', '1060.00']]],
    ['a single known word in a title', [['日期'], ['x']]],
  ])('finds no header in %s', (_label, rows) => {
    expect(findHeaderRow(rows)).toBeNull();
  });

  it('takes the first row of several cells as the header when it names no known field, unless data comes first', () => {
    const rows = [['付款登记'], ['单据号', '票据编号', '日期'], ['FK-001', '24112000000012345678', '2024-02-19']];
    expect(findHeaderRow(rows)).toEqual({ index: 1, headers: rows[1], mapping: { date: 2 } });
    expect(findHeaderRow(rows.slice(2))).toBeNull();
  });

  it('looks no further than the first ten rows', () => {
    const rows = [...Array.from({ length: 10 }, () => ['说明']), ['发票号码', '价税合计']];
    expect(findHeaderRow(rows)).toBeNull();
  });
});

describe('headerSignature', () => {
  it('is the same however the headers are spaced, starred or written in full width', () => {
    expect(headerSignature(['发票号码', '金额(元)', 'ＡＢＣ', '', ''])).toBe(headerSignature([' 发票号码 ', '*金额（元）', 'ABC']));
  });

  it.each([
    ['another header', ['发票号码', '税额', 'ABC']],
    ['another order', ['金额', '发票号码', 'ABC']],
    ['one more column', ['发票号码', '金额', 'ABC', '备注']],
  ])('differs for %s', (_label, other) => {
    expect(headerSignature(other)).not.toBe(headerSignature(['发票号码', '金额', 'ABC']));
  });
});

describe('mappings', () => {
  it.each([
    [{ number: 0, date: 1, total: 2 }, []],
    [{ number: 0 }, ['date', 'total']],
    [{ amount: 1 }, ['number', 'date', 'total']],
  ])('missingKeyColumns(%o) = %o', (mapping, missing) => {
    expect(missingKeyColumns(mapping)).toEqual(missing);
  });

  it.each([
    ['a mapping with a number column', { number: 2, total: 0 }, { number: 2, total: 0 }],
    ['nothing saved', undefined, null],
    ['no number column', { date: 1 }, null],
    ['a column past the sheet', { number: 5 }, null],
    ['a negative column', { number: -1 }, null],
    ['an unknown field', { number: 0, colour: 1 }, null],
  ])('usableMapping: %s', (_label, saved, usable) => {
    expect(usableMapping(saved as Parameters<typeof usableMapping>[0], 3)).toEqual(usable);
  });
});
