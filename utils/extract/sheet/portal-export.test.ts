import { describe, expect, it } from 'vitest';
import { QueryScope, Sighting } from '../../invoice/model';
import { findExportHeader, isPortalExport, readPortalExport, type ExportContext } from './portal-export';

const EXPORT_HEADERS = ['序号', '发票代码', '发票号码', '数电发票号码', '销方识别号', '销方名称', '购方识别号', '购买方名称', '开票日期', '金额', '税额', '价税合计', '发票来源', '发票票种', '发票状态', '是否正数发票', '发票风险等级', '开票人', '备注'];
const US = '91110105MA02WXYZ3K';
const SELLER_A = '91110108MA01ABCD2X';
const SELLER_B = '91310000MA1FL8XQ30';

/** One export row, in EXPORT_HEADERS order. */
function exportRow(o: { code?: string; number?: string; shudian?: string; seller: string; buyer: string; date: string; total: string; type: string; status: string; risk: string }): string[] {
  return ['1', o.code ?? '', o.number ?? '', o.shudian ?? '', o.seller, '销方', o.buyer, '购方', o.date, '', '', o.total, '电子发票服务平台', o.type, o.status, '是', o.risk, '张三', ''];
}

const ROWS = [
  exportRow({ shudian: '24112000000012345678', seller: SELLER_A, buyer: US, date: '2024-02-19 10:17:57', total: '1060.00', type: '数电发票（增值税专用发票）', status: '正常', risk: '正常' }),
  exportRow({ code: '011002300111', number: '00008006', seller: SELLER_B, buyer: US, date: '2024-02-05', total: '530', type: '增值税电子普通发票', status: '已作废', risk: '疑点发票' }),
  exportRow({ shudian: '24312000000099999999', seller: SELLER_A, buyer: US, date: '2024-02-27 08:00:00', total: '-100.5', type: '数电发票（普通发票）', status: '已红冲-部分', risk: '异常凭证' }),
  exportRow({ shudian: '24112000000012340000', seller: SELLER_B, buyer: US, date: '2024-02-10', total: '88', type: '数电发票（普通发票）', status: '已红冲-全额', risk: '正常' }),
];
const SUMMARY = ['合计', '', '', '', '', '', '', '', '', '', '', '1578.50', '', '', '', '', '', '', ''];
const ctx: ExportContext = { fileName: '全量发票查询导出结果.xlsx', at: 1_709_000_000_000, taxpayerId: US, contentHash: 'abc123' };

const read = (rows: string[][], c: ExportContext = ctx) => {
  const table = [EXPORT_HEADERS, ...rows];
  return readPortalExport(table, findExportHeader(table)!, c);
};

describe('isPortalExport', () => {
  it.each([
    ['the export sheet by name', '发票基础信息', ['发票号码', '价税合计'], true],
    ['the export columns in a renamed sheet or a CSV', 'Sheet1', EXPORT_HEADERS, true],
    ['status and risk without 是否正数发票', '', ['数电发票号码', '发票状态', '发票风险等级'], true],
    ['a user list with a status column', 'Sheet1', ['发票号码', '开票日期', '价税合计', '发票状态'], false],
    ['a user list with 数电发票号码', '进项', ['数电发票号码', '开票日期', '价税合计'], false],
  ])('%s', (_label, name, headers, yes) => {
    expect(isPortalExport(name, headers)).toBe(yes);
  });
});

describe('readPortalExport', () => {
  it('turns every invoice row into a sighting with status and risk codes, and skips the 合计 row', () => {
    const { result, problems } = read([...ROWS, SUMMARY]);
    expect(problems).toEqual([]);
    expect(result.sightings.map((s) => Sighting.parse(s))).toEqual([
      expect.objectContaining({ key: '24112000000012345678', date: '2024-02-19', total: '1060.00', typeCode: '81', statusCode: '01', riskCode: '01', buyerTaxId: US }),
      expect.objectContaining({ key: '011002300111-00008006', code: '011002300111', number: '00008006', typeCode: '10', statusCode: '02', riskCode: '03' }),
      expect.objectContaining({ key: '24312000000099999999', total: '-100.50', typeCode: '82', statusCode: '04', riskCode: '02' }),
      expect.objectContaining({ key: '24112000000012340000', statusCode: '03' }),
    ]);
    expect(result.sightings.every((s) => s.via === 'sheet' && s.scopeId === 'export:abc123' && s.seenAt === ctx.at)).toBe(true);
  });

  it('describes the query it covered: the rows, their date range, the file as page', () => {
    const { scope } = read([...ROWS, SUMMARY]).result;
    expect(QueryScope.parse(scope)).toEqual({
      id: 'export:abc123',
      at: ctx.at,
      page: 'import:全量发票查询导出结果.xlsx',
      host: '',
      direction: 'received',
      dateFrom: '2024-02-05',
      dateTo: '2024-02-27',
      statusCodes: [],
      typeCodes: [],
      pageNumber: 1,
      pageSize: 4,
      total: 4,
      rows: 4,
      taxpayerId: US,
      ok: true,
      encrypted: false,
      call: 'export',
    });
  });

  const swap = (r: string[]) => r.map((c, i) => (i === 4 ? r[6]! : i === 6 ? r[4]! : c));
  it.each([
    ['our taxpayer is the buyer on every row', ROWS, US, 'received', US],
    ['our taxpayer is the seller on every row', ROWS.map(swap), US, 'issued', US],
    ['our taxpayer is on both sides', [ROWS[0]!, swap(ROWS[1]!)], US, null, US],
    ['unknown taxpayer, one buyer on all rows', ROWS, null, 'received', US],
    ['unknown taxpayer, one seller on all rows', ROWS.map(swap), null, 'issued', US],
    ['unknown taxpayer, a single row names both parties', [ROWS[0]!], null, null, null],
    ['unknown taxpayer, no party common to all rows', [ROWS[0]!, swap(ROWS[1]!)], null, null, null],
  ])('direction when %s', (_label, rows, taxpayerId, direction, scopeTaxpayer) => {
    const { scope } = read(rows, { ...ctx, taxpayerId }).result;
    expect(scope).toMatchObject({ direction, taxpayerId: scopeTaxpayer });
  });

  it('warns when the export is not the logged-in taxpayer’s', () => {
    const { result, problems } = read(ROWS, { ...ctx, taxpayerId: '91440300MA5XXXXXX1' });
    expect(result.scope.direction).toBeNull();
    expect(problems.map((p) => p.code)).toEqual(['export-other-taxpayer']);
  });

  it('reports rows it cannot key, and numbers Excel rounded', () => {
    const rounded = exportRow({ shudian: '2.41120000000123E+19', seller: SELLER_A, buyer: US, date: '2024-02-19', total: '1', type: '', status: '正常', risk: '' });
    const noNumber = exportRow({ seller: SELLER_A, buyer: US, date: '2024-02-19', total: '1', type: '', status: '正常', risk: '' });
    const { result, problems } = read([ROWS[0]!, rounded, noNumber]);
    expect(result.sightings).toHaveLength(1);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'sheet-number-rounded', zh: expect.stringContaining('第 3 行') }),
      expect.objectContaining({ code: 'sheet-rows-no-number', zh: expect.stringContaining('第 4 行') }),
    ]);
  });
});
