import { describe, expect, it } from 'vitest';
import { aScope, aSighting, anExpected, ME, OTHER_TAX_ID, T0 } from '../../reconcile/test-fixtures';
import { diagnose } from '../diagnose';
import { aContext, aSignal, type ContextInput } from '../test-context';
import type { CheckId, Finding } from '../types';

function finding(id: CheckId, input: ContextInput): Finding {
  const f = diagnose(aContext(input)).find((x) => x.id === id);
  if (!f) throw new Error(`no finding ${id}`);
  return f;
}

const chinaTime = (y: number, m: number, d: number, h: number) => Date.UTC(y, m - 1, d, h - 8);

describe('evidence names the concrete numbers', () => {
  it.each<[CheckId, ContextInput, string]>([
    [
      'date-range',
      { expected: anExpected({ date: '2024-04-22' }) },
      '查询范围 2024-05-01 至 2024-05-31 不含开票日期 2024-04-22。',
    ],
    ['date-range', {}, '查询范围 2024-05-01 至 2024-05-31 包含开票日期 2024-05-20。'],
    [
      'date-range',
      {
        expected: anExpected({ date: '2024-04-22' }),
        scopes: [aScope({ id: 'small', pageSize: 10, rows: 10, total: 10 }), aScope({ id: 'large', pageSize: 100, rows: 10, total: 10 })],
      },
      '查询范围 2024-05-01 至 2024-05-31 不含开票日期 2024-04-22。',
    ],
    [
      'pages-unread',
      { scopes: [aScope({ total: 120, rows: 50 })] },
      '查询 取得发票 2024-05-01 至 2024-05-31 共 120 条，只读了 50 条（每页 50 条）。',
    ],
    ['amount-mismatch', { sightings: [aSighting({ total: '1103.00' })] }, '登记为 ¥1130.00，电子税务局为 ¥1103.00。'],
    [
      'date-mismatch',
      { sightings: [aSighting({ date: '2024-05-02' })] },
      '登记为 2024-05-20，电子税务局为 2024-05-02；按日期查询时会查错月份。',
    ],
    [
      'voided-or-red',
      { sightings: [aSighting({ statusCode: '04' })] },
      '电子税务局显示 24112000000123456789 的状态为 已红冲-部分。',
    ],
    [
      'date-range',
      { scopes: [aScope({ at: chinaTime(2024, 5, 10, 10) })] },
      '最近一次查询在 2024-05-10 10:00（取得发票 2024-05-01 至 2024-05-31），早于这张发票可查到的时间 2024-05-21 00:00。',
    ],
    [
      'date-range',
      {
        scopes: [
          aScope({ at: chinaTime(2024, 5, 10, 10) }),
          aScope({ id: 'june', dateFrom: '2024-06-01', dateTo: '2024-06-30' }),
        ],
      },
      '包含开票日期的最近一次查询在 2024-05-10 10:00（取得发票 2024-05-01 至 2024-05-31），早于这张发票可查到的时间 2024-05-21 00:00；之后的查询范围 2024-06-01 至 2024-06-30 不含开票日期 2024-05-20。',
    ],
    [
      'date-range',
      { expected: anExpected({ date: '2024-06-01' }), scopes: [aScope({ dateTo: '2024-06-30' })] },
      '查询范围 2024-05-01 至 2024-06-30 包含开票日期 2024-06-01；这张发票 2024-06-02 00:00 起才可能查到，见「同步延迟」。',
    ],
    [
      'date-range',
      {
        scopes: [
          aScope({ at: chinaTime(2024, 5, 10, 10), encrypted: true, dateFrom: null, dateTo: null }),
          aScope({ id: 'june', dateFrom: '2024-06-01', dateTo: '2024-06-30' }),
        ],
      },
      '日期范围未知的最近一次查询在 2024-05-10 10:00（取得发票（请求已加密，日期未知）），早于这张发票可查到的时间 2024-05-21 00:00；之后的查询范围 2024-06-01 至 2024-06-30 不含开票日期 2024-05-20。',
    ],
    ['record-format', { expected: anExpected({ date: '2024-06-03' }) }, '开票日期 2024-06-03 晚于今天（2024-06-01），请核对。'],
    [
      'not-searched',
      { scopes: [aScope({ call: 'deduction-list' })] },
      '记录到的成功查询都来自抵扣勾选列表（最近一次 2024-06-01 10:00）；它只列出待勾选抵扣的发票、不含普票，在那里查不到不说明发票不存在。',
    ],
    [
      'sync-delay',
      { expected: anExpected({ date: '2024-05-31' }) },
      '开票日期 2024-05-31，新开的发票通常次日（2024-06-01 00:00）起可查，已过 1 天；偶有更长延迟，若仍看不到请继续下面的检查。',
    ],
    [
      'sync-delay',
      { expected: anExpected({ date: '2024-06-02' }) },
      '开票日期 2024-06-02 晚于今天（2024-06-01），不能用同步延迟解释；请先核对开票日期。',
    ],
    [
      'request-failed',
      {
        scopes: [aScope(), aScope({ id: 'f', at: T0 + 60_000, ok: false, dateFrom: '2024-03-01', dateTo: '2024-03-31' })],
        now: T0 + 120_000,
      },
      '记录到 1 次失败的查询或请求，但它们或不涉及开票日期 2024-05-20，或早于这张发票可查到的时间，或之后已重新查询成功。',
    ],
  ])('%s', (id, input, zh) => {
    expect(finding(id, input).evidence.zh).toBe(zh);
  });

  it.each<[CheckId, ContextInput, RegExp]>([
    [
      'typo',
      {
        expected: anExpected({ key: '24112000000123456798', number: '24112000000123456798' }),
        sightings: [aSighting()],
      },
      /第 19、20 位顺序颠倒；价税合计 ¥1130\.00 一致/,
    ],
    [
      'wrong-taxpayer',
      { expected: anExpected({ buyerTaxId: OTHER_TAX_ID }) },
      new RegExp(`${OTHER_TAX_ID}.*${ME}.*旧税号`),
    ],
    [
      'status-filter',
      { scopes: [aScope({ statusCodes: ['01'] })] },
      /只选了 正常，未含 已作废、已红冲-全额、已红冲-部分/,
    ],
    [
      'type-filter',
      { scopes: [aScope({ typeCodes: ['81', '82'] })] },
      /未含 数电纸质专票、数电纸质普票；登记里没有票种，它若是未选的票种就不会显示/,
    ],
    [
      'typo',
      {
        expected: anExpected({ key: '24112000000123456780', number: '24112000000123456780' }),
        sightings: [aSighting(), aSighting({ key: '24112000000123456781', number: '24112000000123456781' })],
      },
      /两张.*24112000000123456781（第 20 位不同.*）和 24112000000123456789（第 20 位不同.*），无法确定是哪一张/,
    ],
    [
      'direction',
      { scopes: [aScope({ direction: 'issued' })] },
      /所查的都是「开具发票」（如 开具发票 2024-05-01 至 2024-05-31）；.*代开发票也在「取得发票」/,
    ],
    [
      'request-failed',
      { scopes: [aScope({ ok: false, error: '系统繁忙' })] },
      /2024-06-01 10:00 查询 取得发票 2024-05-01 至 2024-05-31 失败：系统繁忙/,
    ],
  ])('%s', (id, input, pattern) => {
    expect(finding(id, input).evidence.zh).toMatch(pattern);
  });
});

