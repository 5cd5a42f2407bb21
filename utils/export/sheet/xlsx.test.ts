import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Column, FINDING_COLUMNS, INVOICE_COLUMNS } from './columns';
import type { ExportRow } from './export-row';
import { aFinding, aRow } from './export-row.test-util';
import { toXlsxBlob } from './xlsx';
import { openWorkbook } from './xlsx.test-util';

const EVIL = '=HYPERLINK("http://x","y")';

/** `B2`: the cell of `header` in sheet row `row` (1 = header row). */
function refIn<R>(columns: readonly Column<R>[], header: string, row: number): string {
  const i = columns.findIndex((c) => c.header === header);
  if (i < 0 || i > 25) throw new Error(`no single-letter column ${header}`);
  return `${String.fromCharCode(65 + i)}${row}`;
}
const inv = (header: string, row = 2) => refIn(INVOICE_COLUMNS, header, row);
const fnd = (header: string, row = 2) => refIn(FINDING_COLUMNS, header, row);

const rows: ExportRow[] = [
  aRow({}, { amount: '1234.50', tax: '-12.00', total: '123456789012.34', sellerName: EVIL, note: '="1"' }),
  aRow({ status: 'visible', headline: null, findings: [], verification: null }, {
    kind: 'legacy', key: '044031900111-00012345', number: '00012345', code: '044031900111',
    sellerTaxId: '110108000000016', checkCode: '01234567890123456789', typeCode: '04', amount: undefined, tax: undefined,
  }),
  aRow({ findings: [aFinding({ verdict: 'unknown', title: { zh: '同步延迟', en: 'Sync delay' } })] }),
];

