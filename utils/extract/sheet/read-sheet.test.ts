import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { QueryScope, Sighting } from '../../invoice/model';
import { ExtractError } from '../extract-error';
import { LIMITS } from '../limits';
import type { ExtractOutcome, InvoiceDraft } from '../types';
import { readPastedRows, readSheetFile, type SheetReadContext } from './read-sheet';
import { workbook } from './test-workbook';

const US = '91110105MA02WXYZ3K';
const ctx: SheetReadContext = { modifiedAt: 1_709_000_000_000, taxpayerId: US };
const csv = { ...ctx, kind: 'csv' as const };
const xlsx = { ...ctx, kind: 'xlsx' as const };

const valuesOf = (d: InvoiceDraft) => Object.fromEntries(Object.entries(d.fields).map(([f, v]) => [f, v!.value]));
const keysOf = (o: ExtractOutcome) => o.drafts.map((d) => `${d.where} ${d.fields.code?.value ?? ''}${d.fields.number?.value}`);

async function problemOf(run: () => unknown): Promise<{ code: string; zh: string; en: string } | undefined> {
  try {
    await run();
  } catch (e) {
    if (e instanceof ExtractError) return e.problem;
    throw e;
  }
  return undefined;
}

describe('readSheetFile: CSV', () => {
  it('reads a GBK CSV saved by Excel, with a title row, quoted amounts, a leading-zero code and a 合计 row', async () => {
    const text = [
      '2024年2月进项发票,,,,',
      '发票代码,发票号码,开票日期,销售方名称,价税合计(元)',
      '011002300111,00008006,2024/2/5,北京示例科技有限公司,530.00',
      ',24112000000012345678,2024/2/19,"上海样例贸易有限公司","1,060.00"',
      '合计,,,,"1,590.00"',
      '',
    ].join('\r\n');
    const outcome = await readSheetFile(iconv.encode(text, 'gbk'), '进项.csv', csv);
    expect(outcome.kind).toBe('csv');
    expect(outcome.drafts.map(valuesOf)).toEqual([
      { code: '011002300111', number: '00008006', date: '2024-02-05', sellerName: '北京示例科技有限公司', total: '530.00' },
      { number: '24112000000012345678', date: '2024-02-19', sellerName: '上海样例贸易有限公司', total: '1060.00' },
    ]);
    expect(keysOf(outcome)).toEqual(['第3行 01100230011100008006', '第4行 24112000000012345678']);
    expect(outcome.problems.map((p) => p.zh)).toEqual(['第 5 行是合计行，已跳过。']);
  });

  it('keeps names with commas and line breaks inside quotes in their own cell', async () => {
    const text = '发票号码,开票日期,价税合计,销售方名称,备注\n24112000000012345678,2024-02-19,5,"甲, 乙联合体","第一行\n第二行"\n24112000000012345679,2024-02-19,6,丙公司,\n';
    const outcome = await readSheetFile(new TextEncoder().encode(text), 'a.csv', csv);
    expect(outcome.drafts.map((d) => [d.where, d.fields.sellerName?.value, d.fields.total?.value])).toEqual([
      ['第2行', '甲,乙联合体', '5.00'],
      ['第3行', '丙公司', '6.00'],
    ]);
  });

  it('refuses an empty file', async () => {
    expect((await problemOf(() => readSheetFile(new TextEncoder().encode('发票号码,开票日期,价税合计\n\n'), 'a.csv', csv)))?.code).toBe('sheet-empty');
  });
});

