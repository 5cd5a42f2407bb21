import { describe, expect, it } from 'vitest';
import type { InvoiceDraft } from '../types';
import { rowsToDrafts } from './rows-to-drafts';

const HEADER = ['发票代码', '发票号码', '开票日期', '价税合计', '销方税号', '票种'];
const MAPPING = { code: 0, number: 1, date: 2, total: 3, sellerTaxId: 4, typeCode: 5 };

const valuesOf = (d: InvoiceDraft) => Object.fromEntries(Object.entries(d.fields).map(([f, v]) => [f, v!.value]));
const read = (...data: string[][]) => rowsToDrafts([HEADER, ...data], MAPPING, 1);

describe('rowsToDrafts', () => {
  it.each([
    [
      'a 数电 invoice: 20-digit number, no code',
      ['', '24112000000012345678', '2024/2/19', '¥1,060.00', '91110108MA01ABCD2X', '数电发票（增值税专用发票）'],
      { number: '24112000000012345678', date: '2024-02-19', total: '1060.00', sellerTaxId: '91110108MA01ABCD2X', typeCode: '81' },
    ],
    [
      'a legacy invoice keeps the leading zeros of code and number',
      ['011002300111', '00008006', '2024年2月19日', '530', '', '增值税电子普通发票'],
      { code: '011002300111', number: '00008006', date: '2024-02-19', total: '530.00', typeCode: '10' },
    ],
    [
      'a 20-digit number drops a code beside it',
      ['011002300111', '24112000000012345678', '2024-02-19', '1', '', ''],
      { number: '24112000000012345678', date: '2024-02-19', total: '1.00' },
    ],
    [
      'an ambiguous type name is left out',
      ['', '24112000000012345678', '2024-02-19', '1', '—', '电子发票'],
      { number: '24112000000012345678', date: '2024-02-19', total: '1.00' },
    ],
    [
      'a red (negative) invoice',
      ['', '24112000000012345678', '2024-02-19', '-1,060.00', '', ''],
      { number: '24112000000012345678', date: '2024-02-19', total: '-1060.00' },
    ],
  ])('%s', (_label, row, values) => {
    const { drafts, problems } = read(row);
    expect(problems).toEqual([]);
    expect(drafts).toHaveLength(1);
    expect(valuesOf(drafts[0]!)).toEqual(values);
    expect(drafts[0]).toMatchObject({ where: '第2行' });
    expect(Object.values(drafts[0]!.fields).every((v) => v!.source === 'sheet' && v!.confidence === 1)).toBe(true);
  });

  it('names each draft by the row number Excel shows, passing over blank rows', () => {
    const { drafts } = read(['', '24112000000012345678', '2024-02-19', '1', '', ''], ['', '', '', '', '', ''], ['', '24112000000012345679', '2024-02-19', '2', '', '']);
    expect(drafts.map((d) => d.where)).toEqual(['第2行', '第4行']);
  });

  it('restores the leading zeros Excel dropped from a code or number stored as a number, and says so', () => {
    const { drafts, problems } = read(['11002300111', '8006', '2024-02-19', '530', '', '']);
    expect(valuesOf(drafts[0]!)).toMatchObject({ code: '011002300111', number: '00008006' });
    expect(problems).toEqual([expect.objectContaining({ code: 'sheet-leading-zeros-restored', zh: expect.stringContaining('第 2 行') })]);
  });

  it.each([
    ['合计', ['合计', '', '', '2120.00', '', '']],
    ['总 计', ['', '总 计', '', '2120.00', '', '']],
    ['小计', ['', '', '小计', '2120.00', '', '']],
  ])('skips a %s row and reports it', (_label, summary) => {
    const { drafts, problems } = read(['', '24112000000012345678', '2024-02-19', '1', '', ''], summary);
    expect(drafts).toHaveLength(1);
    expect(problems).toEqual([expect.objectContaining({ code: 'sheet-summary-skipped', zh: '第 3 行是合计行，已跳过。' })]);
  });

  it('skips rows without a number and names them', () => {
    const { drafts, problems } = read(['', '', '2024-02-19', '1', '', ''], ['', '制表人：张三', '', '', '', ''], ['', '24112000000012345678', '2024-02-19', '1', '', '']);
    expect(drafts.map((d) => d.where)).toEqual(['第4行']);
    expect(problems).toEqual([expect.objectContaining({ code: 'sheet-rows-no-number', zh: '第 2、3 行没有可识别的发票号码，已跳过。', en: 'Skipped rows 2, 3: no usable invoice number.' })]);
  });

  it('never imports a number Excel rounded, and tells how to fix the sheet', () => {
    const { drafts, problems } = read(
      ['', '2.41120000000123E+19', '2024-02-19', '1', '', ''],
      ['', '24112000000012345678', '2024-02-19', '1', '9.11101080000123E+17', ''],
      ['', '2.4112E+19', '2024-02-19', '1', '', ''],
    );
    expect(drafts).toHaveLength(1);
    expect(valuesOf(drafts[0]!)).toEqual({ number: '24112000000012345678', date: '2024-02-19', total: '1.00' });
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'sheet-number-rounded',
        field: 'number',
        zh: '第 2、4 行的发票号码：Excel 把这一列存成了数字，20 位号码已被四舍五入（这些行未导入）；请把该列设为文本后重新导出。',
      }),
      expect.objectContaining({ code: 'sheet-number-rounded', field: 'sellerTaxId', en: expect.stringContaining('18-digit') }),
    ]);
  });

  it('leaves out a code column value Excel rounded', () => {
    const { drafts, problems } = read(['1.10023001110001E+15', '00008006', '2024-02-19', '1', '', '']);
    expect(drafts[0]?.fields.code).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ code: 'sheet-number-rounded', field: 'code', zh: expect.stringContaining('长号码已被四舍五入（该值已忽略）') })]);
  });

  it('lists the first ten rows of a long list and counts the rest', () => {
    const rows = Array.from({ length: 12 }, () => ['', '', '', '1', '', '']);
    expect(read(...rows).problems[0]).toMatchObject({ zh: '第 2、3、4、5、6、7、8、9、10、11 等 12 行没有可识别的发票号码，已跳过。', en: 'Skipped rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 2 more: no usable invoice number.' });
  });
});
