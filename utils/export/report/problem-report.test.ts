import { describe, expect, it } from 'vitest';
import type { Activity, QueryScope } from '../../invoice/model';
import { aLegacy, anExpected, aScope, ME, NUMBER, OTHER_TAX_ID, SELLER, T0 } from '../../reconcile/test-fixtures';
import { buildProblemReport } from './problem-report';
import { formatSize } from './report-attachments';
import { pageRuns } from './report-queries';
import { aFinding, aReportInput, CN_NAME } from './test-input';

const MIN = 60_000;
const HOUR = 60 * MIN;
const chinaTime = (y: number, m: number, d: number, h: number) => Date.UTC(y, m - 1, d, h - 8);
/** Before the default invoice (2024-05-20) could be listed, 2024-05-21 00:00 China time. */
const EARLY = aScope({ id: 'early', at: chinaTime(2024, 5, 20, 16), dateFrom: '2024-05-15' });

const activity = (kind: Activity['kind'], at: number, detail?: string): Activity => ({
  id: `${kind}-${at}`,
  key: NUMBER,
  at,
  kind,
  ...(detail ? { detail } : {}),
});

describe('buildProblemReport: queries', () => {
  it.each<[string, QueryScope[], string[]]>([
    ['a May query', [aScope()], ['取得发票 2024-05-01 至 2024-05-31']],
    ['a June query cannot hold the invoice', [aScope(), aScope({ id: 'june', dateFrom: '2024-06-01', dateTo: '2024-06-30' })], ['取得发票 2024-05-01 至 2024-05-31']],
    ['a failed query read nothing', [aScope(), aScope({ id: 'f', ok: false, direction: 'issued' })], ['取得发票 2024-05-01 至 2024-05-31']],
    ['the 勾选 list proves no absence', [aScope(), aScope({ id: 'd', call: 'deduction-list', direction: 'issued' })], ['取得发票 2024-05-01 至 2024-05-31']],
    ['a query made too early, beside a later one', [EARLY, aScope()], ['取得发票 2024-05-01 至 2024-05-31']],
    ['only a query made too early', [EARLY], ['取得发票 2024-05-15 至 2024-05-31']],
    ['latest first, whatever the direction', [aScope(), aScope({ id: 'i', at: T0 + HOUR, direction: 'issued' })], ['开具发票 2024-05-01 至 2024-05-31', '取得发票 2024-05-01 至 2024-05-31']],
    ['nothing searched', [], []],
  ])('%s', (_name, scopes, what) => {
    expect(buildProblemReport(aReportInput({ scopes })).queries.map((q) => q.what.zh)).toEqual(what);
  });

  it('makes one query of its pages, with when, where, rows and pages read', () => {
    const page = (n: number, at: number) => aScope({ id: `p${n}`, at, pageNumber: n, pageSize: 50, total: 120, rows: 50 });
    const [q] = buildProblemReport(aReportInput({ scopes: [page(2, T0 + MIN), page(1, T0)] })).queries;
    expect(q).toEqual({
      at: T0,
      where: { zh: '全量发票查询（dppt.beijing.chinatax.gov.cn）', en: '全量发票查询 (invoice list), dppt.beijing.chinatax.gov.cn' },
      what: { zh: '取得发票 2024-05-01 至 2024-05-31', en: 'received 2024-05-01 to 2024-05-31' },
      rows: { zh: '共 120 条，读取 100 条', en: '120 rows, 100 read' },
      pages: { zh: '第 1–2 页（共 3 页）', en: 'pages 1–2 of 3' },
    });
  });

  it.each([
    ['an exported workbook', { call: 'export' as const, host: '' }, '全量发票查询导出文件'],
    ['the result table', { call: 'table' as const }, '全量发票查询（页面表格）（dppt.beijing.chinatax.gov.cn）'],
  ])('names where the rows came from: %s', (_name, over, where) => {
    expect(buildProblemReport(aReportInput({ scopes: [aScope(over)] })).queries[0]?.where.zh).toBe(where);
  });

  it.each<[number[], string[]]>([
    [[1], ['1']],
    [[3, 1, 2, 5], ['1–3', '5']],
    [[2, 4, 6], ['2', '4', '6']],
  ])('page runs of %j', (pages, runs) => {
    expect(pageRuns(pages)).toEqual(runs);
  });
});