describe('readSheetFile: column mapping', () => {
  const text = '单据号,票据编号,日期,收款单位,应付金额\nFK-001,24112000000012345678,2024-02-19,甲公司,1060\n';
  const bytes = new TextEncoder().encode(text);

  it('asks for the columns when the number, date or total column is not recognised, with what it could tell', async () => {
    const outcome = await readSheetFile(bytes, 'erp.csv', csv);
    expect(outcome.drafts).toEqual([]);
    expect(outcome.mapping).toEqual({
      signature: expect.stringMatching(/^headers:/),
      headers: ['单据号', '票据编号', '日期', '收款单位', '应付金额'],
      sample: [['FK-001', '24112000000012345678', '2024-02-19', '甲公司', '1060']],
      // 日期 from its header; the 20-digit number and the company name from the cells.
      guess: { date: 2, number: 1, sellerName: 3 },
    });
  });

  it('applies the mapping the user saved for that header set', async () => {
    const { mapping } = await readSheetFile(bytes, 'erp.csv', csv);
    const saved = { number: 1, date: 2, sellerName: 3, total: 4 };
    const lookups: string[] = [];
    const outcome = await readSheetFile(bytes, 'erp-march.csv', {
      ...csv,
      savedMapping: (signature) => {
        lookups.push(signature);
        return signature === mapping!.signature ? saved : undefined;
      },
    });
    expect(lookups).toEqual([mapping!.signature]);
    expect(outcome.mapping).toBeUndefined();
    expect(outcome.drafts.map(valuesOf)).toEqual([{ number: '24112000000012345678', date: '2024-02-19', sellerName: '甲公司', total: '1060.00' }]);
  });

  it('prefers a saved mapping over the headers it recognises', async () => {
    const known = new TextEncoder().encode('发票号码,开票日期,价税合计,金额\n24112000000012345678,2024-02-19,1060,1000\n');
    const outcome = await readSheetFile(known, 'a.csv', { ...csv, savedMapping: () => ({ number: 0, date: 1, total: 3 }) });
    expect(outcome.drafts[0]?.fields.total?.value).toBe('1000.00');
  });
});

describe('readSheetFile: xlsx', () => {
  it('reads the sheet with the invoice headers and reports numbers Excel rounded', async () => {
    const bytes = await workbook([
      { name: '说明', data: [['本表由财务系统导出']] },
      {
        name: '进项',
        data: [
          ['供应商发票登记'],
          ['发票号码', '开票日期', '价税合计', '供应商税号'],
          ['24112000000012345678', new Date(Date.UTC(2024, 1, 19)), 1060, '91110108MA01ABCD2X'],
          [24112000000012345679, new Date(Date.UTC(2024, 1, 20)), 2120.5, '91110108MA01ABCD2X'],
        ],
      },
    ]);
    const outcome = await readSheetFile(bytes, '进项.xlsx', xlsx);
    expect(outcome.kind).toBe('xlsx');
    expect(outcome.drafts.map(valuesOf)).toEqual([{ number: '24112000000012345678', date: '2024-02-19', total: '1060.00', sellerTaxId: '91110108MA01ABCD2X' }]);
    expect(outcome.problems).toEqual([
      expect.objectContaining({
        code: 'sheet-number-rounded',
        zh: '第 4 行的发票号码：Excel 把这一列存成了数字，20 位号码已被四舍五入（这些行未导入）；请把该列设为文本后重新导出。',
      }),
    ]);
  });

  it('turns the portal’s own export into sightings of the query it covered, never into expected invoices', async () => {
    const headers = ['序号', '发票代码', '发票号码', '数电发票号码', '销方识别号', '销方名称', '购方识别号', '购买方名称', '开票日期', '金额', '税额', '价税合计', '发票来源', '发票票种', '发票状态', '是否正数发票', '发票风险等级', '开票人', '备注'];
    const bytes = await workbook([
      {
        name: '信息汇总表',
        data: [
          ['序号', '数电发票号码', '发票代码', '发票号码', '开票日期', '货物或应税劳务名称', '金额', '税额', '发票状态', '发票风险等级'],
          [1, '24112000000099999999', '', '', '2024-01-02', '*信息技术服务*软件', 10, 0.6, '正常', '正常'],
        ],
      },
      {
        name: '发票基础信息',
        data: [
          headers,
          [1, '', '', '24112000000012345678', '91110108MA01ABCD2X', '甲公司', US, '我方', '2024-02-19 10:17:57', 1000, 60, 1060, '电子发票服务平台', '数电发票（增值税专用发票）', '正常', '是', '正常', '张三', ''],
          [2, '011002300111', '00008006', '', '91310000MA1FL8XQ30', '乙公司', US, '我方', '2024-02-05 09:00:00', 500, 30, 530, '增值税发票管理系统', '增值税电子普通发票', '已红冲-全额', '是', '疑点发票', '李四', ''],
          ['合计', null, null, null, null, null, null, null, null, 1500, 90, 1590, null, null, null, null, null, null, null],
        ],
      },
    ]);
    const outcome = await readSheetFile(bytes, '全量发票查询.xlsx', { ...xlsx, taxpayerId: null });
    expect(outcome.drafts).toEqual([]);
    expect(outcome.problems).toEqual([]);
    const { scope, sightings } = outcome.portalExport!;
    expect(sightings.map((s) => Sighting.parse(s))).toEqual([
      expect.objectContaining({ key: '24112000000012345678', typeCode: '81', statusCode: '01', riskCode: '01', total: '1060.00', via: 'sheet', scopeId: scope.id }),
      expect.objectContaining({ key: '011002300111-00008006', typeCode: '10', statusCode: '03', riskCode: '03', total: '530.00', via: 'sheet', scopeId: scope.id }),
    ]);
    expect(QueryScope.parse(scope)).toMatchObject({
      id: expect.stringMatching(/^export:[0-9a-f]{14}$/),
      call: 'export',
      at: ctx.modifiedAt,
      page: 'import:全量发票查询.xlsx',
      direction: 'received',
      taxpayerId: US,
      dateFrom: '2024-02-05',
      dateTo: '2024-02-19',
      rows: 2,
      total: 2,
    });
    const again = await readSheetFile(bytes, 'copy.xlsx', xlsx);
    expect(again.portalExport!.scope.id).toBe(scope.id);
  });
});