describe('next steps', () => {
  it.each<[CheckId, ContextInput, Finding['next']]>([
    [
      'typo',
      {
        expected: anExpected({ key: '24112000000123456780', number: '24112000000123456780' }),
        sightings: [aSighting()],
      },
      { text: expect.anything(), action: { kind: 'fix-field', field: 'number', value: '24112000000123456789' } },
    ],
    [
      'date-range',
      { expected: anExpected({ date: '2024-02-22' }) },
      {
        text: expect.anything(),
        action: { kind: 'widen-query', dateFrom: '2024-02-01', dateTo: '2024-02-29', direction: 'received' },
      },
    ],
    [
      'direction',
      { scopes: [aScope({ direction: 'issued' })] },
      {
        text: expect.anything(),
        action: { kind: 'widen-query', direction: 'received', dateFrom: '2024-05-01', dateTo: '2024-05-31' },
      },
    ],
    [
      'not-searched',
      { scopes: [] },
      {
        text: expect.anything(),
        action: { kind: 'open-url', url: 'https://dppt.beijing.chinatax.gov.cn:8443/invoice-query/invoice-query' },
      },
    ],
    [
      'not-searched',
      { scopes: [aScope({ ok: false, host: 'dppt.shanghai.chinatax.gov.cn' })] },
      {
        text: expect.anything(),
        action: { kind: 'open-url', url: 'https://dppt.shanghai.chinatax.gov.cn:8443/invoice-query/invoice-query' },
      },
    ],
    [
      'date-range',
      { scopes: [aScope({ at: chinaTime(2024, 5, 10, 10) })] },
      {
        text: expect.anything(),
        action: { kind: 'widen-query', dateFrom: '2024-05-01', dateTo: '2024-05-31', direction: 'received' },
      },
    ],
    [
      'type-filter',
      { scopes: [aScope({ typeCodes: ['81', '82'] })] },
      { text: { zh: '查询条件的票种选“全部”后重新查询。', en: 'Set the invoice type to all and query again.' } },
    ],
    [
      'status-filter',
      { scopes: [aScope({ statusCodes: ['01'] })] },
      {
        text: {
          zh: '查询条件的发票状态选“全部”后重新查询（它可能已作废或红冲）。',
          en: 'Set the invoice status to all and query again (it may have been voided or red-flushed).',
        },
      },
    ],
    [
      'typo',
      {
        expected: anExpected({ key: '24112000000123456780', number: '24112000000123456780' }),
        sightings: [aSighting(), aSighting({ key: '24112000000123456781', number: '24112000000123456781' })],
      },
      { text: expect.objectContaining({ zh: expect.stringContaining('24112000000123456781 还是 24112000000123456789') }) },
    ],
    [
      'verify-national',
      {},
      {
        text: expect.objectContaining({
          zh: expect.stringContaining('发票号码 24112000000123456789，开票日期 2024-05-20，价税合计 1130.00'),
        }),
        action: { kind: 'open-url', url: 'https://inv-veri.chinatax.gov.cn/' },
      },
    ],
  ])('%s', (id, input, next) => {
    expect(finding(id, input).next).toEqual(next);
  });

  it.each<[string, string, string | undefined, number, number]>([
    ['issued today, checked 10:00', '2024-06-01', undefined, chinaTime(2024, 6, 1, 10), chinaTime(2024, 6, 2, 8)],
    ['issued today, checked 23:59', '2024-06-01', undefined, chinaTime(2024, 6, 1, 24) - 60_000, chinaTime(2024, 6, 2, 8)],
    ['数电 paper invoice issued yesterday', '2024-05-31', '85', chinaTime(2024, 6, 1, 10), chinaTime(2024, 6, 2, 8)],
    [
      'issued today just after midnight China time (still the 1st in UTC-less terms)',
      '2024-06-02',
      undefined,
      chinaTime(2024, 6, 2, 0) + 60_000,
      chinaTime(2024, 6, 3, 8),
    ],
    ['数电 paper invoice issued today: T+1', '2024-06-01', '86', chinaTime(2024, 6, 1, 10), chinaTime(2024, 6, 3, 8)],
  ])('sync-delay recheck time: %s', (_name, date, typeCode, now, at) => {
    const f = finding('sync-delay', {
      expected: anExpected({ date, ...(typeCode ? { typeCode } : {}) }),
      scopes: [aScope({ dateTo: null })],
      now,
    });
    expect(f.verdict).toBe('cause');
    expect(f.next?.action).toEqual({ kind: 'recheck-at', at });
  });

  it.each<[string, string, string | undefined, number, 'cause' | 'unknown' | 'ok']>([
    ['issued today', '2024-06-01', undefined, chinaTime(2024, 6, 1, 10), 'cause'],
    ['next day 00:00: expected to be listed', '2024-05-31', undefined, chinaTime(2024, 6, 1, 0), 'unknown'],
    ['next day 07:00', '2024-05-31', undefined, chinaTime(2024, 6, 1, 7), 'unknown'],
    ['two days past the moment, less a minute', '2024-05-30', undefined, chinaTime(2024, 6, 1, 24) - 60_000, 'unknown'],
    ['two days past the moment', '2024-05-30', undefined, chinaTime(2024, 6, 1, 24), 'ok'],
    ['paper, the next day', '2024-05-31', '86', chinaTime(2024, 6, 1, 23), 'cause'],
    ['paper, two days later', '2024-05-30', '86', chinaTime(2024, 6, 1, 0), 'unknown'],
    ['paper, four days later', '2024-05-28', '86', chinaTime(2024, 6, 1, 0), 'ok'],
    ['issue date tomorrow', '2024-06-02', undefined, chinaTime(2024, 6, 1, 10), 'unknown'],
    ['issue date tomorrow in China, today in UTC', '2024-06-02', undefined, chinaTime(2024, 6, 2, 1), 'cause'],
  ])('sync-delay timeline: %s', (_name, date, typeCode, now, verdict) => {
    const f = finding('sync-delay', {
      expected: anExpected({ date, ...(typeCode ? { typeCode } : {}) }),
      scopes: [aScope({ dateTo: null })],
      now,
    });
    expect(f.verdict).toBe(verdict);
  });

  it('escalation text carries the invoice, the queries and every check tried', () => {
    const f = finding('escalate', { now: T0 });
    const action = f.next?.action;
    if (action?.kind !== 'copy-text') throw new Error('expected copy-text');
    expect(action.text.zh).toContain('【发给销售方】');
    expect(action.text.zh).toContain('发票号码：24112000000123456789；开票日期：2024-05-20；价税合计：¥1130.00');
    expect(action.text.zh).toContain('【向 12366 反映】');
    expect(action.text.zh).toContain('- 取得发票 2024-05-01 至 2024-05-31（共 3 条，读取 3 条）');
    expect(action.text.zh).toMatch(/- 已排除 \d+ 项：.*查询日期范围/);
    expect(action.text.en).toContain('[Report to 12366]');
  });
});