describe('xlsx workbook', () => {
  // The library turns Date#getTime() into the serial: a local-midnight Date would land a day early east of UTC.
  const zone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Asia/Shanghai';
  });
  afterAll(() => {
    process.env.TZ = zone;
  });

  let book: Awaited<ReturnType<typeof openWorkbook>>;
  let blob: Blob;
  beforeAll(async () => {
    blob = await toXlsxBlob(rows);
    book = await openWorkbook(blob);
  });

  it('is an xlsx with the sheets 发票 and 检查结果', () => {
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(book.sheetNames).toEqual(['发票', '检查结果']);
  });

  it.each([
    [1, INVOICE_COLUMNS],
    [2, FINDING_COLUMNS],
  ] as const)('sheet %i has a bold Chinese header row, frozen, and the table widths', (n, columns) => {
    const cells = book.cells(n);
    columns.forEach((c: Column<never>, i) => {
      const cell = cells.get(`${String.fromCharCode(65 + i)}1`);
      expect(cell).toMatchObject({ t: 's', value: c.header, bold: true });
    });
    expect(cells.get('B2')?.bold).toBe(false);
    const xml = book.parts[`xl/worksheets/sheet${n}.xml`]!;
    const pane = xml.match(/<pane\b[^>]*\/>/)?.[0] ?? '';
    expect(pane).toContain('ySplit="1"');
    expect(pane).toContain('topLeftCell="A2"');
    expect(pane).toContain('state="frozen"');
    const cols = [...xml.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g)].map((m) => [+m[1]!, +m[2]!, +m[3]!]);
    expect(cols).toEqual(columns.map((c: Column<never>, i) => [i + 1, i + 1, c.width]));
  });

  it.each([
    ['a 20-digit number', 1, inv('发票号码'), '24112000000000000001'],
    ['an 8-digit number with leading zeros', 1, inv('发票号码', 3), '00012345'],
    ['a 12-digit code', 1, inv('发票代码', 3), '044031900111'],
    ['an all-digit tax ID', 1, inv('销售方税号', 3), '110108000000016'],
    ['a 20-digit 校验码', 1, inv('校验码', 3), '01234567890123456789'],
    ['a tax ID with letters', 1, inv('购买方税号'), '91110000MA01000002'],
    ['a number on 检查结果', 2, fnd('发票号码', 4), '24112000000000000001'],
  ])('stores %s as a text cell with the exact digits', (_, sheet, ref, text) => {
    expect(book.cells(sheet).get(ref)).toMatchObject({ t: 's', value: text, format: '@', formula: null });
  });

  it.each([
    ['金额', '1234.5'],
    ['税额', '-12'],
    ['价税合计', '123456789012.34'],
  ])('stores %s as a number shown with two decimals', (header, stored) => {
    expect(book.cells(1).get(inv(header))).toMatchObject({ t: null, value: stored, format: '#,##0.00' });
  });

  it('stores 开票日期 as the date serial of that very day, shown yyyy-mm-dd', () => {
    // 2026-11-20 is day 46346 of Excel's 1900 date system.
    expect(book.cells(1).get(inv('开票日期'))).toMatchObject({ t: null, value: '46346', format: 'yyyy-mm-dd' });
  });

  it('leaves missing values out', () => {
    const cells = book.cells(1);
    expect(cells.has(inv('发票代码'))).toBe(false);
    expect(cells.has(inv('金额', 3))).toBe(false);
    expect(cells.has(inv('主要原因', 3))).toBe(false);
  });

  it('shows status, main cause and 查验 in Chinese', () => {
    const cells = book.cells(1);
    expect(cells.get(inv('状态'))?.value).toBe('未看到');
    expect(cells.get(inv('状态', 3))?.value).toBe('已在电子税务局看到');
    expect(cells.get(inv('主要原因'))?.value).toBe('查询日期范围');
    expect(cells.get(inv('查验结果'))?.value).toBe('一致 2026-11-20 10:00');
    expect(cells.get(inv('发票类型', 3))?.value).toBe('增值税普通发票');
  });

  it('lists every finding of every row on 检查结果, in order, with its verdict word', () => {
    const cells = book.cells(2);
    const column = (header: string) => [2, 3, 4].map((r) => cells.get(fnd(header, r))?.value ?? '');
    expect(column('检查项')).toEqual(['查询日期范围', '开具/取得方向', '同步延迟']);
    expect(column('结论')).toEqual(['原因', '已排除', '待确认']);
    expect(column('依据')[0]).toBe('查询只覆盖 2026-10-01 至 2026-10-31。');
    const next = '把开票日期改为 2026-11-01 至 2026-11-30 再查。';
    expect(column('下一步')).toEqual([next, '', next]);
    expect(cells.has(fnd('发票号码', 5))).toBe(false);
  });

  it('keeps user text that looks like a formula a plain string, and holds no formula at all', () => {
    expect(book.cells(1).get(inv('销售方名称'))).toMatchObject({ t: 's', value: EVIL, formula: null });
    expect(book.cells(1).get(inv('备注'))).toMatchObject({ t: 's', value: '="1"', formula: null });
    for (const name of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']) expect(book.parts[name]).not.toContain('<f>');
  });

  it('reads back in read-excel-file as text, numbers and dates', async () => {
    const [invoices] = await readXlsxFile(Buffer.from(await blob.arrayBuffer()));
    const row = invoices!.data[1]!;
    const at = (header: string) => row[INVOICE_COLUMNS.findIndex((c) => c.header === header)];
    expect(at('发票号码')).toBe('24112000000000000001');
    expect(at('金额')).toBe(1234.5);
    expect(at('开票日期')).toEqual(new Date('2026-11-20T00:00:00Z'));
  });
});

describe('xlsx at size', () => {
  it('writes 10,000 rows', async () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      aRow({}, { number: `2411200000${String(i).padStart(10, '0')}`, sellerName: `供应商${i}有限公司`, note: `备注 ${i}` }),
    );
    const [invoices, findings] = await readXlsxFile(Buffer.from(await (await toXlsxBlob(many)).arrayBuffer()));
    expect(invoices!.data).toHaveLength(10_001);
    expect(invoices!.data[10_000]![1]).toBe('24112000000000009999');
    expect(findings!.data).toHaveLength(20_001);
  }, 60_000);
});