describe('readPastedRows', () => {
  const header = '发票号码\t开票日期\t价税合计\r\n';
  const row = (i: number) => `2411200000${String(i).padStart(10, '0')}\t2024-02-19\t1,060.00\r\n`;

  it('reads rows copied from Excel with their header', () => {
    const outcome = readPastedRows(header + row(1) + row(2), ctx);
    expect(keysOf(outcome)).toEqual(['第2行 24112000000000000001', '第3行 24112000000000000002']);
  });

  it('guesses the columns of rows copied without a header, then uses the mapping the user confirms', () => {
    const text = '24112000000012345678\t2024-02-19\t北京示例科技有限公司\t1,000.00\t60.00\t1,060.00\r\n';
    const asked = readPastedRows(text, ctx);
    expect(asked.drafts).toEqual([]);
    expect(asked.mapping).toEqual({
      signature: 'columns:6',
      headers: ['第1列', '第2列', '第3列', '第4列', '第5列', '第6列'],
      sample: [['24112000000012345678', '2024-02-19', '北京示例科技有限公司', '1,000.00', '60.00', '1,060.00']],
      guess: { number: 0, date: 1, sellerName: 2, amount: 3, tax: 4, total: 5 },
    });
    const confirmed = readPastedRows(text, { ...ctx, savedMapping: (s) => (s === 'columns:6' ? asked.mapping!.guess : undefined) });
    expect(confirmed.drafts.map((d) => [d.where, valuesOf(d)])).toEqual([
      ['第1行', { number: '24112000000012345678', date: '2024-02-19', sellerName: '北京示例科技有限公司', amount: '1000.00', tax: '60.00', total: '1060.00' }],
    ]);
  });

  it('recognises pasted rows of the portal’s export as sightings', () => {
    const text = '数电发票号码\t发票状态\t发票风险等级\t开票日期\t价税合计\n24112000000012345678\t已作废\t正常\t2024-02-19\t5\n';
    const outcome = readPastedRows(text, ctx);
    expect(outcome.drafts).toEqual([]);
    expect(outcome.portalExport?.sightings).toEqual([expect.objectContaining({ key: '24112000000012345678', statusCode: '02', via: 'sheet' })]);
    expect(outcome.portalExport?.scope.page).toBe('import:paste');
  });

  it(`takes ${LIMITS.sheetRows} data rows and refuses one more`, async () => {
    const rows = Array.from({ length: LIMITS.sheetRows }, (_, i) => row(i)).join('');
    expect(readPastedRows(header + rows, ctx).drafts).toHaveLength(LIMITS.sheetRows);
    const problem = await problemOf(() => readPastedRows(header + rows + row(LIMITS.sheetRows), ctx));
    expect(problem).toMatchObject({ code: 'sheet-too-many-rows', zh: expect.stringContaining(String(LIMITS.sheetRows)), en: expect.stringContaining(String(LIMITS.sheetRows)) });
  });

  it('refuses a paste longer than the limit', async () => {
    expect((await problemOf(() => readPastedRows('x'.repeat(LIMITS.pasteChars + 1), ctx)))?.code).toBe('paste-too-long');
  });
});