describe('evidence names pages and values, never paths and codes', () => {
  it.each([
    ['/invoice-query/invoice-query', '「全量发票查询」页面', 'the 全量发票查询 page'],
    ['/third-menu/abc/invoice-query/invoice-query', '「全量发票查询」页面', 'the 全量发票查询 page'],
    ['/dedeuction-type-checked-business', '「抵扣勾选」页面', 'the deduction (勾选) page'],
    ['/digital-tax-account/home', '税务数字账户页面', 'the digital tax account page'],
    ['https://tpass.beijing.chinatax.gov.cn/#/login', '登录页面', 'the login page'],
    ['/szzhzz/some-new-page', '电子税务局页面', 'a portal page'],
  ])('a message seen on %s is said to come from %s', (page, zh, en) => {
    const f = finding('session-expired', { signals: [{ ...aSignal('session-expired', T0 + 60_000, '登录已失效'), page }] });
    expect(f.evidence).toEqual({ zh: `2024-06-01 10:01 ${zh}提示「登录已失效」。`, en: `at 2024-06-01 10:01 ${en} said "登录已失效".` });
  });

  it('says the browser went offline, not the event it recorded', () => {
    const f = finding('offline', { signals: [aSignal('offline', T0 + 60_000, 'navigator offline')] });
    expect(f.evidence).toEqual({
      zh: '2024-06-01 10:01 在「全量发票查询」页面时浏览器断网。',
      en: 'at 2024-06-01 10:01 the browser went offline on the 全量发票查询 page.',
    });
  });

  it.each([
    ['a status the portal names', { statusCode: '02' }, '电子税务局显示 24112000000123456789 的状态为 已作废。'],
    ['a risk level', { riskCode: '03' }, '电子税务局显示 24112000000123456789 的风险等级为 疑点发票，暂不能正常抵扣。'],
    ['a status code without a name', { statusCode: '09' }, '电子税务局显示状态为 状态代码 09。'],
  ])('names %s, without its code', (_, sighting, evidence) => {
    expect(finding('voided-or-red', { sightings: [aSighting(sighting)] }).evidence.zh).toBe(evidence);
  });
});
