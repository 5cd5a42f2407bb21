import { describe, expect, it } from 'vitest';
import { aLegacy, aScope, aSighting, anExpected, NUMBER, OTHER_TAX_ID, T0 } from '../../reconcile/test-fixtures';
import { diagnose } from '../diagnose';
import { aContext, aSignal, type ContextInput } from '../test-context';
import type { CheckId, Verdict } from '../types';

const MIN = 60_000;
const TYPO = '24112000000123456780';
const encrypted = aScope({ encrypted: true, dateFrom: null, dateTo: null, direction: null, total: null });
const chinaTime = (y: number, m: number, d: number, h: number) => Date.UTC(y, m - 1, d, h - 8);
/** Before the default invoice (2024-05-20) could be listed (2024-05-21 00:00 China time). */
const MAY_10 = chinaTime(2024, 5, 10, 10);
const deduction = (over: Parameters<typeof aScope>[0] = {}) => aScope({ id: 'd1', call: 'deduction-list', ...over });

/** For every check: a case where it is the cause and at least one where it is not. */
const CASES: [CheckId, string, Verdict, ContextInput][] = [
  [
    'session-expired',
    'page said so after the last query',
    'cause',
    { signals: [aSignal('session-expired', T0 + MIN, '身份认证已失效')], now: T0 + 2 * MIN },
  ],
  ['session-expired', 'a query succeeded after it', 'ok', { signals: [aSignal('session-expired', T0 - MIN)] }],
  ['session-expired', 'nothing recorded', 'unknown', { scopes: [] }],
  [
    'maintenance',
    'page said so after the last query',
    'cause',
    { signals: [aSignal('maintenance', T0 + MIN, '系统维护中')] },
  ],
  ['maintenance', 'a query succeeded after it', 'ok', { signals: [aSignal('maintenance', T0 - MIN)] }],
  [
    'permission',
    'page said so after the last query',
    'cause',
    { signals: [aSignal('permission', T0 + MIN, '本功能仅提供给增值税一般纳税人')] },
  ],
  ['permission', 'no such message', 'ok', {}],
  ['offline', 'browser offline', 'cause', { online: false }],
  ['offline', 'page reported offline, nothing since', 'cause', { scopes: [], signals: [aSignal('offline', T0 - MIN)] }],
  ['offline', 'browser online, nothing recorded', 'ok', { scopes: [], online: true }],
  ['offline', 'online unknown, nothing recorded', 'unknown', { scopes: [], online: null }],
  [
    'request-failed',
    'a covering query failed last',
    'cause',
    { scopes: [aScope(), aScope({ id: 'q2', at: T0 + MIN, ok: false, error: '系统繁忙' })], now: T0 + 2 * MIN },
  ],
  [
    'request-failed',
    'a call failed minutes ago, a covering query succeeded since',
    'ok',
    { scopes: [aScope({ at: T0 + MIN })], signals: [aSignal('request-failed', T0)], now: T0 + 5 * MIN },
  ],
  [
    'request-failed',
    'the page said a call failed after the last query',
    'cause',
    { signals: [aSignal('request-failed', T0 + MIN, '系统繁忙')], now: T0 + 2 * MIN },
  ],
  [
    'request-failed',
    'a March query failed (and the page said so) after the May query',
    'ok',
    {
      scopes: [aScope(), aScope({ id: 'q2', at: T0 + MIN, ok: false, dateFrom: '2024-03-01', dateTo: '2024-03-31' })],
      signals: [aSignal('request-failed', T0 + MIN + 400, '系统繁忙')],
      now: T0 + 2 * MIN,
    },
  ],
  [
    'request-failed',
    'a failed page read again successfully',
    'ok',
    {
      scopes: [aScope({ id: 'f', at: T0 - MIN, ok: false, total: null, rows: 0 }), aScope({ total: 120, rows: 50 })],
    },
  ],
  [
    'request-failed',
    'a May query failed, another May query read everything since',
    'ok',
    { scopes: [aScope({ id: 'f', at: T0 - MIN, pageSize: 100, ok: false, total: null, rows: 0 }), aScope()] },
  ],
  [
    'request-failed',
    'page 2 failed, only page 1 read',
    'cause',
    {
      scopes: [aScope({ total: 120, rows: 50 }), aScope({ id: 'f', at: T0 + MIN, pageNumber: 2, ok: false, rows: 0 })],
      now: T0 + 2 * MIN,
    },
  ],
  [
    'request-failed',
    'a May query failed before the invoice could be listed',
    'ok',
    { scopes: [aScope({ direction: 'issued' }), aScope({ id: 'f', at: MAY_10, ok: false })] },
  ],
  [
    'request-failed',
    'the 勾选 list failed',
    'ok',
    { scopes: [aScope({ direction: 'issued' }), deduction({ at: T0 + MIN, ok: false })], now: T0 + 2 * MIN },
  ],
  [
    'request-failed',
    'an old failure for another month',
    'ok',
    {
      scopes: [
        aScope(),
        aScope({ id: 'q2', at: T0 - 60 * MIN, ok: false, dateFrom: '2024-01-01', dateTo: '2024-01-31' }),
      ],
    },
  ],
  [
    'record-format',
    'number year disagrees with the date',
    'cause',
    { expected: anExpected({ key: '23112000000123456789', number: '23112000000123456789' }) },
  ],
  ['record-format', 'well-formed', 'ok', {}],
  ['record-format', 'issue date after today', 'cause', { expected: anExpected({ date: '2024-06-02' }) }],
  ['record-format', 'issued today', 'ok', { expected: anExpected({ date: '2024-06-01' }) }],
  [
    'typo',
    'one digit off a seen invoice with the same total',
    'cause',
    { expected: anExpected({ key: TYPO, number: TYPO }), sightings: [aSighting()] },
  ],
  [
    'typo',
    'one digit off, but another total',
    'unknown',
    { expected: anExpected({ key: TYPO, number: TYPO }), sightings: [aSighting({ total: '9.00' })] },
  ],
  ['typo', 'nothing similar seen', 'ok', {}],
  [
    'typo',
    'two neighbours fit equally well',
    'unknown',
    {
      expected: anExpected({ key: TYPO, number: TYPO }),
      sightings: [aSighting(), aSighting({ key: `${TYPO.slice(0, -1)}1`, number: `${TYPO.slice(0, -1)}1` })],
    },
  ],
  [
    'typo',
    'the neighbour is another expected invoice (split sale or duplicate record)',
    'unknown',
    { expected: anExpected({ key: TYPO, number: TYPO }), sightings: [aSighting()], expectedKeys: [TYPO, NUMBER] },
  ],
  [
    'typo',
    'issued today, the neighbour agrees on total and date, its seller unknown',
    'unknown',
    {
      expected: anExpected({ key: TYPO, number: TYPO, date: '2024-06-01' }),
      sightings: [aSighting({ date: '2024-06-01', sellerTaxId: undefined })],
      scopes: [aScope({ dateTo: '2024-06-30' })],
    },
  ],
  [
    'typo',
    'issued today, the neighbour agrees on total, date and seller',
    'cause',
    {
      expected: anExpected({ key: TYPO, number: TYPO, date: '2024-06-01' }),
      sightings: [aSighting({ date: '2024-06-01' })],
      scopes: [aScope({ dateTo: '2024-06-30' })],
    },
  ],
  ['typo', 'seen exactly', 'ok', { sightings: [aSighting()] }],
  ['not-searched', 'no query at all', 'cause', { scopes: [] }],
  ['not-searched', 'every query failed', 'cause', { scopes: [aScope({ ok: false, error: '请求超时' })] }],
  ['not-searched', 'searched', 'ok', {}],
  ['not-searched', 'only the 勾选 list searched', 'cause', { scopes: [deduction()] }],
  ['wrong-taxpayer', 'the record names another buyer', 'cause', { expected: anExpected({ buyerTaxId: OTHER_TAX_ID }) }],
  ['wrong-taxpayer', 'buyer is the logged-in taxpayer', 'ok', {}],
  [
    'wrong-taxpayer',
    'queries ran while another company was logged in',
    'cause',
    { scopes: [aScope({ taxpayerId: OTHER_TAX_ID })] },
  ],
  [
    'wrong-taxpayer',
    'only the 勾选 list ran as the buyer; the invoice list as another company',
    'cause',
    { scopes: [aScope({ taxpayerId: OTHER_TAX_ID }), deduction()] },
  ],
  ['wrong-taxpayer', 'no buyer in the record', 'unknown', { expected: anExpected({ buyerTaxId: undefined }) }],
  ['wrong-taxpayer', 'taxpayer not known', 'unknown', { taxpayer: null, scopes: [aScope({ taxpayerId: null })] }],
  ['direction', 'only 开具 searched for a received invoice', 'cause', { scopes: [aScope({ direction: 'issued' })] }],
  [
    'direction',
    'only 取得 searched for an invoice we issued',
    'cause',
    { expected: anExpected({ sellerTaxId: anExpected().buyerTaxId!, buyerTaxId: OTHER_TAX_ID }) },
  ],
  ['direction', '取得 searched', 'ok', {}],
  ['direction', 'encrypted query', 'unknown', { scopes: [encrypted] }],
  ['direction', 'only the 勾选 list, under 开具', 'unknown', { scopes: [deduction({ direction: 'issued' })] }],
  [
    'date-range',
    'April searched for a May invoice',
    'cause',
    { scopes: [aScope({ dateFrom: '2024-04-01', dateTo: '2024-04-30' })] },
  ],
  ['date-range', 'May searched', 'ok', {}],
  ['date-range', 'encrypted query', 'unknown', { scopes: [encrypted] }],
  ['date-range', 'queried on 05-10 for May, issued 05-20', 'cause', { scopes: [aScope({ at: MAY_10 })] }],
  [
    'date-range',
    'queried on 05-10 and again on 06-01',
    'ok',
    { scopes: [aScope({ at: MAY_10 }), aScope({ id: 'q2', pageSize: 100 })] },
  ],
  [
    'date-range',
    'issued today: it cannot be listed yet',
    'ok',
    { expected: anExpected({ date: '2024-06-01' }), scopes: [aScope({ dateTo: '2024-06-30' })] },
  ],
  [
    'date-range',
    'only the 勾选 list, for April',
    'unknown',
    { scopes: [deduction({ dateFrom: '2024-04-01', dateTo: '2024-04-30' })] },
  ],
  ['status-filter', 'only 已作废 listed', 'cause', { scopes: [aScope({ statusCodes: ['02'] })] }],
  ['status-filter', 'only 正常 listed: hidden only if voided or red-flushed', 'unknown', { scopes: [aScope({ statusCodes: ['01'] })] }],
  ['status-filter', '正常 and 已作废, not 红冲', 'unknown', { scopes: [aScope({ statusCodes: ['01', '02'] })] }],
  ['status-filter', 'only the 勾选 list, 已作废 only', 'unknown', { scopes: [deduction({ statusCodes: ['02'] })] }],
  ['status-filter', 'all statuses', 'ok', {}],
  ['status-filter', 'encrypted query', 'unknown', { scopes: [encrypted] }],
  [
    'type-filter',
    'its known type left out',
    'cause',
    { expected: anExpected({ typeCode: '82' }), scopes: [aScope({ typeCodes: ['81'] })] },
  ],
  [
    'type-filter',
    'paper types left out for a 数电 number without a type',
    'unknown',
    { scopes: [aScope({ typeCodes: ['81', '82'] })] },
  ],
  ['type-filter', 'only legacy types for a 数电 number', 'cause', { scopes: [aScope({ typeCodes: ['01', '04'] })] }],
  [
    'type-filter',
    'legacy type from the code left out',
    'cause',
    { expected: aLegacy('011002300111', '12345678'), scopes: [aScope({ typeCodes: ['04'] })] },
  ],
  [
    'type-filter',
    'only the 勾选 list, its type left out',
    'unknown',
    { expected: anExpected({ typeCode: '82' }), scopes: [deduction({ typeCodes: ['81'] })] },
  ],
  [
    'type-filter',
    'its known type included',
    'ok',
    { expected: anExpected({ typeCode: '82' }), scopes: [aScope({ typeCodes: ['81', '82'] })] },
  ],
  [
    'type-filter',
    'type unknown, filtered query',
    'unknown',
    {
      expected: anExpected({ kind: 'legacy', key: '1100000000-12345678', code: '1100000000', number: '12345678' }),
      scopes: [aScope({ typeCodes: ['01'] })],
    },
  ],
  ['pages-unread', '120 rows, 50 read', 'cause', { scopes: [aScope({ total: 120, rows: 50 })] }],
  [
    'pages-unread',
    'all pages read',
    'ok',
    { scopes: [aScope({ total: 60, rows: 50 }), aScope({ id: 'q2', pageNumber: 2, total: 60, rows: 10 })] },
  ],
  ['pages-unread', 'total not reported', 'unknown', { scopes: [aScope({ total: null })] }],
  ['pages-unread', 'only the 勾选 list, half read', 'unknown', { scopes: [deduction({ total: 120, rows: 50 })] }],
  ['voided-or-red', 'seen voided', 'cause', { sightings: [aSighting({ statusCode: '02' })] }],
  ['voided-or-red', 'seen red-flushed', 'cause', { sightings: [aSighting({ statusCode: '03' })] }],
  ['voided-or-red', 'seen as 异常凭证', 'cause', { sightings: [aSighting({ riskCode: '02' })] }],
  ['voided-or-red', 'seen normal', 'ok', { sightings: [aSighting()] }],
  ['voided-or-red', 'not seen', 'unknown', {}],
  ['amount-mismatch', 'portal total differs', 'cause', { sightings: [aSighting({ total: '1103.00' })] }],
  ['amount-mismatch', 'same total', 'ok', { sightings: [aSighting()] }],
  ['amount-mismatch', 'not seen', 'unknown', {}],
  ['date-mismatch', 'portal date differs', 'cause', { sightings: [aSighting({ date: '2024-05-02' })] }],
  ['date-mismatch', 'same date', 'ok', { sightings: [aSighting()] }],
  ['date-mismatch', 'not seen', 'unknown', {}],
  [
    'sync-delay',
    'issued today',
    'cause',
    { expected: anExpected({ date: '2024-06-01' }), scopes: [aScope({ dateTo: '2024-06-30' })] },
  ],
  ['sync-delay', 'issued yesterday: past the next-day moment', 'unknown', { expected: anExpected({ date: '2024-05-31' }) }],
  ['sync-delay', 'issued 2 days ago', 'unknown', { expected: anExpected({ date: '2024-05-30' }) }],
  ['sync-delay', 'issued 3 days ago', 'ok', { expected: anExpected({ date: '2024-05-29' }) }],
  [
    'sync-delay',
    'paper invoice issued yesterday (T+1)',
    'cause',
    { expected: anExpected({ date: '2024-05-31', typeCode: '86' }) },
  ],
  [
    'sync-delay',
    'paper invoice issued 3 days ago',
    'unknown',
    { expected: anExpected({ date: '2024-05-29', typeCode: '86' }) },
  ],
  ['sync-delay', 'issue date after today', 'unknown', { expected: anExpected({ date: '2024-06-02' }) }],
  ['sync-delay', 'issued 12 days ago', 'ok', {}],
  ['verify-national', '查无此票', 'cause', { verification: { key: NUMBER, outcome: 'not-found', at: T0 } }],
  ['verify-national', '非本单位', 'cause', { verification: { key: NUMBER, outcome: 'not-ours', at: T0 } }],
  ['verify-national', '一致', 'ok', { verification: { key: NUMBER, outcome: 'match', at: T0 } }],
  ['verify-national', 'not verified yet', 'unknown', {}],
  [
    'verify-national',
    'result for another invoice',
    'unknown',
    { verification: { key: TYPO, outcome: 'not-found', at: T0 } },
  ],
  ['escalate', 'nothing explains it', 'unknown', {}],
  ['escalate', '查验 一致 yet a complete query misses it', 'cause', { verification: { key: NUMBER, outcome: 'match', at: T0 } }],
  ['escalate', '查验 一致 but nothing searched yet', 'ok', { verification: { key: NUMBER, outcome: 'match', at: T0 }, scopes: [] }],
  ['escalate', 'another check explains it', 'ok', { scopes: [] }],
  ['escalate', 'seen on the portal', 'ok', { sightings: [aSighting()] }],
];

describe('each check', () => {
  it.each(CASES)('%s: %s -> %s', (id, _name, verdict, input) => {
    const finding = diagnose(aContext(input)).find((f) => f.id === id);
    expect(finding?.verdict).toBe(verdict);
    expect(finding?.title.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(finding?.evidence.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(finding?.evidence.en).toMatch(/^[^\u4e00-\u9fff]*[A-Za-z]/);
    if (verdict === 'cause' || id === 'escalate') expect(finding?.next !== undefined).toBe(verdict !== 'ok');
  });

  it('covers every check id with an active case and a ruled-out one', () => {
    const ids = new Set(CASES.map(([id]) => id));
    expect(ids.size).toBe(20);
    for (const id of ids) {
      const active = 'cause';
      const verdicts = CASES.filter(([i]) => i === id).map(([, , v]) => v);
      expect(verdicts).toContain(active);
      expect(verdicts.some((v) => v !== active)).toBe(true);
    }
  });
});
