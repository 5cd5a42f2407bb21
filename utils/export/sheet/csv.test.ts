import { describe, expect, it } from 'vitest';
import { INVOICE_COLUMNS } from './columns';
import { csvParts, toCsvBlob } from './csv';
import { parseCsv } from './csv.test-util';
import type { ExportRow } from './export-row';
import { aRow } from './export-row.test-util';

const csvText = (rows: ExportRow[]) => [...csvParts(rows)].join('');
/** The data rows, BOM and header dropped. */
const body = (rows: ExportRow[]) => parseCsv(csvText(rows)).slice(1);
const at = (header: string) => {
  const i = INVOICE_COLUMNS.findIndex((c) => c.header === header);
  if (i < 0) throw new Error(`no column ${header}`);
  return i;
};
const cellOf = (row: ExportRow, header: string) => body([row])[0]![at(header)];

describe('csv file format', () => {
  it('is UTF-8 with a BOM, typed as CSV', async () => {
    const blob = toCsvBlob([aRow()]);
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(csvText([aRow()]));
  });

  it('starts with the Chinese header line', () => {
    const text = csvText([]);
    expect(text).toBe(`\uFEFF${INVOICE_COLUMNS.map((c) => c.header).join(',')}\r\n`);
    expect(text).toContain('发票号码,开票日期,金额,税额,价税合计');
  });

  it('ends every line with CRLF, and keeps a CRLF inside a quoted field as data', () => {
    const text = csvText([aRow(), aRow({}, { note: '第一行\r\n第二行' })]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(parseCsv(text)).toHaveLength(3);
    expect(body([aRow({}, { note: '第一行\r\n第二行' })])[0]![at('备注')]).toBe('第一行\r\n第二行');
  });

  it.each([
    ['a comma', '甲公司,乙分公司', '"甲公司,乙分公司"'],
    ['quotes', '甲"乙"公司', '"甲""乙""公司"'],
    ['a line feed', '甲\n乙', '"甲\n乙"'],
    ['a carriage return', '甲\r乙', '"甲\r乙"'],
  ])('quotes a field holding %s and doubles its quotes', (_, name, field) => {
    const text = csvText([aRow({}, { sellerName: name })]);
    expect(text).toContain(`,${field},`);
    expect(cellOf(aRow({}, { sellerName: name }), '销售方名称')).toBe(name);
  });

  it('leaves plain fields unquoted', () => {
    expect(csvText([aRow()])).toContain(',上海示例贸易有限公司,');
  });

  it('writes empty optional fields as empty cells', () => {
    const row = aRow({ headline: null, verification: null }, { code: undefined, amount: undefined, note: undefined });
    for (const header of ['发票代码', '金额', '主要原因', '查验结果', '备注']) expect(cellOf(row, header)).toBe('');
  });
});

describe('csv rows in chunks', () => {
  const rows = Array.from({ length: 5 }, (_, i) => aRow({}, { number: `2411200000000000000${i}` }));

  it('yields the header first, then one part per chunkRows rows', () => {
    const parts = [...csvParts(rows, 2)];
    expect(parts).toHaveLength(4);
    expect(parseCsv(parts[0]!)).toHaveLength(1);
    expect(parts.slice(1).map((p) => parseCsv(p).length)).toEqual([2, 2, 1]);
    expect(parts.join('')).toBe(csvText(rows));
  });

  it('yields no empty part when the rows fill the last chunk exactly', () => {
    expect([...csvParts(rows.slice(0, 4), 2)]).toHaveLength(3);
  });

  it.each([0, -1, 1.5])('refuses chunkRows %s', (n) => {
    expect(() => [...csvParts(rows, n)]).toThrow(RangeError);
  });
});

describe('csv cell values', () => {
  it('shows the status, the main cause and the 查验 result in Chinese', () => {
    const [cells] = body([aRow()]);
    expect(cells![at('状态')]).toBe('未看到');
    expect(cells![at('主要原因')]).toBe('查询日期范围');
    expect(cells![at('查验结果')]).toBe('一致 2026-11-20 10:00');
    expect(cells![at('添加时间')]).toBe('2026-11-20 10:00');
    expect(cells![at('号码来源')]).toBe('二维码');
    expect(cells![at('发票类型')]).toBe('数电普票');
  });

  it('names a type code it has no name for as a code, never a bare number', () => {
    expect(cellOf(aRow({}, { typeCode: '07' }), '发票类型')).toBe('票种代码 07');
  });

  it('writes dates and amounts as plain values Excel reads as such', () => {
    const [cells] = body([aRow({}, { amount: '1234.50', total: '1395.00' })]);
    expect(cells![at('开票日期')]).toBe('2026-11-20');
    expect(cells![at('金额')]).toBe('1234.50');
    expect(cells![at('价税合计')]).toBe('1395.00');
  });

  it('keeps a negative amount a number: -12.00, not an inert text', () => {
    expect(cellOf(aRow({}, { amount: '-12.00', tax: '-1.56', total: '-13.56' }), '金额')).toBe('-12.00');
    expect(csvText([aRow({}, { total: '-13.56' })])).toContain(',-13.56,');
  });
});

describe('csv identifiers stay exact text', () => {
  it.each([
    ['a 20-digit 数电 number', '发票号码', { number: '24112000000000000001' }, '24112000000000000001'],
    ['an 8-digit number with leading zeros', '发票号码', { kind: 'legacy', number: '00012345' }, '00012345'],
    ['a 12-digit code', '发票代码', { code: '044031900111' }, '044031900111'],
    ['a 10-digit code with a leading zero', '发票代码', { code: '0440319001' }, '0440319001'],
    ['an all-digit 15-digit tax ID', '销售方税号', { sellerTaxId: '110108000000016' }, '110108000000016'],
    ['a 20-digit 校验码', '校验码', { checkCode: '01234567890123456789' }, '01234567890123456789'],
    ['a tax ID Excel would read as 9.1E+84', '销售方税号', { sellerTaxId: '911101087712345E67' }, '911101087712345E67'],
  ] as const)('writes %s as ="…"', (_, header, invoice, digits) => {
    const row = aRow({}, invoice);
    expect(cellOf(row, header)).toBe(`="${digits}"`);
    expect(csvText([row])).toMatch(new RegExp(`(^|,)"=""${digits}"""(,|\\r\\n)`, 'm'));
  });

  it('writes a tax ID with letters as it is', () => {
    expect(cellOf(aRow(), '销售方税号')).toBe('91310000MA1K000001');
  });

  it('leaves digits in a text column alone: only identifier columns get the wrapper', () => {
    expect(cellOf(aRow({}, { note: '0123' }), '备注')).toBe('0123');
  });
});

describe('csv formula injection', () => {
  it.each([
    ['=', '=1+1'],
    ['+', '+1+1'],
    ['-', '-1+1'],
    ['@', '@SUM(A1:A2)'],
    ['tab', '\t=1+1'],
    ['CR', '\r=1+1'],
  ])('makes a seller name led by %s inert with a leading quote', (_, name) => {
    expect(cellOf(aRow({}, { sellerName: name }), '销售方名称')).toBe(`'${name}`);
  });

  it.each([
    ['seller name', '销售方名称', aRow({}, { sellerName: '=HYPERLINK("http://x","y")' })],
    ['note', '备注', aRow({}, { note: '=HYPERLINK("http://x","y")' })],
    ['查验 result', '查验结果', aRow({ verification: '=HYPERLINK("http://x","y")' })],
  ])('never writes a HYPERLINK %s as a live formula', (_, header, row) => {
    expect(cellOf(row, header)).toBe(`'=HYPERLINK("http://x","y")`);
    expect(csvText([row])).toContain(`,"'=HYPERLINK(""http://x"",""y"")",`);
  });

  it('makes user text that looks like the identifier wrapper inert', () => {
    expect(cellOf(aRow({}, { sellerName: '="1"' }), '销售方名称')).toBe(`'="1"`);
    expect(cellOf(aRow({}, { note: '="24112000000000000001"' }), '备注')).toBe(`'="24112000000000000001"`);
  });

  it('makes an identifier column inert when its value is not all digits', () => {
    expect(cellOf(aRow({}, { sellerTaxId: '=1+1' }), '销售方税号')).toBe(`'=1+1`);
    expect(cellOf(aRow({}, { buyerTaxId: '@1' }), '购买方税号')).toBe(`'@1`);
  });

  it('holds no formula but ="digits" in an identifier column', () => {
    const evil = '=HYPERLINK("http://x","y")';
    const rows = [
      aRow({ verification: evil, headline: { ...aRow().headline!, title: { zh: evil, en: evil } } }, {
        sellerName: evil, buyerName: '+cmd', note: '@x', sellerTaxId: evil, buyerTaxId: '="1"',
      }),
      aRow({}, { kind: 'legacy', number: '00012345', code: '044031900111', sellerName: '0123', note: '24112000000000000001' }),
    ];
    const idColumns = new Set(INVOICE_COLUMNS.flatMap((c, i) => (c.kind === 'id-text' ? [i] : [])));
    for (const cells of body(rows)) {
      cells.forEach((cell, i) => {
        if (!/^[=+\-@\t\r]/.test(cell) || /^-?\d+(\.\d+)?$/.test(cell)) return;
        expect(idColumns.has(i), `${INVOICE_COLUMNS[i]!.header}: ${cell}`).toBe(true);
        expect(cell).toMatch(/^="\d+(E\d+)?"$/i);
      });
    }
  });
});