describe('buildProblemReport: findings, steps, 查验, files', () => {
  it('orders findings: causes, then unknowns, then ruled out, each in the diagnosis order', () => {
    const findings = [
      aFinding('session-expired', 'ok'),
      aFinding('typo', 'cause'),
      aFinding('voided-or-red', 'unknown'),
      aFinding('date-range', 'cause'),
      aFinding('sync-delay', 'ok'),
    ];
    const { causes, unknowns, ruledOut } = buildProblemReport(aReportInput({ findings })).findings;
    expect([causes, unknowns, ruledOut].map((g) => g.map((f) => f.id))).toEqual([
      ['typo', 'date-range'],
      ['voided-or-red'],
      ['session-expired', 'sync-delay'],
    ]);
  });

  it('lists the history, the queries and the 查验 as steps tried, oldest first', () => {
    const report = buildProblemReport(
      aReportInput({
        activity: [activity('imported', T0 - 2 * HOUR, 'a.pdf'), activity('fixed', T0 - HOUR, 'number: 1 → 2'), activity('added', T0 - 3 * HOUR)],
        verification: { key: NUMBER, outcome: 'not-found', message: '请核对', at: T0 + HOUR },
      }),
    );
    expect(report.steps.map((s) => s.text.zh)).toEqual([
      '登记应收发票',
      '从文件导入：a.pdf',
      '更正登记信息：发票号码 1 → 2',
      '在全量发票查询（dppt.beijing.chinatax.gov.cn）查询：取得发票 2024-05-01 至 2024-05-31（共 3 条，读取 3 条）',
      '在查验平台查验：查无此票（请核对）',
    ]);
  });

  it('lists a 查验 the history records once, by its outcome name', () => {
    const report = buildProblemReport(
      aReportInput({ scopes: [], activity: [activity('verified', T0, 'match')], verification: { key: NUMBER, outcome: 'match', at: T0 } }),
    );
    expect(report.steps.map((s) => [s.text.zh, s.text.en])).toEqual([['记录查验结果：一致', 'recorded a 查验 result: matches']]);
  });

  it.each([
    ['none', null, false, '尚未查验'],
    ['for another key (before a fix)', { key: OTHER_TAX_ID, outcome: 'match' as const, at: T0 }, false, '尚未查验'],
    ['matched', { key: NUMBER, outcome: 'match' as const, at: T0 }, true, '一致'],
    ['with what the platform said', { key: NUMBER, outcome: 'mismatch' as const, message: '金额不符', at: T0 }, true, '不一致（金额不符）'],
  ])('查验 result: %s', (_name, verification, done, zh) => {
    const v = buildProblemReport(aReportInput({ verification })).verification;
    expect([v.at !== null, v.text.zh, v.url]).toEqual([done, zh, 'https://inv-veri.chinatax.gov.cn/']);
  });

  it('lists the original files with their size and the start of their hash', () => {
    const sha256 = '0123456789abcdef'.repeat(4);
    const report = buildProblemReport(
      aReportInput({ attachments: [{ name: '发票.pdf', type: 'application/pdf', size: 123_456, sha256, addedAt: T0 }] }),
    );
    expect(report.attachments).toEqual([{ name: '发票.pdf', type: 'application/pdf', size: '120.6 KB', sha256: '0123456789ab', addedAt: T0 }]);
  });

  it.each([
    [980, '980 B'],
    [1024, '1.0 KB'],
    [5 * 1024 * 1024 + 1, '5.0 MB'],
  ])('size %d -> %s', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });
});

describe('buildProblemReport: parties and facts', () => {
  it.each([
    ['recorded buyer, the logged-in taxpayer named', anExpected(), { taxId: ME, name: CN_NAME, at: T0 }, { name: CN_NAME, taxId: ME }],
    ['recorded buyer, another taxpayer logged in', anExpected(), { taxId: OTHER_TAX_ID, name: '别的公司', at: T0 }, { name: null, taxId: ME }],
    ['no buyer recorded: the logged-in taxpayer', anExpected({ buyerTaxId: undefined }), { taxId: OTHER_TAX_ID, name: '别的公司', at: T0 }, { name: '别的公司', taxId: OTHER_TAX_ID }],
    ['no buyer, no taxpayer read: the one of the latest query', anExpected({ buyerTaxId: undefined }), null, { name: null, taxId: ME }],
  ])('buyer: %s', (_name, invoice, taxpayer, buyer) => {
    expect(buildProblemReport(aReportInput({ invoice, taxpayer })).buyer).toEqual(buyer);
  });

  it('lists a legacy invoice with its code first, amounts, parties and portal status', () => {
    const invoice = aLegacy('011002400111', '12345678', { amount: '1000.00', tax: '130.00', typeCode: '04', sellerName: '卖方' });
    const report = buildProblemReport(aReportInput({ invoice, status: 'not-yet-searched' }));
    expect(report.facts.map((f) => `${f.label.zh}=${f.value.zh}`)).toEqual([
      '发票代码=011002400111',
      '发票号码=12345678',
      '票种=增值税普通发票',
      '开票日期=2024-05-20',
      '价税合计=¥1130.00',
      '金额=¥1000.00',
      '税额=¥130.00',
      `销售方=卖方 ${SELLER}`,
      `购买方=${CN_NAME} ${ME}`,
      '电子税务局查询结果=待查询',
    ]);
  });

  it('says what was not recorded, and the kind when the type is unknown', () => {
    const report = buildProblemReport(aReportInput({ invoice: anExpected({ sellerTaxId: undefined }) }));
    const fact = (zh: string) => report.facts.find((f) => f.label.zh === zh)?.value;
    expect([fact('销售方'), fact('票种')]).toEqual([
      { zh: '未登记', en: 'not recorded' },
      { zh: '数电发票', en: 'digital (数电) invoice' },
    ]);
  });
});
